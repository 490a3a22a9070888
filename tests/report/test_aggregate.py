"""The report's own metrics and curves, on hand-checked records."""

from __future__ import annotations

import math

import pytest

from asmopt.report.aggregate import (
    best_of_n,
    best_per_task,
    cumulative_best,
    wall_vs_instr,
)
from asmopt.report.metrics import (
    FAST_P_THRESHOLDS,
    fast_p_curve,
    geomean_interval,
    strict_wall_interval,
    summarize,
    wrong_on_hidden,
    wrong_on_hidden_share,
)


def t(hidden: bool, verdict: str) -> dict:
    return {"name": "x", "hidden": hidden, "verdict": verdict}


@pytest.mark.parametrize("tests, expect", [
    ([t(False, "AC"), t(True, "WA")], True),
    ([t(False, "AC"), t(False, "AC"), t(True, "AC"), t(True, "skipped")], True),
    ([t(False, "WA"), t(True, "WA")], False),  # visibly wrong: a search would have seen it
    ([t(False, "AC"), t(True, "AC")], False),
    ([], False),  # CE: no tests ran
    ([t(False, "AC")], False),  # no hidden tests at all
])
def test_wrong_on_hidden(tests: list[dict], expect: bool) -> None:
    assert wrong_on_hidden({"verdict": "WA", "tests": tests}) is expect


def test_wrong_on_hidden_share() -> None:
    recs = [{"verdict": "WA", "tests": [t(False, "AC"), t(True, "WA")]}, {"verdict": "AC"},
            {"verdict": "CE", "tests": []}, {"verdict": "WA", "tests": [t(False, "WA")]}]
    assert wrong_on_hidden_share(recs) == pytest.approx(0.25)


def confirmed(task_id: str | None, instr: float, wall: float, **kw: object) -> dict:
    """An AC record whose gain time confirmed (significant, with its wall-time test)."""
    return {**({"task_id": task_id} if task_id else {}), "verdict": "AC", "speedup_instr": instr,
            "speedup_wall": wall, "wall_p_value": 0.001, "significant": True, **kw}


def test_fast_p_curve_agrees_with_summarize() -> None:
    recs = [
        confirmed("a", 1.05, 1.05),
        confirmed("b", 1.6, 1.6),
        {"task_id": "c", "verdict": "AC", "speedup_instr": 3.0, "speedup_wall": 1.01, "wall_p_value": 0.4,
         "significant": False},
        {**confirmed("d", 9.0, 9.0), "verdict": "WA"},
        confirmed("e", 1.2, 2.0),  # read in time: 2.0x (its instructions say 1.2x)
    ]
    s = summarize(recs)
    curve = fast_p_curve(recs, FAST_P_THRESHOLDS)
    assert curve == pytest.approx([s.fast_p[f"{p:.1f}"] for p in FAST_P_THRESHOLDS])
    assert curve == pytest.approx([4 / 5, 2 / 5, 2 / 5, 1 / 5])


def test_geomean_interval_brackets_and_repeats() -> None:
    values = [1.0, 1.2, 1.5, 2.0, 1.1, 1.3]
    lo, hi = geomean_interval(values)
    g = math.exp(sum(map(math.log, values)) / len(values))
    assert lo < g < hi and 1.0 <= lo and hi <= 2.0
    assert geomean_interval(values) == (lo, hi)  # fixed seed: same file, same report
    assert geomean_interval([1.5]) is None
    assert strict_wall_interval([{"verdict": "AC", "speedup_instr": 2.0}]) is None  # untimed


def test_cumulative_best_and_best_of_n() -> None:
    recs = [
        confirmed("a", 2.5, 2.0, meta={"sample": 1}),
        confirmed("a", 4.0, 4.0, meta={"sample": 3}),
        {"task_id": "b", "verdict": "WA", "meta": {"sample": 0}},
        # marked significant without a wall-time test (an old file): counts 1.0
        {"task_id": "b", "verdict": "AC", "speedup_instr": 16.0, "significant": True, "meta": {"sample": 1}},
        confirmed("b", 8.0, 8.0, meta={"sample": 3}),
        confirmed("c", 8.0, 8.0),  # no sample: not counted
    ]
    # Wall speedups: sample 0: a=1 (nothing yet), b=1 -> 1; sample 1: a=2 -> sqrt 2; sample 3: a=4, b=8 -> sqrt 32
    curve = cumulative_best(recs, "sample")
    assert curve is not None and [x for x, _ in curve] == [0, 1, 3]
    assert [y for _, y in curve] == pytest.approx([1.0, 2 ** 0.5, 32 ** 0.5])
    n_curve = best_of_n(recs)
    assert n_curve is not None and [x for x, _ in n_curve] == [1, 2, 3]
    assert [y for _, y in n_curve] == pytest.approx([1.0, 2 ** 0.5, 32 ** 0.5])
    assert cumulative_best(recs, "round") is None


def test_best_per_task_counts_and_wall_points() -> None:
    recs = [
        confirmed("a", 2.0, 1.5, speedup_wall_ci=[1.4, 1.6], index=1),
        {"task_id": "a", "verdict": "WA", "speedup_instr": 5.0, "speedup_wall": 5.0, "index": 2},
        {"task_id": "b", "verdict": "AC", "speedup_instr": 1.01, "speedup_wall": 0.9, "index": 3},
        confirmed("a", 9.0, 1.2, index=4),  # far fewer instructions but less gain in time: not the best
        {"task_id": "c", "verdict": "AC", "speedup_instr": 3.0, "significant": True, "index": 5},  # no wall test
        confirmed(None, 3.0, 3.0),  # no task id: no program
    ]
    best = best_per_task(recs)
    assert set(best) == {"a", "b", "c"}
    # The best is the best in time, and its speedup is the wall speedup.
    assert best["a"].record["index"] == 1 and best["a"].speedup == 1.5 and best["a"].count == 3
    assert best["b"].speedup == 1.0  # not significant: counts 1.0
    assert best["c"].speedup == 1.0  # significant but never timed: counts 1.0
    points = wall_vs_instr(recs)
    assert [(p.instr, p.wall, p.ci, p.significant) for p in points] == [
        (2.0, 1.5, (1.4, 1.6), True), (1.01, 0.9, None, False), (9.0, 1.2, None, True), (3.0, 3.0, None, True)]
    # the WA and the untimed record are not points
