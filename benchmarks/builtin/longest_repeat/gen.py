"""Length of the longest substring that occurs at least twice (occurrences may overlap).

Input: one string of 1..300000 lowercase letters. Binary search on the length; each probe
puts the rolling hashes (mod 2^64) of all windows in an open-addressing set and confirms a
hit with memcmp. Output: the length L and the first pair of positions found for L with its
first 60 letters, or 0.
"""

CATEGORY = "hashing"
HEADROOM = False  # dominated by cache misses in the hash set and a serial hash chain

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _string(rng, n, kind):
    if kind == 0:  # random over a small or large alphabet
        A = rng.choice([2, 4, 26])
        return "".join(rng.choice(ALPHA[:A]) for _ in range(n))
    if kind == 1:  # random with a planted long repeat
        s = [rng.choice(ALPHA) for _ in range(n)]
        ln = rng.randint(1, n // 3)
        a, b = rng.randrange(n - ln + 1), rng.randrange(n - ln + 1)
        s[b:b + ln] = s[a:a + ln]
        return "".join(s)
    if kind == 2:  # Fibonacci word prefix
        x, y = "a", "ab"
        while len(y) < n:
            x, y = y, y + x
        return y[:n]
    base = "".join(rng.choice(ALPHA) for _ in range(rng.randint(1, 100)))  # near-periodic
    s = list((base * (n // len(base) + 1))[:n])
    for _ in range(rng.randint(1, 30)):
        s[rng.randrange(n)] = rng.choice(ALPHA)
    return "".join(s)


def generate(rng):
    tests = [
        ("edge_single", "a\n"),
        ("edge_two_same", "aa\n"),
        ("edge_two_diff", "ab\n"),
        ("edge_distinct", ALPHA + "\n"),
        ("edge_all_same", "z" * 1000 + "\n"),
        ("edge_classic", "banana\n"),
    ]
    for i in range(12):
        tests.append((f"rand_{i:02d}", _string(rng, rng.randint(2, 5000), i % 4) + "\n"))
    for i, kind in enumerate([0, 1, 2, 3, 0]):
        tests.append((f"stress_{i:02d}", _string(rng, 200000, kind) + "\n"))
    return tests
