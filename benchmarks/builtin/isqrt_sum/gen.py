"""Sum of floor(sqrt(x)) over arithmetic progressions of 64-bit integers x (wrapping mod 2^64), integer Newton iteration."""

CATEGORY = "arith"
HEADROOM = True  # a bit-length loop and a chain of 64-bit divides per value; a double sqrt plus a fix-up is far cheaper


def _queries(triples):
    return f"{len(triples)}\n" + "".join(f"{a} {d} {k}\n" for a, d, k in triples)


def generate(rng):
    top = (1 << 64) - 1
    tests = [
        ("edge_zero", _queries([(0, 0, 1), (0, 1, 0)])),
        ("edge_small", _queries([(0, 1, 20), (1, 0, 5)])),
        ("edge_max", _queries([(top, 0, 3), (top - 5, 1, 6)])),
        ("edge_squares", _queries([(((1 << 32) - 1) ** 2 - 1, 1, 3), (10**18 - 1, 1, 2), (15, 1, 3)])),
        ("edge_wrap", _queries([(top - 10, 7, 5), (1 << 63, 1 << 63, 4)])),
    ]
    for i in range(12):
        triples = []
        for _ in range(rng.randint(1, 10)):
            a = rng.randint(0, rng.choice([1000, 10**12, top]))
            d = rng.randint(0, rng.choice([10, 10**9, top]))
            triples.append((a, d, rng.randint(0, 3000)))
        tests.append((f"rand_{i:02d}", _queries(triples)))
    for i, q in enumerate([5, 12, 30, 3, 8]):
        total = 1_500_000
        triples = []
        for _ in range(q):
            a = rng.randint(0, top)
            d = rng.randint(1, top)
            triples.append((a, d, rng.randint(total // (2 * q), 3 * total // (2 * q))))
        tests.append((f"stress_{i:02d}", _queries(triples)))
    return tests
