"""Number of solutions of the n-queens puzzle (and a checksum of the placements) for several board sizes, by plain recursive backtracking."""

CATEGORY = "recursion"
HEADROOM = True  # byte flag arrays and a bounds loop per row; bitmask backtracking (free = ~(cols|d1|d2)) is several times faster


def _fmt(ns):
    return f"{len(ns)}\n" + "".join(f"{n}\n" for n in ns)


def generate(rng):
    tests = [
        ("edge_one", _fmt([1])),
        ("edge_no_solution", _fmt([2, 3])),
        ("edge_four", _fmt([4])),
        ("edge_all_small", _fmt(list(range(1, 9)))),
        ("edge_repeated", _fmt([6, 6, 6])),
    ]
    for i in range(12):
        ns = [rng.randint(1, 9) for _ in range(rng.randint(1, 6))]
        tests.append((f"rand_{i:02d}", _fmt(ns)))
    stress = [[12], [11, 11, 11, 11, 11, 10, 9], [12, 8, 7], [10] * 24, [11, 10, 11, 10, 11, 11, 11, 10]]
    for i, ns in enumerate(stress):
        tests.append((f"stress_{i:02d}", _fmt(ns)))
    return tests
