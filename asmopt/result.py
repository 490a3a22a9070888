"""Result: what the harness found about one candidate for one task.

A Result is the unit of every hand-off: `asmopt eval` appends them to a JSONL
file, `asmopt summary` and reports read them back, RL rewards are functions of
them. The JSON form is flat at the top (the fields every consumer needs) with
per-test details under "tests" and the candidate's own metadata under "meta".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

#: The least width of a timed speedup's interval (relative, 1% each way): however narrow the 5
#: rounds' interval, figures this close are noise (the significance gate's threshold, 2%).
TIE = 0.02


@dataclass
class TestOutcome:
    """One test of one candidate."""

    __test__ = False  # not a pytest test class

    name: str
    hidden: bool
    verdict: str
    wall_s: float | None = None
    cpu_s: float | None = None
    message: str = ""
    instr_base: int | None = None  # callgrind instruction count of the baseline
    instr_cand: int | None = None  # ... and of the candidate, on this test


@dataclass
class Result:
    """Verdict and cost of one candidate against its task's baseline.

    Speedups are baseline cost / candidate cost (> 1 is faster). They are None
    when not measured (the candidate is wrong, or measuring failed: see
    `measure_error`). `significant` is True only for a correct, non-identical
    candidate whose gain measured time confirms (interleaved CPU and wall time
    on `timed_tests`, past the noise gate); everything else is "no gain".
    `instr_gain` says only that the instruction count dropped past the noise
    threshold: a diagnostic and a search signal, never a claim of speed.
    """

    task_id: str
    verdict: str
    tests_passed: int
    tests_total: int
    identical: bool
    speedup_instr: float | None = None
    speedup_wall: float | None = None
    significant: bool = False
    index: int | None = None  # line number of the candidate in its file (1-based)
    key: str = ""  # hash of task, candidate text and settings: what resuming matches on
    metric: str = "strict"
    message: str = ""  # CE message, or what went wrong on the first failing test
    measure_error: str | None = None
    speedup_instr_net: float | None = None  # net of the start-up floor
    instr_base: int | None = None  # summed over the measured tests
    instr_cand: int | None = None
    floor_instr: int | None = None  # instructions of an empty program, per test
    speedup_wall_ci: tuple[float, float] | None = None
    wall_p_value: float | None = None
    speedup_cpu: float | None = None
    floor_wall_s: float | None = None
    instr_gain: bool = False
    timed_tests: list[str] = field(default_factory=list)  # the tests the wall/CPU speedup was measured on
    base_wall_s: float | None = None  # median over rounds of the summed wall time on timed_tests
    cand_wall_s: float | None = None
    tests_passed_visible: int = 0
    tests_total_visible: int = 0
    tests: list[TestOutcome] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def correct(self) -> bool:
        return self.verdict == "AC"

    @property
    def search_interval(self) -> tuple[float, float] | None:
        """The range `search_speedup` is known to within: the timing's interval (at least TIE wide)
        when it is measured time, the figure itself for instruction counts (deterministic)."""
        s = self.search_speedup
        if s is None:
            return None
        if self.speedup_wall is None:
            return s, s
        lo, hi = self.speedup_wall_ci or (s, s)
        return min(lo, s / (1 + TIE / 2)), max(hi, s * (1 + TIE / 2))

    @property
    def search_speedup(self) -> float | None:
        """What a search ranks by: measured wall time when the result was timed (the calibrated
        cost), else the raw instruction ratio (an untimed search's uncalibrated signal)."""
        if self.speedup_wall is not None:
            return self.speedup_wall
        if self.instr_base and self.instr_cand:
            return self.instr_base / self.instr_cand
        return None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["speedup_wall_ci"] is not None:
            d["speedup_wall_ci"] = list(d["speedup_wall_ci"])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Result:
        """Inverse of to_dict; unknown keys are ignored so old readers accept new files."""
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in d.items() if k in known}
        kwargs["tests"] = [TestOutcome(**t) for t in d.get("tests", [])]
        if kwargs.get("speedup_wall_ci") is not None:
            kwargs["speedup_wall_ci"] = tuple(kwargs["speedup_wall_ci"])
        return cls(**kwargs)


T = TypeVar("T")


def tie_order(items: Sequence[T], speedup: Callable[[T], float], low: Callable[[T], float]) -> list[T]:
    """`items` (in the order they were found) best first, where an item whose speedup is within the
    interval of the best one (at or above its `low` end) could be as fast as it, so the earlier of
    them wins (the one-standard-error rule of model selection): each next place goes to the earliest
    item at or above the low end of the fastest remaining one. So noise between near-equal
    candidates does not decide which one a search picks, and a clear gain still comes first."""
    pool = list(items)
    out: list[T] = []
    while pool:
        bar = low(max(pool, key=speedup))
        pick = next(x for x in pool if speedup(x) >= bar)
        out.append(pick)
        pool.remove(pick)
    return out
