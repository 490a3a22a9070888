"""Sum and trace of M^e modulo a prime p given at run time, for many exponents e up to 10^18, by square-and-multiply on a k x k matrix."""

CATEGORY = "matrix"
HEADROOM = True  # a 64-bit division by the runtime modulus after every multiply-add; lazy reduction or Barrett is much cheaper

PRIMES = [2, 3, 7, 10007, 65537, 998244353, 1000000007, 2147483647, 1500000001]


def _fmt(k, p, mat, exps):
    return (f"{k} {p} {len(exps)}\n" + "".join(" ".join(map(str, r)) + "\n" for r in mat)
            + "".join(f"{e}\n" for e in exps))


def _mat(rng, k, p):
    return [[rng.randrange(p) for _ in range(k)] for _ in range(k)]


def generate(rng):
    fib = [[1, 1], [1, 0]]
    tests = [
        ("edge_one_by_one", _fmt(1, 1000000007, [[3]], [0, 1, 2, 10**18])),
        ("edge_fibonacci", _fmt(2, 1000000007, fib, [0, 1, 2, 10, 90, 10**18])),
        ("edge_mod_two", _fmt(3, 2, [[1, 1, 0], [0, 1, 1], [1, 0, 1]], [1, 2, 3, 7, 2**60 - 1])),
        ("edge_zero_matrix", _fmt(2, 7, [[0, 0], [0, 0]], [0, 1, 5])),
        ("edge_max_entries", _fmt(3, 2147483647, [[2147483646] * 3] * 3, [1, 2, 10**18])),
        ("edge_unreduced_input", _fmt(2, 3, [[10**12, 5], [7, 9]], [1, 4])),
    ]
    for i in range(10):
        k = rng.randint(1, 6)
        p = rng.choice(PRIMES)
        exps = [rng.choice([rng.randint(0, 20), rng.randint(0, 10**9), rng.randint(0, 10**18)])
                for _ in range(rng.randint(1, 8))]
        tests.append((f"rand_{i:02d}", _fmt(k, p, _mat(rng, k, p), exps)))
    for i, (k, q) in enumerate(((8, 480), (10, 250), (12, 150), (16, 64), (20, 32))):
        p = PRIMES[5 + i % 4]
        exps = [rng.randint(10**17, 10**18) for _ in range(q)]
        tests.append((f"stress_{i:02d}", _fmt(k, p, _mat(rng, k, p), exps)))
    return tests
