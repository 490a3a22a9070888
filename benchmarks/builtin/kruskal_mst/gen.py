"""Weight and longest edge of the minimum spanning tree of points under Manhattan distance, by Kruskal over all pairs (qsort + union-find)."""

CATEGORY = "graph"
HEADROOM = True  # qsort calls a comparator per comparison; an inlined or radix sort of the keys is far faster


def _fmt(points):
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def generate(rng):
    big = 10**6
    tests = [
        ("edge_single", _fmt([(0, 0)])),
        ("edge_two_far", _fmt([(-big, -big), (big, big)])),
        ("edge_same_point", _fmt([(5, -5)] * 6)),
        ("edge_line", _fmt([(i, 0) for i in range(10, 0, -1)])),
        ("edge_square", _fmt([(0, 0), (0, 3), (3, 0), (3, 3)])),
    ]
    for i in range(10):
        n = rng.randint(2, 120)
        span = rng.choice([3, 100, big])
        pts = [(rng.randint(-span, span), rng.randint(-span, span)) for _ in range(n)]
        tests.append((f"rand_{i:02d}", _fmt(pts)))
    for i in range(3):  # clustered points
        centres = [(rng.randint(-big // 2, big // 2), rng.randint(-big // 2, big // 2)) for _ in range(rng.randint(2, 6))]
        pts = []
        for _ in range(rng.randint(20, 200)):
            cx, cy = rng.choice(centres)
            pts.append((cx + rng.randint(-1000, 1000), cy + rng.randint(-1000, 1000)))
        tests.append((f"rand_cluster_{i}", _fmt(pts)))
    for i, (n, span) in enumerate(((800, big), (900, 1000), (750, 30), (850, big), (700, 200))):
        pts = [(rng.randint(-span, span), rng.randint(-span, span)) for _ in range(n)]
        tests.append((f"stress_{i:02d}", _fmt(pts)))
    return tests
