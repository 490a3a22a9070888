"""Lexicographically smallest topological order of a directed graph (listed edges plus xorshift-generated ones), or the number of vertices left on cycles."""

CATEGORY = "graph"
HEADROOM = False  # heap sifts and edge-list walks are latency-bound; gcc -O3 is near the limit


def _fmt(n, edges, g=0, seed=0):
    return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges) + f"{g} {seed}\n"


def _dag(rng, n, m):
    """Random DAG over a hidden random ranking, so the answer is not simply 1..n."""
    edges = []
    if m == 0:
        return edges
    rank = list(range(1, n + 1))
    rng.shuffle(rank)
    for _ in range(m):
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            edges.append((rank[min(i, j)], rank[max(i, j)]))
    return edges


def generate(rng):
    tests = [
        ("edge_single", _fmt(1, [])),
        ("edge_self_loop", _fmt(2, [(2, 2)])),
        ("edge_two_cycle", _fmt(3, [(1, 2), (2, 1)])),
        ("edge_reverse_chain", _fmt(6, [(i + 1, i) for i in range(1, 6)])),
        ("edge_no_edges", _fmt(5, [])),
        ("edge_duplicate", _fmt(3, [(3, 1), (3, 1), (2, 1)])),
        ("edge_generated", _fmt(4, [], 5, 0)),
    ]
    for i in range(8):
        n = rng.randint(2, 300)
        edges = _dag(rng, n, rng.randint(0, 3 * n))
        if i % 3 == 2:  # one back edge: usually makes a cycle
            a, b = edges[0] if edges else (1, 2)
            edges.append((b, a))
        tests.append((f"rand_dag_{i}", _fmt(n, edges)))
    for i in range(5):
        n = rng.randint(100, 5000)
        edges = _dag(rng, n, rng.randint(0, n))
        tests.append((f"rand_mixed_{i}", _fmt(n, edges, rng.randint(0, 3 * n), rng.getrandbits(64))))
    stress = [(250000, 0, 550000), (150000, 0, 700000), (320000, 0, 220000),
              (150000, 3000, 900000), (170000, 0, 750000)]
    for i, (n, listed, g) in enumerate(stress):
        edges = _dag(rng, n, listed)
        if i == 4:  # a forward chain over the first labels: generated edges among them close cycles
            edges = [(v, v + 1) for v in range(1, 1000)]
        tests.append((f"stress_{i:02d}", _fmt(n, edges, g, rng.getrandbits(64))))
    return tests
