"""Generation: a policy over a dataset, written as a candidates JSONL file.

The hand-off between making candidates and judging them is a file (evalplus
style): `generate` appends one line per candidate, skips tasks already present
in the file (so a killed run resumes), and `asmopt eval` judges the file.
A `Maker` is a picklable function Task -> list[Candidate]; it runs in worker
processes, one task at a time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from pathlib import Path

from asmopt import cluster, datasets, jsonl
from asmopt.candidate import Candidate
from asmopt.errors import RecordError
from asmopt.task import Task

Maker = Callable[[Task], list[Candidate]]


@dataclass
class GenerateReport:
    """How a generation run went."""

    written: int = 0
    tasks_skipped: int = 0  # already in the file
    errors: list[str] = field(default_factory=list)


def done_tasks(path: Path) -> set[str]:
    """Task ids that already have a candidate line in `path` (a torn last line is ignored)."""
    if not path.exists():
        return set()
    return {obj["task_id"] for _, obj in jsonl.read(path)
            if not isinstance(obj, RecordError) and isinstance(obj.get("task_id"), str)}


def _line(cand: Candidate) -> str:
    return json.dumps({"task_id": cand.task_id, "asm": cand.asm, **cand.meta}, sort_keys=True) + "\n"


def generate(dataset_spec: str, make: Maker, out: Path, jobs: int = 1, *, split: str | None = None,
             progress: Callable[[int, int], None] | None = None, ray_address: str | None = None,
             unsafe: bool = False) -> GenerateReport:
    """Run `make` on every task of the dataset not yet in `out`, appending its candidates.

    With `ray_address`, tasks run on that Ray cluster's CPU nodes (`asmopt.cluster`).
    """
    dataset = datasets.load(dataset_spec, split=split)
    report = GenerateReport(errors=[str(e) for e in dataset.errors])
    done = done_tasks(out)
    todo = [t for tid, t in sorted(dataset.tasks.items()) if tid not in done]
    report.tasks_skipped = len(dataset.tasks) - len(todo)
    if progress:
        progress(0, len(todo))
    if not todo:
        return report
    out.parent.mkdir(parents=True, exist_ok=True)
    _trim_torn_line(out)
    with open(out, "a") as fh, cluster.pool(min(jobs, len(todo)), ray_address, unsafe=unsafe) as pool:
        pending: dict[Future, Task] = {pool.submit(make, t): t for t in todo}
        finished_count = 0
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    task = pending.pop(fut)
                    finished_count += 1
                    try:
                        cands = fut.result()
                    except Exception as exc:  # one task's failure must not lose the others
                        report.errors.append(f"task {task.id}: {type(exc).__name__}: {exc}")
                        continue
                    # One write per task, flushed: a kill leaves whole tasks or a torn last line.
                    fh.write("".join(_line(c) for c in cands))
                    fh.flush()
                    os.fsync(fh.fileno())
                    report.written += len(cands)
                    if progress:
                        progress(finished_count, len(todo))
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return report


def _trim_torn_line(path: Path) -> None:
    """Drop a partial last line left by a killed run, so appending starts on a fresh line."""
    if not path.exists() or path.stat().st_size == 0:
        return
    data = path.read_bytes()
    if not data.endswith(b"\n"):
        # Truncate in place: rewriting the file would lose it all if killed mid-write.
        with open(path, "rb+") as f:
            f.truncate(data.rfind(b"\n") + 1)
            f.flush()
            os.fsync(f.fileno())
