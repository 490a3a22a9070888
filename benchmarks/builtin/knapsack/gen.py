"""0/1 knapsack: the best total value within capacity W and the least capacity reaching it, by a one-array DP.

Input: `n W`, then n lines `w v`. The inner loop is a 64-bit compare and a
conditional store that gcc -O3 keeps scalar and branchy; a branchless or
vectorised max over the capacity row is several times faster.
"""

CATEGORY = "dp"
HEADROOM = True


def _fmt(W, items):
    return f"{len(items)} {W}\n" + "".join(f"{w} {v}\n" for w, v in items)


def _items(rng, n, wmax, vmax, corr=False):
    out = []
    for _ in range(n):
        w = rng.randint(1, wmax)
        v = w * 10 + rng.randint(0, 50) if corr else rng.randint(0, vmax)
        out.append((w, v))
    return out


def generate(rng):
    tests = [
        ("edge_no_items", _fmt(10, [])),
        ("edge_zero_capacity", _fmt(0, [(1, 5), (2, 7)])),
        ("edge_too_heavy", _fmt(5, [(6, 100), (100, 1000)])),
        ("edge_zero_weight", _fmt(3, [(0, 4), (0, 0), (3, 9), (4, 1)])),
        ("edge_big_values", _fmt(7, [(1, 10**12)] * 10)),
        ("edge_exact_fit", _fmt(100, [(50, 1), (50, 1), (51, 3)])),
    ]
    for i in range(10):
        W = rng.randint(1, 5000)
        n = rng.randint(1, 150)
        tests.append((f"rand_{i:02d}", _fmt(W, _items(rng, n, rng.choice([10, W, 2 * W]), 10**rng.randint(1, 9), i % 3 == 0))))
    tests += [
        ("stress_uniform", _fmt(100000, _items(rng, 800, 100000, 10**9))),
        ("stress_light", _fmt(50000, _items(rng, 1000, 200, 10**6))),
        ("stress_correlated", _fmt(200000, _items(rng, 180, 30000, 0, True))),
        ("stress_wide", _fmt(1000000, _items(rng, 70, 1000000, 10**9))),
        ("stress_many_small", _fmt(10000, _items(rng, 5500, 50, 1000))),
    ]
    return tests
