"""Tower of Hanoi for n disks between two given pegs, simulated recursively on explicit peg arrays: move count, move-sequence hash, rule violations and final tower."""

CATEGORY = "recursion"
HEADROOM = True  # 2^n calls of a doubly recursive function; an iterative loop (the move pattern is closed-form) is far cheaper


def _fmt(cases):
    return f"{len(cases)}\n" + "".join(f"{n} {a} {b}\n" for n, a, b in cases)


def _pegs(rng):
    a = rng.randint(1, 3)
    return a, rng.choice([p for p in (1, 2, 3) if p != a])


def generate(rng):
    tests = [
        ("edge_zero_disks", _fmt([(0, 1, 3)])),
        ("edge_one_disk", _fmt([(1, 1, 2), (1, 3, 1)])),
        ("edge_all_peg_pairs", _fmt([(3, a, b) for a in (1, 2, 3) for b in (1, 2, 3) if a != b])),
        ("edge_two_disks", _fmt([(2, 2, 3)])),
    ]
    for i in range(12):
        cases = [(rng.randint(0, 14), *_pegs(rng)) for _ in range(rng.randint(1, 5))]
        tests.append((f"rand_{i:02d}", _fmt(cases)))
    stress = [[(24, 1, 3)], [(23, 2, 1), (22, 1, 2)], [(22, 3, 2)] * 3,
              [(23, 3, 1), (18, 1, 2), (12, 2, 3)], [(n, *_pegs(rng)) for n in (21, 22, 23, 20)]]
    for i, cases in enumerate(stress):
        tests.append((f"stress_{i:02d}", _fmt(cases)))
    return tests
