"""For each query n, the total popcount of the Gray codes i ^ (i >> 1) over all 0 <= i < n (a bit-by-bit loop)."""

CATEGORY = "bits"
HEADROOM = True  # a branchy shift loop per value; popcnt (or a closed form per bit position) is far faster


def _queries(ns):
    return f"{len(ns)}\n" + "".join(f"{n}\n" for n in ns)


def generate(rng):
    tests = [
        ("edge_zero", _queries([0])),
        ("edge_one", _queries([1, 2])),
        ("edge_small", _queries(list(range(0, 17)))),
        ("edge_powers", _queries([1 << k for k in range(0, 17)])),
        ("edge_repeat", _queries([1000, 1000, 999, 1001])),
    ]
    for i in range(12):
        ns = [rng.randint(0, rng.choice([100, 5000, 60000])) for _ in range(rng.randint(1, 12))]
        tests.append((f"rand_{i:02d}", _queries(ns)))
    for i, q in enumerate([1, 3, 10, 30, 6]):
        total = 4_500_000
        ns = [rng.randint(total // (2 * q), 3 * total // (2 * q)) for _ in range(q)]
        if q == 1:
            ns = [total]
        tests.append((f"stress_{i:02d}", _queries(ns)))
    return tests
