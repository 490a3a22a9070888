"""Xor of the CRC-32s (bitwise, no table) of every input line, each line fed K times into its CRC.

Input: a line holding K (>= 0), then the text; lines exclude their newline and a final
unterminated line counts. Output: the number of lines and the xor of their CRC-32s (hex).
With K = 1 each value is the standard CRC-32 (as zlib.crc32) of the line.
"""

CATEGORY = "hashing"
HEADROOM = True  # a bit-at-a-time CRC loop with a data-dependent branch; a table, slicing-by-8 or pclmul is far faster


def _line(rng, n, kind):
    if kind == 0:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(n))
    if kind == 1:
        return "".join(chr(rng.randint(32, 126)) for _ in range(n))
    return bytes(rng.choice([0, 1, 255, 128, 9, 13]) for _ in range(n)).decode("latin-1")


def _case(K, lines, final_newline=True):
    return (f"{K}\n" + "\n".join(lines) + ("\n" if final_newline and lines else "")).encode("latin-1")


def generate(rng):
    tests = [
        ("edge_no_lines", _case(1, [])),
        ("edge_empty_line", _case(1, [""])),
        ("edge_check", _case(1, ["123456789"])),
        ("edge_zero_rounds", _case(0, ["abc", "def"])),
        ("edge_no_newline", _case(3, ["The quick brown fox jumps over the lazy dog"], False)),
        ("edge_binary", _case(2, ["\x00\x00\x00\x00", "\xff" * 64, "\r"])),
    ]
    for i in range(12):
        lines = [_line(rng, rng.randint(0, 200), rng.randint(0, 2)) for _ in range(rng.randint(1, 300))]
        tests.append((f"rand_{i:02d}", _case(rng.randint(1, 5), lines, rng.random() < 0.8)))
    shapes = [(3000, 60, 32), (200, 1500, 20), (20000, 5, 55), (40, 6000, 24), (1500, 150, 26)]
    for i, (nl, ln, K) in enumerate(shapes):
        lines = [_line(rng, rng.randint(0, 2 * ln), rng.randint(0, 2)) for _ in range(nl)]
        tests.append((f"stress_{i:02d}", _case(K, lines)))
    return tests
