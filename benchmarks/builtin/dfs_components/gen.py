"""Number of connected components, largest component size and isolated vertices of an undirected graph (listed edges plus LCG-generated edges)."""

CATEGORY = "graph"
HEADROOM = False  # CSR build and DFS are memory-bound pointer chasing; gcc -O3 code is close to what the hardware allows


def _fmt(n, edges, g=0, seed=0):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges) + f"{g} {seed}\n"


def generate(rng):
    tests = [
        ("edge_single", _fmt(1, [])),
        ("edge_self_loop", _fmt(1, [(1, 1), (1, 1)])),
        ("edge_no_edges", _fmt(7, [])),
        ("edge_path", _fmt(6, [(i, i + 1) for i in range(1, 6)])),
        ("edge_multi", _fmt(4, [(1, 2), (2, 1), (1, 2), (3, 3)])),
        ("edge_star", _fmt(9, [(1, v) for v in range(2, 10)])),
        ("edge_generated_only", _fmt(5, [], 3, 0)),
    ]
    for i in range(8):
        n = rng.randint(2, 300)
        m = rng.randint(0, 2 * n)
        edges = [(rng.randint(1, n), rng.randint(1, n)) for _ in range(m)]
        tests.append((f"rand_listed_{i}", _fmt(n, edges)))
    for i in range(6):
        n = rng.randint(100, 20000)
        edges = [(rng.randint(1, n), rng.randint(1, n)) for _ in range(rng.randint(0, 200))]
        g = int(n * rng.choice([0.2, 0.5, 0.7, 1.5]))
        tests.append((f"rand_mixed_{i}", _fmt(n, edges, g, rng.getrandbits(64))))
    # stress: below, near and above the giant-component threshold (g = n/2)
    for name, n, g in (("stress_sparse", 1200000, 400000), ("stress_critical", 1000000, 500000),
                       ("stress_giant", 450000, 650000), ("stress_dense", 250000, 1200000),
                       ("stress_chain", 550000, 550000)):
        edges = []
        if name == "stress_chain":  # a long listed path so the DFS stack gets deep
            edges = [(v, v + 1) for v in range(1, 40000)]
        tests.append((name, _fmt(n, edges, g, rng.getrandbits(64))))
    return tests
