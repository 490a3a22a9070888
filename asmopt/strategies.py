"""Strategies: how a policy is driven for one task (single sample, best-of-N, refinement).

A strategy asks a policy for candidates, judges each on the task's *visible*
tests only (a `Verifier`), keeps the best, and reports that one's verdict on
*all* tests (visible and hidden) at the end. Hidden tests never influence which
candidate is chosen: selection and judgement use different tests.

"Best" is `better`: correct (AC), not identical to the baseline, and ahead of
the baseline by the search cost (`EvalConfig.ranks_by`): by default measured
wall time under the short interleaved protocol (`timing.SHORT`, 1 warm-up and
5 rounds on the visible timed tests), the cost `asmopt bench cost` calibrated
against the full protocol; with `search_cost="instructions"`, or untimed, raw
callgrind counts (deterministic, not speed). Before a candidate becomes the
answer, the full protocol must confirm its gain on the visible tests
(`Verifier.confirm`): the best few by the search cost are timed in turn and
the first that time confirms wins. When none is confirmed (or none beats the
baseline) the outcome's `best` is None: the answer is the baseline, reported
as "no change". Without timing (`EvalConfig(timing=False)`) the best by
instructions is the answer, and it is labelled "instructions only: not
confirmed in time".

Budgets: `samples` candidates per round (best-of-N's N), `rounds` of refinement,
and an optional wall-clock limit in `seconds`, checked between proposals and
between judgements (a running judgement is never cut short).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from asmopt import toolchain
from asmopt.candidate import Candidate
from asmopt.ceiling import Ceiling, reach
from asmopt.ceiling import measure as measure_ceiling
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig, Prepared, TaskError, evaluate, prepare
from asmopt.measure import timing as walltime
from asmopt.policies import Feedback, Policy
from asmopt.result import Result, tie_order
from asmopt.sandbox import execute
from asmopt.task import Task, Test

#: How much of a failing run's stdout is kept for feedback.
OUTPUT_BYTES = 2048
#: How many of the best candidates by the search cost are timed before the search gives up.
CONFIRM_TRIES = 3


@dataclass(frozen=True)
class Observed(Feedback):
    """Feedback with what refinement shows a policy beyond the result: for a
    candidate that built but failed a visible test, that test and what the
    program actually printed on it (truncated)."""

    failing_test: Test | None = None
    actual_output: bytes | None = None


@dataclass(frozen=True)
class Budget:
    """How much a strategy may spend on one task."""

    samples: int = 8  # candidates per round (best-of-N's N; single uses 1)
    rounds: int = 1  # refinement rounds (refine only)
    seconds: float | None = None  # wall-clock limit for the whole search, None for none

    def __post_init__(self) -> None:
        if self.samples < 1 or self.rounds < 1:
            raise AsmoptError(f"budget needs at least one sample and one round (got {self.samples}, {self.rounds})")
        if self.seconds is not None and self.seconds <= 0:
            raise AsmoptError(f"time budget must be positive (got {self.seconds})")


def parse_budget(text: str | None, samples: int | None = None, rounds: int | None = None,
                 seconds: float | None = None, default: Budget = Budget()) -> Budget:
    """A Budget from "samples=8,rounds=2,seconds=600" (any subset), then the explicit values on top."""
    values: dict[str, Any] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip()
        try:
            if not sep or key not in ("samples", "rounds", "seconds"):
                raise ValueError
            values[key] = float(value) if key == "seconds" else int(value)
        except ValueError:
            raise AsmoptError(f"bad budget {part.strip()!r}: use samples=N,rounds=N,seconds=S") from None
    for key, value in (("samples", samples), ("rounds", rounds), ("seconds", seconds)):
        if value is not None:
            values[key] = value
    return dataclasses.replace(default, **values)


class Verifier:
    """Judges candidates for one task: on the visible tests for search, on all tests for the report.

    The baseline of each view is prepared once (built, checked, counted), lazily.
    Results on the visible view are remembered by assembly text, so a policy
    proposing the same program twice costs one judgement. The visible view
    measures the search cost only: short-timed and not counted when the search
    ranks by time, counted and not timed when it ranks by instructions.
    """

    def __init__(self, task: Task, cfg: EvalConfig | None = None,
                 on_result: Callable[[Candidate, Result], None] | None = None, *, final: bool = True) -> None:
        self.cfg = cfg or EvalConfig()
        self.on_result = on_result  # told of every visible judgement (a progress display)
        self.wants_final = final  # False: the caller judges the answer on all tests itself
        # The task as policies see it: always with its baseline assembly.
        self.task = toolchain.with_baseline(task, unsafe=self.cfg.unsafe)
        if not self.task.visible_tests:
            raise TaskError(f"task {task.id}: no visible tests to search on")
        self.visible_task = dataclasses.replace(self.task, tests=self.task.visible_tests)
        self.ranks_by = self.cfg.ranks_by
        # Confirmation is our strict protocol whatever the reporting metric: the
        # paper's timing cannot tell a gain from noise. Time alone decides it: no count.
        self.confirm_cfg = dataclasses.replace(self.cfg, timing=True, metric="strict", instructions=False)
        if self.ranks_by == "time":
            self.visible_cfg = dataclasses.replace(self.confirm_cfg, timing_cfg=walltime.SHORT)
        else:
            self.visible_cfg = dataclasses.replace(self.cfg, timing=False, instructions=True)
        self._visible: Prepared | None = None
        self._timed: Prepared | None = None
        self._confirmed: dict[str, Result] = {}
        self._ceiling: Ceiling | None = None
        self._full: Prepared | None = None
        self._seen: dict[str, Result] = {}
        self._final: dict[str, Result] = {}
        self.judged = 0  # judgements actually run on the visible view (cache misses)

    @property
    def baseline(self) -> Candidate:
        """The baseline as a candidate (the answer when nothing beats it)."""
        assert self.task.baseline is not None
        return Candidate(self.task.id, self.task.baseline.asm, {"policy": "baseline"})

    def prepared_visible(self) -> Prepared:
        if self._visible is None:
            self._visible = prepare(self.visible_task, self.visible_cfg)
        return self._visible

    def prepared_full(self) -> Prepared:
        if self._full is None:
            self._full = prepare(self.task, self.cfg)
        return self._full

    def prepared_timed(self) -> Prepared:
        if self._timed is None:
            # Searching by time, the visible view is already prepared as confirmation needs it.
            self._timed = (self.prepared_visible() if self.ranks_by == "time"
                           else prepare(self.visible_task, self.confirm_cfg))
        return self._timed

    def ceiling(self) -> Ceiling | None:
        """The task's Amdahl ceilings on its visible timed tests (None when the search is untimed:
        without measured time there is nothing to weigh a ceiling against)."""
        if not self.cfg.timing:
            return None
        if self._ceiling is None:
            prep = self.prepared_timed()
            tests = tuple(prep.tests[i] for i in prep.timed)
            runner = walltime.sandbox_runner(self.cfg.limits, self.cfg.unsafe)
            self._ceiling = measure_ceiling(self.task, tests, runner, unsafe=self.cfg.unsafe)
        return self._ceiling

    def confirm(self, cand: Candidate) -> Result:
        """The candidate on the visible tests with interleaved timing: `significant` when
        measured time confirms its gain. Still visible tests only: hidden ones never select."""
        hit = self._confirmed.get(cand.asm)
        if hit is None:
            hit = self._confirmed[cand.asm] = evaluate(self.prepared_timed(), cand, self.confirm_cfg)
        return dataclasses.replace(hit, meta=dict(cand.meta))

    def visible(self, cand: Candidate) -> Result:
        """The candidate judged on the visible tests only: all a search may look at."""
        hit = self._seen.get(cand.asm)
        if hit is None:
            hit = evaluate(self.prepared_visible(), cand, self.visible_cfg)
            self._seen[cand.asm] = hit
            self.judged += 1
        result = dataclasses.replace(hit, meta=dict(cand.meta))
        if self.on_result is not None:
            self.on_result(cand, result)
        return result

    def final(self, cand: Candidate) -> Result:
        """The candidate judged on all tests, hidden included: for reporting, never for selection."""
        hit = self._final.get(cand.asm)
        if hit is None:
            hit = self._final[cand.asm] = evaluate(self.prepared_full(), cand, self.cfg)
        return dataclasses.replace(hit, meta=dict(cand.meta))

    def output(self, cand: Candidate, test: Test) -> bytes | None:
        """What the candidate prints on one visible test (sandboxed, truncated); None when it does not build."""
        if test.hidden:
            raise AsmoptError("a search may not run hidden tests")
        built = toolchain.build(cand.asm, unsafe=self.cfg.unsafe)
        if not built.ok or built.binary is None:
            return None
        run = execute(["/box/prog"], stdin=test.input, ro_files={"prog": built.binary},
                      limits=self.cfg.limits, unsafe=self.cfg.unsafe)
        return run.stdout[:OUTPUT_BYTES]

    def profile(self, cand: Candidate, top: int = 8) -> str:
        """Where the candidate spends its instructions on its heaviest visible test ("" when unknown)."""
        # Imported here: profiles are only needed when refining.
        from asmopt.measure import profile as profiling

        prep = self.prepared_visible()
        counts = [c or 0 for c in prep.instr]
        if not prep.tests:
            return ""
        heaviest = prep.tests[max(range(len(prep.tests)), key=lambda i: counts[i])] if any(counts) \
            else max(prep.tests, key=lambda t: len(t.input))
        try:
            prof = profiling.profile_asm(cand.asm, heaviest.input, unsafe=self.cfg.unsafe)
        except AsmoptError:
            return ""
        return prof.summary(top) if prof is not None else ""


def instr_speedup(result: Result | None) -> float | None:
    """Raw instruction speedup (baseline / candidate instructions), None when not measured."""
    if result is None or not result.instr_base or not result.instr_cand:
        return None
    return result.instr_base / result.instr_cand


def _promising(result: Result) -> bool:
    """Correct, changed, measured, and ahead of the baseline by the search cost."""
    if result.verdict != "AC" or result.identical or result.measure_error:
        return False
    gain = result.search_speedup
    return gain is not None and gain > 1.0


def ranked(history: Sequence[Feedback]) -> list[Feedback]:
    """Distinct promising candidates, best first by the search cost; a candidate within the best one's
    interval (`Result.search_interval`) ties with it and the one judged first wins (`tie_order`)."""
    seen: set[str] = set()
    pool: list[Feedback] = []
    for fb in history:
        if _promising(fb.result) and fb.candidate.asm not in seen:
            seen.add(fb.candidate.asm)
            pool.append(fb)
    return tie_order(pool, lambda fb: fb.result.search_speedup or 0.0,
                     lambda fb: (fb.result.search_interval or (0.0, 0.0))[0])


@dataclass
class Outcome:
    """What a strategy found for one task."""

    best: Candidate | None  # None: nothing beat the baseline on the visible tests (answer: the baseline)
    best_visible: Result | None  # the best's result on the visible tests
    final: Result | None  # the answer's result on all tests (the baseline's when best is None)
    history: list[Feedback] = field(default_factory=list)  # every candidate judged, in order
    elapsed_s: float = 0.0
    strategy: str = ""
    rounds: int = 0  # rounds actually run
    stopped: str = ""  # why the search ended early ("time budget", "policy has nothing new"), "" otherwise
    confirmed: Result | None = None  # the best's timed result on the visible tests (None: untimed search)
    ceiling: dict[str, Any] | None = None  # the task's Amdahl ceilings (asmopt.ceiling), when timed
    confirmations: list[dict[str, Any]] = field(default_factory=list)  # every candidate timed, in order
    unconfirmed: bool = False  # candidates beat the baseline by the search cost, but time confirmed none
    search_cost: str = ""  # what candidates were ranked by on the visible tests ("time" or "instructions")

    @property
    def answer(self) -> Candidate | None:
        return self.best

    def summary(self) -> dict[str, Any]:
        """A JSON-ready account of the search (no assembly)."""
        return {
            "strategy": self.strategy,
            "candidates": len(self.history),
            "rounds": self.rounds,
            "elapsed_s": round(self.elapsed_s, 3),
            "stopped": self.stopped,
            "no_change": self.best is None,
            "best_meta": dict(self.best.meta) if self.best is not None else None,
            "search_cost": self.search_cost,
            "best_visible_speedup": self.best_visible.search_speedup if self.best_visible else None,
            "verdicts": [fb.result.verdict for fb in self.history],
            "visible_speedups": [fb.result.search_speedup for fb in self.history],
            "confirmations": self.confirmations,
            "ceiling": self.ceiling,
        }


Strategy = Callable[[Task, Policy, Verifier, Budget], Outcome]


class _Search:
    """Book-keeping shared by the strategies: clock, history, the best so far."""

    def __init__(self, name: str, verifier: Verifier, budget: Budget) -> None:
        self.name = name
        self.verifier = verifier
        self.budget = budget
        self.start = time.monotonic()
        self.history: list[Feedback] = []
        self.best: Candidate | None = None
        self.best_result: Result | None = None
        self.rounds = 0
        self.stopped = ""
        self.ceiling: Ceiling | None = None

    def hopeless(self, policy: Policy) -> bool:
        """Whether the task's ceiling for this policy's reach is below the noise threshold: then
        no gain could be confirmed in time, and the search stops before asking for anything.
        A ceiling that cannot be measured skips nothing (it is only an estimate)."""
        try:
            self.ceiling = self.verifier.ceiling()
        except AsmoptError:
            self.ceiling = None
        if self.ceiling is None:
            return False
        self.stopped = self.ceiling.reason(reach(policy), self.verifier.cfg.noise_threshold)
        return bool(self.stopped)

    def out_of_time(self) -> bool:
        if self.budget.seconds is not None and time.monotonic() - self.start >= self.budget.seconds:
            self.stopped = "time budget"
            return True
        return False

    def judge(self, cands: Sequence[Candidate], round_no: int) -> list[Feedback]:
        """Judge candidates on the visible tests (stamped with sample and round), keep the best."""
        fresh: list[Feedback] = []
        base = len(self.history)
        for i, cand in enumerate(cands):
            if self.out_of_time():
                break
            meta = {**cand.meta, "round": round_no, "sample": base + i + 1}
            cand = Candidate(cand.task_id or self.verifier.task.id, cand.asm, meta)
            result = self.verifier.visible(cand)
            fb = Feedback(cand, result)
            self.history.append(fb)
            fresh.append(fb)
        top = ranked(self.history)  # the same order confirmation tries them in
        self.best, self.best_result = (top[0].candidate, top[0].result) if top else (None, None)
        return fresh

    def observe(self, fresh: list[Feedback]) -> None:
        """Replace this round's feedback in the history with what the next round is shown."""
        for fb in fresh:
            i = next(k for k, h in enumerate(self.history) if h is fb)
            self.history[i] = self._observe(fb.candidate, fb.result)
            if self.out_of_time():
                break

    def _observe(self, cand: Candidate, result: Result) -> Feedback:
        """Feedback for the next round: a profile for a correct changed program, the
        failing test and its actual output for one that built but failed."""
        if result.verdict == "AC":
            prof = "" if result.identical else self.verifier.profile(cand)
            return Observed(cand, result, prof)
        if result.verdict == "CE":
            return Observed(cand, result)
        failing = next((o for o in result.tests if o.verdict not in ("AC", "skipped")), None)
        test = next((t for t in self.verifier.visible_task.tests if failing and t.name == failing.name), None)
        if test is None:
            return Observed(cand, result)
        return Observed(cand, result, failing_test=test, actual_output=self.verifier.output(cand, test))

    def confirm(self) -> tuple[Candidate | None, Result | None, Result | None, list[dict[str, Any]]]:
        """Time the best candidates (full protocol) on the visible tests, best first; the first that time
        confirms is the answer. Runs after the search, whatever its time budget: it decides
        what may be claimed, so it is never cut short."""
        tried: list[dict[str, Any]] = []
        for fb in ranked(self.history)[:CONFIRM_TRIES]:
            timed = self.verifier.confirm(fb.candidate)
            lo_hi = list(timed.speedup_wall_ci) if timed.speedup_wall_ci else None
            tried.append({"round": fb.candidate.meta.get("round"), "sample": fb.candidate.meta.get("sample"),
                          "speedup_search": fb.result.search_speedup, "search_cost": self.verifier.ranks_by,
                          "speedup_instr": instr_speedup(fb.result), "speedup_wall": timed.speedup_wall,
                          "ci": lo_hi, "p_value": timed.wall_p_value, "speedup_cpu": timed.speedup_cpu,
                          "confirmed": timed.significant, "measure_error": timed.measure_error})
            if timed.significant:
                return fb.candidate, fb.result, timed, tried
        return None, None, None, tried

    def outcome(self) -> Outcome:
        best, best_result, confirmed, tried = self.best, self.best_result, None, []
        if best is not None and self.verifier.cfg.timing:
            best, best_result, confirmed, tried = self.confirm()
        answer = best if best is not None else self.verifier.baseline
        final = self.verifier.final(answer) if self.verifier.wants_final else None
        return Outcome(best, best_result, final, self.history, time.monotonic() - self.start,
                       self.name, self.rounds, self.stopped, confirmed, confirmations=tried,
                       ceiling=self.ceiling.to_dict() if self.ceiling is not None else None,
                       unconfirmed=self.best is not None and best is None, search_cost=self.verifier.ranks_by)


