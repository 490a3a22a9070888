"""Number of decimal digits and digit sum of n!, computed with base-10^9 limbs."""

CATEGORY = "bigint"
HEADROOM = False  # the carry chain serialises the limb loop; gcc -O3 already turns the divisions by 10^9 into multiplies


def generate(rng):
    tests = [
        ("edge_zero", "0\n"),
        ("edge_one", "1\n"),
        ("edge_twelve", "12\n"),
        ("edge_thirteen", "13\n"),
        ("edge_limb_boundary", "25\n"),
    ]
    for i in range(12):
        tests.append((f"rand_{i:02d}", f"{rng.randint(2, 1500)}\n"))
    for i, n in enumerate((10500, 11500, 11000, 12000, rng.randint(10500, 12000))):
        tests.append((f"stress_{i:02d}", f"{n}\n"))
    return tests
