"""asmopt.layout: the same program at other code placements."""

from __future__ import annotations

import subprocess

import pytest

from asmopt import datasets, layout, toolchain
from asmopt.errors import AsmoptError
from asmopt.sandbox import execute


def _symbol(binary, name: str) -> int:
    for line in subprocess.run(["nm", str(binary)], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if parts[-1] == name:
            return int(parts[0], 16)
    raise AssertionError(f"no symbol {name}")


def _task():
    task = toolchain.with_baseline(datasets.load("examples").tasks["collatz_max"])
    assert task.baseline is not None
    return task


@pytest.mark.parametrize("nbytes, moved", [(1, 16), (16, 16), (48, 48)])
def test_shift_moves_the_code_and_keeps_what_it_does(nbytes: int, moved: int) -> None:
    task = _task()
    base = toolchain.build(task.baseline.asm).binary
    moved_binary = toolchain.build(layout.shifted(task.baseline.asm, nbytes)).binary
    assert base is not None and moved_binary is not None
    # main moves by the pad rounded up to its section's 16-byte alignment ...
    assert _symbol(moved_binary, "main") - _symbol(base, "main") == moved
    # ... and the program does the same thing.
    test = task.tests[0]
    runs = [execute(["/box/prog"], stdin=test.input, ro_files={"prog": b}) for b in (base, moved_binary)]
    assert runs[0].ok and runs[1].ok and runs[0].stdout == runs[1].stdout


def test_placements_spread_over_a_line() -> None:
    assert layout.shifts(1) == [0] and layout.shifts(2) == [0, 32] and layout.shifts(4) == [0, 16, 32, 48]
    for bad in (0, 3, 8):
        with pytest.raises(AsmoptError, match="placements must be one of 1, 2, 4"):
            layout.shifts(bad)
    with pytest.raises(AsmoptError, match="at least 1 byte"):
        layout.shifted("\t.text\n", 0)


def test_binaries_at_each_placement_the_first_as_written() -> None:
    task = _task()
    built = layout.binaries(task.baseline.asm, 4)
    as_written = toolchain.build(task.baseline.asm).binary
    assert built[0] == as_written
    mains = [_symbol(b, "main") for b in built]
    assert [m - mains[0] for m in mains] == [0, 16, 32, 48]
    offset = layout.binaries(task.baseline.asm, 2, offset=16)
    assert [_symbol(b, "main") - mains[0] for b in offset] == [16, 48]
    with pytest.raises(AsmoptError, match="does not build"):
        layout.binaries("\tfrobnicate %rax\n", 2)
