"""How often a pair that does the same work is called faster (`asmopt bench gate`).

Our claims rest on the timing gate (interleaved rounds, a signed-rank test, a
minimum effect, an interval above 1, CPU time not worse); the SuperCoder
paper's rest on a clipped mean of per-test mean ratios. This measures both on
pairs whose candidate executes exactly the baseline's instructions:

* `copy`: the baseline's binary against a byte-identical copy (A/A). Whatever
  gain a protocol reads here is noise: for our gate its false-positive rate,
  for the paper's protocol the bias that clipping adds to every program.
* `shift:N`: the baseline's assembly with N bytes of never-executed code
  placed before its functions (`asmopt.layout.shifted`), so every function
  and loop moves (by N rounded up to the sections' 16-byte alignment). Same
  instructions, other addresses: a gain here is noise or a real effect of
  code alignment, which no rewrite earned (the padding trap's lesson).

With `placements` > 1 our protocol cycles both programs through that many
code placements (`asmopt.layout`), to see whether averaging over where the
code lands keeps alignment luck out of the gate.

Each pair is timed with the strict protocol on the task's timed tests and with
the paper's protocol on the paper's tests (the first 10). Rows are appended to
a JSONL file as they are measured, keyed by pair, program, placements and
CPU, so a killed run resumes. It times: run it alone on a quiet machine.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from asmopt import cache, datasets, jsonl, layout, toolchain
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig, Prepared, evaluate, prepare
from asmopt.measure import mca
from asmopt.measure import timing as walltime
from asmopt.task import Task

#: Default shifts, bytes: one moves code by half a 32-byte fetch block, the other by 48 (a 64-byte line's rest).
SHIFTS = (16, 48)
_VERSION = "gate-v1"


@dataclass(frozen=True)
class GatePair:
    """A task's baseline against a candidate doing the same work: a copy, or the code shifted."""

    task: Task
    kind: str  # "copy" or "shift:N"

    @property
    def id(self) -> str:
        return f"{self.task.id}/{self.kind}"


def pairs(dataset: str = "builtin", split: str | None = "test", programs: Sequence[str] | None = None,
          shifts: Sequence[int] = SHIFTS, copy: bool = True, unsafe: bool = False) -> Iterator[GatePair]:
    """The pairs, program by program (sorted by name unless `programs` orders them)."""
    tasks = datasets.load(dataset, split=split).tasks
    unknown = [p for p in programs or () if p not in tasks]
    if unknown:
        raise AsmoptError(f"no program {', '.join(unknown)} in dataset {dataset!r}"
                          + (f" (split {split})" if split else ""))
    kinds = (["copy"] if copy else []) + [f"shift:{n}" for n in shifts]
    if not kinds:
        raise AsmoptError("nothing to measure: no copy and no shift")
    for name in sorted(tasks) if programs is None else programs:
        task = toolchain.with_baseline(tasks[name], unsafe=unsafe)
        for kind in kinds:
            yield GatePair(task, kind)


def row_key(pair: GatePair, placements: int = 1) -> str:
    """What resuming matches on: the pair, the baseline's text, the placements and the machine's CPU."""
    assert pair.task.baseline is not None
    return cache.digest(_VERSION, pair.id, pair.task.baseline.asm, mca.host_cpu(), str(placements))


def _row(pair: GatePair, placements: int) -> dict[str, Any]:
    return {"pair": pair.id, "task_id": pair.task.id, "kind": pair.kind, "placements": placements,
            "cpu": mca.host_cpu()}


