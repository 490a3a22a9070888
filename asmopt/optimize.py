"""Optimize: one program, a policy and a strategy, the best verified assembly written out.

`asmopt optimize prog.c --tests DIR` is the tool use of the one flow:

1. The task: the program (C, whose baseline is `gcc -O3 -S`; or an assembly
   file, which is then itself the baseline and there is no C source) and its
   tests. DIR holds NAME.in files with NAME.out beside them; an .in without an
   .out is differential testing: its expected output is what the baseline
   prints on it (run in the sandbox). When DIR has `tests/` and `hidden/`
   subfolders those are the visible and hidden tests; otherwise a fixed share of
   the tests (half by default), picked by a hash of their names, is hidden, so
   the tests that select a candidate are not the ones that judge it.
2. The search: a strategy (`asmopt.strategies`) drives the policy, seeing only
   the visible tests.
3. The answer: the best candidates on the visible tests are timed there, best
   first, and the first whose gain measured time confirms is judged on all
   tests (timed again on their stress tests). It is written only when it is
   correct on every test and time confirms its gain there too; otherwise the
   output file is the baseline ("no change", "not confirmed in time", or "the
   best candidate failed a hidden test"), and the record says why. With
   `--no-timing` the best by instructions is written when correct on all tests
   and clearly fewer instructions, labelled "instructions only: not confirmed
   in time".

The same policy and strategy run over a whole dataset with `generate_for_task`
(used by `asmopt eval --policy`).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asmopt import toolchain
from asmopt.candidate import Candidate
from asmopt.diff import DiffSummary, diff_summary
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.inputs import Inputs
from asmopt.policies import Feedback, Policy
from asmopt.policies.spec import PolicySpec
from asmopt.report.metrics import INSTRUCTIONS_ONLY
from asmopt.result import Result
from asmopt.strategies import STRATEGIES, Budget, Outcome, Verifier, instr_speedup
from asmopt.task import Task

# --- the run ----------------------------------------------------------------------------------


@dataclass
class Optimized:
    """The answer of `optimize` and everything the report and the JSON record need."""

    inputs: Inputs
    outcome: Outcome
    answer: Candidate  # what is written (the baseline when nothing qualified)
    final: Result  # the answer's result on all tests
    kept: bool  # True when the answer is a new program
    reason: str  # why the baseline was kept, "" when kept is True
    diff: DiffSummary
    best_final: Result | None = None  # the best candidate's result on all tests (also when rejected)


class _Watched:
    """A policy that reports when it is asked (for the progress display)."""

    def __init__(self, policy: Policy, on_propose: Callable[[int, int], None]) -> None:
        self.policy = policy
        self.name = policy.name
        self.on_propose = on_propose
        self.calls = 0

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        self.calls += 1
        self.on_propose(self.calls, n)
        return self.policy.propose(task, n, history)


def optimize(inputs: Inputs, policy: Policy, strategy: str, budget: Budget, cfg: EvalConfig, *,
             on_propose: Callable[[int, int], None] | None = None,
             on_result: Callable[[Candidate, Result], None] | None = None) -> Optimized:
    """Run the search on the task's visible tests and decide what to write."""
    if strategy not in STRATEGIES:
        raise AsmoptError(f"unknown strategy {strategy!r} (known: {', '.join(STRATEGIES)})")
    verifier = Verifier(inputs.task, cfg, on_result=on_result)
    watched = _Watched(policy, on_propose or (lambda _r, _n: None))
    outcome = STRATEGIES[strategy](verifier.task, watched, verifier, budget)
    baseline = verifier.baseline
    assert outcome.final is not None
    if outcome.best is None:
        answer, final, kept = baseline, outcome.final, False
        reason = (_unconfirmed(outcome) if outcome.unconfirmed
                  else "no candidate beat the baseline on the visible tests")
        best_final = None
    else:
        best_final = outcome.final
        if best_final.verdict != "AC":
            reason = f"the best candidate on the visible tests fails on all tests: {best_final.verdict} " \
                     f"({best_final.message})"
        elif cfg.timing and not best_final.significant:
            reason = "the best candidate's gain is not confirmed in time on all tests " \
                     f"({_wall(best_final)}; instructions {_x(instr_speedup(best_final))})"
        elif not cfg.timing and not best_final.instr_gain:
            reason = "the best candidate's instruction count on all tests is not clearly lower " \
                     f"(instruction speedup {_x(instr_speedup(best_final))})"
        else:
            reason = ""
        kept = not reason
        answer = outcome.best if kept else baseline
        final = best_final if kept else verifier.final(baseline)
    diff = diff_summary(baseline.asm, answer.asm)
    return Optimized(inputs, outcome, answer, final, kept, reason, diff, best_final)


