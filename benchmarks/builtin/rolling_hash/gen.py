"""Number of distinct length-k substrings of a string, by rolling hash mod 2^64 and radix-sorting the hashes.

Input: a string of lowercase letters (length n <= 10^6), then q, then q values k.
Output per k: the number of distinct hash values of its n-k+1 windows (0 when k > n).
"""

CATEGORY = "hashing"
HEADROOM = False  # a straightforward hash loop and an 8-pass LSD radix sort

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _string(rng, n):
    kind = rng.randint(0, 2)
    A = rng.choice([1, 2, 3, 4, 10, 26])
    if kind == 0:
        return "".join(rng.choice(ALPHA[:A]) for _ in range(n))
    if kind == 1:  # random string with many copied chunks
        s = [rng.choice(ALPHA[:A]) for _ in range(n)]
        for _ in range(rng.randint(1, 20)):
            ln = rng.randint(1, max(1, n // 10))
            a, b = rng.randrange(n - ln + 1), rng.randrange(n - ln + 1)
            s[b:b + ln] = s[a:a + ln]
        return "".join(s)
    base = "".join(rng.choice(ALPHA[:A]) for _ in range(rng.randint(1, 50)))
    s = list((base * (n // len(base) + 1))[:n])
    for _ in range(rng.randint(0, 10)):
        s[rng.randrange(n)] = rng.choice(ALPHA)
    return "".join(s)


def _case(s, ks):
    return f"{s}\n{len(ks)}\n" + "".join(f"{k}\n" for k in ks)


def generate(rng):
    tests = [
        ("edge_single", _case("a", [1, 2, 0])),
        ("edge_all_same", _case("a" * 1000, [1, 10, 999, 1000, 1001])),
        ("edge_distinct", _case(ALPHA, list(range(1, 28)))),
        ("edge_periodic", _case("ab" * 300, [1, 2, 3, 100, 599, 600])),
    ]
    for i in range(12):
        n = rng.randint(1, 5000)
        s = _string(rng, n)
        ks = [rng.randint(1, min(n, 30)) for _ in range(rng.randint(1, 6))] + [rng.randint(1, n)]
        tests.append((f"rand_{i:02d}", _case(s, ks)))
    for i in range(5):
        n = rng.randint(250000, 300000)
        s = _string(rng, n)
        ks = [rng.randint(1, 12), rng.randint(5, 40), rng.randint(100, 5000)] + [rng.randint(1, 200) for _ in range(7)]
        tests.append((f"stress_{i:02d}", _case(s, ks)))
    return tests
