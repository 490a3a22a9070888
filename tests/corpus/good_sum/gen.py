"""An LCG iterated n times (test fixture)."""

CATEGORY = "fixture"
HEADROOM = False


def generate(rng):
    tests = [("edge_zero", "0\n"), ("edge_one", "1\n")]
    tests += [(f"rand_{i:02d}", f"{rng.randint(2, 1000)}\n") for i in range(14)]
    tests += [(f"stress_{i}", f"{rng.randint(10_000, 20_000)}\n") for i in range(4)]
    return tests
