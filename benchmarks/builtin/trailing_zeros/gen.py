"""Sums of trailing-zero and leading-zero counts of 64-bit values from seeded xorshift64 streams, each counted with a loop."""

CATEGORY = "bits"
HEADROOM = True  # two bit-scanning loops per value; tzcnt/lzcnt (or bsf/bsr) answer each in one instruction


def _input(k, seeds):
    return f"{len(seeds)} {k}\n" + "".join(f"{s}\n" for s in seeds)


def generate(rng):
    top = (1 << 64) - 1
    tests = [
        ("edge_zeroseed", _input(5, [0])),
        ("edge_nosteps", _input(0, [1, 2, 3])),
        ("edge_onestep", _input(1, [1, top, 1 << 63, 12345])),
        ("edge_empty", _input(10, [])),
        ("edge_maxseed", _input(100, [top, top, top - 1])),
    ]
    for i in range(12):
        seeds = [rng.randint(0, top) for _ in range(rng.randint(1, 20))]
        tests.append((f"rand_{i:02d}", _input(rng.randint(1, 3000), seeds)))
    for i, count in enumerate([1, 5, 20, 100, 40]):
        k = 1_300_000 // count
        seeds = [rng.randint(1, top) for _ in range(count)]
        tests.append((f"stress_{i:02d}", _input(k, seeds)))
    return tests
