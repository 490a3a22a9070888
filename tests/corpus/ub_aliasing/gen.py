"""A strict-aliasing violation planted on purpose (test fixture): no sanitizer sees it, -O0 disagrees with -O3."""


def generate(rng):
    tests = [("edge_zero", "0\n"), ("edge_seven", "7\n"), ("edge_neg", "-3\n")]
    tests += [(f"rand_{i:02d}", f"{rng.randint(2, 100)}\n") for i in range(13)]
    tests += [(f"stress_{i}", f"{rng.randint(2, 100)}\n") for i in range(4)]
    return tests
