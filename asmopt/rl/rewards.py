"""Rewards: plain functions of a Result.

Two are the SuperCoder paper's, exactly as it defines them, so its training can
be reproduced; one is ours, built so that nothing but a real, verified gain
earns anything:

- `paper_correctness_guided` (the paper's design 1),
- `paper_speedup_only` (design 2, the paper's default),
- `log_speedup` (ours): log of the measured wall speedup when the candidate is
  correct on every test and time confirms the gain (`significant`: the
  interleaved protocol's gate), 0 for no change or no confirmed gain, graded
  penalties below 0 for failures.

The paper's designs read `speedup_wall` when the result was timed and
`speedup_instr` otherwise (pass `key` to choose). Ours reads time whenever the
result was timed (the reward service's default, `cost="time"`); only a result
judged without timing (`cost="instructions"`, an explicit choice for speed of
scoring) is paid by instruction count, past the noise threshold (`instr_gain`):
that signal is not time (it pays `div` over a reciprocal multiply; docs/measurement.md
"Calibration" measures how often it has the wrong sign).
"""

from __future__ import annotations

import math
from typing import Any

from asmopt.result import Result

#: Verdicts the paper calls "crashes or times out".
_CRASHES = {"RE", "TLE", "OLE", "MLE", "SV"}


def _speedup(result: Result, key: str | None) -> float | None:
    if key is not None:
        return getattr(result, key)
    return result.speedup_wall if result.speedup_wall is not None else result.speedup_instr


def paper_correctness_guided(result: Result, key: str | None = None) -> float:
    """Design 1: identical 1; no build -1; a crash or timeout -0.5; k of N tests k/N;
    all pass with mean speedup s > 1: 1 + 10 s; all pass otherwise 1."""
    if result.identical:
        return 1.0
    if result.verdict == "CE":
        return -1.0
    if result.verdict in _CRASHES or any(t.verdict in _CRASHES for t in result.tests):
        return -0.5
    if result.verdict != "AC":
        return result.tests_passed / result.tests_total if result.tests_total else 0.0
    s = _speedup(result, key)
    return 1.0 + 10.0 * s if s is not None and s > 1.0 else 1.0


def paper_speedup_only(result: Result, key: str | None = None) -> float:
    """Design 2: the speedup s when every test passes and s > 1, else 0 (identical: 0)."""
    if result.identical or result.verdict != "AC":
        return 0.0
    s = _speedup(result, key)
    return s if s is not None and s > 1.0 else 0.0


#: Our penalties: failing to build costs most, then breaking the sandbox rules,
#: crashing or hanging, then wrong answers (less the more tests pass).
PENALTY = {"CE": -1.0, "SV": -1.0, "RE": -0.5, "TLE": -0.5, "OLE": -0.5, "MLE": -0.5}
WA_BASE, WA_CREDIT = -0.5, 0.25


def penalty(result: Result) -> float:
    """What a failed candidate costs (our penalties): CE/SV -1, crash or limit -0.5, WA from
    -0.5 up to -0.25 with the share of tests passed. 0 for a correct one."""
    if result.verdict in PENALTY:
        return PENALTY[result.verdict]
    if result.verdict == "AC":
        return 0.0
    share = result.tests_passed / result.tests_total if result.tests_total else 0.0
    return WA_BASE + WA_CREDIT * share


def log_speedup(result: Result) -> float:
    """Ours: log(wall speedup) for a correct, changed candidate whose gain measured time
    confirms (`significant`); for a result judged without timing, log(instruction speedup)
    past the noise threshold (an explicit, uncalibrated choice); 0 for no change or no
    confirmed gain; below 0 for failures (CE/SV -1, crash or limit -0.5, WA from -0.5 up
    to -0.25 with the share of tests passed)."""
    if result.verdict != "AC":
        return penalty(result)
    if result.identical:
        return 0.0
    if result.wall_p_value is not None:  # timed (strict protocol): time decides
        s = result.speedup_wall
        return math.log(s) if result.significant and s is not None and s > 1.0 else 0.0
    if not result.instr_gain or result.measure_error:
        return 0.0
    raw = result.instr_base / result.instr_cand if result.instr_base and result.instr_cand else None
    return math.log(raw) if raw is not None and raw > 1.0 else 0.0


REWARDS = {
    "paper1": paper_correctness_guided,
    "paper2": paper_speedup_only,
    "log_speedup": log_speedup,
}


def reward(name: str, result: Result | dict[str, Any]) -> float:
    """The named reward of a Result (or of its JSON dict, as a results file holds it)."""
    if isinstance(result, dict):
        result = Result.from_dict(result)
    if name not in REWARDS:
        raise ValueError(f"unknown reward {name!r} (known: {', '.join(REWARDS)})")
    return REWARDS[name](result)