def _x(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}x"


def _wall(r: Result) -> str:
    """The measured wall speedup with its interval, or why there is none."""
    if r.measure_error:
        return f"not measured: {r.measure_error}"
    if r.speedup_wall is None:
        return "wall time not measured"
    ci = f" [{r.speedup_wall_ci[0]:.3f}, {r.speedup_wall_ci[1]:.3f}]" if r.speedup_wall_ci else ""
    p = f", p={r.wall_p_value:.4f}" if r.wall_p_value is not None else ""
    return f"wall {r.speedup_wall:.3f}x{ci}{p}"


def _unconfirmed(outcome: Outcome) -> str:
    tried = outcome.confirmations
    best = tried[0] if tried else {}
    wall = best.get("speedup_wall")
    what = (f"best: instructions {_x(best.get('speedup_instr'))}, wall {_x(wall)}"
            + (f" [{best['ci'][0]:.3f}, {best['ci'][1]:.3f}]" if best.get("ci") else "")
            + (f", {best['measure_error']}" if best.get("measure_error") else ""))
    return (f"no candidate's gain was confirmed in time on the visible tests ({len(tried)} timed; {what})")


def record(opt: Optimized, policy: PolicySpec, strategy: str, budget: Budget, out_asm: Path) -> dict[str, Any]:
    """The JSON record written beside the assembly."""
    task = opt.inputs.task
    return {
        "program": str(opt.inputs.program.path),
        "task_id": task.id,
        "output": str(out_asm),
        "kept": opt.kept,
        "reason": opt.reason,
        **policy.describe(),
        "strategy": strategy,
        "budget": dataclasses.asdict(budget),
        "tests": {"visible": len(task.visible_tests), "hidden": len(task.hidden_tests),
                  "differential": opt.inputs.differential},
        "notes": opt.inputs.notes,
        "diff": dataclasses.asdict(opt.diff),
        "outcome": opt.outcome.summary(),
        "final": opt.final.to_dict(),
        "best_final": opt.best_final.to_dict() if opt.best_final is not None and not opt.kept else None,
    }


