"""k-th smallest element queries, each answered by Hoare-partition quickselect on a fresh copy of the array.

Input: `n q`, n signed ints, then q ranks k (1-based); prints each answer and
their sum. The partition scans branch on every comparison of random data,
and the per-query copy is redundant work; both leave room for a faster build.
"""

CATEGORY = "searching"
HEADROOM = True


def _fmt(values, ks):
    return (f"{len(values)} {len(ks)}\n" + " ".join(map(str, values)) + "\n"
            + " ".join(map(str, ks)) + "\n")


def generate(rng):
    lo, hi = -2**31, 2**31 - 1
    tests = [
        ("edge_one", _fmt([-7], [1, 1])),
        ("edge_equal", _fmt([4] * 50, [1, 25, 50])),
        ("edge_extremes", _fmt([hi, lo, 0, hi, lo], [1, 2, 3, 4, 5])),
        ("edge_sorted", _fmt(list(range(100)), [1, 50, 100])),
        ("edge_reverse", _fmt(list(range(100, 0, -1)), [1, 37, 100])),
    ]
    for i in range(10):
        n = rng.randint(1, 3000)
        span = rng.choice([2, 100, 10**6, 2**31 - 1])
        vals = [rng.randint(-span, span) for _ in range(n)]
        if i % 4 == 1:
            vals.sort()
        ks = [rng.randint(1, n) for _ in range(rng.randint(1, 30))]
        tests.append((f"rand_{i:02d}", _fmt(vals, ks)))

    def stress(n, span, q, shape=""):
        vals = [rng.randint(-span, span) for _ in range(n)]
        if shape == "sorted":
            vals.sort()
        elif shape == "organ":
            vals.sort()
            vals = vals[0::2] + vals[1::2][::-1]
        return _fmt(vals, [rng.randint(1, n) for _ in range(q)])

    tests += [
        ("stress_random", stress(70000, 10**9, 110)),
        ("stress_dups", stress(100000, 20, 100)),
        ("stress_sorted", stress(60000, 10**6, 650, "sorted")),
        ("stress_organ", stress(60000, 10**6, 150, "organ")),
        ("stress_small_many", stress(8000, 10**9, 2500)),
    ]
    return tests
