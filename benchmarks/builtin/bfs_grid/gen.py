"""Shortest path length through a maze built by tiling a small '.'/'#' pattern over a large grid (BFS, -1 if unreachable)."""

CATEGORY = "graph"
HEADROOM = True  # a division and two runtime-modulus remainders per neighbour in the BFS loop


def _fmt(pattern, R, C, open_end=False):
    h, w = len(pattern), len(pattern[0])
    if open_end:  # clear a 3x3 block at both corners so that neither sits in a tiny pocket
        pattern = list(pattern)
        for dr in range(3):
            for dc in range(3):
                for r, c in ((dr, dc), (R - 1 - dr, C - 1 - dc)):
                    r, c = max(r, 0) % h, max(c, 0) % w
                    pattern[r] = pattern[r][:c] + "." + pattern[r][c + 1:]
    return f"{h} {w} {R} {C}\n" + "".join(row + "\n" for row in pattern)


def _escapes(rows):
    """Whether (0, 0) reaches the far edge of a 2x2 tiling of the pattern."""
    h, w = len(rows), len(rows[0])
    seen, todo = {(0, 0)}, [(0, 0)]
    while todo:
        r, c = todo.pop()
        if r == 2 * h - 1 or c == 2 * w - 1:
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < 2 * h and 0 <= nc < 2 * w and rows[nr % h][nc % w] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                todo.append((nr, nc))
    return False


def _random_pattern(rng, h, w, density, escape=False):
    while True:
        rows = []
        for _ in range(h):
            rows.append("".join("#" if rng.random() < density else "." for _ in range(w)))
        rows[0] = "." + rows[0][1:]
        if not escape or _escapes(rows):
            return rows


def _carved_pattern(rng, h, w, extra):
    """A DFS-carved maze on odd coordinates, then `extra` random walls knocked out."""
    g = [["#"] * w for _ in range(h)]
    stack = [(0, 0)]
    g[0][0] = "."
    while stack:
        r, c = stack[-1]
        nbrs = [(r + dr, c + dc, dr // 2, dc // 2) for dr, dc in ((2, 0), (-2, 0), (0, 2), (0, -2))
                if 0 <= r + dr < h and 0 <= c + dc < w and g[r + dr][c + dc] == "#"]
        if not nbrs:
            stack.pop()
            continue
        nr, nc, hr, hc = nbrs[rng.randrange(len(nbrs))]
        g[r + hr][c + hc] = "."
        g[nr][nc] = "."
        stack.append((nr, nc))
    for _ in range(extra):
        g[rng.randrange(h)][rng.randrange(w)] = "."
    return ["".join(row) for row in g]


def generate(rng):
    tests = [
        ("edge_single", _fmt(["."], 1, 1)),
        ("edge_blocked_start", _fmt(["#."], 3, 3)),
        ("edge_blocked_end", _fmt([".#", ".."], 2, 2)),
        ("edge_row", _fmt(["."], 1, 50)),
        ("edge_wall_column", _fmt(["..#"], 4, 6)),
        ("edge_open", _fmt(["..", ".."], 7, 5)),
        ("edge_spiral", _fmt(["....", "###.", "....", ".###"], 9, 4)),
    ]
    for i in range(10):
        h, w = rng.randint(1, 12), rng.randint(1, 12)
        pat = _random_pattern(rng, h, w, rng.choice([0.1, 0.25, 0.35, 0.45]))
        tests.append((f"rand_density_{i}", _fmt(pat, rng.randint(1, 80), rng.randint(1, 80), i % 3 != 0)))
    for i in range(4):
        h, w = rng.choice([5, 7, 9, 11]), rng.choice([5, 7, 9, 13])
        pat = _carved_pattern(rng, h, w, rng.randint(0, 3))
        tests.append((f"rand_maze_{i}", _fmt(pat, rng.randint(10, 120), rng.randint(10, 120), True)))
    stress = [
        ("stress_sparse", _random_pattern(rng, 37, 41, 0.2, True), 1500, 1500),
        ("stress_dense", _random_pattern(rng, 101, 97, 0.3, True), 1400, 1600),
        ("stress_maze", _carved_pattern(rng, 61, 59, 30), 61 * 28, 59 * 22),
        ("stress_bigmaze", _carved_pattern(rng, 301, 299, 200), 301 * 5, 299 * 5),
        ("stress_open", _random_pattern(rng, 13, 17, 0.05, True), 1200, 1800),
    ]
    for name, pat, R, C in stress:
        tests.append((name, _fmt(pat, R, C, True)))
    return tests
