"""Calibration (`asmopt bench cost`): the table's statistics on made rows, and a real
run on a small subset (one program, one setting, the traps left out)."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from asmopt import calibration
from asmopt.calibration import COSTS, TERMS, fit_coefficients, stats, with_fitted


def _row(task: str, time: float, ci: tuple[float, float], kind: str = "grid", expect: str | None = None,
         **costs: float | None) -> dict:
    return {"pair": f"{task}/{kind}", "task_id": task, "kind": kind, "source": kind, "expect": expect,
            "verdict": "AC", "timed_tests": ["stress_0"],
            "time": {"ratio": time, "ci": list(ci), "p_value": 0.01, "significant": ci[0] > 1.02,
                     "base_s": 0.1, "cand_s": 0.1 / time, "error": None},
            "costs": {name: {"ratio": v, "seconds": 1.0, "error": None if v else "no number"}
                      for name, v in costs.items()}}


def test_stats_spearman_sign_and_traps() -> None:
    rows = [
        _row("a", 2.0, (1.8, 2.2), instructions=3.0, cycles=1.9),
        _row("b", 0.8, (0.7, 0.9), instructions=1.2, cycles=0.85),  # instructions: wrong sign
        _row("c", 1.0, (0.95, 1.05), instructions=1.5, cycles=1.01),  # no significant change
        _row("d", 1.3, (1.2, 1.4), instructions=None, cycles=1.2),  # no count
        _row("t", 0.6, (0.5, 0.7), kind="trap", expect="not_faster", instructions=1.6, cycles=0.5),
    ]
    by = {s.cost: s for s in stats(rows, ("instructions", "cycles"))}
    ins, cyc = by["instructions"], by["cycles"]
    assert ins.pairs == 4 and ins.errors == 1
    assert (ins.sign_agree, ins.sign_total) == (1, 3)  # right on a only; wrong on b and the trap
    assert (cyc.sign_agree, cyc.sign_total) == (4, 4) and cyc.sign_share == 1.0
    assert cyc.spearman == pytest.approx(1.0)
    assert (ins.traps_right, ins.traps_total) == (0, 1) and (cyc.traps_right, cyc.traps_total) == (1, 1)
    assert cyc.median_abs_log_error == pytest.approx(sorted(
        abs(math.log(e / t)) for e, t in ((1.9, 2.0), (0.85, 0.8), (1.01, 1.0), (1.2, 1.3), (0.5, 0.6)))[2])
    assert ins.seconds_per_eval == 1.0


def _terms(own: float, lib: float) -> dict[str, float]:
    t = dict.fromkeys(TERMS, 0.0)
    t.update(own_cycles=own, library_instr=lib)
    return t


def test_fit_recovers_known_coefficients_and_predicts_left_out_programs() -> None:
    # Seconds = 1e-9 * own cycles + 2e-10 * library instructions + 1e-3 per run.
    def seconds(t: dict[str, float]) -> float:
        return 1e-9 * t["own_cycles"] + 2e-10 * t["library_instr"] + 1e-3

    rows = []
    rng = np.random.default_rng(0)
    for i in range(12):
        base, cand = _terms(*rng.uniform(1e6, 1e8, 2)), _terms(*rng.uniform(1e6, 1e8, 2))
        r = _row(f"p{i}", seconds(base) / seconds(cand), (1.0, 1.0), cycles=1.0)
        r["time"].update(base_s=seconds(base), cand_s=seconds(cand))
        r["costs"]["cycles"]["terms"] = {"base": base, "cand": cand}
        rows.append(r)
    coef = fit_coefficients(rows)
    assert coef is not None and len(coef) == len(TERMS) + 1
    assert coef[TERMS.index("own_cycles")] == pytest.approx(1e-9, rel=1e-6)
    assert coef[TERMS.index("library_instr")] == pytest.approx(2e-10, rel=1e-6)
    assert coef[-1] == pytest.approx(1e-3, rel=1e-6)
    for r in with_fitted(rows):  # each predicted by a fit that never saw it
        assert r["costs"]["cycles_fit"]["ratio"] == pytest.approx(r["time"]["ratio"], rel=1e-6)
    assert fit_coefficients(rows[:3]) is None  # fewer points than terms: no fit


def test_bench_cost_on_a_small_subset(tmp_path) -> None:
    out = tmp_path / "cost.jsonl"
    args = [sys.executable, "-m", "asmopt", "bench", "cost", "--dataset", "examples", "--program", "collatz_max",
            "--setting", "gcc-O2", "--no-search", "--no-traps", "--rounds", "5", "-o", str(out)]
    run = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    table = json.loads(run.stdout)
    assert [c["cost"] for c in table["costs"]] == list(COSTS) and table["rows"] == 1
    row = json.loads(out.read_text())
    assert row["pair"] == "collatz_max/grid:gcc-O2" and row["verdict"] == "AC" and row["key"]
    if row.get("identical"):
        pytest.fail("gcc -O2 made the same machine code as -O3 here: pick another setting for this test")
    assert row["time"]["ratio"] > 0 and len(row["time"]["ci"]) == 2
    assert row["timed_tests"] and all("stress" in t for t in row["timed_tests"])
    for name in ("instructions", "cycles", "short_timing", "short_timing_1"):
        cost = row["costs"][name]
        assert (cost["ratio"] is not None and cost["ratio"] > 0) or cost["error"], (name, cost)
    assert set(row["costs"]["cycles"]["terms"]["base"]) == set(TERMS)
    # Run again: resumed from the file, nothing measured twice, the same table printed.
    again = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert len(out.read_text().splitlines()) == 1
    assert "Costs against measured time" in again.stdout and "short_timing" in again.stdout
    # A row measured before a cost existed gets that cost on resuming; its time (the truth) is kept.
    del row["costs"]["short_timing_1"]
    out.write_text(json.dumps(row) + "\n")
    filled = subprocess.run([*args, "--json"], capture_output=True, text=True, timeout=600)
    assert filled.returncode == 0, filled.stderr
    (refilled,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert refilled["time"] == row["time"] and refilled["costs"]["short_timing"] == row["costs"]["short_timing"]
    one = refilled["costs"]["short_timing_1"]
    assert (one["ratio"] is not None and one["ratio"] > 0) or one["error"]


def test_unknown_program_or_setting_is_one_error_line(tmp_path) -> None:
    for extra in (["--program", "no_such_program"], ["--setting", "gcc-O9"]):
        run = subprocess.run([sys.executable, "-m", "asmopt", "bench", "cost", "--dataset", "examples", *extra,
                              "-o", str(tmp_path / "c.jsonl")], capture_output=True, text=True, timeout=120)
        assert run.returncode != 0 and "Traceback" not in run.stderr
        assert any(line.startswith("error:") for line in run.stderr.splitlines()), run.stderr


def test_too_few_rounds_is_a_usage_error_not_a_crash(tmp_path) -> None:
    run = subprocess.run([sys.executable, "-m", "asmopt", "bench", "cost", "--dataset", "examples", "--rounds", "3",
                          "-o", str(tmp_path / "c.jsonl")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr and "--rounds" in run.stderr
    assert not (tmp_path / "c.jsonl").exists()


def test_pairs_cover_grid_search_and_traps() -> None:
    from asmopt.policies.compiler import GRID

    got = list(calibration.pairs("examples", ["popcount_sum"], GRID[:2], search=True, with_traps=False))
    kinds = {p.kind for p in got}
    assert kinds == {"grid", "search"}
    assert {p.source for p in got if p.kind == "grid"} == {s.name for s in GRID[:2] if s.available}
    assert all(p.task.id == "popcount_sum" for p in got)
