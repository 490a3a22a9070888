"""For each range [a, b], the starting value with the longest Collatz chain and its length (no memoisation)."""

CATEGORY = "arith"
HEADROOM = True  # an unpredictable odd/even branch per step; branchless updates or skipping zeros with tzcnt help


def _queries(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def generate(rng):
    cap = 5_000_000_000
    tests = [
        ("edge_one", _queries([(1, 1)])),
        ("edge_zero", _queries([(0, 0), (0, 2)])),
        ("edge_small", _queries([(1, 10), (27, 27), (2, 2), (1, 100)])),
        ("edge_reversed", _queries([(100, 1), (9, 7)])),
        ("edge_cap", _queries([(cap - 20, cap + 1000), (cap - 3, cap)])),
        ("edge_ties", _queries([(12, 13), (28, 29), (6, 7)])),
    ]
    for i in range(12):
        pairs = []
        for _ in range(rng.randint(1, 10)):
            a = rng.randint(1, rng.choice([1000, 10**6, cap - 1000]))
            pairs.append((a, a + rng.randint(0, 300)))
        tests.append((f"rand_{i:02d}", _queries(pairs)))
    for i, q in enumerate([2, 4, 12, 40, 8]):
        total = 220_000
        pairs = []
        for _ in range(q):
            length = rng.randint(total // (2 * q), 3 * total // (2 * q))
            a = rng.randint(10**6, cap - length)
            pairs.append((a, a + length))
        tests.append((f"stress_{i:02d}", _queries(pairs)))
    return tests