def measure(pair: GatePair, cfg: EvalConfig, prep: Prepared | None = None, placements: int = 1) -> dict[str, Any]:
    """One pair timed by both protocols. A JSON-ready row; `error` says why it has no numbers."""
    assert pair.task.baseline is not None
    base_asm = pair.task.baseline.asm
    row = _row(pair, placements)
    prep = prep or prepare(pair.task, cfg)
    runner = walltime.sandbox_runner(cfg.limits, cfg.unsafe)
    offset = 0 if pair.kind == "copy" else int(pair.kind.split(":", 1)[1])
    with tempfile.TemporaryDirectory(prefix="asmopt-gate-") as tmp:
        if offset:
            # Judged on every test first: a shift that broke the program would time a different one.
            asm = layout.shifted(base_asm, offset)
            judged = evaluate(prep, Candidate(pair.task.id, asm), replace(cfg, timing=False, instructions=False))
            row["verdict"] = judged.verdict
            if judged.verdict != "AC":
                row["error"] = f"the shifted program is {judged.verdict}: {judged.message[:200]}"
                return row
        with walltime.busy():
            bases = layout.binaries(base_asm, placements, unsafe=cfg.unsafe)
            built = layout.binaries(base_asm, placements, offset, unsafe=cfg.unsafe)
        # Each candidate a file of its own (a copy is the same bytes under another name).
        cands = []
        for i, b in enumerate(built):
            cands.append(Path(tmp) / f"cand-{i}")
            shutil.copy2(b, cands[-1])
        timed = [prep.tests[i] for i in prep.timed]
        paper_tests = replace(cfg, metric="paper").tests_of(pair.task)
        try:
            with walltime.exclusive():
                strict = walltime.interleaved(prep.binary, cands[0], [t.input for t in timed], runner, cfg.timing_cfg,
                                              list(zip(bases, cands)) if placements > 1 else ())
                paper = walltime.paper(prep.binary, cands[0], [t.input for t in paper_tests], runner)
        except walltime.TimingError as exc:
            row["error"] = f"timing: {exc}"[:300]
            return row
    row["strict"] = {**strict.to_dict(), "claimed": strict.confirmed, "tests": [t.name for t in timed]}
    row["paper"] = {"speedup": paper.speedup, "per_test": paper.per_test, "tests": len(paper_tests)}
    return row


def run(pair_list: Iterator[GatePair], out: Path, cfg: EvalConfig,
        progress: Callable[[str, int], None] | None = None, placements: int = 1) -> list[dict[str, Any]]:
    """Measure every pair not already in `out` (appended and fsync'd row by row); all rows."""
    done = jsonl.by_key(out)
    rows = []
    prep: Prepared | None = None  # one program at a time: pairs come grouped by program
    for n, pair in enumerate(pair_list, start=1):
        if progress is not None:
            progress(pair.id, n)
        key = row_key(pair, placements)
        if key not in done:
            try:
                if prep is None or prep.task.id != pair.task.id:
                    prep = prepare(pair.task, cfg)
                row = measure(pair, cfg, prep, placements)
            except AsmoptError as exc:  # the baseline itself is unusable, or its start-up floor failed
                row = {**_row(pair, placements), "error": str(exc).splitlines()[0][:300]}
            done[key] = {"key": key, **row}
            jsonl.append(out, done[key])
        rows.append(done[key])
    return rows


@dataclass
class KindStats:
    """What each protocol made of one kind of pair."""

    kind: str  # "copy" or "shift:N", and "@P placements" when our protocol cycled through P of them
    pairs: int  # timed by both protocols
    errors: int
    claimed: int  # our gate called the candidate faster
    strict_median: float | None  # median of the pairs' wall ratios
    strict_min: float | None
    strict_max: float | None
    paper_mean: float | None  # mean of the paper's clipped speedups: what its headline average adds
    paper_above_1: int  # the paper's protocol reads a gain (> 1.0)
    paper_above_102: int  # ... of at least 2%
    paper_max: float | None


def _group_order(group: tuple[str, int]) -> tuple[int, int, int]:
    kind, placements = group
    return (placements, 0, 0) if kind == "copy" else (placements, 1, int(kind.split(":", 1)[1]))


def stats(rows: Sequence[dict[str, Any]]) -> list[KindStats]:
    """Per kind of pair and number of placements (copy first, then shifts by size)."""
    table = []
    groups = {(r["kind"], r.get("placements", 1)) for r in rows}
    for kind, placements in sorted(groups, key=_group_order):
        mine = [r for r in rows if r["kind"] == kind and r.get("placements", 1) == placements]
        ok = [r for r in mine if "strict" in r and "paper" in r]
        ratios = [r["strict"]["speedup_wall"] for r in ok]
        papers = [r["paper"]["speedup"] for r in ok]
        table.append(KindStats(
            kind=kind if placements == 1 else f"{kind} @{placements} placements", pairs=len(ok),
            errors=len(mine) - len(ok),
            claimed=sum(bool(r["strict"]["claimed"]) for r in ok),
            strict_median=statistics.median(ratios) if ratios else None,
            strict_min=min(ratios, default=None), strict_max=max(ratios, default=None),
            paper_mean=statistics.fmean(papers) if papers else None,
            paper_above_1=sum(p > 1.0 for p in papers), paper_above_102=sum(p >= 1.02 for p in papers),
            paper_max=max(papers, default=None)))
    return table
