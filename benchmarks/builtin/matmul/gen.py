"""Product of two n x n unsigned matrices modulo 2^32 (naive i-j-k loops), listed or LCG-generated: entry sum, trace and a rolling hash of the result."""

CATEGORY = "matrix"
HEADROOM = True  # i-j-k walks B by columns; i-k-j order (or blocking) vectorises and stays in cache


def _fmt(a, b):
    n = len(a)
    rows = [" ".join(map(str, r)) for r in a] + [" ".join(map(str, r)) for r in b]
    return f"{n} 0\n" + "\n".join(rows) + "\n"


def _seeded(n, seed):
    return f"{n} 1 {seed >> 32} {seed & 0xFFFFFFFF}\n"


def _mat(rng, n, top):
    return [[rng.randint(0, top) for _ in range(n)] for _ in range(n)]


def generate(rng):
    top = 2**32 - 1
    tests = [
        ("edge_one", _fmt([[7]], [[6]])),
        ("edge_seeded_zero", _seeded(3, 0)),
        ("edge_zero", _fmt([[0, 0], [0, 0]], [[5, 1], [2, 3]])),
        ("edge_identity", _fmt([[1 if i == j else 0 for j in range(4)] for i in range(4)],
                               [[i * 4 + j for j in range(4)] for i in range(4)])),
        ("edge_max", _fmt([[top] * 3 for _ in range(3)], [[top] * 3 for _ in range(3)])),
        ("edge_overflow", _fmt([[2**31, 2**16], [1, 2**31 + 1]], [[2, 2**16], [2**31, 3]])),
    ]
    for i in range(10):
        n = rng.randint(1, 40)
        t = rng.choice([1, 9, 1000, top])
        tests.append((f"rand_{i:02d}", _fmt(_mat(rng, n, t), _mat(rng, n, t))))
    for i in range(3):
        tests.append((f"rand_seeded_{i}", _seeded(rng.randint(1, 60), rng.getrandbits(64))))
    for i, n in enumerate((560, 600, 510, 610, 530)):
        tests.append((f"stress_{i:02d}", _seeded(n, rng.getrandbits(64))))
    return tests
