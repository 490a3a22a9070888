"""Sum and xor of Euler's totient phi(1..n) computed with a linear sieve."""

CATEGORY = "numtheory"
HEADROOM = False  # a linear sieve with no division; its cost is scattered stores that gcc -O3 handles fine


def generate(rng):
    tests = [
        ("edge_zero", "0\n"),
        ("edge_one", "1\n"),
        ("edge_two", "2\n"),
        ("edge_ten", "10\n"),
        ("edge_prime", "997\n"),
        ("edge_power", "65536\n"),
    ]
    for i in range(12):
        n = rng.randint(1, rng.choice([100, 10**4, 10**5, 10**6]))
        tests.append((f"rand_{i:02d}", f"{n}\n"))
    for i, n in enumerate([5_000_000, 6_000_000, 7_000_000, 4_500_000, 8_000_000]):
        tests.append((f"stress_{i:02d}", f"{n - rng.randint(0, 1000)}\n"))
    return tests
