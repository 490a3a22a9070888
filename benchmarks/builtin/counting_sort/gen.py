"""Range sort queries: counting-sort a[l..r] of 16-bit values and print a rank-weighted checksum, distinct count, mode and median.

Input: `n q`, n values in [0, 65535], then q lines `l r` (0-based, inclusive).
Each query clears the 65536 counters, histograms the range and expands it;
the work is memory-bound table traffic that gcc -O3 already handles well.
"""

CATEGORY = "sorting"
HEADROOM = False


def _fmt(values, queries):
    return (f"{len(values)} {len(queries)}\n" + " ".join(map(str, values)) + "\n"
            + "".join(f"{l} {r}\n" for l, r in queries))


def _ranges(rng, n, q, minlen=1):
    out = []
    for _ in range(q):
        ln = rng.randint(min(minlen, n), n)
        l = rng.randint(0, n - ln)
        out.append((l, l + ln - 1))
    return out


def generate(rng):
    tests = [
        ("edge_one", _fmt([0], [(0, 0)])),
        ("edge_max", _fmt([65535, 65535, 0, 65535], [(0, 3), (0, 0), (2, 2), (1, 2)])),
        ("edge_equal", _fmt([777] * 100, [(0, 99), (10, 20)])),
        ("edge_sorted", _fmt(list(range(0, 65536, 97)), [(0, 675), (5, 5), (300, 600)])),
    ]
    for i in range(12):
        n = rng.randint(1, 3000)
        top = rng.choice([1, 15, 1000, 65535])
        vals = [rng.randint(0, top) for _ in range(n)]
        tests.append((f"rand_{i:02d}", _fmt(vals, _ranges(rng, n, rng.randint(1, 12)))))
    stress = [
        ("stress_full", 100000, 65535, 90, 70000),
        ("stress_small_values", 100000, 255, 330, 70000),
        ("stress_many_queries", 60000, 65535, 200, 1000),
        ("stress_skewed", 100000, -1, 220, 40000),
        ("stress_long", 150000, 65535, 65, 120000),
    ]
    for name, n, top, q, minlen in stress:
        if top < 0:
            vals = [min(65535, int(rng.expovariate(1 / 3000))) for _ in range(n)]
        else:
            vals = [rng.randint(0, top) for _ in range(n)]
        tests.append((name, _fmt(vals, _ranges(rng, n, q, minlen))))
    return tests
