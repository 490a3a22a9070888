"""Total number of set bits over ranges of 64-bit integers (a shift-and-test loop)."""

CATEGORY = "bits"
HEADROOM = True  # gcc -O3 keeps the bit loop; popcnt (or a table) is far faster


def _queries(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def generate(rng):
    top = (1 << 64) - 1
    tests = [
        ("edge_zero", _queries([(0, 0)])),
        ("edge_one", _queries([(1, 1)])),
        ("edge_max", _queries([(top, top), (top - 3, top)])),
        ("edge_powers", _queries([((1 << k) - 1, (1 << k) + 1) for k in range(1, 64)])),
    ]
    for i in range(12):
        pairs = []
        for _ in range(rng.randint(1, 50)):
            a = rng.randint(0, rng.choice([10**3, 10**9, top - 10**4]))
            pairs.append((a, a + rng.randint(0, 500)))
        tests.append((f"rand_{i:02d}", _queries(pairs)))
    for i in range(4):
        pairs = []
        for _ in range(20):
            a = rng.randint(0, 1 << 62)
            pairs.append((a, a + 80_000))
        tests.append((f"stress_{i:02d}", _queries(pairs)))
    return tests
