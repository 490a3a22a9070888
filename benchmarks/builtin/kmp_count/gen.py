"""Count overlapping occurrences of a pattern in a text with KMP, for several (pattern, text) pairs.

Input: q, then q lines "pattern n A seed": the text has n letters drawn from the first A
letters of the alphabet by a 64-bit LCG (x = x*6364136223846793005 + 1442695040888963407,
letter = 'a' + ((x >> 32) * A >> 32)).
"""

CATEGORY = "strings"
HEADROOM = False  # the KMP fallback loop is a data-dependent branch chain; little for the compiler to gain

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _pattern(rng, A, m):
    kind = rng.randint(0, 3)
    if kind == 0:
        return "".join(rng.choice(ALPHA[:A]) for _ in range(m))
    if kind == 1:  # periodic with a defect at the end: long fallback chains
        base = "".join(rng.choice(ALPHA[:A]) for _ in range(rng.randint(1, 4)))
        p = (base * (m // len(base) + 1))[:m]
        return p[:-1] + rng.choice(ALPHA[:A])
    if kind == 2:
        return "a" * (m - 1) + rng.choice(ALPHA[:A])
    return "".join(rng.choice(ALPHA[:A]) for _ in range(rng.randint(1, 3))) * (m // 2 + 1)


def _case(pairs):
    return f"{len(pairs)}\n" + "".join(f"{p} {n} {A} {s}\n" for p, n, A, s in pairs)


def generate(rng):
    tests = [
        ("edge_empty_text", _case([("a", 0, 1, 0), ("abc", 0, 26, 5)])),
        ("edge_single", _case([("a", 1, 1, 0), ("b", 1, 1, 0)])),
        ("edge_all_same", _case([("a", 1000, 1, 3), ("aaaa", 1000, 1, 3), ("a" * 1001, 1000, 1, 3)])),
        ("edge_binary", _case([("ab", 64, 2, 1), ("aba", 64, 2, 1), ("bbbb", 64, 2, (1 << 64) - 1)])),
        ("edge_long_pattern", _case([("z" * 200000, 100, 26, 9)])),
    ]
    for i in range(12):
        pairs = []
        for _ in range(rng.randint(1, 8)):
            A = rng.randint(1, 26)
            pairs.append((_pattern(rng, A, rng.randint(1, 12)), rng.randint(0, 20000), A, rng.getrandbits(64)))
        tests.append((f"rand_{i:02d}", _case(pairs)))
    for i in range(5):
        pairs = []
        for _ in range(rng.randint(3, 6)):
            A = rng.choice([2, 2, 3, 4, 26])
            pairs.append((_pattern(rng, A, rng.randint(2, 20)), 2_200_000, A, rng.getrandbits(64)))
        tests.append((f"stress_{i:02d}", _case(pairs)))
    return tests
