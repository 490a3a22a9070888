"""The harness benchmark: how fast the harness judges and measures.

`harness` makes candidates from a dataset's baselines, each with a unique
trailing comment so that no build is served from the cache, and judges them
through the same batch path as `asmopt eval`. Baselines are prepared in a
warm-up pass first, as `asmopt eval` does once per task, and the cache is a
fresh temporary one so earlier runs cannot flatter the figures.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from asmopt import datasets
from asmopt.batch import default_jobs, run_batch
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig


def _write_candidates(path: Path, tasks: list, n: int, tag: str) -> None:
    with open(path, "w") as f:
        for i in range(n):
            task = tasks[i % len(tasks)]
            asm = task.baseline.asm + f"\n# bench {tag} {i}\n"
            f.write(json.dumps({"task_id": task.id, "asm": asm}) + "\n")


def _timed_batch(spec: str, tasks: list, n: int, cfg: EvalConfig, jobs: int, tmp: Path, tag: str,
                 ray_address: str | None = None, ray_nodes: list[str] | None = None) -> float:
    cands, out = tmp / f"{tag}.jsonl", tmp / f"{tag}-results.jsonl"
    _write_candidates(cands, tasks, n, tag)
    start = time.perf_counter()
    report = run_batch(spec, cands, out, cfg, jobs, ray_address=ray_address, ray_nodes=ray_nodes)
    elapsed = time.perf_counter() - start
    if report.errors or report.written != n:
        raise AsmoptError(f"benchmark batch failed: {report.errors[:3]}")
    bad = [r for r in map(json.loads, out.read_text().splitlines()) if r["verdict"] != "AC"]
    if bad:
        raise AsmoptError(f"benchmark candidates were not all AC: {bad[0]['task_id']} {bad[0]['message']}")
    return elapsed


def harness(spec: str, n: int, jobs: int | None, console: Console, ray_address: str | None = None) -> dict:
    """Print and return candidates/s judge-only and seconds per candidate per core with callgrind.

    With `ray_address`: judge-only candidates/s on the first 1, 2, ... nodes of that Ray
    cluster (by CPUs, most first), and the callgrind figure on all of them.
    """
    from asmopt import toolchain

    if ray_address:
        return _harness_ray(spec, n, console, ray_address)
    jobs = jobs or default_jobs()
    dataset = datasets.load(spec)
    if not dataset.tasks:
        raise AsmoptError(f"dataset {spec!r} has no usable tasks")
    old = os.environ.get("ASMOPT_CACHE")
    with tempfile.TemporaryDirectory(prefix="asmopt-bench-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["ASMOPT_CACHE"] = str(tmp / "cache")
        try:
            tasks = [toolchain.with_baseline(t) for t in dataset.tasks.values()]
            judge_cfg = EvalConfig(instructions=False, timing=False)
            count_cfg = EvalConfig(instructions=True, timing=False)
            # Warm-up: prepares every baseline (build, reference runs, counts) once.
            _timed_batch(spec, tasks, len(tasks), count_cfg, jobs, tmp, "warmup")
            judge_s = _timed_batch(spec, tasks, n, judge_cfg, jobs, tmp, "judge")
            n_count = max(len(tasks), n // 4)
            count_s = _timed_batch(spec, tasks, n_count, count_cfg, jobs, tmp, "count")
        finally:
            if old is None:
                os.environ.pop("ASMOPT_CACHE", None)
            else:
                os.environ["ASMOPT_CACHE"] = old
    tests = sum(len(t.tests) for t in tasks) / len(tasks)
    figures = {
        "dataset": spec,
        "tasks": len(tasks),
        "tests_per_task": tests,
        "jobs": jobs,
        "judge_only_candidates_per_s": n / judge_s,
        "callgrind_s_per_candidate_per_core": count_s * min(jobs, os.cpu_count() or 1) / n_count,
        "judge_only_candidates": n,
        "callgrind_candidates": n_count,
    }
    table = Table(title=f"asmopt bench harness: {spec} ({len(tasks)} tasks, {tests:.1f} tests each, -j {jobs})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_row("judge only: candidates/s", f"{figures['judge_only_candidates_per_s']:.1f}", ">= 10")
    table.add_row("with callgrind: s/candidate/core", f"{figures['callgrind_s_per_candidate_per_core']:.2f}", "<= 2")
    console.print(table)
    return figures


def _harness_ray(spec: str, n: int, console: Console, address: str) -> dict:
    from asmopt import cluster, toolchain

    nodes = cluster.largest_first(cluster.connect(address))
    dataset = datasets.load(spec)
    if not dataset.tasks:
        raise AsmoptError(f"dataset {spec!r} has no usable tasks")
    tasks = [toolchain.with_baseline(t) for t in dataset.tasks.values()]
    judge_cfg = EvalConfig(instructions=False, timing=False)
    count_cfg = EvalConfig(instructions=True, timing=False)
    rows = []
    with tempfile.TemporaryDirectory(prefix="asmopt-bench-") as tmp_name:
        tmp = Path(tmp_name)
        ids = [x.node_id for x in nodes]
        # Warm-up on every node: each node prepares its baselines once (and keeps them on its disk).
        _timed_batch(spec, tasks, max(len(tasks), int(sum(x.cpus for x in nodes)) * 2), count_cfg, 1, tmp,
                     "warmup", address, ids)
        for k in range(1, len(nodes) + 1):
            seconds = _timed_batch(spec, tasks, n, judge_cfg, 1, tmp, f"judge{k}", address, ids[:k])
            rows.append({"nodes": k, "cpus": int(sum(x.cpus for x in nodes[:k])),
                         "judge_only_candidates_per_s": n / seconds})
        n_count = max(len(tasks), n // 4)
        count_s = _timed_batch(spec, tasks, n_count, count_cfg, 1, tmp, "count", address, ids)
    cpus = int(sum(x.cpus for x in nodes))
    figures = {
        "dataset": spec, "tasks": len(tasks), "ray": address, "nodes": [x.name for x in nodes],
        "by_nodes": rows, "judge_only_candidates": n, "callgrind_candidates": n_count,
        "callgrind_s_per_candidate_per_core": count_s * cpus / n_count,
    }
    table = Table(title=f"asmopt bench harness --ray {address}: {spec} ({len(tasks)} tasks), "
                        f"{len(nodes)} nodes, {cpus} CPUs")
    for col in ("nodes", "CPUs", "judge only: candidates/s"):
        table.add_column(col, justify="right")
    for r in rows:
        table.add_row(str(r["nodes"]), str(r["cpus"]), f"{r['judge_only_candidates_per_s']:.1f}")
    console.print(table)
    console.print(f"with callgrind, all nodes: {figures['callgrind_s_per_candidate_per_core']:.2f} s/candidate/CPU")
    return figures
