"""Number of inversions (i < j with a[i] > a[j]) of several arrays, counted by a recursive merge sort.

Each case is `n m s`: s = 0 means n values follow, otherwise the values are
x % m for a xorshift32 state x seeded with s. The merge loop branches on the
comparison of random data; a branchless merge (cmov / index arithmetic) is faster.
"""

CATEGORY = "sorting"
HEADROOM = True


def _list(values):
    return f"{len(values)} 1 0\n" + " ".join(map(str, values)) + "\n"


def _gen(n, m, s):
    return f"{n} {m} {s}\n"


def _cases(cases):
    return f"{len(cases)}\n" + "".join(cases)


def generate(rng):
    top = 2**32 - 1
    seed = lambda: rng.randint(1, top)
    tests = [
        ("edge_empty", _cases([_list([])])),
        ("edge_one", _cases([_list([top])])),
        ("edge_sorted_reverse", _cases([_list(list(range(50))), _list(list(range(50, 0, -1)))])),
        ("edge_equal", _cases([_list([0] * 40), _gen(500, 1, 7)])),
        ("edge_max_values", _cases([_list([top, 0, top, 0, top - 1, 1])])),
    ]
    for i in range(8):
        cases = []
        for _ in range(rng.randint(1, 6)):
            n = rng.randint(0, 400)
            span = rng.choice([1, 5, 1000, top])
            cases.append(_list([rng.randint(0, span) for _ in range(n)]))
        tests.append((f"rand_list_{i}", _cases(cases)))
    for i in range(5):
        cases = [_gen(rng.randint(1, 50000), rng.choice([2, 100, 10**6, top]), seed())
                 for _ in range(rng.randint(1, 4))]
        tests.append((f"rand_gen_{i}", _cases(cases)))
    tests += [
        ("stress_big", _cases([_gen(700000, top, seed())])),
        ("stress_binary", _cases([_gen(1500000, 2, seed())])),
        ("stress_many", _cases([_gen(100000, rng.choice([50, 10**5, top]), seed()) for _ in range(7)])),
        ("stress_mid", _cases([_gen(400000, 5000, seed()), _gen(300000, top, seed())])),
    ]
    return tests
