"""Shared fixtures: a cache private to the test session, small real programs."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

# One cache for the whole session, never the user's: tests must not be served
# results from earlier runs of other code.
_CACHE = tempfile.mkdtemp(prefix="asmopt-test-cache-")
os.environ["ASMOPT_CACHE"] = _CACHE


@pytest.fixture(scope="session")
def gcc_asm():
    """Compile C text to -O3 assembly with the host gcc (trusted test input)."""

    def compile_(source: str, flags: tuple[str, ...] = ("-O3",)) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "prog.c"
            src.write_text(source)
            subprocess.run(["gcc", *flags, "-S", str(src), "-o", str(Path(tmp) / "prog.s")], check=True)
            return (Path(tmp) / "prog.s").read_text()

    return compile_
