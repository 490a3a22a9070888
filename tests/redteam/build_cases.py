"""Compile every cases/NAME.c to cases/NAME.s (gcc -O2 -S), as the suite's
candidates. Cases written directly in assembly have no .c and are left alone.

Run from anywhere: python tests/redteam/build_cases.py [NAME ...]
"""

import subprocess
import sys
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def main(names: list[str]) -> None:
    sources = [CASES / f"{n}.c" for n in names] if names else sorted(CASES.glob("*.c"))
    for src in sources:
        subprocess.run(["gcc", "-O2", "-S", "-I", str(CASES), src.name, "-o", src.with_suffix(".s").name],
                       cwd=CASES, check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
