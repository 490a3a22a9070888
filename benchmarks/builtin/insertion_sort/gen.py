"""Insertion sort of up to 20000 signed ints, printing sum of i*a[i] mod 2^64 and the min and max.

The inner shifting loop is a scalar compare-and-move chain; SIMD block shifts
(or a binary search plus memmove) move many elements per step.
"""

CATEGORY = "sorting"
HEADROOM = True

LO, HI = -2**31, 2**31 - 1


def _arr(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def generate(rng):
    tests = [
        ("edge_one", _arr([42])),
        ("edge_min_max", _arr([HI, LO, 0, HI, LO])),
        ("edge_sorted", _arr(list(range(-50, 50)))),
        ("edge_reverse", _arr(list(range(200, 0, -1)))),
        ("edge_equal", _arr([7] * 300)),
        ("edge_two", _arr([2, 1])),
    ]
    for i in range(10):
        n = rng.randint(2, 2000)
        span = rng.choice([5, 1000, 10**9, 2**31 - 1])
        vals = [rng.randint(-span, span) for _ in range(n)]
        if i % 4 == 3:
            vals.sort()
            for _ in range(n // 20 + 1):
                x, y = rng.randrange(n), rng.randrange(n)
                vals[x], vals[y] = vals[y], vals[x]
        tests.append((f"rand_{i:02d}", _arr(vals)))
    # stress: quadratic number of shifts
    tests.append(("stress_random", _arr([rng.randint(LO, HI) for _ in range(20000)])))
    tests.append(("stress_dups", _arr([rng.randint(0, 50) for _ in range(20000)])))
    tests.append(("stress_reverse", _arr(sorted((rng.randint(-10**6, 10**6) for _ in range(15000)), reverse=True))))
    near = list(range(20000))
    for _ in range(16000):
        x = rng.randrange(20000)
        near[x] = rng.randint(-20000, 0)
    tests.append(("stress_displaced", _arr(near)))
    tests.append(("stress_small_range", _arr([rng.randint(-1000, 1000) for _ in range(20000)])))
    return tests
