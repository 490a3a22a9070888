"""Number of primes not exceeding n for several queries n (one sieve of Eratosthenes up to the largest n)."""

CATEGORY = "numtheory"
HEADROOM = False  # a byte sieve plus a linear counting pass; gcc -O3 code is close to what hand assembly gets


def _queries(ns):
    return f"{len(ns)}\n" + "".join(f"{n}\n" for n in ns)


def generate(rng):
    tests = [
        ("edge_zero", _queries([0])),
        ("edge_one", _queries([1])),
        ("edge_two", _queries([2, 3, 4, 5])),
        ("edge_squares", _queries([p * p for p in (2, 3, 5, 7, 11, 13, 31, 97, 1009)])),
        ("edge_repeat", _queries([100] * 10 + [1, 0, 100])),
        ("edge_descending", _queries(list(range(1000, 0, -37)))),
    ]
    for i in range(12):
        top = rng.choice([100, 10**4, 10**5, 10**6])
        ns = [rng.randint(0, top) for _ in range(rng.randint(1, 40))]
        tests.append((f"rand_{i:02d}", _queries(ns)))
    for i, top in enumerate([18_000_000, 20_000_000, 22_000_000, 24_000_000, 21_000_000]):
        ns = [rng.randint(0, top) for _ in range(rng.randint(50, 2000))] + [top]
        rng.shuffle(ns)
        tests.append((f"stress_{i:02d}", _queries(ns)))
    return tests
