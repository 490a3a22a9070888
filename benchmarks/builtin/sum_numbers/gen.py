"""Parse signed 64-bit integers with a getchar parser; print sum mod 2^64 (unsigned), min and max, overall and per range.

Input: n (1..300000), n integers, q, then q ranges "l r" (1-based, inclusive), all separated
by any bytes other than digits and '-'. Output: "sum min max" for the whole list, then for
each range (scanned naively).
"""

CATEGORY = "parsing"
HEADROOM = True  # getchar per byte, and a scalar min/max/sum loop that could be vectorised (or precomputed)

LO, HI = -(1 << 63), (1 << 63) - 1


def _num(rng, kind):
    if kind == 0:
        return rng.randint(-999, 999)
    if kind == 1:
        return rng.randint(-10**6, 10**6)
    if kind == 2:
        return rng.randint(LO, HI)
    return rng.choice([0, 1, -1, 7, 42, HI, LO])


def _case(rng, nums, ranges, seps=(" ", "\n")):
    out = [f"{len(nums)}\n"]
    for x in nums:
        out.append(str(x))
        out.append(rng.choice(seps))
    out.append(f"\n{len(ranges)}\n")
    out.extend(f"{l} {r}\n" for l, r in ranges)
    return "".join(out)


def _ranges(rng, n, q, minlen):
    out = []
    for _ in range(q):
        ln = rng.randint(min(minlen, n), n)
        l = rng.randint(1, n - ln + 1)
        out.append((l, l + ln - 1))
    return out


def generate(rng):
    tests = [
        ("edge_one", "1\n0\n1\n1 1\n"),
        ("edge_extremes", f"4\n{HI} {LO}\n{HI}\n{LO}\n3\n1 1\n2 2\n1 4\n"),
        ("edge_negatives", "4 -1 -2 -3 -1 2 1 4 4 4"),
        ("edge_separators", "6,1,2;;3\t-4\r\n  +5 x9y\n0"),
        ("edge_wrap", "10\n" + " ".join([str(HI)] * 10) + "\n2\n1 10\n1 2\n"),
        ("edge_no_queries", "3\n5 5 5\n"),
    ]
    for i in range(12):
        n = rng.randint(1, 5000)
        kind = rng.randint(0, 3)
        nums = [_num(rng, kind if rng.random() < 0.8 else 2) for _ in range(n)]
        tests.append((f"rand_{i:02d}", _case(rng, nums, _ranges(rng, n, rng.randint(0, 50), 1), (" ", "\n", ", ", "\t"))))
    for i in range(5):
        n = 32000
        nums = [_num(rng, rng.choice([0, 0, 0, 1, 1, 2, 3])) for _ in range(n)]
        tests.append((f"stress_{i:02d}", _case(rng, nums, _ranges(rng, n, 2000, n // 2))))
    return tests