def single(task: Task, policy: Policy, verifier: Verifier, budget: Budget = Budget(samples=1)) -> Outcome:
    """One sample (the paper's protocol), judged; kept only if it beats the baseline on visible tests."""
    search = _Search("single", verifier, budget)
    if not search.hopeless(policy) and not search.out_of_time():
        search.rounds = 1
        search.judge(policy.propose(verifier.task, 1, [])[:1], 1)
    return search.outcome()


def best_of_n(task: Task, policy: Policy, verifier: Verifier, budget: Budget = Budget()) -> Outcome:
    """N independent samples; the best on the visible tests wins, its verdict is reported on all tests."""
    search = _Search("best_of_n", verifier, budget)
    if not search.hopeless(policy) and not search.out_of_time():
        search.rounds = 1
        cands = policy.propose(verifier.task, budget.samples, [])[: budget.samples]
        if not cands:
            search.stopped = "policy has nothing new"
        search.judge(cands, 1)
    return search.outcome()


def refine(task: Task, policy: Policy, verifier: Verifier, budget: Budget = Budget(samples=1, rounds=4)) -> Outcome:
    """Rounds of proposals, each told what the harness found about the earlier ones.

    Each round the policy gets the whole history as `Observed` feedback:
    candidates with their visible results, a callgrind profile for correct
    changed ones, the first failing visible test and the program's actual output
    on it for wrong ones (the CE message is in the result). It proposes
    `budget.samples` more. Stops after `budget.rounds`, when time is up, or
    when the policy has nothing new to offer.
    """
    search = _Search("refine", verifier, budget)
    for round_no in range(1, 0 if search.hopeless(policy) else budget.rounds + 1):
        if search.out_of_time():
            break
        cands = policy.propose(verifier.task, budget.samples, list(search.history))[: budget.samples]
        if not cands:
            search.stopped = "policy has nothing new"
            break
        search.rounds = round_no
        fresh = search.judge(cands, round_no)
        if round_no < budget.rounds:
            # Profiles and failing outputs cost runs: gathered only when a next round will read them.
            search.observe(fresh)
    return search.outcome()


STRATEGIES: dict[str, Strategy] = {"single": single, "best_of_n": best_of_n, "refine": refine}


def get(name: str) -> Strategy:
    """A strategy by name; AsmoptError naming the known ones otherwise."""
    try:
        return STRATEGIES[name]
    except KeyError:
        raise AsmoptError(f"unknown strategy {name!r} (known: {', '.join(STRATEGIES)})") from None
