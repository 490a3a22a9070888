"""Ceiling: how much faster a program could get at most, before any search is spent on it.

Amdahl's law on the baseline's measured time T (wall, summed over the tests
where its own work dominates, visible tests only) and the start-up floor F
(an empty program built and run the same way, once per test):

* `above_floor` = T / F: what removing everything above process start-up
  would give; reachable only by also replacing library work (scanf, printf).
* `own` = T / (T - O), O the time in the program's own code: all that compiler
  settings and rewrites of its code can reach. O is the time above the floor
  split by the cycles model (own code's pipeline cycles, and its part of the
  run's cache misses and mispredictions by instruction share, against library
  work above an empty program's); where the model cannot read the code, by
  callgrind's instruction split (`basis` says which).

A policy whose ceiling is below the noise threshold cannot show a gain that
time would confirm, so strategies skip it with the reason instead of spending
minutes on candidates (`Ceiling.reason`). The ceiling is an estimate for that
decision and for the report, never a claim of speed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from asmopt import toolchain
from asmopt.errors import AsmoptError
from asmopt.measure import cycles, profile
from asmopt.measure import timing as walltime
from asmopt.task import Task, Test

#: Policies that rewrite only the program's own code (compiler settings, assembly passes) reach "own";
#: a model that may rewrite anything, library calls included, reaches "above_floor".
REACHES = ("own", "above_floor")
RUNS = 7  # rounds of native runs (the empty program, then each test) for the times (medians)


@dataclass(frozen=True)
class Ceiling:
    """The two Amdahl ceilings of one task, and what they were computed from."""

    time_s: float  # the baseline's median wall time, summed over the tests
    floor_s: float  # the empty program's, times the number of tests
    own_share: float  # share of the time above the floor spent in the program's own code
    basis: str  # "cycles" (the model's split) or "instructions" (callgrind's, when the model failed)
    tests: tuple[str, ...]

    @property
    def above_floor(self) -> float:
        return self.time_s / self.floor_s if self.floor_s > 0 else float("inf")

    @property
    def own(self) -> float:
        own_time = max(0.0, self.time_s - self.floor_s) * self.own_share
        rest = self.time_s - own_time
        return self.time_s / rest if rest > 0 else float("inf")

    def of(self, reach: str) -> float:
        """The ceiling a policy with this reach can approach."""
        if reach not in REACHES:
            raise AsmoptError(f"unknown reach {reach!r} (known: {', '.join(REACHES)})")
        return self.own if reach == "own" else self.above_floor

    def reason(self, reach: str, threshold: float) -> str:
        """Why a policy of this reach is skipped ("" when it is not)."""
        limit = self.of(reach)
        if limit >= 1.0 + threshold:
            return ""
        what = "its own code" if reach == "own" else "everything above the start-up floor"
        return (f"ceiling below the noise threshold: removing {what} would give at most {limit:.3f}x "
                f"(needs {1 + threshold:.2f}x to be confirmed in time)")

    def describe(self) -> str:
        return (f"ceiling on {len(self.tests)} test(s): own code {self.own:.3f}x, above the start-up floor "
                f"{self.above_floor:.3f}x ({self.time_s * 1e3:.1f} ms measured, floor {self.floor_s * 1e3:.1f} ms, "
                f"own share of the rest {self.own_share:.1%} by {self.basis})")

    def to_dict(self) -> dict[str, Any]:
        return {"time_s": self.time_s, "floor_s": self.floor_s, "own_share": self.own_share, "basis": self.basis,
                "tests": list(self.tests), "own": self.own, "above_floor": self.above_floor}


def reach(policy: object) -> str:
    """A policy's reach: its `reach` attribute, else "above_floor" (the larger ceiling: never skipped wrongly)."""
    value = getattr(policy, "reach", "above_floor")
    return value if value in REACHES else "above_floor"


def _own_share_cycles(asm: str, tests: tuple[Test, ...], unsafe: bool) -> float:
    """Own code's share of the modelled cycles above an empty program's: its pipeline cycles,
    plus the cache misses and mispredictions (counted for the whole run) in proportion to
    the instructions it executes against the library's above the floor."""
    k = cycles.CyclesCoefficients()
    floor = cycles.cached_cycles(toolchain.compile_c(toolchain.EMPTY_PROGRAM, ("-O3",), unsafe=unsafe), b"",
                                 unsafe=unsafe)

    def events(c: cycles.CyclesCost) -> float:  # misses and mispredictions, in cycles
        return k.l1_miss * c.l1_misses + k.ll_miss * c.ll_misses + k.mispredict * c.mispredicts

    own = rest = 0.0
    for t in tests:
        c = cycles.cached_cycles(asm, t.input, unsafe=unsafe)
        library = max(0, c.library_instr - floor.library_instr)
        share = c.own_instr / (c.own_instr + library) if c.own_instr + library else 0.0
        extra = max(0.0, events(c) - events(floor))
        own += (k.pipeline * c.own_cycles + k.rep_iteration * c.rep_iterations + k.padding_nop * c.padding_nops
                + share * extra)
        rest += k.library * library + (1 - share) * extra
    return own / (own + rest) if own + rest > 0 else 0.0


def _own_share_instructions(asm: str, tests: tuple[Test, ...], unsafe: bool) -> float:
    own = total = 0
    for t in tests:
        prof = profile.profile_asm(asm, t.input, unsafe=unsafe)
        if prof is None:
            raise AsmoptError("no profile of the baseline")
        own += sum(f.instructions for f in prof.functions if f.object == "prog")
        total += prof.total
    return own / total if total else 0.0


def measure(task: Task, tests: tuple[Test, ...], runner: walltime.Runner, *, unsafe: bool = False) -> Ceiling:
    """Measure the task's ceilings on `tests` (visible ones: a search may look at nothing else)."""
    assert task.baseline is not None
    if not tests:
        raise AsmoptError(f"task {task.id}: no tests to measure a ceiling on")
    built = toolchain.build(task.baseline.asm, unsafe=unsafe)
    floor = toolchain.floor_build(unsafe=unsafe)
    if not built.ok or built.binary is None or floor.binary is None:
        raise AsmoptError(f"task {task.id}: the baseline does not build")
    with walltime.exclusive():
        try:
            floor_s, walls = walltime.beside_floor(built.binary, [t.input for t in tests], floor.binary, runner,
                                                   runs=RUNS)
        except walltime.TimingError as e:
            raise AsmoptError(f"task {task.id}: {e}") from e
    time_s = sum(walls)
    with walltime.busy():
        try:
            share, basis = _own_share_cycles(task.baseline.asm, tests, unsafe), "cycles"
        except AsmoptError:
            share, basis = _own_share_instructions(task.baseline.asm, tests, unsafe), "instructions"
    return Ceiling(time_s, floor_s * len(tests), share, basis, tuple(t.name for t in tests))
