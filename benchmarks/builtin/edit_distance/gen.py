"""Levenshtein (insert/delete/substitute) distance for pairs of lines of up to 4000 characters, by a single-row DP.

Input: q, then 2q lines (a line may be empty). The row update carries
row[j-1] through two mins, a serial chain gcc -O3 cannot vectorise; Myers'
bit-parallel algorithm or anti-diagonal SIMD is much faster.
"""

CATEGORY = "dp"
HEADROOM = True


def _s(rng, n, alpha):
    return "".join(rng.choice(alpha) for _ in range(n))


def _pairs(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a}\n{b}\n" for a, b in pairs)


def _edit(rng, s, alpha, k):
    s = list(s)
    for _ in range(k):
        op = rng.randrange(3)
        p = rng.randint(0, len(s))
        if op == 0 or not s:
            s.insert(p, rng.choice(alpha))
        elif op == 1 and p < len(s):
            del s[p]
        elif p < len(s):
            s[p] = rng.choice(alpha)
    return "".join(s[:4000])


def generate(rng):
    lower = "abcdefghijklmnopqrstuvwxyz"
    text = lower + "0123456789 .,-"
    tests = [
        ("edge_both_empty", _pairs([("", "")])),
        ("edge_one_empty", _pairs([("", "abc"), ("hello", ""), ("", "x" * 4000)])),
        ("edge_equal", _pairs([("kitten", "kitten"), ("a" * 4000, "a" * 4000)])),
        ("edge_classic", _pairs([("kitten", "sitting"), ("flaw", "lawn"), ("a", "b")])),
        ("edge_spaces", _pairs([("a b c", "abc"), ("   ", " ")])),
    ]
    for i in range(10):
        alpha = rng.choice(["ab", "acgt", lower, text])
        pairs = []
        for _ in range(rng.randint(1, 6)):
            a = _s(rng, rng.randint(0, 400), alpha)
            b = _edit(rng, a, alpha, rng.randint(0, 60)) if rng.random() < 0.6 else _s(rng, rng.randint(0, 400), alpha)
            pairs.append((a, b))
        tests.append((f"rand_{i:02d}", _pairs(pairs)))

    def similar(n, alpha, k, count):
        out = []
        for _ in range(count):
            a = _s(rng, n, alpha)
            out.append((a, _edit(rng, a, alpha, k)))
        return out

    tests += [
        ("stress_similar_text", _pairs(similar(4000, text, 400, 3))),
        ("stress_random_dna", _pairs([(_s(rng, 4000, "acgt"), _s(rng, 3500, "acgt")) for _ in range(3)])),
        ("stress_binary", _pairs(similar(3000, "ab", 1500, 5))),
        ("stress_many_short", _pairs([(_s(rng, 600, lower), _s(rng, 700, lower)) for _ in range(100)])),
        ("stress_lopsided", _pairs([(_s(rng, 4000, lower), _s(rng, 150, lower)) for _ in range(70)])),
    ]
    return tests
