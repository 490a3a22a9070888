"""Length of the longest common subsequence for pairs of strings up to 5000 characters, by a two-row O(nm) DP.

Input: q, then q lines `s t` (non-empty, lowercase). The inner loop carries
cur[j-1] through a max, so gcc -O3 emits a serial, branchy scalar loop; the
bit-parallel LCS (one 64-bit word per 64 columns) is far faster.
"""

CATEGORY = "dp"
HEADROOM = True


def _s(rng, n, alpha):
    return "".join(rng.choice(alpha) for _ in range(n))


def _pairs(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def _mutate(rng, s, alpha, rate):
    out = []
    for ch in s:
        r = rng.random()
        if r < rate / 3:
            continue
        if r < 2 * rate / 3:
            out.append(rng.choice(alpha))
        elif r < rate:
            out.append(ch + rng.choice(alpha))
        else:
            out.append(ch)
    return "".join(out)[:5000] or "a"


def generate(rng):
    ab = "abcdefghijklmnopqrstuvwxyz"
    tests = [
        ("edge_single", _pairs([("a", "a"), ("a", "b")])),
        ("edge_identical", _pairs([("abcabc" * 50, "abcabc" * 50)])),
        ("edge_disjoint", _pairs([("ab" * 100, "cd" * 100), ("z", "y" * 5000)])),
        ("edge_max_equal", _pairs([("q" * 5000, "q" * 5000)])),
        ("edge_reverse", _pairs([(ab, ab[::-1])])),
    ]
    for i in range(10):
        alpha = rng.choice(["ab", "acgt", "abcdefgh", ab])
        pairs = []
        for _ in range(rng.randint(1, 5)):
            a = _s(rng, rng.randint(1, 300), alpha)
            b = _mutate(rng, a, alpha, 0.4) if rng.random() < 0.5 else _s(rng, rng.randint(1, 300), alpha)
            pairs.append((a, b))
        tests.append((f"rand_{i:02d}", _pairs(pairs)))
    dnas = [_s(rng, 5000, "acgt") for _ in range(2)]
    tests += [
        ("stress_dna_mutated", _pairs([(d, _mutate(rng, d, "acgt", 0.3)) for d in dnas])),
        ("stress_binary", _pairs([(_s(rng, 5000, "ab"), _s(rng, 5000, "ab")) for _ in range(2)])),
        ("stress_letters", _pairs([(_s(rng, 5000, ab), _s(rng, 4000, ab)) for _ in range(3)])),
        ("stress_many", _pairs([(_s(rng, 1500, "abcdefgh"), _s(rng, 1500, "abcdefgh")) for _ in range(20)])),
        ("stress_skinny", _pairs([(_s(rng, 300, "acgt"), _s(rng, 5000, "acgt")) for _ in range(30)])),
    ]
    return tests
