"""Binomial coefficients C(n, k) modulo 10^9+7 for many queries, from precomputed factorials and inverse factorials."""

CATEGORY = "numtheory"
HEADROOM = False  # table building is a chain of multiplies by a constant modulus, which gcc -O3 already strength-reduces


def _queries(pairs):
    return f"{len(pairs)}\n" + "".join(f"{n} {k}\n" for n, k in pairs)


def generate(rng):
    tests = [
        ("edge_zero", _queries([(0, 0)])),
        ("edge_small", _queries([(n, k) for n in range(6) for k in range(n + 1)])),
        ("edge_koverflow", _queries([(3, 4), (0, 1), (10, 4294967295)])),
        ("edge_symmetric", _queries([(1000, 1), (1000, 999), (1000, 500), (1000, 0), (1000, 1000)])),
        ("edge_row", _queries([(40, k) for k in range(41)])),
        ("edge_diagonal", _queries([(n, n) for n in range(0, 200, 7)] + [(n, n - 1) for n in range(1, 200, 9)])),
    ]
    for i in range(12):
        top = rng.choice([50, 10**4, 10**6])
        pairs = []
        for _ in range(rng.randint(1, 100)):
            n = rng.randint(0, top)
            pairs.append((n, rng.randint(0, n + 2)))
        tests.append((f"rand_{i:02d}", _queries(pairs)))
    for i, (top, q) in enumerate([(3_500_000, 20000), (4_500_000, 10000), (4_000_000, 30000), (5_000_000, 5000), (4_200_000, 15000)]):
        pairs = [(top, rng.randint(0, top))]
        for _ in range(q):
            n = rng.randint(0, top)
            pairs.append((n, rng.randint(0, n)))
        tests.append((f"stress_{i:02d}", _queries(pairs)))
    return tests
