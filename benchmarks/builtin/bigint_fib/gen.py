"""Last 20 decimal digits and digit count of the n-th Fibonacci number, computed by n big-integer additions in base 10^9."""

CATEGORY = "bigint"


def generate(rng):
    tests = [
        ("edge_zero", "0\n"),
        ("edge_one", "1\n"),
        ("edge_two", "2\n"),
        ("edge_limb_carry", "45\n"),
        ("edge_twenty_digits", "93\n"),
        ("edge_more_digits", "100\n"),
    ]
    for i in range(12):
        tests.append((f"rand_{i:02d}", f"{rng.randint(3, rng.choice([200, 5000, 20000]))}\n"))
    for i, n in enumerate((60000, 70000, 65000, 75000, rng.randint(60000, 75000))):
        tests.append((f"stress_{i:02d}", f"{n}\n"))
    return tests
