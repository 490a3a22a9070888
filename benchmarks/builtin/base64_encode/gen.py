"""Iterated base64 encoding of the input bytes: after each of k rounds, the length and a polynomial checksum mod M.

Input: a line "k M" (1 <= M <= 2^32), then the raw bytes (up to 3 MiB). Round r encodes the
previous round's output (standard alphabet, '=' padding, no line breaks); its checksum is
h = (h * 257 + byte) % M over the encoding. Last line: the first 76 characters of the final
encoding (empty when k = 0).
"""

CATEGORY = "strings"
HEADROOM = True  # a % by a runtime modulus on every output byte; Barrett/Montgomery reduction or delayed % is far faster


def _data(rng, n, kind):
    if kind == 0:
        return bytes(rng.getrandbits(8) for _ in range(n))
    if kind == 1:
        return "".join(rng.choice("abcdefghij klmnop\nqrstuvwxyz") for _ in range(n)).encode()
    return bytes([rng.choice([0, 255])]) * n


def _case(k, M, data):
    return f"{k} {M}\n".encode() + data


def generate(rng):
    tests = [
        ("edge_empty", _case(2, 1000000007, b"")),
        ("edge_zero_rounds", _case(0, 7, b"abc")),
        ("edge_one_byte", _case(1, 1000000007, b"M")),
        ("edge_two_bytes", _case(1, 1000000007, b"Ma")),
        ("edge_three_bytes", _case(3, 1000000007, b"Man")),
        ("edge_mod_one", _case(2, 1, b"hello world")),
        ("edge_mod_max", _case(4, 1 << 32, bytes(range(256)))),
    ]
    for i in range(12):
        data = _data(rng, rng.randint(0, 5000), rng.randint(0, 2))
        tests.append((f"rand_{i:02d}", _case(rng.randint(1, 6), rng.randint(1, 1 << 32), data)))
    for i in range(5):
        data = _data(rng, rng.randint(140000, 160000), i % 3)
        tests.append((f"stress_{i:02d}", _case(9, rng.choice([1000000007, 998244353, rng.randint(1 << 20, 1 << 32)]), data)))
    return tests
