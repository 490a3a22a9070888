"""Tests of asmopt.report.metrics on hand-built result records."""

from __future__ import annotations

import json
import math

import pytest

from asmopt.report.metrics import SpeedupStats, Summary, render, summarize
from asmopt.result import Result


def rec(task_id: str, verdict: str, **kw: object) -> dict:
    """A record as a results file holds it (built through Result.to_dict)."""
    kw.setdefault("identical", False)
    return Result(task_id=task_id, verdict=verdict, tests_passed=0, tests_total=3, **kw).to_dict()


@pytest.fixture
def four() -> list[dict]:
    # AC significant 2.0x; AC identical at noise level 1.02 (not significant);
    # WA; CE.  Strict effective speedups: [2, 1, 1, 1]; paper: [2, 1.02, 1, 1].
    return [
        rec("t1", "AC", speedup_instr=2.0, significant=True),
        rec("t1", "AC", speedup_instr=1.02, identical=True, significant=False),
        rec("t2", "WA"),
        rec("t3", "CE"),
    ]


def test_rates_counts_and_tasks(four: list[dict]) -> None:
    s = summarize(four)
    assert s.n == 4
    assert s.tasks == 3
    assert s.compile_rate == pytest.approx(0.75)
    assert s.pass_rate == pytest.approx(0.5)
    assert s.no_change == 1
    assert s.verdicts == {"AC": 2, "WA": 1, "CE": 1}
    assert s.significant_share == pytest.approx(0.25)


def test_strict_instr_stats(four: list[dict]) -> None:
    st = summarize(four).strict_instr
    assert st is not None
    assert st.geomean == pytest.approx(2 ** (1 / 4))
    assert st.mean == pytest.approx(1.25)
    # sorted [1, 1, 1, 2]; linear-interpolated p75 sits a quarter of the way to 2
    assert (st.p25, st.p50, st.p75) == pytest.approx((1.0, 1.0, 1.25))


def test_paper_instr_stats_count_identical_ac(four: list[dict]) -> None:
    st = summarize(four).paper_instr
    assert st is not None
    # identical AC candidate counts its stored 1.02; WA and CE fall back to 1.0
    assert st.mean == pytest.approx((2.0 + 1.02 + 1.0 + 1.0) / 4)
    assert st.geomean == pytest.approx((2.0 * 1.02) ** (1 / 4))
    assert st.p50 == pytest.approx(1.01)


def test_fast_p(four: list[dict]) -> None:
    s = summarize(four)
    # fast_1.0 is the share correct; only the 2.0x candidate clears the higher bars
    assert s.fast_p == pytest.approx({"1.0": 0.5, "1.1": 0.25, "1.5": 0.25, "2.0": 0.25})


def test_fast_p_thresholds_separate() -> None:
    records = [
        rec("a", "AC", speedup_instr=1.05, significant=True),
        rec("b", "AC", speedup_instr=1.2, significant=True),
        rec("c", "AC", speedup_instr=1.6, significant=True),
        rec("d", "AC", speedup_instr=2.5, significant=True),
        rec("e", "AC", speedup_instr=3.0, significant=False),  # noise-level: effective 1.0
        # a wrong candidate never counts, even if something mislabelled it significant
        {"task_id": "f", "verdict": "WA", "speedup_instr": 9.0, "significant": True},
    ]
    s = summarize(records)
    assert s.fast_p == pytest.approx({"1.0": 5 / 6, "1.1": 3 / 6, "1.5": 2 / 6, "2.0": 1 / 6})
    assert s.significant_share == pytest.approx(4 / 6)
    # ... and the WA record contributes 1.0 to both conventions
    assert s.paper_instr is not None and s.paper_instr.mean == pytest.approx((1.05 + 1.2 + 1.6 + 2.5 + 3.0 + 1.0) / 6)
    assert s.strict_instr is not None and s.strict_instr.mean == pytest.approx((1.05 + 1.2 + 1.6 + 2.5 + 1.0 + 1.0) / 6)


def test_percentiles_distinct() -> None:
    records = [rec(f"t{i}", "AC", speedup_instr=float(i), significant=True) for i in range(1, 6)]
    st = summarize(records).strict_instr
    assert st == SpeedupStats(p25=2.0, p50=3.0, p75=4.0, mean=3.0, geomean=pytest.approx(120 ** (1 / 5)))


def test_wall_none_without_wall_speedups(four: list[dict]) -> None:
    s = summarize(four)
    assert s.paper_wall is None
    assert s.strict_wall is None


def test_wall_stats_when_timed(four: list[dict]) -> None:
    four[0]["speedup_wall"] = 1.5
    four[2]["speedup_wall"] = 4.0  # WA: must fall back to 1.0
    s = summarize(four)
    assert s.paper_wall is not None and s.strict_wall is not None
    assert s.paper_wall.mean == pytest.approx((1.5 + 1 + 1 + 1) / 4)
    assert s.strict_wall.geomean == pytest.approx(1.5 ** (1 / 4))


