"""Determinant modulo 998244353 of an n x n integer matrix (entries may be negative) by Gaussian elimination with row swaps."""

CATEGORY = "math"
HEADROOM = True  # two reductions modulo a constant per inner element; one lazy reduction (or Montgomery, vectorised) is cheaper

MOD = 998244353


def _fmt(mat):
    return f"{len(mat)}\n" + "".join(" ".join(map(str, r)) + "\n" for r in mat)


def _mat(rng, n, lo, hi):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(n)]


def generate(rng):
    tests = [
        ("edge_one", _fmt([[-5]])),
        ("edge_zero_one", _fmt([[0]])),
        ("edge_identity", _fmt([[int(i == j) for j in range(5)] for i in range(5)])),
        ("edge_swap_needed", _fmt([[0, 1], [1, 0]])),
        ("edge_singular", _fmt([[1, 2, 3], [4, 5, 6], [7, 8, 9]])),
        ("edge_multiple_of_mod", _fmt([[MOD, 1], [2, 3 * MOD]])),
        ("edge_big_entries", _fmt([[10**9, -10**9], [-10**9 + 1, 10**9 - 7]])),
    ]
    for i in range(10):
        n = rng.randint(1, 25)
        lo, hi = rng.choice([(-10**9, 10**9), (0, 1), (-3, 3), (0, MOD - 1)])
        mat = _mat(rng, n, lo, hi)
        if i % 4 == 3 and n > 1:  # copy a row: the determinant is 0
            mat[rng.randrange(n)] = list(mat[0])
        tests.append((f"rand_{i:02d}", _fmt(mat)))
    stress = [(420, -9, 9), (460, 0, 9), (390, -99, 99), (440, -9, 9), (430, 0, 9)]
    for i, (n, lo, hi) in enumerate(stress):
        mat = _mat(rng, n, lo, hi)
        if i == 3:  # zeros in the leading column force pivot searches and swaps
            for r in range(0, n, 2):
                mat[r][0] = 0
        tests.append((f"stress_{i:02d}", _fmt(mat)))
    return tests
