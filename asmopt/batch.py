"""Batch: judge a file of candidates against a dataset, in parallel, resumably.

The main process reads the inputs, hands candidates to worker processes, and
appends each result to the store the moment it arrives, so a killed run loses
nothing and a restarted one does only what is left. Baselines are prepared
first, one task per job, so no two workers measure the same baseline.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path

from asmopt import candidate as candidate_mod
from asmopt import cluster
from asmopt import datasets, jsonl
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError, RecordError
from asmopt.evaluate import EvalConfig, Prepared, TaskError, evaluate, prepare
from asmopt.store import ResultStore, candidate_key
from asmopt.task import Task


@dataclass
class BatchReport:
    """What a batch did: how many results were written or already there, and what failed."""

    written: int = 0
    skipped: int = 0
    outside_split: int = 0  # candidates for tasks of the dataset that are not in the chosen split
    errors: list[str] = field(default_factory=list)


def read_candidates(path: Path, known_tasks: Iterable[str]) -> tuple[list[tuple[int, Candidate]], list[str]]:
    """Candidates by line number, and one error line per unusable record."""
    known = set(known_tasks)
    good: list[tuple[int, Candidate]] = []
    errors: list[str] = []
    for number, obj in jsonl.read(path):
        where = f"{path}:{number}"
        if isinstance(obj, RecordError):
            errors.append(str(obj))
            continue
        try:
            cand = candidate_mod.parse(obj, where)
        except RecordError as exc:
            errors.append(str(exc))
            continue
        if cand.task_id not in known:
            errors.append(f"{where}: unknown task id {cand.task_id!r}")
            continue
        if not cand.asm.strip():
            errors.append(f"{where}: candidate for {cand.task_id!r} has empty assembly (judged as CE)")
        good.append((number, cand))
    return good, errors


def settings_of(cfg: EvalConfig) -> str:
    """The settings that change a result: part of each result's key."""
    return json.dumps(asdict(cfg), sort_keys=True, default=str)


# Worker-process state: the dataset and prepared baselines, loaded once per process.
_WORKER: dict = {}


def _init_worker(dataset: str | dict[str, Task], cfg: EvalConfig, local: bool = True) -> None:
    if local:
        # Ctrl-C is the main process's to handle: it stops handing out work and keeps what is
        # written. (A Ray worker's signals are Ray's.)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A Ray worker gets the tasks themselves: the dataset's files need not exist on its node.
    _WORKER["tasks"] = datasets.load(dataset).tasks if isinstance(dataset, str) else dataset
    _WORKER["cfg"] = cfg
    _WORKER["prepared"] = {}


def _prepare(task_id: str) -> Prepared | TaskError:
    try:
        return prepare(_WORKER["tasks"][task_id], _WORKER["cfg"])
    except TaskError as exc:
        return exc


def _prepared(task_id: str) -> Prepared:
    cache = _WORKER["prepared"]
    if task_id not in cache:
        # On Ray, once per node: the node's other workers get this worker's preparation.
        cache[task_id] = cluster.once_per_node(f"prepared:{task_id}", lambda: _prepare(task_id))
    hit = cache[task_id]
    if isinstance(hit, TaskError):
        raise hit
    return hit


def _prepare_job(task_id: str) -> None:
    _prepared(task_id)


def _evaluate_job(index: int, key: str, cand: Candidate) -> dict:
    result = evaluate(_prepared(cand.task_id), cand, _WORKER["cfg"], index=index)
    result.key = key
    return result.to_dict()


def run_batch(
    dataset_spec: str,
    candidates_path: Path,
    out: Path,
    cfg: EvalConfig,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    split: str | None = None,
    ray_address: str | None = None,
    ray_nodes: Sequence[str] | None = None,
) -> BatchReport:
    """Evaluate every candidate not yet in `out`; `progress(done, total)` is called as results land.

    With `split`, candidates for the dataset's other tasks are passed over (counted, not errors).
    With `ray_address`, candidates are judged on that Ray cluster's CPU nodes (`asmopt.cluster`)
    instead of `jobs` local processes (only the node ids in `ray_nodes`, when given); results
    land in `out` the same way.
    """
    dataset = datasets.load(dataset_spec)
    report = BatchReport(errors=[str(e) for e in dataset.errors])
    candidates, errors = read_candidates(candidates_path, dataset.tasks)
    report.errors += errors
    if split is not None:
        keep = set(datasets.load(dataset_spec, split=split).tasks)
        report.outside_split = sum(c.task_id not in keep for _, c in candidates)
        candidates = [(i, c) for i, c in candidates if c.task_id in keep]
    store = ResultStore(out)
    settings = settings_of(cfg)
    todo = []
    for index, cand in candidates:
        key = candidate_key(cand.task_id, cand.asm, settings)
        if store.is_done(index, key):
            report.skipped += 1
        else:
            todo.append((index, key, cand))
    total = len(todo)
    if progress:
        progress(0, total)
    if not todo:
        return report
    jobs = max(1, min(jobs, total))
    failed_tasks: set[str] = set()
    task_ids = sorted({c.task_id for _, _, c in todo})
    shipped = {t: dataset.tasks[t] for t in task_ids} if ray_address else dataset_spec
    with cluster.pool(jobs, ray_address, initializer=_init_worker, initargs=(shipped, cfg, not ray_address),
                      unsafe=cfg.unsafe, nodes=ray_nodes) as pool:
        for task_id, fut in [(t, pool.submit(_prepare_job, t)) for t in task_ids]:
            try:
                fut.result()
            except TaskError as exc:
                report.errors.append(str(exc))
                failed_tasks.add(task_id)
        pending: dict[Future, tuple[int, Candidate]] = {}
        done_count = 0
        for index, key, cand in todo:
            if cand.task_id in failed_tasks:
                done_count += 1
                continue
            pending[pool.submit(_evaluate_job, index, key, cand)] = (index, cand)
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    index, cand = pending.pop(fut)
                    done_count += 1
                    try:
                        store.append(fut.result())
                        report.written += 1
                    except AsmoptError as exc:
                        report.errors.append(f"{candidates_path}:{index}: {exc}")
                    except Exception as exc:  # a harness bug must not stop the other candidates
                        report.errors.append(f"{candidates_path}:{index}: internal error: {exc!r}")
                    if progress:
                        progress(done_count, total)
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return report


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)
