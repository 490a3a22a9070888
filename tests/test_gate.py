"""`asmopt bench gate`: pairs doing the same work, timed by our gate and by the paper's protocol."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from asmopt import datasets, toolchain
from asmopt.bench.gate import KindStats, shifted, stats
from asmopt.errors import AsmoptError
from asmopt.sandbox import execute


def _symbol(binary, name: str) -> int:
    for line in subprocess.run(["nm", str(binary)], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if parts[-1] == name:
            return int(parts[0], 16)
    raise AssertionError(f"no symbol {name}")


@pytest.mark.parametrize("nbytes, moved", [(1, 16), (16, 16), (48, 48)])
def test_shift_moves_the_code_and_keeps_what_it_does(nbytes: int, moved: int) -> None:
    task = toolchain.with_baseline(datasets.load("examples").tasks["collatz_max"])
    assert task.baseline is not None
    base = toolchain.build(task.baseline.asm).binary
    moved_binary = toolchain.build(shifted(task.baseline.asm, nbytes)).binary
    assert base is not None and moved_binary is not None
    # main moves by the pad rounded up to its section's 16-byte alignment ...
    assert _symbol(moved_binary, "main") - _symbol(base, "main") == moved
    # ... and the program does the same thing.
    test = task.tests[0]
    runs = [execute(["/box/prog"], stdin=test.input, ro_files={"prog": b}) for b in (base, moved_binary)]
    assert runs[0].ok and runs[1].ok and runs[0].stdout == runs[1].stdout


def test_shift_of_nothing_is_refused() -> None:
    with pytest.raises(AsmoptError, match="at least 1 byte"):
        shifted("\t.text\n", 0)


def _row(kind: str, ratio: float, claimed: bool, paper: float) -> dict:
    return {"kind": kind, "strict": {"speedup_wall": ratio, "claimed": claimed}, "paper": {"speedup": paper}}


def test_stats_per_kind() -> None:
    rows = [_row("shift:48", 1.03, True, 1.04), _row("copy", 1.0, False, 1.01), _row("copy", 0.99, False, 1.0),
            _row("copy", 1.01, False, 1.05), {"kind": "copy", "error": "timing: crashed"}, _row("shift:16", 1.0, False, 1.0)]
    table = stats(rows)
    assert [k.kind for k in table] == ["copy", "shift:16", "shift:48"]
    copy = table[0]
    assert copy == KindStats(kind="copy", pairs=3, errors=1, claimed=0, strict_median=1.0, strict_min=0.99,
                             strict_max=1.01, paper_mean=pytest.approx((1.01 + 1.0 + 1.05) / 3), paper_above_1=2,
                             paper_above_102=1, paper_max=1.05)
    assert table[2].claimed == 1 and table[2].paper_above_102 == 1
    assert table[1].paper_above_1 == 0


def test_bench_gate_on_one_program_resumes(tmp_path) -> None:
    out = tmp_path / "gate.jsonl"
    args = [sys.executable, "-m", "asmopt", "bench", "gate", "--dataset", "examples", "--split", "all",
            "--program", "collatz_max", "--shift", "16", "--rounds", "5", "-o", str(out)]
    run = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    table = json.loads(run.stdout)
    assert table["rows"] == 2 and [k["kind"] for k in table["kinds"]] == ["copy", "shift:16"]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["pair"] for r in rows] == ["collatz_max/copy", "collatz_max/shift:16"]
    for r in rows:
        assert "error" not in r, r
        assert r["strict"]["rounds"] == 5 and r["strict"]["speedup_wall"] > 0 and len(r["strict"]["ci"]) == 2
        assert r["strict"]["tests"] and all("stress" in t for t in r["strict"]["tests"])
        # The paper's protocol clips each test at 1: its reading of a pair doing the same work is never below 1.
        assert r["paper"]["tests"] == 10 and r["paper"]["speedup"] >= 1.0
    assert rows[1]["verdict"] == "AC"
    # Run again: resumed from the file, nothing timed twice, the table printed.
    again = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert len(out.read_text().splitlines()) == 2
    assert "what each protocol calls faster" in again.stdout


def test_unknown_program_is_one_error_line(tmp_path) -> None:
    run = subprocess.run([sys.executable, "-m", "asmopt", "bench", "gate", "--dataset", "examples", "--split", "all",
                          "--program", "no_such_program", "-o", str(tmp_path / "g.jsonl")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert any(line.startswith("error:") for line in run.stderr.splitlines()), run.stderr
    assert not (tmp_path / "g.jsonl").exists()
