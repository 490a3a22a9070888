"""Number of integer partitions p(n) modulo 1e9+7 for several n (up to 30000), by the O(n^2) DP over the largest part.

Input: q, then q values of n. gcc -O3 already vectorises the row update
(add, compare, conditional subtract) with a runtime alias check, so little
is left beyond wider vectors.
"""

CATEGORY = "dp"
HEADROOM = False


def _fmt(ns):
    return f"{len(ns)}\n" + " ".join(map(str, ns)) + "\n"


def generate(rng):
    tests = [
        ("edge_zero", _fmt([0])),
        ("edge_small", _fmt(list(range(0, 21)))),
        ("edge_repeated", _fmt([5, 5, 0, 5])),
        ("edge_one", _fmt([1, 1, 1])),
        ("edge_known", _fmt([100, 200, 1000])),
    ]
    for i in range(11):
        top = rng.choice([50, 500, 3000, 8000])
        tests.append((f"rand_{i:02d}", _fmt([rng.randint(0, top) for _ in range(rng.randint(1, 40))])))
    tests += [
        ("stress_max", _fmt([28000, 27999, 12345, 0])),
        ("stress_mid", _fmt([rng.randint(0, 25000) for _ in range(500)] + [25000])),
        ("stress_many", _fmt([rng.randint(0, 26000) for _ in range(10000)])),
        ("stress_single", _fmt([27183])),
        ("stress_sorted", _fmt(list(range(20000, 26001, 12)))),
    ]
    return tests
