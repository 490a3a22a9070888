"""The default judge against the traps of benchmarks/traps: time decides, not instructions.

A trap whose `expect` is `not_faster` must be correct and not called faster
(whatever its instruction count says: the test also checks the count would
have lied, as the trap's `instructions` states); the `faster` control must be
confirmed in measured time. Adding a trap is adding a folder.
"""

from __future__ import annotations

import pytest

from asmopt import traps
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig, evaluate, prepare

JUDGED = [t for t in traps.all_traps() if t.expect is not None]


def test_there_are_traps_of_both_kinds() -> None:
    kinds = {t.expect for t in JUDGED}
    assert kinds == {"not_faster", "faster"}
    assert {"div-for-reciprocal", "padding-removed"} <= {t.name for t in JUDGED}


@pytest.mark.parametrize("trap", JUDGED, ids=[t.name for t in JUDGED])
def test_trap_verdict_by_default(trap: traps.Trap) -> None:
    if trap.missing():
        pytest.skip(f"this CPU lacks {', '.join(trap.missing())}")
    cfg = EvalConfig()  # the default: timing on
    assert cfg.timing
    task = traps.task(trap, cfg)
    result = evaluate(prepare(task, cfg), traps.candidate(trap, task), cfg)
    assert result.verdict == "AC", result.message
    assert not result.identical and result.measure_error is None
    assert result.timed_tests and all("stress" in name for name in result.timed_tests)
    lo, hi = result.speedup_wall_ci
    if trap.expect == "not_faster":
        assert not result.significant, (result.speedup_wall, lo, hi, result.wall_p_value)
    else:
        assert result.significant and lo > 1.0, (result.speedup_wall, lo, hi, result.wall_p_value)
    if trap.instructions == "fewer":
        assert result.instr_gain, result.speedup_instr  # what a count-based judge would have claimed


def test_a_bad_trap_folder_is_refused(tmp_path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "trap.json").write_text('{"candidate": {"flags": ["-O2"], "pass": "thread-jumps"}}')
    with pytest.raises(AsmoptError, match="exactly one"):
        traps.load(folder)
    (folder / "trap.json").write_text('{"candidate": {"pass": "no-such-pass"}}')
    with pytest.raises(AsmoptError, match="unknown assembly-search pass"):
        traps.load(folder)
    (folder / "trap.json").write_text("{not json")
    with pytest.raises(AsmoptError, match="cannot read trap.json"):
        traps.load(folder)
