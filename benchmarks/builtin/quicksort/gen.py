"""Hand-written median-of-three quicksort of up to 10^6 ints, printing position-weighted and hash checksums.

Input: `n seed m trend`; seed 0 means n values follow, otherwise values are
xorshift64 % m - m/2 plus i*trend. The Hoare partition loops are branchy on
random data; a branchless (block) partition avoids the mispredictions.
"""

CATEGORY = "sorting"
HEADROOM = True


def _explicit(values):
    return f"{len(values)} 0 1 0\n" + " ".join(map(str, values)) + "\n"


def _gen(n, seed, m, trend=0):
    return f"{n} {seed} {m} {trend}\n"


def generate(rng):
    lo, hi = -2**31, 2**31 - 1
    tests = [
        ("edge_one", _explicit([-5])),
        ("edge_extremes", _explicit([hi, lo, hi, lo, 0, -1, 1] * 5)),
        ("edge_sorted", _explicit(list(range(1, 101)))),
        ("edge_reverse", _explicit(list(range(100, 0, -1)))),
        ("edge_equal", _explicit([3] * 64)),
        ("edge_gen_const", _gen(1000, 99, 1)),
    ]
    for i in range(8):
        n = rng.randint(1, 3000)
        span = rng.choice([3, 100, 10**6, 2**31 - 1])
        tests.append((f"rand_list_{i}", _explicit([rng.randint(-span, span) for _ in range(n)])))
    for i in range(6):
        n = rng.randint(1000, 60000)
        m = rng.choice([2, 1000, 10**9, 4294967295])
        trend = rng.choice([0, 0, 1, -3]) if m <= 1000 else 0
        tests.append((f"rand_gen_{i}", _gen(n, rng.randint(1, 2**64 - 1), m, trend)))
    tests += [
        ("stress_random", _gen(1000000, rng.randint(1, 2**64 - 1), 4294967295)),
        ("stress_dups", _gen(1000000, rng.randint(1, 2**64 - 1), 1000)),
        ("stress_mid", _gen(900000, rng.randint(1, 2**64 - 1), 1000000)),
        ("stress_trend", _gen(1000000, rng.randint(1, 2**64 - 1), 20000, 1)),
        ("stress_falling", _gen(1000000, rng.randint(1, 2**64 - 1), 500000, -2)),
    ]
    return tests
