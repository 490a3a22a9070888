"""Per-program files of a report: C source, baseline, best candidate and its diff.

Results carry only task ids and candidate line numbers, so the texts come
from the dataset (source, baseline) and from each policy's candidates file
(the best candidate's assembly, found by its `index`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.report.aggregate import Best
from asmopt.report.load import Policy, safe_name
from asmopt.task import Task

MAX_NOTES = 20  # per kind of problem: enough to see the pattern without drowning the report


@dataclass
class ProgramFiles:
    """Relative hrefs (from the report folder) of one program's files; None where not written."""

    source: str | None = None
    baseline: str | None = None
    best: dict[str, str] = field(default_factory=dict)  # policy name -> best candidate's asm
    diff: dict[str, str] = field(default_factory=dict)  # policy name -> unified diff vs baseline


def _add_notes(notes: list[str], lines: list[str], what: str) -> None:
    notes.extend(lines[:MAX_NOTES])
    if len(lines) > MAX_NOTES:
        notes.append(f"... and {len(lines) - MAX_NOTES} more {what}")


def load_tasks(spec: str, needed: set[str], notes: list[str]) -> dict[str, Task]:
    """The dataset's tasks that the results mention, each with a baseline (made if missing)."""
    from asmopt import datasets, toolchain

    dataset = datasets.load(spec)
    _add_notes(notes, [f"dataset: {e}" for e in dataset.errors], "dataset errors")
    tasks: dict[str, Task] = {}
    missing: list[str] = []
    for tid in sorted(needed):
        task = dataset.tasks.get(tid)
        if task is None:
            missing.append(tid)
            continue
        try:
            # Only tasks lacking a shipped baseline pay for a compile.
            task = toolchain.with_baseline(task)
        except AsmoptError as exc:
            notes.append(f"task {tid!r}: cannot make its baseline ({exc})")
        tasks[tid] = task
    if missing:
        shown = ", ".join(repr(t) for t in missing[:MAX_NOTES])
        more = f" and {len(missing) - MAX_NOTES} more" if len(missing) > MAX_NOTES else ""
        notes.append(f"{len(missing)} task(s) of the results are not in dataset {spec!r}, so their source "
                     f"and baseline are not linked: {shown}{more}")
    return tasks


def load_candidates(path: Path, known: set[str], notes: list[str]) -> dict[int, Candidate]:
    """Candidates of one file by 1-based line number (what a result's `index` names)."""
    from asmopt.batch import read_candidates

    good, errors = read_candidates(path, known)
    _add_notes(notes, [f"candidates: {e}" for e in errors], f"problems in {path}")
    return dict(good)


def _href(*parts: str) -> str:
    return "/".join(quote(p) for p in parts)


def _diff(baseline: str, candidate: str, name: str) -> str:
    lines = difflib.unified_diff(baseline.splitlines(), candidate.splitlines(),
                                 fromfile="baseline.s", tofile=name, lineterm="")
    text = "\n".join(lines)
    # An empty file reads as a broken link in a browser; say why it is empty instead.
    return text + "\n" if text else "(no difference: this candidate is the baseline)\n"


def write_programs(out_dir: Path, policies: list[Policy], bests: dict[str, dict[str, Best]],
                   tasks: dict[str, Task] | None, candidates: list[dict[int, Candidate] | None],
                   notes: list[str]) -> dict[str, ProgramFiles]:
    """Write programs/<task>/... under out_dir; return the hrefs by task id."""
    files: dict[str, ProgramFiles] = {}
    all_tasks = sorted({tid for per in bests.values() for tid in per})
    mismatched: list[str] = []
    for tid in all_tasks:
        pf = ProgramFiles()
        folder_name = safe_name(tid)
        folder = out_dir / "programs" / folder_name
        task = (tasks or {}).get(tid)
        baseline = task.baseline.asm if task is not None and task.baseline is not None else None
        if task is not None:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "prog.c").write_text(task.c_source)
            pf.source = _href("programs", folder_name, "prog.c")
            if baseline is not None:
                (folder / "baseline.s").write_text(baseline)
                pf.baseline = _href("programs", folder_name, "baseline.s")
        for policy, cands in zip(policies, candidates, strict=True):
            best = bests[policy.name].get(tid)
            if cands is None or best is None:
                continue
            index = best.record.get("index")
            cand = cands.get(index) if isinstance(index, int) else None
            if cand is None or cand.task_id != tid:
                mismatched.append(f"{policy.name}: {tid!r}: the best result's index {index!r} names no "
                                  f"candidate for this task in the candidates file")
                continue
            # One policy keeps the plain names; several need one file each.
            stem = "best" if len(policies) == 1 else f"best-{policy.slug}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{stem}.s").write_text(cand.asm)
            pf.best[policy.name] = _href("programs", folder_name, f"{stem}.s")
            if baseline is not None:
                (folder / f"{stem}.diff").write_text(_diff(baseline, cand.asm, f"{stem}.s"))
                pf.diff[policy.name] = _href("programs", folder_name, f"{stem}.diff")
        files[tid] = pf
    _add_notes(notes, mismatched, "results not matching their candidates file")
    return files
