"""Xor and sum of the bit reversals of all 32-bit integers in ranges [l, r] (reversal by a per-bit loop)."""

CATEGORY = "bits"
HEADROOM = True  # 32 shift/or steps per value; a bswap plus three mask-and-swap steps does the same


def _queries(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def generate(rng):
    top = (1 << 32) - 1
    tests = [
        ("edge_zero", _queries([(0, 0)])),
        ("edge_one", _queries([(1, 1), (2, 2), (1 << 31, 1 << 31)])),
        ("edge_max", _queries([(top, top), (top - 15, top)])),
        ("edge_empty", _queries([(10, 9), (top, 0)])),
        ("edge_powers", _queries([((1 << k) - 1, (1 << k) + 1) for k in range(1, 32)])),
    ]
    for i in range(12):
        pairs = []
        for _ in range(rng.randint(1, 30)):
            a = rng.randint(0, rng.choice([1000, 1 << 20, top - 5000]))
            pairs.append((a, a + rng.randint(0, 4000)))
        tests.append((f"rand_{i:02d}", _queries(pairs)))
    for i, q in enumerate([2, 4, 16, 64, 8]):
        total = 12_000_000
        pairs = []
        for _ in range(q):
            length = rng.randint(total // (2 * q), 3 * total // (2 * q))
            a = rng.randint(0, top - length)
            pairs.append((a, a + length))
        tests.append((f"stress_{i:02d}", _queries(pairs)))
    return tests
