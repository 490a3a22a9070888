"""Number of primes in each range [L, R] with R up to 10^12 and R - L up to 2*10^6 (segmented sieve)."""

CATEGORY = "numtheory"
HEADROOM = False  # the marking loop is a strided byte store; gcc -O3 already emits a tight loop


def _queries(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def generate(rng):
    top = 10**12
    tests = [
        ("edge_one", _queries([(1, 1)])),
        ("edge_small", _queries([(1, 2), (2, 2), (1, 10), (4, 4), (14, 16), (1, 100)])),
        ("edge_top", _queries([(top - 100, top), (top, top), (top - 11, top - 11)])),
        ("edge_square", _queries([(999_983 ** 2, 999_983 ** 2), (999_983 ** 2 - 50, 999_983 ** 2 + 50)])),
        ("edge_fullspan", _queries([(1, 2_000_000)])),
        ("edge_reversed", _queries([(50, 10), (7, 7)])),
    ]
    for i in range(12):
        pairs = []
        for _ in range(rng.randint(1, 8)):
            lo = rng.randint(1, rng.choice([10**4, 10**8, top - 10**5]))
            pairs.append((lo, lo + rng.randint(0, rng.choice([100, 10**4, 10**5]))))
        tests.append((f"rand_{i:02d}", _queries(pairs)))
    for i, count in enumerate([12, 13, 15, 14, 12]):
        pairs = []
        for _ in range(count):
            lo = rng.randint(top // 2, top - 2_000_000)
            pairs.append((lo, lo + rng.randint(1_500_000, 2_000_000)))
        tests.append((f"stress_{i:02d}", _queries(pairs)))
    return tests
