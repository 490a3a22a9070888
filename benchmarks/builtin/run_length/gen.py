"""Run-length encode generated strings as "<count><char>" per run; print runs, encoded length, FNV-1a hash, prefix.

Input: t, then t lines "n A p seed": a 64-bit LCG gives r = x >> 32 per position; position
i > 0 repeats the previous letter when r % 1000 < p, else takes letter (r * A) >> 32 of the
first A letters.
"""

CATEGORY = "strings"
HEADROOM = False  # the LCG and the FNV hash are serial multiply chains; the run scan is branchy either way

def _case(items):
    return f"{len(items)}\n" + "".join(f"{n} {A} {p} {s}\n" for n, A, p, s in items)


def generate(rng):
    tests = [
        ("edge_empty", _case([(0, 1, 0, 0)])),
        ("edge_single", _case([(1, 26, 0, 5), (1, 1, 999, 5)])),
        ("edge_one_run", _case([(1000000, 1, 0, 1), (12, 1, 1000, 2)])),
        ("edge_no_repeats", _case([(1000, 26, 0, 3), (1000, 2, 0, 3)])),
        ("edge_max_seed", _case([(5000, 3, 500, (1 << 64) - 1)])),
    ]
    for i in range(12):
        items = [(rng.randint(0, 100000), rng.randint(1, 26), rng.choice([0, 100, 500, 900, 990, 999, 1000]),
                  rng.getrandbits(64)) for _ in range(rng.randint(1, 6))]
        tests.append((f"rand_{i:02d}", _case(items)))
    for i in range(5):
        ps = [rng.choice([0, 300]), rng.choice([700, 950]), rng.choice([990, 998])]
        rng.shuffle(ps)
        items = [(rng.randint(2_800_000, 3_200_000), rng.choice([2, 4, 26]), p, rng.getrandbits(64)) for p in ps]
        tests.append((f"stress_{i:02d}", _case(items)))
    return tests
