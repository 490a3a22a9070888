"""Baselines: the compiler settings a user would pick instead of a model, judged as policies.

For each setting of `policies.compiler.BASELINES` (clang only when installed):
generate its candidates for every task, judge them with the same harness as any
policy (`asmopt eval`), and summarise against the task's gcc -O3 baseline. All
files land in one folder, so a killed run resumes and `asmopt report` can draw
the results:

    OUT/<setting>.candidates.jsonl    # one candidate per task
    OUT/<setting>.results.jsonl       # one result per candidate
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asmopt import jsonl
from asmopt.batch import run_batch
from asmopt.candidate import Candidate
from asmopt.errors import RecordError
from asmopt.evaluate import EvalConfig
from asmopt.generate import generate
from asmopt.policies.compiler import BASELINES, Setting, candidate
from asmopt.report.metrics import measured_speedup, summarize, wrong_on_hidden
from asmopt.task import Task


@dataclass
class BaselineRow:
    """One setting's figures over a dataset."""

    setting: str
    command: str
    tasks: int
    compiled: float  # share of tasks whose assembly builds
    correct: float  # share AC on all tests, hidden included
    wrong_hidden: int  # AC on every visible test but failed a hidden one
    instr_geomean: float | None  # geometric mean of measured instruction speedups (AC and measured only)
    instr_measured: int
    strict_instr_geomean: float | None  # paper-comparable: not AC / not significant count 1.0
    wall_geomean: float | None = None
    strict_wall_geomean: float | None = None
    errors: list[str] = field(default_factory=list)


def _make(setting: Setting, unsafe: bool, task: Task) -> list[Candidate]:
    return [candidate(task, setting, unsafe=unsafe)]


def geomean_measured(records: list[dict[str, Any]], key: str) -> tuple[float | None, int]:
    """Geometric mean of `key` over AC records where it was measured, and how many those are."""
    values = [v for r in records if r.get("verdict") == "AC" and (v := measured_speedup(r.get(key))) is not None]
    if not values:
        return None, 0
    return math.exp(sum(math.log(v) for v in values) / len(values)), len(values)


def run_setting(dataset: str, setting: Setting, out_dir: Path, cfg: EvalConfig, jobs: int,
                progress: Callable[[str, int, int], None] | None = None, *, split: str | None = None,
                ray_address: str | None = None) -> BaselineRow:
    """Generate, judge and summarise one setting; resumes from files already in `out_dir`.

    With `split`, candidates are made for that split's tasks only (and so judged only there).
    With `ray_address`, both steps run on that Ray cluster (`asmopt.cluster`).
    """
    cands = out_dir / f"{setting.name}.candidates.jsonl"
    results = out_dir / f"{setting.name}.results.jsonl"
    gen = generate(dataset, functools.partial(_make, setting, cfg.unsafe), cands, jobs, split=split,
                   progress=(lambda d, t: progress(f"{setting.name}: compile", d, t)) if progress else None,
                   ray_address=ray_address, unsafe=cfg.unsafe)
    batch = run_batch(dataset, cands, results, cfg, jobs,
                      progress=(lambda d, t: progress(f"{setting.name}: judge", d, t)) if progress else None,
                      ray_address=ray_address)
    records = [r for _, r in jsonl.read(results) if not isinstance(r, RecordError)]
    row = BaselineRow(setting.name, setting.describe(), len(records), 0.0, 0.0, 0, None, 0, None,
                      errors=gen.errors + batch.errors)
    if not records:
        return row
    summary = summarize(records)
    row.compiled, row.correct = summary.compile_rate, summary.pass_rate
    row.wrong_hidden = sum(wrong_on_hidden(r) for r in records)
    row.instr_geomean, row.instr_measured = geomean_measured(records, "speedup_instr")
    row.strict_instr_geomean = summary.strict_instr.geomean if summary.strict_instr else None
    row.wall_geomean, _ = geomean_measured(records, "speedup_wall")
    row.strict_wall_geomean = summary.strict_wall.geomean if summary.strict_wall else None
    return row


def settings(names: list[str] | None = None) -> tuple[list[Setting], list[str]]:
    """The baseline settings to run (by name, default all) and notes on those skipped."""
    known = {s.name: s for s in BASELINES}
    chosen = [known[n] for n in names] if names else list(BASELINES)
    notes = [f"{s.name}: skipped, {s.compiler} is not installed" for s in chosen if not s.available]
    return [s for s in chosen if s.available], notes
