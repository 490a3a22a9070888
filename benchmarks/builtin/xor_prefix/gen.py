"""Xor of a[l..r] for many range queries, recomputed from scratch for each query, over an LCG-generated array."""

CATEGORY = "arrays"
HEADROOM = True  # O(n) work per query; a prefix-xor table answers each query in O(1)


def _input(n, seed, pairs):
    return f"{n} {len(pairs)} {seed}\n" + "".join(f"{l} {r}\n" for l, r in pairs)


def generate(rng):
    tests = [
        ("edge_single", _input(1, 0, [(1, 1)])),
        ("edge_seedzero", _input(5, 0, [(1, 5), (2, 2), (3, 4)])),
        ("edge_reversed", _input(10, 7, [(10, 1), (5, 3), (1, 10)])),
        ("edge_clamped", _input(8, 123, [(0, 100), (-5, 3), (8, 8)])),
        ("edge_same", _input(100, 99, [(50, 50)] * 6 + [(1, 100), (1, 100)])),
        ("edge_maxseed", _input(16, (1 << 64) - 1, [(1, 16), (1, 8), (9, 16)])),
    ]
    for i in range(12):
        n = rng.randint(1, rng.choice([10, 1000, 100000]))
        pairs = []
        for _ in range(rng.randint(1, 200)):
            l, r = rng.randint(1, n), rng.randint(1, n)
            pairs.append((l, r))
        tests.append((f"rand_{i:02d}", _input(n, rng.randint(0, (1 << 64) - 1), pairs)))
    for i, (n, q) in enumerate([(1_000_000, 800), (2_000_000, 300), (500_000, 1800), (1_500_000, 550), (200_000, 3500)]):
        pairs = []
        for _ in range(q):
            length = rng.randint(n // 4, n)
            l = rng.randint(1, n - length + 1)
            pairs.append((l, l + length - 1) if rng.random() < 0.8 else (l + length - 1, l))
        tests.append((f"stress_{i:02d}", _input(n, rng.randint(0, (1 << 64) - 1), pairs)))
    return tests
