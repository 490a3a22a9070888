"""Length of the longest strictly increasing subsequence of sequences x_{i+1} = (a*x_i + c) mod m, by patience sorting.

Input: t, then t lines `n a c m x0` (a, x0 < m <= 2^31). The hot loop is a
binary search over the tails array with a data-dependent branch, plus a 64-bit
`%` by a runtime modulus per element; both leave gains for cmov and a
reciprocal multiplication.
"""

CATEGORY = "dp"
HEADROOM = True


def _cases(rows):
    return f"{len(rows)}\n" + "".join(f"{n} {a} {c} {m} {x}\n" for n, a, c, m, x in rows)


def generate(rng):
    M = 2**31 - 1
    tests = [
        ("edge_empty", _cases([(0, 1, 1, 10, 0)])),
        ("edge_one", _cases([(1, 5, 3, 7, 2)])),
        ("edge_constant", _cases([(1000, 0, 0, 1, 0), (500, 1, 0, 100, 42)])),
        ("edge_increasing", _cases([(5000, 1, 1, M, 0)])),
        ("edge_decreasing", _cases([(5000, 1, M - 1, M, M - 1)])),
        ("edge_period_two", _cases([(999, 1, 1, 2, 0), (1000, M - 1, 0, M, 1)])),
    ]
    for i in range(10):
        rows = []
        for _ in range(rng.randint(1, 5)):
            m = rng.choice([rng.randint(2, 100), rng.randint(1000, 10**6), rng.randint(10**9, 2**31)])
            rows.append((rng.randint(1, 30000), rng.randrange(m), rng.randrange(m), m, rng.randrange(m)))
        tests.append((f"rand_{i:02d}", _cases(rows)))

    def big(n, m):
        return (n, rng.randrange(1, m), rng.randrange(m), m, rng.randrange(m))

    tests += [
        ("stress_one_long", _cases([big(1200000, 2147483629)])),
        ("stress_several", _cases([big(250000, rng.randint(10**9, 2**31)) for _ in range(5)])),
        ("stress_small_mod", _cases([big(900000, 1000003), big(350000, 65521)])),
        ("stress_mixed", _cases([big(600000, 2**31), big(500000, 999999937)])),
    ]
    return tests
