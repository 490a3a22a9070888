"""Sum of the Z-function (with z[0] = n) of several strings, each a block repeated r times.

Input: t, then t lines "r block" (block of lowercase letters, r >= 1, r * |block| < 2^23).
Output per string: its length and the sum of its Z-array.
"""

CATEGORY = "strings"
HEADROOM = False  # the linear Z-algorithm; its inner extension loop is short and branchy

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _block(rng, length):
    kind = rng.randint(0, 3)
    A = rng.choice([1, 2, 2, 3, 4, 26])
    if kind == 0:
        return "".join(rng.choice(ALPHA[:A]) for _ in range(length))
    base = "".join(rng.choice(ALPHA[:A]) for _ in range(rng.randint(1, 12)))
    s = list((base * (length // len(base) + 1))[:length])
    for _ in range(rng.randint(0, 1 + length // 200 if kind == 1 else 3)):  # sparse defects
        s[rng.randrange(length)] = rng.choice(ALPHA[:A + 1])
    if kind == 3:  # Fibonacci-like word: many long borders
        a, b = "a", "ab"
        while len(b) < length:
            a, b = b, b + a
        return b[:length]
    return "".join(s)


def _case(items):
    return f"{len(items)}\n" + "".join(f"{r} {b}\n" for r, b in items)


def generate(rng):
    tests = [
        ("edge_single", _case([(1, "a")])),
        ("edge_all_equal", _case([(1, "a" * 1000), (1000, "b"), (1, "ab" * 500)])),
        ("edge_distinct", _case([(1, ALPHA), (3, ALPHA), (1, ALPHA[::-1])])),
        ("edge_small", _case([(1, "aab"), (2, "abacaba"), (1, "abacabad"), (1, "zz"), (5, "xy")])),
    ]
    for i in range(12):
        items = []
        for _ in range(rng.randint(1, 10)):
            blen = rng.randint(1, 400)
            items.append((rng.randint(1, max(1, 4000 // blen)), _block(rng, blen)))
        tests.append((f"rand_{i:02d}", _case(items)))
    for i in range(5):
        items = [(1, _block(rng, rng.randint(40000, 60000))) for _ in range(3)]
        total = sum(len(b) for _, b in items)
        while total < 14_000_000:
            blen = rng.randint(1000, 12000)
            r = min(rng.randint(100, 600), 2_000_000 // blen)
            items.append((r, _block(rng, blen)))
            total += blen * r
        rng.shuffle(items)
        tests.append((f"stress_{i:02d}", _case(items)))
    return tests
