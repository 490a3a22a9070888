"""Signed overflow planted on purpose (test fixture): the cross-check must catch it."""


def generate(rng):
    tests = [("edge_zero", "0\n"), ("edge_big", "9\n"), ("edge_one", "1\n")]
    tests += [(f"rand_{i:02d}", f"{rng.randint(0, 100)}\n") for i in range(13)]
    tests += [(f"stress_{i}", f"{rng.randint(50, 100)}\n") for i in range(4)]
    return tests
