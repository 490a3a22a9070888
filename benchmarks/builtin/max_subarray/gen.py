"""Maximum subarray sum for several arrays (Kadane), then the maximum-sum subrectangle of an R x C grid.

Input: t, t lines `n a1 .. an`, then `R C` and the grid. The rectangle search
is O(R^2 C): a vectorised column-sum update plus a Kadane pass whose serial
max chain gcc -O3 already compiles to tight cmov code.
"""

CATEGORY = "dp"
HEADROOM = False


def _fmt(arrays, grid):
    out = [f"{len(arrays)}\n"]
    for a in arrays:
        out.append(f"{len(a)} " + " ".join(map(str, a)) + "\n")
    out.append(f"{len(grid)} {len(grid[0])}\n")
    for row in grid:
        out.append(" ".join(map(str, row)) + "\n")
    return "".join(out)


def _grid(rng, r, c, lo, hi):
    return [[rng.randint(lo, hi) for _ in range(c)] for _ in range(r)]


def generate(rng):
    big = 10**9
    tests = [
        ("edge_single", _fmt([[5]], [[-3]])),
        ("edge_all_negative", _fmt([[-5, -2, -9], [-big]], [[-4, -1], [-7, -2]])),
        ("edge_all_zero", _fmt([[0] * 10], [[0] * 5] * 5)),
        ("edge_extremes", _fmt([[big, -big, big, big], [-1, big]], [[big, -big], [-big, big]])),
        ("edge_no_arrays", _fmt([], [[1, -2, 3]])),
        ("edge_column", _fmt([[1, 2, 3]], [[3], [-1], [4], [-10], [2]])),
    ]
    for i in range(10):
        arrays = [[rng.randint(-1000, 1000) for _ in range(rng.randint(1, 200))] for _ in range(rng.randint(0, 8))]
        r, c = rng.randint(1, 40), rng.randint(1, 40)
        tests.append((f"rand_{i:02d}", _fmt(arrays, _grid(rng, r, c, -100, rng.choice([0, 50, 100])))))

    def arrays(k, n):
        return [[rng.randint(-big, big) for _ in range(n)] for _ in range(k)]

    tests += [
        ("stress_square", _fmt(arrays(5, 1000), _grid(rng, 400, 400, -99, 99))),
        ("stress_tall", _fmt(arrays(2, 500), _grid(rng, 700, 150, -99, 99))),
        ("stress_wide", _fmt(arrays(3, 2000), _grid(rng, 250, 900, -50, 49))),
        ("stress_positive_bias", _fmt(arrays(1, 10), _grid(rng, 500, 300, -90, 99))),
    ]
    return tests
