"""The compiler policy and the `asmopt baselines` comparison."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from asmopt import datasets
from asmopt.baselines import geomean_measured, run_setting
from asmopt.candidate import Candidate, normalise_asm
from asmopt.cli import main
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig, evaluate, prepare
from asmopt.policies import Feedback
from asmopt.policies.compiler import (
    BASELINES,
    GRID,
    UNSAFE_FLAGS,
    CompilerSearch,
    Setting,
    assembly,
    candidate,
)
from asmopt.result import Result


def test_settings_refuse_flags_that_change_meaning() -> None:
    with pytest.raises(AsmoptError, match="-ffast-math may change"):
        Setting("fast", flags=("-O3", "-ffast-math"))
    with pytest.raises(AsmoptError, match="gcc only"):
        Setting("clang-pgo", compiler="clang", pgo=True)
    assert {s.name for s in BASELINES} == {"gcc-O2", "gcc-O3-native", "gcc-O3-pgo", "clang-O3"}


def test_pgo_is_trained_on_visible_tests_only_and_stays_correct() -> None:
    task = datasets.load("examples").tasks["popcount_sum"]
    pgo = next(s for s in BASELINES if s.pgo)
    asm = assembly(task, pgo)
    assert task.baseline is not None and asm != task.baseline.asm
    # Training inputs are part of the cache key: hidden inputs would give other assembly.
    from asmopt import toolchain
    assert toolchain.compile_pgo(task.c_source, [t.input for t in task.visible_tests]) == asm
    cfg = EvalConfig(instructions=False)
    result = evaluate(prepare(task, cfg), candidate(task, pgo), cfg)
    assert result.verdict == "AC" and result.meta["setting"] == "gcc-O3-pgo"


def test_pgo_without_training_inputs_is_an_error() -> None:
    from asmopt import toolchain
    with pytest.raises(AsmoptError, match="at least one training input"):
        toolchain.compile_pgo("int main(void){return 0;}", [])


def test_a_compiler_failure_becomes_an_empty_candidate() -> None:
    task = datasets.load("examples").tasks["popcount_sum"]
    bad = Setting("bad", flags=("-O3", "-mno-such-flag"))
    cand = candidate(task, bad)
    assert cand.asm == "" and "failed" in cand.meta["error"]


def test_geomean_measured_skips_wrong_and_unmeasured() -> None:
    recs = [{"verdict": "AC", "speedup_instr": 2.0}, {"verdict": "AC", "speedup_instr": 0.5},
            {"verdict": "WA", "speedup_instr": 9.0}, {"verdict": "AC", "speedup_instr": None}]
    assert geomean_measured(recs, "speedup_instr") == (1.0, 2)
    assert geomean_measured([], "speedup_instr") == (None, 0)


@pytest.fixture
def two_tasks(tmp_path: Path) -> str:
    root = datasets.BUILTIN["examples"]
    for name in ("popcount_sum", "prefix_sums"):
        shutil.copytree(root / name, tmp_path / "ds" / name)
    return str(tmp_path / "ds")


def test_run_setting_judges_and_resumes(two_tasks: str, tmp_path: Path) -> None:
    gcc_o2 = next(s for s in BASELINES if s.name == "gcc-O2")
    out = tmp_path / "out"
    row = run_setting(two_tasks, gcc_o2, out, EvalConfig(), jobs=2)
    assert row.tasks == 2 and row.correct == 1.0 and row.compiled == 1.0 and not row.errors
    assert row.instr_measured == 2 and row.instr_geomean is not None and 0.5 < row.instr_geomean < 2.0
    results = (out / "gcc-O2.results.jsonl").read_text().splitlines()
    again = run_setting(two_tasks, gcc_o2, out, EvalConfig(), jobs=2)
    assert (out / "gcc-O2.results.jsonl").read_text().splitlines() == results
    assert again.instr_geomean == row.instr_geomean


def test_baselines_command_prints_json(two_tasks: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["baselines", "--dataset", two_tasks, "-o", str(tmp_path / "b"), "--setting", "clang-O3",
              "--setting", "gcc-O3-pgo", "--json"])
    assert exit_info.value.code == 0
    rows = {r["setting"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {"clang-O3", "gcc-O3-pgo"}  # setup.sh installs clang
    assert all(r["correct"] == 1.0 for r in rows.values())


def test_baselines_command_rejects_unknown_setting(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["baselines", "--setting", "icc-O3"])
    assert exit_info.value.code == 2
    assert "unknown setting icc-O3" in capsys.readouterr().err


# --- CompilerSearch: the settings grid as a search policy -----------------------------------


def test_grid_is_safe_and_keeps_floating_point_meaning() -> None:
    assert len({s.name for s in GRID}) == len(GRID)
    for s in GRID:
        assert not set(s.flags) & set(UNSAFE_FLAGS)
        if any(f.startswith("-march=") for f in s.flags):
            # FMA contraction would change rounding against the (non-FMA) baseline.
            assert "-ffp-contract=off" in s.flags, s.name
    ranked = [s.name for s in GRID]
    # Plain -march=native (AVX-512 where the CPU has it) is tried early: the search ranks by time,
    # which an undecodable instruction does not blind; the countable variant is in the grid too.
    assert ranked.index("gcc-O3-native-nocontract") < 3
    assert "-mno-avx512f" in GRID[ranked.index("gcc-O3-native-noavx512")].flags
    assert any(s.pgo for s in GRID) and any(s.compiler == "clang" for s in GRID)


def _judged(cand: Candidate) -> Feedback:
    return Feedback(cand, Result(cand.task_id, "AC", 1, 1, False))


def test_search_skips_unavailable_failing_and_repeated_settings_and_moves_on() -> None:
    task = datasets.load("examples").tasks["prefix_sums"]
    grid = (Setting("same-as-baseline", flags=("-O3",)), Setting("no-compiler", compiler="no-such-cc"),
            Setting("broken", flags=("-O3", "-mno-such-flag")), Setting("os", flags=("-Os",)),
            Setting("os-again", flags=("-Os", "-Os")), Setting("o1", flags=("-O1",)))
    search = CompilerSearch(grid)
    both = search.propose(task, 5, [])
    assert [c.meta["setting"] for c in both] == ["os", "o1"]
    assert all(c.asm and c.meta["policy"] == "compiler" for c in both)
    assert [c.meta["setting"] for c in search.propose(task, 1, [])] == ["os"]
    assert [c.meta["setting"] for c in search.propose(task, 5, [_judged(both[0])])] == ["o1"]
    assert search.propose(task, 5, [_judged(c) for c in both]) == []


def test_default_grid_proposals_are_distinct_and_native_is_measurable() -> None:
    task = datasets.load("examples").tasks["popcount_sum"]
    cands = CompilerSearch().propose(task, 4, [])
    keys = {normalise_asm(c.asm) for c in cands}
    assert len(cands) == 4 and len(keys) == 4 and normalise_asm(task.baseline.asm) not in keys
    assert cands[0].meta["setting"] == GRID[0].name  # the most promising first
    # The countable native setting (proposed later; on a CPU without AVX-512 it repeats plain native).
    setting = next(s for s in GRID if s.name == "gcc-O3-native-noavx512")
    native = CompilerSearch(grid=(setting,)).propose(task, 1, [])[0]
    assert "popcnt" in native.asm and "zmm" not in native.asm
    cfg = EvalConfig(timing=False)
    visible = dataclasses.replace(task, tests=task.visible_tests)
    result = evaluate(prepare(visible, cfg), native, cfg)
    assert result.verdict == "AC" and result.measure_error is None
    assert result.speedup_instr is not None and result.speedup_instr > 1.5
