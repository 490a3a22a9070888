"""Count palindromic lines ignoring non-letters and case, once per given set of extra ignored letters.

Input: m (1..64), then m words naming letter sets to ignore ("-" for none), then the text
(everything after the line of the last set, split at newlines; a final newline adds no line).
Output: for each set, the number of lines that read the same both ways once non-letters and
the set's letters are dropped and case is folded.
"""

CATEGORY = "strings"
HEADROOM = True  # per-character ctype calls and two-sided skip loops: branchy, table-free code would be faster

LOWER = "abcdefghijklmnopqrstuvwxyz"
NOISE = " ,.;:!?'-0123456789\t\"()"


def _line(rng, half, special):
    core = [rng.choice(LOWER) for _ in range(half)]
    mid = [rng.choice(LOWER)] if rng.random() < 0.5 else []
    letters = core + mid + core[::-1]
    if special:  # drop the special letters from the core so that ignoring them restores symmetry
        letters = [c if c not in special else "e" for c in letters]
    out = []
    for c in letters:
        while rng.random() < 0.15:
            out.append(rng.choice(NOISE))
        out.append(c.upper() if rng.random() < 0.3 else c)
    for _ in range(rng.randint(1, 3) if special else 0):
        pos = rng.randrange(len(out) + 1)
        out.insert(pos, rng.choice(special))
    return "".join(out)


def _text(rng, nlines, maxhalf):
    lines = []
    for _ in range(nlines):
        r = rng.random()
        half = rng.randint(0, maxhalf)
        if r < 0.45:
            lines.append(_line(rng, half, ""))
        elif r < 0.85:
            lines.append(_line(rng, half, "".join(rng.sample("jkqvxz", rng.randint(1, 2)))))
        else:
            lines.append("".join(rng.choice(LOWER + NOISE) for _ in range(2 * half)))
    return "\n".join(lines) + ("\n" if rng.random() < 0.8 else "")


def _sets(rng, m):
    out = ["-"]
    while len(out) < m:
        out.append("".join(rng.sample("jkqvxzab", rng.randint(1, 4))))
    return out


def _case(sets, text):
    return f"{len(sets)}\n{' '.join(sets)}\n{text}"


def generate(rng):
    tests = [
        ("edge_empty", _case(["-"], "")),
        ("edge_blank_lines", _case(["-", "a"], "\n\n\n")),
        ("edge_classic", _case(["-", "x", "ab"], "A man, a plan, a canal: Panama!\nNo lemon, no melon\n"
                               "Hello, World\nab\nxaxbx\nba a b\n12321\n!\nZz\n")),
        ("edge_one_letter", _case(["-"], "q")),
        ("edge_all_sets", _case(["-", "abcdefghijklmnopqrstuvwxyz"], "abc\nxyz\n!!\n")),
    ]
    for i in range(12):
        tests.append((f"rand_{i:02d}", _case(_sets(rng, rng.randint(1, 6)), _text(rng, rng.randint(1, 300), 60))))
    for i in range(5):
        tests.append((f"stress_{i:02d}", _case(_sets(rng, 64), _text(rng, 180, 1500))))
    return tests
