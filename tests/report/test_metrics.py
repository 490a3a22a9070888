"""Tests of asmopt.report.metrics on hand-built result records."""

from __future__ import annotations

import json
import math

import pytest

from asmopt.report.metrics import INSTRUCTIONS_ONLY, SpeedupStats, Summary, confirmed, render, summarize
from asmopt.result import Result


def rec(task_id: str, verdict: str, **kw: object) -> dict:
    """A record as a results file holds it (built through Result.to_dict)."""
    kw.setdefault("identical", False)
    return Result(task_id=task_id, verdict=verdict, tests_passed=0, tests_total=3, **kw).to_dict()


def gain(task_id: str, speedup_instr: float | None, wall: float | None = None, **kw: object) -> dict:
    """An AC record whose gain time confirmed, as `asmopt eval` writes one: significant, with the
    interleaved wall-time test that confirmed it (wall speedup = the instruction speedup unless given)."""
    wall = speedup_instr if wall is None else wall
    assert wall is not None
    return rec(task_id, "AC", speedup_instr=speedup_instr, speedup_wall=wall,
               speedup_wall_ci=(wall * 0.95, wall * 1.05), wall_p_value=0.001, speedup_cpu=wall,
               significant=True, instr_gain=True, **kw)


@pytest.fixture
def four() -> list[dict]:
    # Timed (the default): AC confirmed 2.0x (in instructions and in time); AC identical
    # at noise level 1.02 (not significant; an identical program times 1.0); WA; CE.
    # Strict effective speedups: [2, 1, 1, 1]; paper: [2, 1.02, 1, 1] (instructions).
    return [
        gain("t1", 2.0),
        rec("t1", "AC", speedup_instr=1.02, speedup_wall=1.0, identical=True, significant=False),
        rec("t2", "WA"),
        rec("t3", "CE"),
    ]


@pytest.fixture
def untimed() -> list[dict]:
    # `asmopt eval --no-timing`: the same candidates counted, never timed, so nothing is
    # claimed (significant False) however clearly the instruction count dropped.
    return [
        rec("t1", "AC", speedup_instr=2.0, instr_gain=True, significant=False),
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
        gain("a", 1.05),
        gain("b", 1.2),
        gain("c", 1.6),
        gain("d", 2.5),
        # fewer instructions, but time did not confirm it (noise-level wall): effective 1.0
        rec("e", "AC", speedup_instr=3.0, speedup_wall=1.01, wall_p_value=0.3, instr_gain=True, significant=False),
        # a wrong candidate never counts, even if something mislabelled it significant and timed
        {"task_id": "f", "verdict": "WA", "speedup_instr": 9.0, "speedup_wall": 9.0, "wall_p_value": 0.001,
         "significant": True},
    ]
    s = summarize(records)
    assert s.fast_p == pytest.approx({"1.0": 5 / 6, "1.1": 3 / 6, "1.5": 2 / 6, "2.0": 1 / 6})
    assert s.significant_share == pytest.approx(4 / 6)
    # ... and the WA record contributes 1.0 to both conventions
    assert s.paper_instr is not None and s.paper_instr.mean == pytest.approx((1.05 + 1.2 + 1.6 + 2.5 + 3.0 + 1.0) / 6)
    assert s.strict_instr is not None and s.strict_instr.mean == pytest.approx((1.05 + 1.2 + 1.6 + 2.5 + 1.0 + 1.0) / 6)


def test_percentiles_distinct() -> None:
    records = [gain(f"t{i}", float(i)) for i in range(1, 6)]
    st = summarize(records).strict_instr
    assert st == SpeedupStats(p25=2.0, p50=3.0, p75=4.0, mean=3.0, geomean=pytest.approx(120 ** (1 / 5)))


def test_wall_none_without_wall_speedups(untimed: list[dict]) -> None:
    s = summarize(untimed)
    assert s.paper_wall is None
    assert s.strict_wall is None
    assert not s.timed


