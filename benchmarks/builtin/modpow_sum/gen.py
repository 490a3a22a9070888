"""For each of several moduli m, the sum of a_i^e_i mod m over a list of pairs (binary exponentiation, runtime modulus)."""

CATEGORY = "numtheory"
HEADROOM = True  # every step divides by the runtime modulus; Barrett/Montgomery reduction avoids the div


def _input(pairs, mods):
    return (f"{len(pairs)}\n" + "".join(f"{a} {e}\n" for a, e in pairs)
            + f"{len(mods)}\n" + "".join(f"{m}\n" for m in mods))


def generate(rng):
    big = 10**18
    m32 = (1 << 32) - 1
    tests = [
        ("edge_modone", _input([(5, 3), (0, 0)], [1])),
        ("edge_zeros", _input([(0, 0), (0, 1), (7, 0), (0, big)], [2, 10, m32])),
        ("edge_empty", _input([], [7, 1])),
        ("edge_maxmod", _input([(big, big), (m32 - 1, big - 1), (m32, 5)], [m32, m32 - 1, 4294967291])),
        ("edge_invalid", _input([(3, 4)], [0, 1 << 32, 97])),
        ("edge_fermat", _input([(a, 1_000_000_006) for a in range(1, 30)], [1_000_000_007])),
    ]
    for i in range(12):
        pairs = [(rng.randint(0, rng.choice([10, 10**9, big])), rng.randint(0, rng.choice([100, 10**9, big])))
                 for _ in range(rng.randint(1, 60))]
        mods = [rng.randint(1, rng.choice([50, 10**6, m32])) for _ in range(rng.randint(1, 6))]
        tests.append((f"rand_{i:02d}", _input(pairs, mods)))
    for i, (n, q) in enumerate([(2000, 60), (4000, 35), (1000, 130), (3000, 50), (2500, 48)]):
        pairs = [(rng.randint(0, big), rng.randint(big // 2, big)) for _ in range(n)]
        mods = [rng.randint(1 << 20, m32) for _ in range(q)]
        tests.append((f"stress_{i:02d}", _input(pairs, mods)))
    return tests
