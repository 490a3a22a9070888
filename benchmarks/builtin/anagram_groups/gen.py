"""Number of anagram classes among a list of words, and the size of the largest class.

Input: m, then m words (1..32 lowercase letters), then a line "n L A seed": n more words
of 1..L (<= 32) letters from the first A letters come from a 64-bit LCG (length first,
then letters, each as (x >> 32) * bound >> 32). Each word's letters are insertion-sorted,
the keys ordered with qsort/strcmp and runs of equal keys counted.
"""

CATEGORY = "sorting"
HEADROOM = True  # qsort through a strcmp callback and a byte-wise insertion sort: counting keys would be much faster

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _words(rng, n, A, lo, hi, nbase):
    bases = ["".join(rng.choice(ALPHA[:A]) for _ in range(rng.randint(lo, hi))) for _ in range(nbase)]
    out = []
    for _ in range(n):
        if rng.random() < 0.7:
            w = list(rng.choice(bases))
            rng.shuffle(w)
            out.append("".join(w))
        else:
            out.append("".join(rng.choice(ALPHA[:A]) for _ in range(rng.randint(lo, hi))))
    return out


def _case(words, n=0, L=1, A=1, seed=0):
    return f"{len(words)}\n" + "".join(w + "\n" for w in words) + f"{n} {L} {A} {seed}\n"


def generate(rng):
    tests = [
        ("edge_zero", _case([])),
        ("edge_one", _case(["word"])),
        ("edge_classic", _case(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"])),
        ("edge_all_same", _case(["abc"] * 500)),
        ("edge_lengths", _case(["a", "aa", "aaa", "a" * 32, "z" * 32, "ab", "ba", "zyxwvutsrqponmlkjihgfedcba"])),
        ("edge_generated_max", _case([], 2000, 32, 1, (1 << 64) - 1)),
    ]
    for i in range(12):
        words = _words(rng, rng.randint(0, 2000), rng.randint(1, 26), 1, rng.randint(1, 32), rng.randint(1, 300))
        n = rng.choice([0, rng.randint(1, 20000)])
        tests.append((f"rand_{i:02d}", _case(words, n, rng.randint(1, 32), rng.randint(1, 26), rng.getrandbits(64))))
    shapes = [(26, 6, 14, 200000, 8, 26), (4, 8, 16, 180000, 12, 3), (26, 10, 24, 150000, 20, 5),
              (2, 12, 20, 150000, 6, 26), (10, 4, 12, 140000, 32, 2)]
    for i, (A, lo, hi, n, L, A2) in enumerate(shapes):
        words = _words(rng, 5000, A, lo, hi, 300)
        tests.append((f"stress_{i:02d}", _case(words, n, L, A2, rng.getrandbits(64))))
    return tests
