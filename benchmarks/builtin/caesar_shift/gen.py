"""R rounds of a ciphertext-autokey Vigenere shift over a text; prints a hash and the first 64 characters.

Input: a line "R key" (key: 1..1023 lowercase letters), then the text (everything after
that line, up to 2^20 bytes). In round r, the j-th letter of the text (case kept, other bytes
untouched and not counted) is shifted by key[(j + r) % m] for j < m and by the shifted value
of letter j - m otherwise. Output: polynomial hash (base 131, mod 2^64) of the final text,
then its first 64 bytes.
"""

CATEGORY = "strings"
HEADROOM = True  # % 26 and % m in the hot loop plus a three-way branch per byte; all could be cheap

WORDS = ["attack", "at", "dawn", "the", "Enemy", "IS", "near", "river", "Bridge", "hold", "position",
         "send", "more", "supplies", "ZULU", "x-ray", "42", "codes", "change", "at", "midnight"]


def _text(rng, nwords):
    out = []
    for _ in range(nwords):
        out.append(rng.choice(WORDS) if rng.random() < 0.7 else
                   "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(1, 9))))
        out.append(rng.choice([" ", " ", " ", ", ", ". ", "\n", "! ", " 7 ", "\t"]))
    return "".join(out)


def _key(rng, m):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(m))


def _case(R, key, text):
    return f"{R} {key}\n{text}"


def generate(rng):
    tests = [
        ("edge_empty_text", _case(3, "key", "")),
        ("edge_zero_rounds", _case(0, "abc", "Hello, World!\n")),
        ("edge_identity_key", _case(5, "a", "a")),
        ("edge_caesar", _case(1, "d", "The quick brown fox jumps over the lazy dog.\n")),
        ("edge_no_letters", _case(10, "zz", "1234567890 !@#$%^&*() \n\t\n")),
        ("edge_long_key", _case(2, "z" * 1023, "Zz" * 700 + "\n")),
    ]
    for i in range(12):
        tests.append((f"rand_{i:02d}", _case(rng.randint(1, 30), _key(rng, rng.randint(1, 40)),
                                             _text(rng, rng.randint(1, 2000)))))
    for i in range(5):
        tests.append((f"stress_{i:02d}", _case(rng.randint(60, 80), _key(rng, rng.randint(3, 300)),
                                               _text(rng, 25000))))
    return tests
