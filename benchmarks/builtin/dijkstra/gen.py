"""Sum of single-source shortest-path distances (unreachable vertices count as -1) from several sources of a weighted directed graph, by Dijkstra with a binary heap."""

CATEGORY = "graph"
HEADROOM = False  # heap sift loops and adjacency walks are latency-bound; gcc -O3 leaves little


def _fmt(n, edges, sources):
    return (f"{n} {len(edges)} {len(sources)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
            + "".join(f"{s}\n" for s in sources))


def _graph(rng, n, m, wmax, local=0):
    """Random directed graph; with `local`, most edges join nearby vertices (long shortest paths)."""
    edges = []
    for _ in range(m):
        u = rng.randint(1, n)
        if local and rng.random() < 0.9:
            v = min(n, max(1, u + rng.randint(-local, local)))
        else:
            v = rng.randint(1, n)
        edges.append((u, v, rng.randint(0, wmax)))
    return edges


def generate(rng):
    tests = [
        ("edge_single", _fmt(1, [], [1])),
        ("edge_self_loop", _fmt(1, [(1, 1, 5)], [1, 1])),
        ("edge_unreachable", _fmt(3, [(2, 3, 4)], [1, 2, 3])),
        ("edge_zero_weights", _fmt(4, [(1, 2, 0), (2, 3, 0), (3, 4, 0), (4, 1, 0)], [1, 3])),
        ("edge_parallel", _fmt(3, [(1, 2, 9), (1, 2, 3), (2, 3, 1), (1, 3, 5), (1, 3, 4)], [1, 2])),
        ("edge_max_weight", _fmt(5, [(i, i + 1, 10**9) for i in range(1, 5)], [1, 5, 3])),
    ]
    for i in range(10):
        n = rng.randint(2, 200)
        m = rng.randint(0, 6 * n)
        edges = _graph(rng, n, m, rng.choice([1, 10, 1000, 10**9]), rng.choice([0, 0, 3]))
        sources = [rng.randint(1, n) for _ in range(rng.randint(1, 5))]
        tests.append((f"rand_{i:02d}", _fmt(n, edges, sources)))
    for i, (n, m, q, wmax, local) in enumerate(((5000, 24000, 80, 1000, 0), (10000, 26000, 45, 100, 0),
                                                (3000, 26000, 70, 10**6, 0), (8000, 25000, 60, 1000, 20),
                                                (8000, 26000, 50, 50, 5))):
        edges = _graph(rng, n, m, wmax, local)
        sources = [rng.randint(1, n) for _ in range(q)]
        tests.append((f"stress_{i:02d}", _fmt(n, edges, sources)))
    return tests
