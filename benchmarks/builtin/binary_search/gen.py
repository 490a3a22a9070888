"""Sum of lower_bound positions (plus exact-hit count and an index-weighted sum) for many queries on a sorted array.

Input: `n q seed`, n sorted 64-bit values, then q queries if seed is 0;
otherwise query k is a[0] - 2 + x % (a[n-1] - a[0] + 5) for a xorshift64 state x.
The halving loop compiles to a data-dependent branch; a branchless (cmov)
search avoids a misprediction per step.
"""

CATEGORY = "searching"
HEADROOM = True


def _fmt(values, queries=None, q=0, seed=0):
    head = f"{len(values)} {len(queries) if queries is not None else q} {seed}\n"
    body = " ".join(map(str, values)) + "\n"
    if queries is not None:
        body += " ".join(map(str, queries)) + "\n"
    return head + body


def _sorted(rng, n, lo, maxgap):
    vals, cur = [], lo
    for _ in range(n):
        cur += rng.randint(0, maxgap)
        vals.append(cur)
    return vals


def generate(rng):
    big = 10**18
    tests = [
        ("edge_one", _fmt([5], [4, 5, 6, -big, big])),
        ("edge_equal", _fmt([3] * 20, [2, 3, 4])),
        ("edge_extremes", _fmt([-big, -1, 0, 1, big], [-big - 1, -big, 0, big, big + 1, 2])),
        ("edge_gen_single", _fmt([0], q=1000, seed=12345)),
        ("edge_no_queries", _fmt([1, 2, 3], [])),
    ]
    for i in range(10):
        n = rng.randint(1, 2000)
        vals = _sorted(rng, n, rng.randint(-10**6, 10**6), rng.choice([0, 1, 3, 1000]))
        if i < 6:
            qs = [rng.randint(vals[0] - 5, vals[-1] + 5) for _ in range(rng.randint(1, 500))]
            tests.append((f"rand_list_{i}", _fmt(vals, qs)))
        else:
            tests.append((f"rand_gen_{i}", _fmt(vals, q=rng.randint(1, 20000), seed=rng.randint(1, 2**64 - 1))))
    seed = lambda: rng.randint(1, 2**64 - 1)
    tests += [
        ("stress_wide", _fmt(_sorted(rng, 40000, -10**9, 50000), q=600000, seed=seed())),
        ("stress_dups", _fmt(_sorted(rng, 60000, 0, 1), q=700000, seed=seed())),
        ("stress_small", _fmt(_sorted(rng, 1000, -5000, 10), q=1200000, seed=seed())),
        ("stress_mid", _fmt(_sorted(rng, 25000, 10**12, 10**6), q=750000, seed=seed())),
        ("stress_huge_gaps", _fmt(_sorted(rng, 20000, -big, 10**13), q=650000, seed=seed())),
    ]
    return tests
