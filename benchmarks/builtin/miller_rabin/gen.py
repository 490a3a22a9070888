"""Count of primes in a list of 64-bit integers by deterministic Miller-Rabin with 128-bit modular multiplication."""

from math import gcd

CATEGORY = "numtheory"
HEADROOM = True  # each mulmod is a __umodti3 library call; Montgomery multiplication is several times faster

TOP = (1 << 64) - 1
SMALL = 2 * 3 * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37


def _rough(rng, lo, hi):
    """A random number in [lo, hi] with no prime factor <= 37 (it survives trial division)."""
    while True:
        x = rng.randint(lo, hi)
        if gcd(x, SMALL) == 1:
            return x


def _prime_near(rng, lo, hi):
    """A probable prime (Fermat base 2) at or after a random point; the program decides for itself."""
    x = _rough(rng, lo, hi)
    while gcd(x, SMALL) != 1 or pow(2, x - 1, x) != 1:
        x += 1
    return x


SIEVE_PRIMES = [p for p in range(2, 1000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _survivors(rng, count):
    """Numbers near random 64-bit points with no prime factor below 1000 (about a quarter are prime)."""
    out = []
    while len(out) < count:
        start = rng.randint(1 << 62, TOP - 100_000)
        width = 20_000
        alive = bytearray([1]) * width
        for p in SIEVE_PRIMES:
            first = (-start) % p
            alive[first::p] = bytes(len(range(first, width, p)))
        out += [start + k for k in range(width) if alive[k]]
    return out[:count]


def _input(nums):
    return f"{len(nums)}\n" + "".join(f"{v}\n" for v in nums)


def generate(rng):
    carmichael = [561, 1105, 1729, 2465, 2821, 6601, 8911, 41041, 825265, 321197185]
    pseudoprimes = [2047, 3215031751, 3825123056546413051, 1122004669633, 341550071728321]
    tests = [
        ("edge_tiny", _input([0, 1, 2, 3, 4, 5, 37, 38, 41])),
        ("edge_max", _input([TOP, TOP - 58, TOP - 82, (1 << 63) - 25, (1 << 61) - 1])),
        ("edge_carmichael", _input(carmichael + pseudoprimes)),
        ("edge_single", _input([1_000_000_007])),
        ("edge_squares", _input([4294967291 ** 2, 4294967279 * 4294967291, 65537 ** 2 * 3])),
    ]
    for i in range(12):
        top = rng.choice([10**6, 10**12, TOP])
        nums = [rng.randint(0, top) for _ in range(rng.randint(1, 200))]
        nums += [_prime_near(rng, 38, min(top, TOP - 10**6)) for _ in range(rng.randint(0, 5))]
        rng.shuffle(nums)
        tests.append((f"rand_{i:02d}", _input(nums)))
    for i, count in enumerate([16000, 18000, 20000, 17000, 19000]):
        nums = _survivors(rng, count)
        rng.shuffle(nums)
        tests.append((f"stress_{i:02d}", _input(nums)))
    return tests
