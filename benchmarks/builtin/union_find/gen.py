"""Union-find with path compression and union by size: answers to same-set queries, final set count and largest set, over listed and LCG-generated operations."""

CATEGORY = "graph"
HEADROOM = False  # find() is a dependent pointer chase; gcc -O3 code is near the memory-latency bound


def _fmt(n, ops, r=0, seed=0, percent=50):
    return (f"{n} {len(ops)}\n" + "".join(f"{o} {a} {b}\n" for o, a, b in ops)
            + f"{r} {seed} {percent}\n")


def generate(rng):
    tests = [
        ("edge_single", _fmt(1, [("Q", 1, 1), ("U", 1, 1), ("Q", 1, 1)])),
        ("edge_no_ops", _fmt(5, [])),
        ("edge_chain", _fmt(6, [("U", i, i + 1) for i in range(1, 6)] + [("Q", 1, 6), ("Q", 6, 3)])),
        ("edge_all_queries", _fmt(4, [("Q", 1, 2), ("Q", 3, 4), ("Q", 2, 2)])),
        ("edge_repeat_union", _fmt(3, [("U", 1, 2), ("U", 2, 1), ("U", 1, 2), ("Q", 2, 1), ("Q", 1, 3)])),
        ("edge_all_unions_generated", _fmt(10, [], 50, 12345, 100)),
        ("edge_no_unions_generated", _fmt(10, [], 50, 777, 0)),
    ]
    for i in range(8):
        n = rng.randint(2, 500)
        ops = [(rng.choice("UQ"), rng.randint(1, n), rng.randint(1, n)) for _ in range(rng.randint(1, 600))]
        tests.append((f"rand_listed_{i}", _fmt(n, ops)))
    for i in range(5):
        n = rng.randint(10, 5000)
        ops = [(rng.choice("UUQ"), rng.randint(1, n), rng.randint(1, n)) for _ in range(rng.randint(0, 300))]
        tests.append((f"rand_mixed_{i}", _fmt(n, ops, rng.randint(1, 20000), rng.getrandbits(64), rng.randint(5, 95))))
    stress = [(400000, 2000000, 50), (200000, 4000000, 30), (600000, 1200000, 70),
              (50000, 5000000, 10), (500000, 3000000, 90)]
    for i, (n, r, pct) in enumerate(stress):
        ops = [("U", v, v + 1) for v in range(1, 20001)] if i == 1 else []  # one long listed chain
        tests.append((f"stress_{i:02d}", _fmt(n, ops, r, rng.getrandbits(64), pct)))
    return tests
