"""Sum of gcd(i, j) over all pairs 1 <= i, j <= n for several n (Euclid's algorithm on every pair)."""

CATEGORY = "numtheory"
HEADROOM = True  # a dependent chain of hardware divides per pair; binary gcd or reusing gcd structure is far faster


def _queries(ns):
    return f"{len(ns)}\n" + "".join(f"{n}\n" for n in ns)


def generate(rng):
    tests = [
        ("edge_zero", _queries([0])),
        ("edge_one", _queries([1])),
        ("edge_small", _queries([2, 3, 4, 5, 6])),
        ("edge_repeat", _queries([7, 7, 7])),
        ("edge_prime", _queries([97, 1, 2])),
    ]
    for i in range(12):
        tests.append((f"rand_{i:02d}", _queries([rng.randint(1, 150) for _ in range(rng.randint(1, 6))])))
    for i, ns in enumerate([[1400], [1000, 1000], [1300, 600], [900, 900, 800], [1500]]):
        tests.append((f"stress_{i:02d}", _queries(ns)))
    return tests