def test_paper_metric_clipped_speedup_not_significant() -> None:
    r = rec("p", "AC", speedup_instr=1.3, significant=False, metric="paper")
    s = summarize([r])
    assert s.paper_instr is not None and s.strict_instr is not None
    assert s.paper_instr.mean == pytest.approx(1.3)
    assert s.paper_instr.geomean == pytest.approx(1.3)
    assert s.strict_instr.mean == pytest.approx(1.0)
    assert s.strict_instr.geomean == pytest.approx(1.0)
    assert s.fast_p["1.1"] == 0.0
    assert s.fast_p["1.0"] == 1.0


def test_unmeasured_ac_falls_back() -> None:
    # AC and significant but no speedup recorded (measuring failed): counts 1.0
    records = [
        {"task_id": "a", "verdict": "AC", "significant": True},
        {"task_id": "b", "verdict": "AC", "speedup_instr": 3.0, "significant": True},
        {"task_id": "c", "verdict": "AC", "speedup_instr": float("nan"), "significant": True},
    ]
    st = summarize(records).strict_instr
    assert st is not None
    assert st.mean == pytest.approx((1.0 + 3.0 + 1.0) / 3)
    assert st.geomean == pytest.approx(3.0 ** (1 / 3))


def test_minimal_records_missing_optional_keys() -> None:
    s = summarize([{"verdict": "AC"}, {"task_id": "x", "verdict": "TLE"}])
    assert s.n == 2
    assert s.tasks == 1
    assert s.pass_rate == pytest.approx(0.5)
    assert s.compile_rate == pytest.approx(1.0)
    assert s.no_change == 0
    assert s.verdicts == {"AC": 1, "TLE": 1}
    assert s.paper_instr is None and s.strict_instr is None
    assert s.fast_p["1.0"] == pytest.approx(0.5)


def test_accepts_generator(four: list[dict]) -> None:
    assert summarize(r for r in four).n == 4


def test_empty_raises() -> None:
    with pytest.raises(ValueError, match="no results to summarise"):
        summarize([])


def test_missing_verdict_raises() -> None:
    with pytest.raises(ValueError, match="verdict"):
        summarize([{"task_id": "t"}])


def test_to_dict_is_json(four: list[dict]) -> None:
    d = summarize(four).to_dict()
    back = json.loads(json.dumps(d))
    assert back["compile_rate"] == pytest.approx(0.75)
    assert back["paper_wall"] is None
    assert back["strict_instr"]["geomean"] == pytest.approx(2 ** 0.25)
    assert back["fast_p"]["2.0"] == pytest.approx(0.25)
    assert back["verdicts"] == {"AC": 2, "WA": 1, "CE": 1}


def test_render_contains_key_numbers(four: list[dict], capsys: pytest.CaptureFixture[str]) -> None:
    text = render(summarize(four))
    assert capsys.readouterr().out == ""  # returns the text, prints nothing
    assert "paper columns" in text and "ours" in text
    assert "75.0%" in text  # compile rate
    assert "50.0%" in text  # test-pass rate
    assert f"{2 ** 0.25:.3f}x" in text  # strict geomean 1.189x
    assert f"{(2 + 1.02 + 2) / 4:.3f}x" in text  # paper mean 1.255x
    assert "25.0%" in text  # significant share / fast_2.0
    assert "fast_1.5" in text
    assert "AC=2" in text and "WA=1" in text and "CE=1" in text
    assert "wall" in text  # strict row is labelled even when untimed ...
    assert "n/a" in text  # ... and shows n/a
    assert "\x1b[" not in text  # plain text, no ANSI codes
    assert text.isascii()


def test_render_wall_row_when_timed(four: list[dict]) -> None:
    four[0]["speedup_wall"] = 1.5
    text = render(summarize(four))
    assert f"{(1.5 + 3) / 4:.3f}x" in text  # paper wall mean 1.125x
    assert f"{1.5 ** 0.25:.3f}x" in text  # strict wall geomean 1.107x
    assert "n/a" not in text


def test_summary_fields() -> None:
    # The record shape other modules rely on.
    names = set(Summary.__dataclass_fields__)
    assert names == {
        "n", "tasks", "compile_rate", "pass_rate", "paper_instr", "paper_wall",
        "strict_instr", "strict_wall", "significant_share", "fast_p", "no_change", "verdicts",
        "strict_instr_net", "floor_instr", "floor_wall_s",
    }
    assert math.isclose(summarize([rec("t", "AC", speedup_instr=2.0, significant=True)]).fast_p["2.0"], 1.0)


def test_net_of_floor_and_floor_reported() -> None:
    recs = [
        rec("a", "AC", speedup_instr=1.5, speedup_instr_net=3.0, significant=True, floor_instr=100_000),
        rec("b", "WA", floor_instr=100_000),
    ]
    s = summarize(recs)
    assert s.strict_instr_net is not None and math.isclose(s.strict_instr_net.geomean, 3.0 ** 0.5)
    assert s.floor_instr == 100_000 and s.floor_wall_s is None
    text = render(s)
    assert "net of start-up" in text and "100,000" in text
