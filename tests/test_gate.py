"""`asmopt bench gate`: pairs doing the same work, timed by our gate and by the paper's protocol."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from asmopt.bench.gate import KindStats, stats


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
    # Cycling our protocol through two code placements is another measurement: a row of its own.
    cycled = subprocess.run([*args, "--no-copy", "--placements", "2", "--json"], capture_output=True, text=True,
                            timeout=600)
    assert cycled.returncode == 0, cycled.stderr
    assert [k["kind"] for k in json.loads(cycled.stdout)["kinds"]] == ["shift:16 @2 placements"]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 3 and rows[2]["placements"] == 2 and rows[2]["strict"]["placements"] == 2
    assert "error" not in rows[2], rows[2]


def test_unknown_program_or_uneven_placements_is_one_error_line(tmp_path) -> None:
    run = subprocess.run([sys.executable, "-m", "asmopt", "bench", "gate", "--dataset", "examples", "--split", "all",
                          "--program", "no_such_program", "-o", str(tmp_path / "g.jsonl")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert any(line.startswith("error:") for line in run.stderr.splitlines()), run.stderr
    assert not (tmp_path / "g.jsonl").exists()
    uneven = subprocess.run([sys.executable, "-m", "asmopt", "bench", "gate", "--dataset", "examples", "--split", "all",
                             "--placements", "3", "-o", str(tmp_path / "g.jsonl")], capture_output=True, text=True,
                            timeout=120)
    assert uneven.returncode == 2 and "placements must be one of 1, 2, 4" in uneven.stderr
    assert not (tmp_path / "g.jsonl").exists()
