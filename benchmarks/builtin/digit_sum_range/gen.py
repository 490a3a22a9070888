"""Sum of the decimal digit sums of all integers in [a, b] for several ranges (a naive per-number digit loop)."""

CATEGORY = "arith"
HEADROOM = True  # a divide-by-10 chain per number; digits can be updated incrementally (or summed in closed form)


def _queries(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def generate(rng):
    top = (1 << 64) - 1
    tests = [
        ("edge_zero", _queries([(0, 0)])),
        ("edge_single", _queries([(7, 7), (10, 10), (999, 999)])),
        ("edge_empty", _queries([(5, 4), (100, 1)])),
        ("edge_max", _queries([(top - 20, top), (top, top)])),
        ("edge_decades", _queries([(0, 9), (0, 99), (1, 1000), (9999, 10001)])),
    ]
    for i in range(12):
        pairs = []
        for _ in range(rng.randint(1, 20)):
            a = rng.randint(0, rng.choice([1000, 10**9, 10**18]))
            pairs.append((a, a + rng.randint(0, rng.choice([10, 1000, 20000]))))
        tests.append((f"rand_{i:02d}", _queries(pairs)))
    for i, q in enumerate([4, 10, 25, 2, 8]):
        total = 3_000_000
        pairs = []
        for _ in range(q):
            a = rng.randint(10**15, 10**19)
            pairs.append((a, a + rng.randint(total // (2 * q), 3 * total // (2 * q))))
        tests.append((f"stress_{i:02d}", _queries(pairs)))
    return tests
