#!/usr/bin/env python3
"""(Re)generate the tests of the built-in example tasks.

For every task folder next to this script it writes the inputs of tests/ and
hidden/ from a fixed seed, builds prog.c with `gcc -O3` and runs it on each input
to produce the expected output, so expected outputs are exactly what the
reference program prints. Running it twice gives identical bytes.

    python3 make_tests.py            # all tasks
    python3 make_tests.py collatz_max   # some tasks
    python3 make_tests.py --baseline    # also rewrite baseline.s and task.json

Stale *.in/*.out files in tests/ and hidden/ are removed first.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent

# A test is (name, hidden, input text).
Tests = list[tuple[str, bool, str]]


def _queries(pairs: list[tuple[int, int]]) -> str:
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


# ---------------------------------------------------------------- popcount_sum
def gen_popcount_sum(rng: random.Random) -> Tests:
    def ranges(count: int, lo: int, hi: int, max_len: int) -> list[tuple[int, int]]:
        out = []
        for _ in range(count):
            a = rng.randint(lo, hi)
            out.append((a, a + rng.randint(0, max_len)))
        return out

    powers = []
    for k in range(1, 63):
        p = 1 << k
        powers.append((p - 5, p + 5))
    big = (1 << 62) + rng.randint(0, 1 << 40)
    return [
        ("01_zero", False, _queries([(0, 0)])),
        ("02_small", False, _queries([(1, 1), (0, 15), (5, 10), (7, 7), (0, 1)])),
        ("03_random_small", False, _queries(ranges(60, 0, 1000, 200))),
        ("04_large_values", False, _queries(ranges(100, 10**17, 10**18, 1000))),
        ("05_stress", False, _queries(ranges(8, 0, 10**9, 100_000))),
        ("01_one", True, _queries([(1, 1)])),
        ("02_powers", True, _queries(powers)),
        ("03_random_mid", True, _queries(ranges(500, 0, 10**6, 300))),
        ("04_stress_single", True, _queries([(big, big + 1_000_000)])),
        ("05_stress_many", True, _queries(ranges(2000, 0, (1 << 63) - 10**6, 400))),
    ]


# ----------------------------------------------------------------- collatz_max
def gen_collatz_max(rng: random.Random) -> Tests:
    def ranges(count: int, lo: int, hi: int, max_len: int) -> list[tuple[int, int]]:
        out = []
        for _ in range(count):
            a = rng.randint(lo, hi)
            out.append((a, min(10**6, a + rng.randint(0, max_len))))
        return out

    return [
        ("01_one", False, _queries([(1, 1)])),
        ("02_small", False, _queries([(1, 10), (2, 2), (3, 3), (27, 27), (1, 100)])),
        ("03_random_small", False, _queries(ranges(40, 1, 5000, 50))),
        ("04_near_limit", False, _queries(ranges(30, 990_000, 10**6, 200) + [(10**6, 10**6)])),
        ("05_stress", False, _queries([(1, 40_000)])),
        ("01_single_big", True, _queries([(837_799, 837_799)])),
        ("02_powers", True, _queries([(1 << k, 1 << k) for k in range(20)])),
        ("03_random_mid", True, _queries(ranges(200, 1, 10**6, 100))),
        ("04_stress_high", True, _queries([(900_001, 930_000)])),
        ("05_stress_many", True, _queries(ranges(60, 1, 10**6, 1000))),
    ]


# ----------------------------------------------------------------- prefix_sums
def gen_prefix_sums(rng: random.Random) -> Tests:
    def case(n: int, q: int, amax: int) -> str:
        a = [rng.randint(-amax, amax) for _ in range(n)]
        lines = [f"{n} {q}", " ".join(map(str, a))]
        for _ in range(q):
            l = rng.randint(1, n)
            r = rng.randint(l, n)
            lines.append(f"{l} {r}")
        return "\n".join(lines) + "\n"

    extremes_n = 50
    extremes = [f"{extremes_n} 4", " ".join(["1000000000"] * 25 + ["-1000000000"] * 25),
                "1 50", "1 25", "26 50", "13 37"]
    return [
        ("01_n1", False, "1 1\n-7\n1 1\n"),
        ("02_small", False, "5 4\n3 -1 4 -1 5\n1 5\n2 3\n4 4\n1 1\n"),
        ("03_random_small", False, case(100, 100, 1000)),
        ("04_random_mid", False, case(2000, 2000, 10**9)),
        ("05_stress", False, case(12_000, 6_000, 10**9)),
        ("01_zero_value", True, "1 1\n0\n1 1\n"),
        ("02_extremes", True, "\n".join(extremes) + "\n"),
        ("03_whole_range", True, case(500, 1, 10**9).rsplit("\n", 2)[0] + "\n1 500\n"),
        ("04_random_mid", True, case(3000, 5000, 10**6)),
        ("05_stress", True, case(14_000, 5_000, 10**9)),
    ]


# ---------------------------------------------------------------- word_reverse
WORDS = ("the quick brown fox jumps over a lazy dog lorem ipsum dolor sit amet "
         "assembly register cache branch vector loop stack heap pointer x y z "
         "0 1 42 -7 3.14 hello, world! it's end.").split()


def gen_word_reverse(rng: random.Random) -> Tests:
    def line(max_words: int, messy: bool, min_words: int = 0) -> str:
        k = rng.randint(min_words, max_words)
        parts = []
        for _ in range(k):
            if rng.random() < 0.2:
                w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                            for _ in range(rng.randint(1, 12)))
            else:
                w = rng.choice(WORDS)
            parts.append(w)
        if not messy:
            return " ".join(parts)
        out = rng.choice(["", "", " ", "\t", "  "])
        for i, w in enumerate(parts):
            if i:
                out += rng.choice([" ", " ", " ", "  ", "\t", " \t "])
            out += w
        return out + rng.choice(["", "", " ", "\t", "\r"])

    def text(lines: int, max_words: int, messy: bool) -> str:
        return "".join(line(max_words, messy) + "\n" for _ in range(lines))

    return [
        ("01_one_word", False, "hello\n"),
        ("02_small", False, "the quick brown fox\n\n  a   b\tc  \nsingle\n"),
        ("03_random_small", False, text(50, 12, True)),
        ("04_long_lines", False, text(20, 3000, False)),
        ("05_stress", False, text(10_000, 40, True)),
        ("01_no_newline", True, "no trailing newline here"),
        ("02_blank_lines", True, "\n\n   \n\t\n x \n\n"),
        ("03_random_mid", True, text(2000, 20, True)),
        ("04_one_huge_line", True, line(200_000, False, 180_000) + "\n"),
        ("05_stress", True, text(6_000, 60, True)),
    ]


GENERATORS: dict[str, tuple[int, Callable[[random.Random], Tests]]] = {
    "popcount_sum": (1001, gen_popcount_sum),
    "collatz_max": (1002, gen_collatz_max),
    "prefix_sums": (1003, gen_prefix_sums),
    "word_reverse": (1004, gen_word_reverse),
}


def gcc_version() -> str:
    out = subprocess.run(["gcc", "--version"], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[0]


def write_baseline(task_dir: Path) -> None:
    subprocess.run(["gcc", "-O3", "-S", "prog.c", "-o", "baseline.s"], cwd=task_dir, check=True)
    meta = {"baseline": {"compiler": "gcc", "version": gcc_version(), "flags": ["-O3"]},
            "checker": "exact"}
    (task_dir / "task.json").write_text(json.dumps(meta, indent=2) + "\n")


def make_task(task_id: str, baseline: bool) -> None:
    seed, gen = GENERATORS[task_id]
    task_dir = HERE / task_id
    if baseline:
        write_baseline(task_dir)
    tests = gen(random.Random(seed))
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / "prog"
        subprocess.run(["gcc", "-O3", str(task_dir / "prog.c"), "-o", str(exe), "-lm"], check=True)
        for sub in ("tests", "hidden"):
            d = task_dir / sub
            d.mkdir(exist_ok=True)
            for old in list(d.glob("*.in")) + list(d.glob("*.out")):
                old.unlink()
        for name, hidden, text in tests:
            d = task_dir / ("hidden" if hidden else "tests")
            data = text.encode()
            (d / f"{name}.in").write_bytes(data)
            run = subprocess.run([str(exe)], input=data, capture_output=True, timeout=60)
            if run.returncode != 0:
                raise SystemExit(f"{task_id}/{name}: reference exited with {run.returncode}")
            (d / f"{name}.out").write_bytes(run.stdout)
    print(f"{task_id}: {len(tests)} tests")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tasks", nargs="*", help="task ids (default: all)")
    ap.add_argument("--baseline", action="store_true", help="also rewrite baseline.s and task.json")
    args = ap.parse_args(argv)
    for task_id in args.tasks or list(GENERATORS):
        if task_id not in GENERATORS:
            raise SystemExit(f"unknown task {task_id!r}")
        make_task(task_id, args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
