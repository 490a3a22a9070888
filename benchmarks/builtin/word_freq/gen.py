"""Number of distinct words and the most frequent word (ties: smallest), via an open-addressing hash table.

Input: a line "n L A seed", then free text whose words (runs of letters, case-folded,
at most 64 letters kept) come first, followed by n generated words of 1..L letters
drawn from the first A letters by a 64-bit LCG.
"""

CATEGORY = "hashing"
HEADROOM = False  # FNV hash plus linear probing; the time goes to cache misses in the table

WORDS = ["the", "of", "and", "to", "in", "is", "was", "that", "for", "it", "with", "as", "on",
         "be", "at", "by", "this", "had", "not", "are", "but", "from", "or", "have", "an"]


def _text(rng, nwords, vocab):
    out = []
    for i in range(nwords):
        w = rng.choice(vocab)
        if rng.random() < 0.1:
            w = w.capitalize()
        if rng.random() < 0.05:
            w = w.upper()
        out.append(w)
        out.append(rng.choice([" ", " ", " ", ", ", ". ", "\n", " -- ", "1 ", "'"]))
    return "".join(out)


def _case(n, L, A, seed, text=""):
    return f"{n} {L} {A} {seed}\n{text}"


def generate(rng):
    tests = [
        ("edge_empty", _case(0, 1, 1, 0, "")),
        ("edge_single", _case(0, 1, 1, 0, "Hello\n")),
        ("edge_ties", _case(0, 1, 1, 0, "b a c b a c zz zz yy\n")),
        ("edge_allsame", _case(50000, 1, 1, 7, "a A a\n")),
        ("edge_longword", _case(0, 1, 1, 0, "x" * 200 + " " + "x" * 70 + " 42 X\n")),
        ("edge_onlypunct", _case(0, 1, 1, 0, "123 ,,, !!! \t 99\n")),
        ("edge_generated", _case(1, 16, 26, (1 << 64) - 1, "")),
    ]
    for i in range(12):
        vocab = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 7)))
                 for _ in range(rng.randint(1, 300))] + WORDS
        text = _text(rng, rng.randint(0, 3000), vocab)
        n = rng.choice([0, rng.randint(1, 5000), rng.randint(1, 50000)])
        L = rng.randint(1, 10)
        A = rng.randint(1, 26)
        tests.append((f"rand_{i:02d}", _case(n, L, A, rng.getrandbits(64), text)))
    stress = [(800000, 4, 6), (220000, 8, 26), (600000, 3, 26), (800000, 6, 4), (300000, 12, 3)]
    for i, (n, L, A) in enumerate(stress):
        vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 9)))
                 for _ in range(2000)]
        tests.append((f"stress_{i:02d}", _case(n, L, A, rng.getrandbits(64), _text(rng, 5000, vocab))))
    return tests
