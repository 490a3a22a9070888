"""Number of ways to pay each queried amount with unlimited coins of given denominations, modulo 1e9+7.

Input: `k q`, k coin values, then q amounts (<= 3e6). The DP row update does
`%` by the modulus on every cell; a conditional subtraction is enough, and
coins below 4 fall back to a scalar loop with a `div` per cell.
"""

CATEGORY = "dp"
HEADROOM = True


def _fmt(coins, amounts):
    return (f"{len(coins)} {len(amounts)}\n" + " ".join(map(str, coins)) + "\n"
            + " ".join(map(str, amounts)) + "\n")


def generate(rng):
    tests = [
        ("edge_zero_amount", _fmt([1, 2, 5], [0])),
        ("edge_no_coins", _fmt([], [0, 1, 7])),
        ("edge_unreachable", _fmt([4, 6], [1, 2, 3, 5, 7, 9, 10])),
        ("edge_one_coin", _fmt([1], [0, 1, 1000])),
        ("edge_classic", _fmt([1, 2, 5, 10, 20, 50, 100, 200], [200, 100, 4, 11])),
    ]
    for i in range(12):
        k = rng.randint(1, 12)
        coins = rng.sample(range(1, rng.choice([10, 100, 1000]) + 1), k)
        amounts = [rng.randint(0, rng.choice([50, 1000, 20000])) for _ in range(rng.randint(1, 30))]
        tests.append((f"rand_{i:02d}", _fmt(coins, amounts)))

    def stress(k, top, cmax, small):
        coins = list(range(1, small + 1)) + rng.sample(range(small + 1, cmax + 1), k - small)
        rng.shuffle(coins)
        amounts = [top] + [rng.randint(0, top) for _ in range(999)]
        return _fmt(coins, amounts)

    tests += [
        ("stress_many_coins", stress(110, 800000, 5000, 0)),
        ("stress_small_coins", stress(26, 1500000, 60, 3)),
        ("stress_big_amount", stress(20, 3000000, 100000, 1)),
        ("stress_mixed", stress(55, 1200000, 1000, 2)),
        ("stress_tiny_coins", stress(5, 2500000, 5, 3)),
    ]
    return tests
