"""Rewards on constructed Results: each rule of each design, and no reward from noise."""

import math

import pytest

from asmopt.result import Result, TestOutcome
from asmopt.rl.rewards import log_speedup, paper_correctness_guided, paper_speedup_only, reward


def res(verdict="AC", passed=10, total=10, identical=False, significant=False, tests=(), **kw) -> Result:
    return Result(task_id="t", verdict=verdict, tests_passed=passed, tests_total=total,
                  identical=identical, significant=significant, tests=list(tests), **kw)


def crashed_on_test_3() -> Result:
    tests = [TestOutcome("1", False, "AC"), TestOutcome("2", False, "AC"), TestOutcome("3", True, "RE")]
    return res("RE", passed=2, total=3, tests=tests)


@pytest.mark.parametrize("result, expected", [
    (res(identical=True, speedup_instr=1.0), 1.0),
    (res("CE", passed=0), -1.0),
    (crashed_on_test_3(), -0.5),
    (res("TLE", passed=4), -0.5),
    (res("WA", passed=7), 0.7),
    (res(speedup_wall=1.5), 1.0 + 10 * 1.5),
    (res(speedup_wall=0.9), 1.0),
    (res(speedup_instr=2.0), 21.0),  # untimed: the instruction speedup stands in
])
def test_paper_design_1(result, expected):
    assert paper_correctness_guided(result) == pytest.approx(expected)


@pytest.mark.parametrize("result, expected", [
    (res(identical=True, speedup_wall=1.3), 0.0),
    (res("WA", passed=9), 0.0),
    (res(speedup_wall=1.46), 1.46),
    (res(speedup_wall=1.0), 0.0),
    (res(speedup_wall=0.8), 0.0),
])
def test_paper_design_2(result, expected):
    assert paper_speedup_only(result) == pytest.approx(expected)


def test_paper_designs_reward_noise_and_ours_does_not():
    # A changed but equivalent program whose timing read 1.04x by chance (not confirmed).
    noise = res(speedup_wall=1.04, wall_p_value=0.2, speedup_instr=1.0, instr_base=1000, instr_cand=1000,
                significant=False)
    assert paper_speedup_only(noise) > 0 and paper_correctness_guided(noise) > 1
    assert log_speedup(noise) == 0.0


def test_ours_pays_a_gain_that_time_confirms():
    timed = dict(speedup_wall=1.5, speedup_wall_ci=(1.4, 1.6), wall_p_value=0.03)
    assert log_speedup(res(**timed, significant=True)) == pytest.approx(math.log(1.5))
    # Timed, not confirmed: nothing, however many fewer instructions it runs.
    assert log_speedup(res(**timed, significant=False, instr_base=2000, instr_cand=1000, instr_gain=True)) == 0.0
    # Fewer instructions, slower in time (div for a reciprocal multiply): nothing.
    assert log_speedup(res(speedup_wall=0.7, wall_p_value=0.9, instr_base=2000, instr_cand=1000,
                           instr_gain=True)) == 0.0
    # Confirmed in time whatever the count says (an AVX-512 program valgrind cannot count).
    assert log_speedup(res(**timed, significant=True, measure_error="valgrind: unhandled instruction")) \
        == pytest.approx(math.log(1.5))


def test_ours_untimed_reads_the_instruction_drop():
    # Scored without timing (the explicit cost="instructions"): the count's clear drop is paid.
    gain = res(speedup_instr=2.0, instr_base=2000, instr_cand=1000, instr_gain=True)
    assert not gain.significant and log_speedup(gain) == pytest.approx(math.log(2.0))
    # No clear drop (below the gate), identical, or unmeasurable: nothing.
    assert log_speedup(res(instr_base=1010, instr_cand=1000, instr_gain=False)) == 0.0
    assert log_speedup(res(identical=True, instr_base=1000, instr_cand=1000)) == 0.0
    assert log_speedup(res(instr_gain=True, instr_base=2000, instr_cand=1000, measure_error="x")) == 0.0


def test_ours_grades_failures():
    assert log_speedup(res("CE", passed=0)) == -1.0
    assert log_speedup(res("SV", passed=0)) == -1.0
    assert log_speedup(res("TLE", passed=3)) == -0.5
    worst, better = log_speedup(res("WA", passed=0)), log_speedup(res("WA", passed=9))
    assert worst == pytest.approx(-0.5) and better == pytest.approx(-0.5 + 0.25 * 0.9)
    assert -1.0 < worst < better < 0.0


def test_reward_by_name_takes_result_dicts():
    d = res(speedup_instr=2.0, instr_base=2000, instr_cand=1000, instr_gain=True).to_dict()
    assert reward("log_speedup", d) == pytest.approx(math.log(2.0))
    assert reward("paper2", d) == pytest.approx(2.0)
    with pytest.raises(ValueError, match="unknown reward"):
        reward("nope", d)
