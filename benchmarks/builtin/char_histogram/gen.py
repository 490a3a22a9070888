"""Byte histogram of a binary block, then the most frequent byte (ties: smallest) of each of q ranges.

Input: a line "n q", q lines "l r" (0 <= l <= r <= n, range [l, r)), then exactly n raw
bytes, read together with fread. Output: "byte count" for every byte value present, then "byte count" of the
mode of each range (an empty range answers "0 0").
"""

CATEGORY = "io"
HEADROOM = True  # one counter array: runs of equal bytes serialise on store-to-load forwarding

def _data(rng, n, kind):
    if kind == "random":
        return bytes(rng.getrandbits(8) for _ in range(n))
    if kind == "text":
        alpha = b"etaoinshrdlcumwfgypbvkjxqz      ,.\n"
        return bytes(rng.choice(alpha) for _ in range(n))
    if kind == "runs":
        out = bytearray()
        while len(out) < n:
            out += bytes([rng.getrandbits(8)]) * rng.randint(1, 3000)
        return bytes(out[:n])
    return bytes([rng.choice([0, 0, 0, 255, 1])]) * n  # "flat"


def _case(data, queries):
    head = f"{len(data)} {len(queries)}\n" + "".join(f"{l} {r}\n" for l, r in queries)
    return head.encode() + data


def _queries(rng, n, q, minlen):
    out = []
    for _ in range(q):
        ln = rng.randint(min(minlen, n), n)
        l = rng.randint(0, n - ln)
        out.append((l, l + ln))
    return out


def generate(rng):
    tests = [
        ("edge_empty", _case(b"", [(0, 0)])),
        ("edge_one_byte", _case(b"\x00", [(0, 1), (1, 1)])),
        ("edge_all_values", _case(bytes(range(256)) * 2, [(0, 512), (3, 4), (255, 257), (0, 0)])),
        ("edge_newlines", _case(b"\n\n\r\n", [(0, 4), (2, 3)])),
        ("edge_max_byte", _case(b"\xff" * 1000, [(0, 1000), (999, 1000)])),
    ]
    kinds = ["random", "text", "runs", "flat"]
    for i in range(12):
        n = rng.randint(1, 20000)
        data = _data(rng, n, kinds[i % 4])
        tests.append((f"rand_{i:02d}", _case(data, _queries(rng, n, rng.randint(1, 50), 0))))
    for i, kind in enumerate(["text", "random", "runs", "text", "runs"]):
        n = 300000
        data = _data(rng, n, kind)
        tests.append((f"stress_{i:02d}", _case(data, _queries(rng, n, 650, n // 4))))
    return tests