def test_untimed_file_claims_no_gain(untimed: list[dict]) -> None:
    # Instructions only: the paper's columns still count the instruction speedup, ours claim nothing.
    s = summarize(untimed)
    assert s.paper_instr is not None and s.paper_instr.mean == pytest.approx((2.0 + 1.02 + 1 + 1) / 4)
    assert s.strict_instr is not None and s.strict_instr.mean == pytest.approx(1.0)
    assert s.significant_share == 0.0
    assert s.fast_p == pytest.approx({"1.0": 0.5, "1.1": 0.0, "1.5": 0.0, "2.0": 0.0})


def test_timed_is_set_by_any_wall_speedup(four: list[dict], untimed: list[dict]) -> None:
    assert summarize(four).timed
    # One timed record is enough (even the identical one, timed 1.0 without running).
    assert summarize(untimed[1:] + [rec("t9", "AC", speedup_instr=1.0, speedup_wall=1.0, identical=True)]).timed


def test_wall_stats_when_timed(four: list[dict]) -> None:
    four[0]["speedup_wall"] = 1.5
    four[2]["speedup_wall"] = 4.0  # WA: must fall back to 1.0
    s = summarize(four)
    assert s.paper_wall is not None and s.strict_wall is not None
    assert s.paper_wall.mean == pytest.approx((1.5 + 1 + 1 + 1) / 4)
    assert s.strict_wall.geomean == pytest.approx(1.5 ** (1 / 4))


def test_paper_metric_clipped_speedup_not_significant() -> None:
    # Paper mode times with its own protocol (no p-value) and claims nothing.
    r = rec("p", "AC", speedup_instr=1.3, speedup_wall=1.25, significant=False, metric="paper")
    s = summarize([r])
    assert s.paper_wall is not None and s.paper_wall.mean == pytest.approx(1.25)
    assert s.strict_wall is not None and s.strict_wall.mean == pytest.approx(1.0)
    assert s.paper_instr is not None and s.strict_instr is not None
    assert s.paper_instr.mean == pytest.approx(1.3)
    assert s.paper_instr.geomean == pytest.approx(1.3)
    assert s.strict_instr.mean == pytest.approx(1.0)
    assert s.strict_instr.geomean == pytest.approx(1.0)
    assert s.fast_p["1.1"] == 0.0
    assert s.fast_p["1.0"] == 1.0


def test_unmeasured_ac_falls_back() -> None:
    # Confirmed in time but no instruction speedup recorded (counting failed, or nan): counts 1.0
    timed = {"verdict": "AC", "significant": True, "speedup_wall": 1.5, "wall_p_value": 0.001}
    records = [
        {"task_id": "a", **timed},
        {"task_id": "b", **timed, "speedup_instr": 3.0},
        {"task_id": "c", **timed, "speedup_instr": float("nan")},
        # a p-value but no usable wall speedup: nothing was confirmed, whatever the instructions say
        {"task_id": "d", **timed, "speedup_wall": float("nan"), "speedup_instr": 5.0},
    ]
    s = summarize(records)
    st = s.strict_instr
    assert st is not None
    assert st.mean == pytest.approx((1.0 + 3.0 + 1.0 + 1.0) / 4)
    assert st.geomean == pytest.approx(3.0 ** (1 / 4))
    assert s.strict_wall is not None and s.strict_wall.mean == pytest.approx((1.5 * 3 + 1.0) / 4)
    assert s.significant_share == pytest.approx(3 / 4)


