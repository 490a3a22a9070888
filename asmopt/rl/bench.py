"""Reward throughput: how fast the reward service scores rollouts (`asmopt bench reward`).

Candidates stand in for a policy's rollouts: per task, the assembly of several
compiler settings (gcc -O1/-O2/-Os/-O3 -funroll-loops/-O3 -fno-tree-vectorize,
clang -O2 when installed; some are identical to the -O3 baseline, as many
rollouts are) and three broken ones that fail fast (one that does not
assemble, one whose main returns at once, one that traps: CE, WA, RE). The main batch (64 by default) and the
small batch (16) come from different tasks, so no build or result of one is
reused by the other, and the service remembers no results (cache_size=0).

Reported separately, because a trainer pays them differently:
- cold: starting the workers and preparing the baselines (built, judged,
  counted under callgrind or timed against the start-up floor), once per task and run, measured on an empty cache
  unless told otherwise;
- warm: scoring each batch once its baselines are ready: what every training
  step pays. rollouts/s = batch size / warm seconds.

The lever a trainer has is which tests a reward runs: `tests="visible"` and
`max_tests=K` (the first K, in the task's order) cut the callgrind runs per
candidate, at the price of a weaker check and, on small inputs, speedups
diluted by process start-up.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from asmopt import datasets, toolchain
from asmopt.policies.compiler import Setting, candidate
from asmopt.rl.service import RewardService, Sample, Scored, select_tests
from asmopt.task import Task

SETTINGS = (
    Setting("gcc-O1", flags=("-O1",)),
    Setting("gcc-O2", flags=("-O2",)),
    Setting("gcc-Os", flags=("-Os",)),
    Setting("gcc-O3-unroll", flags=("-O3", "-funroll-loops")),
    Setting("gcc-O3-novec", flags=("-O3", "-fno-tree-vectorize")),
    Setting("clang-O2", compiler="clang", flags=("-O2", "-fno-addrsig")),
)
BROKEN_ASM = "\t.text\n\t.globl\tmain\nmain:\n\tfrobnicate\t%rax\n"


@dataclass
class BatchTiming:
    """One batch scored on warm baselines."""

    size: int
    unique: int  # distinct (task, program) pairs: what the service actually judged
    seconds: float
    verdicts: dict[str, int]

    @property
    def per_second(self) -> float:
        return self.size / self.seconds if self.seconds > 0 else float("inf")


@dataclass
class RewardBench:
    """What `asmopt bench reward` measured."""

    dataset: str
    tasks: int
    tests_per_task: float  # mean number of tests a reward runs
    tests: str
    max_tests: int | None
    reward: str
    jobs: int
    fresh_cache: bool
    cost: str = "time"  # what the reward read: short-timed wall time or instruction counts
    timed_tests: int | None = None  # with time: how many timed tests were read (None: all)
    ray_nodes: int | None = None  # on Ray: how many of the cluster's nodes scored
    ray_cpus: int | None = None
    cold_s: float = 0.0
    cold_failed: dict[str, str] = field(default_factory=dict)
    main: BatchTiming | None = None
    small: BatchTiming | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("main", "small"):
            if getattr(self, key) is not None:
                d[key]["per_second"] = getattr(self, key).per_second
        return d


def _at_main(asm: str, inserted: str) -> str:
    """The program with instructions put at the start of main (a cheap, certain failure)."""
    out, done = [], False
    for line in asm.splitlines(keepends=True):
        out.append(line)
        if not done and line.strip() == "main:":
            out.append(inserted)
            done = True
    return "".join(out) if done else BROKEN_ASM


def rollouts(tasks: list[Task], per_task: int) -> list[Sample]:
    """`per_task` stand-in rollouts for each task: compiler settings, then three broken
    ones that fail fast: does not assemble (CE), returns at once (WA), traps (RE)."""
    samples: list[Sample] = []
    settings = [s for s in SETTINGS if s.available]
    for task in tasks:
        base = toolchain.with_baseline(task).baseline
        assert base is not None
        made = [a for a in (candidate(task, s).asm for s in settings) if a.strip()]
        broken = [BROKEN_ASM, _at_main(base.asm, "\txorl\t%eax, %eax\n\tret\n"), _at_main(base.asm, "\tud2\n")]
        keep = max(0, per_task - len(broken))
        picked = [made[j % len(made)] for j in range(keep)] if made else []
        samples += [Sample(task.id, asm, raw=True) for asm in (picked + broken)[:per_task]]
    return samples


def _batch(service: RewardService, samples: list[Sample]) -> BatchTiming:
    start = time.perf_counter()
    scored: list[Scored] = service.score(samples)
    seconds = time.perf_counter() - start
    return BatchTiming(len(samples), sum(not s.cached for s in scored), seconds,
                       dict(Counter("timeout" if s.timed_out else s.verdict for s in scored)))


def run(
    dataset: str = "builtin",
    *,
    batch: int = 64,
    small: int = 16,
    per_task: int = 8,
    tests: str = "all",
    max_tests: int | None = None,
    reward: str = "log_speedup",
    jobs: int | None = None,
    timeout_s: float = 120.0,
    fresh_cache: bool = True,
    log: Any = None,
    cost: str = "time",
    timed_tests: int | None | str = "default",
    ray_address: str | None = None,
    ray_nodes: list[str] | None = None,
) -> RewardBench:
    """Measure start, cold and warm scoring; see the module docstring.

    With `ray_address`, the service scores on that Ray cluster (on the node ids in
    `ray_nodes`, else all); the nodes keep their own caches (`fresh_cache` is local only).
    """
    say = log or (lambda _msg: None)
    all_tasks = sorted(datasets.load(dataset).tasks.values(), key=lambda t: t.id)
    n_main, n_small = -(-batch // per_task), -(-small // per_task)
    if len(all_tasks) < n_main + n_small:
        n_main, n_small = max(1, len(all_tasks) - 1), 1
    # Spread over the corpus: every k-th task, so one family of programs does not dominate.
    step = max(1, len(all_tasks) // (n_main + n_small))
    chosen = all_tasks[::step][: n_main + n_small]
    main_tasks, small_tasks = chosen[:n_main], chosen[n_main:n_main + n_small]
    say(f"making candidates for {len(chosen)} tasks ...")
    main_samples = rollouts(main_tasks, per_task)[:batch]
    small_samples = rollouts(small_tasks, per_task)[:small]
    used = [len(select_tests(t, tests, max_tests).tests) for t in chosen]
    jobs = jobs or (os.cpu_count() or 1)
    fresh_cache = fresh_cache and not ray_address
    report = RewardBench(dataset, len(chosen), sum(used) / len(used), tests, max_tests, reward, jobs, fresh_cache,
                         cost)
    old = os.environ.get("ASMOPT_CACHE")
    tmp = Path(tempfile.mkdtemp(prefix="asmopt-bench-reward-")) if fresh_cache else None
    try:
        if tmp is not None:
            os.environ["ASMOPT_CACHE"] = str(tmp)  # the workers inherit it: an empty cache, cold baselines
        with RewardService(chosen, reward=reward, jobs=jobs, timeout_s=timeout_s, tests=tests,
                           max_tests=max_tests, cache_size=0, cost=cost, timed_tests=timed_tests,
                           backend="ray" if ray_address else "local", ray_address=ray_address,
                           ray_nodes=ray_nodes) as service:
            report.timed_tests = service.cfg.max_timed_tests if cost == "time" else None
            say(f"preparing {len(chosen)} baselines ...")
            start = time.perf_counter()
            report.cold_failed = service.prepare([t.id for t in chosen])
            report.cold_s = time.perf_counter() - start
            if ray_address:
                pool = service._pool
                report.ray_nodes = len(pool.nodes)  # type: ignore[union-attr]
                report.ray_cpus = int(sum(n.cpus for n in pool.nodes))  # type: ignore[union-attr]
                report.jobs = report.ray_cpus
            say(f"scoring a batch of {len(small_samples)} ...")
            report.small = _batch(service, small_samples)
            say(f"scoring a batch of {len(main_samples)} ...")
            report.main = _batch(service, main_samples)
    finally:
        if tmp is not None:
            if old is None:
                os.environ.pop("ASMOPT_CACHE", None)
            else:
                os.environ["ASMOPT_CACHE"] = old
            shutil.rmtree(tmp, ignore_errors=True)
    return report


def render(r: RewardBench) -> str:
    """The report as text lines."""
    limit = f", first {r.max_tests}" if r.max_tests else ""
    lines = [
        f"reward bench: {r.dataset}, {r.tasks} tasks, tests={r.tests}{limit} "
        f"({r.tests_per_task:.1f} per task), reward {r.reward}, {r.jobs} workers"
        + (f" on {r.ray_nodes} Ray node(s)" if r.ray_nodes else "") + ", "
        + (f"measured time (short protocol on {'all timed tests' if r.timed_tests is None else f'{r.timed_tests} timed test(s)'}, "
           "timings one at a time)" if r.cost == "time" else "instruction counts (not time)"),
        f"  workers + baselines, cold {r.cold_s:7.1f} s  ({'empty cache' if r.fresh_cache else 'existing cache' + ('s of the nodes' if r.ray_nodes else '')}; "
        f"{r.cold_s / max(1, r.tasks):.1f} s per task)",
    ]
    for name, b in (("small", r.small), ("main", r.main)):
        if b is not None:
            verdicts = " ".join(f"{k} {v}" for k, v in sorted(b.verdicts.items()))
            lines.append(f"  batch of {b.size:<3} warm         {b.seconds:7.1f} s  {b.per_second:6.2f} rollouts/s  "
                         f"({b.unique} judged, {b.size - b.unique} duplicates; {verdicts})")
    for task_id, why in r.cold_failed.items():
        lines.append(f"  unusable task {task_id}: {why}")
    return "\n".join(lines)