def report(opt: Optimized, timing: bool) -> list[str]:
    """The short human report: verdict on all tests, speedups, where the gain came from."""
    f, o = opt.final, opt.outcome
    lines = [f"searched: {len(o.history)} candidates in {o.rounds} round(s), {o.elapsed_s:.1f} s"
             + (f" (stopped: {o.stopped})" if o.stopped else "")]
    for note in opt.inputs.notes:
        lines.append(f"note: {note}")
    shown = opt.best_final if opt.best_final is not None else f
    lines.append(f"verdict on all tests: {shown.verdict} ({shown.tests_passed}/{shown.tests_total} passed; "
                 f"{len(opt.inputs.task.visible_tests)} visible, {len(opt.inputs.task.hidden_tests)} hidden)")
    if o.ceiling is not None:
        c = o.ceiling
        lines.append(f"ceiling on the visible timed tests: own code {c['own']:.3f}x (compiler settings and rewrites "
                     f"reach at most this), above the start-up floor {c['above_floor']:.3f}x "
                     f"({c['time_s'] * 1e3:.1f} ms measured, floor {c['floor_s'] * 1e3:.1f} ms; own share by "
                     f"{c['basis']})")
    if o.history:
        ranked_by = ("measured time (short protocol: 1 warm-up, 5 rounds)" if o.search_cost == "time"
                     else "instruction counts (not time)")
        lines.append(f"ranked by: {ranked_by} on the visible tests")
    for c in o.confirmations:
        search = (f"short-timed wall {_x(c.get('speedup_search'))}" if c.get("search_cost") == "time"
                  else f"instructions {_x(c.get('speedup_instr'))}")
        lines.append(f"timed on the visible tests (round {c.get('round')}, sample {c.get('sample')}): "
                     f"{search}, wall {_x(c.get('speedup_wall'))}"
                     + (f" [{c['ci'][0]:.3f}, {c['ci'][1]:.3f}]" if c.get("ci") else "")
                     + (f", {c['measure_error']}" if c.get("measure_error") else "")
                     + f": {'confirmed' if c.get('confirmed') else 'not confirmed'}")
    if opt.best_final is not None:
        if timing:
            timed = f" on {', '.join(shown.timed_tests)}" if shown.timed_tests else ""
            lines.append(f"wall speedup{timed}: {_wall(shown)}"
                         + (f"; CPU {shown.speedup_cpu:.3f}x" if shown.speedup_cpu is not None else ""))
        lines.append(f"instruction speedup (a diagnostic, not speed): {_x(instr_speedup(shown))}"
                     + (f" (net of start-up: {_x(shown.speedup_instr_net)})" if shown.speedup_instr_net else "")
                     + (f"; on the visible tests: {_x(instr_speedup(o.best_visible))}"
                        if instr_speedup(o.best_visible) is not None else ""))
        if timing:
            lines.append(f"confirmed faster in time: {'yes' if shown.significant else 'no'}")
        else:
            lines.append(INSTRUCTIONS_ONLY)
        best_meta = o.best.meta if o.best is not None else {}
        origin = ", ".join(f"{k}={best_meta[k]}" for k in ("policy", "setting", "model", "round", "sample")
                           if k in best_meta)
        if origin:
            lines.append(f"from: {origin}")
        lines.append(f"change: {diff_summary(opt.inputs.task.baseline.asm, o.best.asm).describe()}"
                     if o.best is not None and opt.inputs.task.baseline else "change: -")
    if opt.kept and timing:
        lines.append("result: a faster program (confirmed in measured time), correct on all tests")
    elif opt.kept:
        lines.append("result: fewer instructions, correct on all tests; instructions only: not confirmed in time")
    else:
        lines.append(f"result: no change, the output is the baseline ({opt.reason})")
    return lines


def default_output(program: Path) -> Path:
    return program.with_name(program.stem + ".opt.s")


def write(opt: Optimized, rec: dict[str, Any], out_asm: Path) -> Path:
    """Write the assembly and its JSON record (`NAME.json` beside `NAME.s`); returns the record's path."""
    out_asm.parent.mkdir(parents=True, exist_ok=True)
    out_asm.write_text(opt.answer.asm)
    out_json = out_asm.with_suffix(".json")
    out_json.write_text(json.dumps(rec, indent=2, sort_keys=True) + "\n")
    return out_json


# --- over a dataset (asmopt eval --policy) -----------------------------------------------------


@dataclass(frozen=True)
class GenerationSpec:
    """Everything a worker needs to run a policy and strategy on one task (picklable)."""

    policy: PolicySpec
    strategy: str = "single"
    budget: Budget = Budget(samples=1)
    cfg: EvalConfig = EvalConfig()

    def describe(self) -> dict[str, Any]:
        # Whether answers were confirmed in time changes which answer is chosen: part of the record.
        return {**self.policy.describe(), "strategy": self.strategy, "budget": dataclasses.asdict(self.budget),
                "confirm_in_time": self.cfg.timing, "search_cost": self.cfg.ranks_by}


