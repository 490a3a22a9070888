"""Longest palindromic substring (length and first start) and the number of palindromic substrings, by expanding around all 2n-1 centres.

Input: q, then q words of up to 30000 printable non-space characters. The
expansion loop compares one byte pair per iteration with two bounds checks;
comparing 16-32 bytes at a time against a reversed load (or Manacher) is far
faster on the long, repetitive words of the stress tests.
"""

CATEGORY = "strings"
HEADROOM = True


def _words(words):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def _rand(rng, n, alpha):
    return "".join(rng.choice(alpha) for _ in range(n))


def _runs(rng, n, alpha, maxrun):
    out = []
    while len(out) < n:
        out.extend(rng.choice(alpha) * rng.randint(1, maxrun))
    return "".join(out[:n])


def generate(rng):
    tests = [
        ("edge_single", _words(["a", "Z", "7"])),
        ("edge_pair", _words(["aa", "ab"])),
        ("edge_all_same", _words(["x" * 1000])),
        ("edge_whole", _words(["racecar", "abba", "abcdefgfedcba"])),
        ("edge_none_longer", _words(["abcdefghij"])),
        ("edge_symbols", _words(["!@#@!", "{[()]}", "~~~"])),
    ]
    for i in range(10):
        words = []
        for _ in range(rng.randint(1, 8)):
            n = rng.randint(1, 500)
            kind = rng.randrange(3)
            if kind == 0:
                words.append(_rand(rng, n, rng.choice(["ab", "abc", "abcdefghijklmnopqrstuvwxyz"])))
            elif kind == 1:
                h = _rand(rng, n // 2 + 1, "abc")
                words.append(_rand(rng, rng.randint(0, 20), "xyz") + h + h[::-1][rng.randint(0, 1):])
            else:
                words.append(_runs(rng, n, "ab", 30))
        tests.append((f"rand_{i:02d}", _words(words)))

    def noisy(n, period, gap):
        w = list((period * (n // len(period) + 1))[:n])
        p = rng.randint(0, gap)
        while p < n:
            w[p] = rng.choice("xyz")
            p += rng.randint(gap // 2, gap * 3 // 2)
        return "".join(w)

    tests += [
        ("stress_all_same", _words(["a" * 14000])),
        ("stress_periodic", _words([("ab" * 9000), ("abc" * 3500), ("aab" * 2500)])),
        ("stress_runs", _words([_runs(rng, 30000, "ab", 6000)])),
        ("stress_noisy", _words([noisy(30000, "ab", 7000), noisy(25000, "c", 3000)])),
        ("stress_many", _words(["q" * 2200 for _ in range(30)] + [_rand(rng, 3000, "ab") for _ in range(20)])),
    ]
    return tests
