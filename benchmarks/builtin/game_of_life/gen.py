"""Conway's Game of Life on a torus: live cells and a position checksum after g generations."""

CATEGORY = "simulation"
HEADROOM = True  # two runtime-modulus wraps per neighbour lookup; padding or edge-only wrapping (and SIMD counting) is far faster


def _fmt(rows, g):
    return f"{len(rows)} {len(rows[0])} {g}\n" + "".join(r + "\n" for r in rows)


def _random(rng, R, C, p):
    return ["".join("*" if rng.random() < p else "." for _ in range(C)) for _ in range(R)]


def _stamp(R, C, shape, at):
    g = [["."] * C for _ in range(R)]
    for r, c in shape:
        g[(at[0] + r) % R][(at[1] + c) % C] = "*"
    return ["".join(row) for row in g]


GLIDER = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
BLINKER = [(0, 0), (0, 1), (0, 2)]
RPENT = [(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)]


def generate(rng):
    tests = [
        ("edge_single_cell", _fmt(["*"], 5)),
        ("edge_zero_generations", _fmt(["*.*", ".*.", "*.*"], 0)),
        ("edge_empty", _fmt(["....", "...."], 10)),
        ("edge_full", _fmt(["*****"] * 5, 3)),
        ("edge_blinker", _fmt(_stamp(5, 5, BLINKER, (2, 1)), 7)),
        ("edge_glider_wraps", _fmt(_stamp(8, 8, GLIDER, (5, 5)), 40)),
        ("edge_thin_torus", _fmt(["*.**.*"], 4)),
    ]
    for i in range(10):
        R, C = rng.randint(1, 40), rng.randint(1, 40)
        tests.append((f"rand_{i:02d}", _fmt(_random(rng, R, C, rng.choice([0.1, 0.3, 0.5])), rng.randint(0, 60))))
    tests.append(("rand_rpentomino", _fmt(_stamp(64, 64, RPENT, (30, 30)), 200)))
    for i, (R, C, p, g) in enumerate(((200, 200, 0.3, 130), (128, 300, 0.5, 150), (400, 400, 0.2, 35),
                                      (97, 103, 0.35, 500), (256, 256, 0.25, 85))):
        tests.append((f"stress_{i:02d}", _fmt(_random(rng, R, C, p), g)))
    return tests