def test_significant_without_a_wall_test_is_not_believed() -> None:
    # Files from before time was the truth marked instruction-only gains significant (no
    # wall p-value); a paper-protocol timing has a wall speedup but no test either.
    old = {"task_id": "a", "verdict": "AC", "speedup_instr": 2.0, "significant": True}
    paper = {"task_id": "b", "verdict": "AC", "speedup_instr": 3.0, "speedup_wall": 1.5, "significant": True}
    s = summarize([old, paper])
    assert not confirmed(old) and not confirmed(paper)
    assert s.strict_instr is not None and s.strict_instr.mean == pytest.approx(1.0)
    assert s.strict_instr.geomean == pytest.approx(1.0)
    assert s.strict_wall is not None and s.strict_wall.mean == pytest.approx(1.0)
    assert s.significant_share == 0.0
    assert s.fast_p["1.0"] == 1.0 and s.fast_p["1.1"] == 0.0
    # The paper's columns still count them; and the same record with its wall test is believed.
    assert s.paper_instr is not None and s.paper_instr.mean == pytest.approx(2.5)
    timed = {**paper, "wall_p_value": 0.001}
    assert confirmed(timed)
    t = summarize([old, timed])
    assert t.significant_share == pytest.approx(0.5)
    assert t.strict_instr is not None and t.strict_instr.mean == pytest.approx((1.0 + 3.0) / 2)


def test_confirmed_needs_ac_significant_and_a_wall_test() -> None:
    good = gain("a", 2.0)
    assert confirmed(good)
    assert not confirmed({**good, "verdict": "WA"})
    assert not confirmed({**good, "significant": False})
    assert not confirmed({**good, "wall_p_value": None})
    assert not confirmed({**good, "speedup_wall": None})
    assert not confirmed({**good, "speedup_wall": 0.0})


def test_fast_p_reads_wall_speedups() -> None:
    # 3x fewer instructions but 1.2x in time: fast_p says 1.2x. And the reverse.
    records = [gain("a", 3.0, wall=1.2), gain("b", 1.05, wall=1.6)]
    s = summarize(records)
    assert s.fast_p == pytest.approx({"1.0": 1.0, "1.1": 1.0, "1.5": 0.5, "2.0": 0.0})
    only_a = summarize(records[:1])
    assert only_a.fast_p["1.1"] == 1.0 and only_a.fast_p["1.5"] == 0.0
    # The instruction columns keep the instruction ratio of those same confirmed gains.
    assert only_a.strict_instr is not None and only_a.strict_instr.geomean == pytest.approx(3.0)
    assert only_a.strict_wall is not None and only_a.strict_wall.geomean == pytest.approx(1.2)


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
    assert back["paper_wall"]["mean"] == pytest.approx((2.0 + 1.0 + 1.0 + 1.0) / 4)
    assert back["strict_wall"]["geomean"] == pytest.approx(2 ** 0.25)
    assert back["timed"] is True
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
    assert "wall" in text
    assert INSTRUCTIONS_ONLY not in text  # timed: the strict columns stand
    assert "\x1b[" not in text  # plain text, no ANSI codes
    assert text.isascii()


def test_render_untimed_says_instructions_only(untimed: list[dict]) -> None:
    text = render(summarize(untimed))
    assert INSTRUCTIONS_ONLY in text
    assert f"{(2 + 1.02 + 2) / 4:.3f}x" in text  # paper instruction mean 1.255x still shown
    assert "1.000x / 1.000x" in text  # strict instructions: nothing claimed
    assert "wall" in text  # strict row is labelled even when untimed ...
    assert "n/a" in text  # ... and shows n/a
    assert "0.0%" in text  # significant share
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
        "strict_instr_net", "floor_instr", "floor_wall_s", "timed",
    }
    assert math.isclose(summarize([gain("t", 2.0)]).fast_p["2.0"], 1.0)


def test_net_of_floor_and_floor_reported() -> None:
    recs = [
        gain("a", 1.5, speedup_instr_net=3.0, floor_instr=100_000),
        rec("b", "WA", floor_instr=100_000),
    ]
    s = summarize(recs)
    assert s.strict_instr_net is not None and math.isclose(s.strict_instr_net.geomean, 3.0 ** 0.5)
    assert s.floor_instr == 100_000 and s.floor_wall_s is None
    text = render(s)
    assert "net of start-up" in text and "100,000" in text
