"""The compiler policy and the `asmopt baselines` comparison."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from asmopt import datasets
from asmopt.baselines import geomean_measured, run_setting
from asmopt.cli import main
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig, evaluate, prepare
from asmopt.policies.compiler import BASELINES, Setting, assembly, candidate


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
