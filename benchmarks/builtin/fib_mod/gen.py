"""The n-th Fibonacci number modulo m for many (n, m) queries, walking the recurrence step by step."""

CATEGORY = "numtheory"
HEADROOM = True  # a dependent 64-bit divide per step; a conditional subtract (a + b < 2m) replaces it


def _queries(pairs):
    return f"{len(pairs)}\n" + "".join(f"{n} {m}\n" for n, m in pairs)


def generate(rng):
    cap = 4 * 10**18
    tests = [
        ("edge_zero", _queries([(0, 10), (0, 1)])),
        ("edge_modone", _queries([(5, 1), (1, 1), (0, 1)])),
        ("edge_small", _queries([(n, 1000) for n in range(0, 16)])),
        ("edge_bigmod", _queries([(90, cap), (92, cap), (1, cap)])),
        ("edge_invalid", _queries([(10, 0), (10, cap + 1), (10, 7)])),
        ("edge_pisano", _queries([(60, 10), (61, 10), (120, 10)])),
    ]
    for i in range(12):
        pairs = [(rng.randint(0, rng.choice([100, 10**4, 10**5])), rng.randint(1, rng.choice([2, 100, 10**9, cap])))
                 for _ in range(rng.randint(1, 30))]
        tests.append((f"rand_{i:02d}", _queries(pairs)))
    for i, q in enumerate([10, 20, 40, 5, 25]):
        total = 13_000_000
        pairs = [(rng.randint(total // (2 * q), 3 * total // (2 * q)), rng.randint(2, rng.choice([10**9, cap])))
                 for _ in range(q)]
        tests.append((f"stress_{i:02d}", _queries(pairs)))
    return tests
