"""Floyd-Warshall all-pairs shortest paths on directed graphs with non-negative weights: reachable pairs, distance sum and a weighted checksum."""

CATEGORY = "graph"
HEADROOM = False  # the branch-free k-i-j min loop is already vectorised by gcc -O3


def _fmt(graphs):
    out = [f"{len(graphs)}\n"]
    for n, edges in graphs:
        out.append(f"{n} {len(edges)}\n")
        out.extend(f"{u} {v} {w}\n" for u, v, w in edges)
    return "".join(out)


def _graph(rng, n, m, wmax):
    return n, [(rng.randint(1, n), rng.randint(1, n), rng.randint(0, wmax)) for _ in range(m)]


def generate(rng):
    tests = [
        ("edge_single", _fmt([(1, [])])),
        ("edge_self_loops", _fmt([(2, [(1, 1, 7), (2, 2, 0)])])),
        ("edge_no_edges", _fmt([(5, [])])),
        ("edge_cycle_max", _fmt([(4, [(1, 2, 10**6), (2, 3, 10**6), (3, 4, 10**6), (4, 1, 10**6)])])),
        ("edge_parallel", _fmt([(3, [(1, 2, 50), (1, 2, 20), (2, 3, 0), (1, 3, 25)]), (2, [(2, 1, 3)])])),
    ]
    # a path graph of maximal length with maximal weights: the largest distances the format allows
    tests.append(("edge_long_path", _fmt([(200, [(i, i + 1, 10**6) for i in range(1, 200)])])))
    for i in range(10):
        graphs = []
        for _ in range(rng.randint(1, 4)):
            n = rng.randint(1, 60)
            graphs.append(_graph(rng, n, rng.randint(0, n * rng.choice([1, 3, 8])), rng.choice([5, 1000, 10**6])))
        tests.append((f"rand_{i:02d}", _fmt(graphs)))
    stress = [
        [_graph(rng, 500, 8000, 10**6), _graph(rng, 480, 6000, 10**6)],
        [_graph(rng, 460, 1300, 1000) for _ in range(6)],
        [_graph(rng, 400, 20000, 100), _graph(rng, 420, 3000, 10**6), _graph(rng, 400, 700, 50),
         _graph(rng, 440, 2000, 10**4)],
        [_graph(rng, 500, 30000, 10**6), _graph(rng, 500, 5000, 10**6)],
        [_graph(rng, 500, 1600, 10) for _ in range(4)],
    ]
    for i, graphs in enumerate(stress):
        tests.append((f"stress_{i:02d}", _fmt(graphs)))
    return tests
