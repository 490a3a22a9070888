"""Regenerate tests/redteam/task: its tests (fixed seed), baseline.s and task.json.

Run from anywhere: python tests/redteam/make_task.py
"""

import json
import random
import subprocess
from pathlib import Path

TASK = Path(__file__).resolve().parent / "task"


def case(xs: list[int]) -> tuple[str, str]:
    inp = f"{len(xs)}\n" + " ".join(map(str, xs)) + "\n"
    return inp, f"{sum(xs)} {max(xs)}\n"


def main() -> None:
    rng = random.Random(5)
    big = 1 << 40
    visible = {
        "1": [3, 1, 4, 1, 5],
        "2": [rng.randint(-1000, 1000) for _ in range(1000)],
        "3": [rng.randint(-big + 1, big - 1) for _ in range(100000)],
    }
    hidden = {
        "1": [-7],
        "2": [rng.randint(-big + 1, 0) for _ in range(99999)],
        "3": [42] * 777,
    }
    for sub, tests in (("tests", visible), ("hidden", hidden)):
        (TASK / sub).mkdir(parents=True, exist_ok=True)
        for name, xs in tests.items():
            inp, out = case(xs)
            (TASK / sub / f"{name}.in").write_text(inp)
            (TASK / sub / f"{name}.out").write_text(out)
    subprocess.run(["gcc", "-O3", "-S", "prog.c", "-o", "baseline.s"], cwd=TASK, check=True)
    version = subprocess.run(["gcc", "--version"], capture_output=True, text=True, check=True).stdout.splitlines()[0]
    meta = {"baseline": {"compiler": "gcc", "version": version, "flags": ["-O3"]}}
    (TASK / "task.json").write_text(json.dumps(meta, indent=2) + "\n")


if __name__ == "__main__":
    main()