_POLICIES: dict[PolicySpec, Policy] = {}  # one per worker process (a local model is loaded once)


def generate_for_task(spec: GenerationSpec, task: Task) -> list[Candidate]:
    """Every candidate the strategy made for `task`, exactly one of them marked `selected` (the answer).

    single: the one sample is the answer, right or wrong (the paper's protocol).
    best_of_n / refine: candidates judged on the visible tests; the answer is the
    best of them, or the baseline (`no_change`) when none beats it.
    """
    if spec.policy not in _POLICIES:
        _POLICIES[spec.policy] = spec.policy.build()
    policy = _POLICIES[spec.policy]
    task = toolchain.with_baseline(task, unsafe=spec.cfg.unsafe)
    assert task.baseline is not None
    baseline = Candidate(task.id, task.baseline.asm, {"policy": "baseline"})
    if spec.strategy == "single":
        cands = policy.propose(task, 1, [])[:1]
        if not cands:
            return [Candidate(task.id, baseline.asm, {**baseline.meta, "selected": True, "no_change": True,
                                                      "strategy": "single", "note": "the policy proposed nothing"})]
        c = cands[0]
        return [Candidate(task.id, c.asm, {**c.meta, "round": 1, "sample": 1, "selected": True,
                                           "strategy": "single"})]
    if spec.strategy not in STRATEGIES:
        raise AsmoptError(f"unknown strategy {spec.strategy!r} (known: {', '.join(STRATEGIES)})")
    # The answer is judged on all tests by the caller (`asmopt eval`): no final judgement here.
    verifier = Verifier(task, spec.cfg, final=False)
    outcome = STRATEGIES[spec.strategy](task, policy, verifier, spec.budget)
    usage = {k: sum(fb.candidate.meta.get(k) or 0 for fb in outcome.history)
             for k in ("prompt_tokens", "completion_tokens")}
    search = {"strategy": spec.strategy, "search_cost": outcome.search_cost,
              "candidates": len(outcome.history), "rounds": outcome.rounds,
              "elapsed_s": round(outcome.elapsed_s, 3), **{f"search_{k}": v for k, v in usage.items()}}
    if outcome.confirmations:
        search["confirmations"] = outcome.confirmations
    if outcome.ceiling is not None:
        search["ceiling"] = outcome.ceiling
    if outcome.stopped:
        search["stopped"] = outcome.stopped
    out = []
    for fb in outcome.history:
        meta = {**fb.candidate.meta, "strategy": spec.strategy, "visible_verdict": fb.result.verdict,
                "visible_speedup": fb.result.search_speedup, "visible_speedup_instr": instr_speedup(fb.result),
                "selected": fb.candidate is outcome.best}
        if fb.candidate is outcome.best:
            meta.update(search)
        out.append(Candidate(task.id, fb.candidate.asm, meta))
    if outcome.best is None:
        out.append(Candidate(task.id, baseline.asm, {**baseline.meta, "selected": True, "no_change": True,
                                                     **({"unconfirmed": True} if outcome.unconfirmed else {}),
                                                     **search}))
    return out


def answers(candidates: Path, dest: Path) -> int:
    """Write the selected candidate of each task (in file order) to `dest`; returns how many.

    The candidates file only grows by whole tasks, so each answer keeps its line
    number from one run to the next and judging the answers file resumes.
    """
    from asmopt import jsonl
    from asmopt.errors import RecordError

    lines = []
    for _, obj in jsonl.read(candidates):
        if not isinstance(obj, RecordError) and obj.get("selected") is True:
            lines.append(json.dumps(obj, sort_keys=True) + "\n")
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.write_text("".join(lines))
    tmp.replace(dest)
    return len(lines)
