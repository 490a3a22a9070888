"""Matrix chain multiplication: the minimal number of scalar multiplications for several chains of up to 400 matrices.

Input: t, then per chain n and the n+1 dimensions (1..1000). The O(n^3)
interval DP walks cost[k+1][j] down a column (a cache-hostile stride) and
keeps a scalar 64-bit min; a transposed copy makes the k loop contiguous and
vectorisable.
"""

CATEGORY = "dp"
HEADROOM = True


def _chains(chains):
    return f"{len(chains)}\n" + "".join(f"{len(d) - 1}\n" + " ".join(map(str, d)) + "\n" for d in chains)


def generate(rng):
    tests = [
        ("edge_single", _chains([[5, 7]])),
        ("edge_two", _chains([[10, 20, 30], [1, 1, 1]])),
        ("edge_classic", _chains([[40, 20, 30, 10, 30], [10, 20, 30, 40, 30], [30, 35, 15, 5, 10, 20, 25]])),
        ("edge_max_dims", _chains([[1000] * 401])),
        ("edge_ones", _chains([[1] * 50])),
    ]
    for i in range(11):
        chains = []
        for _ in range(rng.randint(1, 5)):
            n = rng.randint(1, 60)
            top = rng.choice([5, 100, 1000])
            chains.append([rng.randint(1, top) for _ in range(n + 1)])
        tests.append((f"rand_{i:02d}", _chains(chains)))

    def chain(n, top):
        return [rng.randint(1, top) for _ in range(n + 1)]

    tests += [
        ("stress_full", _chains([chain(400, 1000) for _ in range(5)])),
        ("stress_several", _chains([chain(300, 500) for _ in range(10)])),
        ("stress_small_dims", _chains([chain(350, 10) for _ in range(7)])),
        ("stress_mixed", _chains([chain(rng.randint(200, 400), rng.choice([3, 1000])) for _ in range(12)])),
    ]
    return tests
