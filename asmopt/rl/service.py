"""Reward service: a batch of rollouts in, a batch of rewards out.

`RewardService` scores completions (model replies, or bare assembly) for known
tasks with a reward of `asmopt.rl.rewards`. It is what every RL adapter calls:

- a pool of worker processes (`asmopt.rl.pool`; the sandbox's staging is per process and not
  thread-safe, so processes, not threads; each a fresh interpreter, so the
  host's threads, CUDA or main script never leak in), fed by one dispatcher
  thread, so
  callers on any thread (OpenRLHF's to_thread calls, TRL's async reward loop)
  can score at once;
- each worker prepares a task's baseline once (built, judged, counted:
  `asmopt.evaluate.prepare`) and keeps it; callgrind counts of baselines are
  also cached on disk, so another worker or a later run prepares from the cache.
  Preparation has its own, long time limit and never eats a sample's budget;
- a per-sample time limit: a sample still running after `timeout_s` has its
  worker killed (the sandbox dies with it) and replaced, and scores what the
  reward gives a time-out (TLE); it never blocks the rest of the batch;
- on a Ray cluster (`backend="ray"`, or ASMOPT_RAY_ADDRESS set): the same pool on
  every CPU node, one scoring actor per node (`asmopt.rl.ray_pool`);
- identical completions (same task, same assembly text) in a batch are scored
  once, and recent results are remembered across batches;
- measured time by default (`cost="time"`): the short interleaved protocol
  (`timing.SHORT`, 1 warm-up and 5 rounds on the tests where the program's own
  work dominates), serialised machine-wide so that concurrent workers do not
  time each other; `log_speedup` pays only a gain this timing confirms.
  `cost="instructions"` (or ASMOPT_REWARD_COST=instructions) scores by
  callgrind counts instead: deterministic and undisturbed by load, but not
  time (uncalibrated; see README "Calibration").

A sample that cannot be scored for a reason that is not the policy's (its
task's baseline is broken, the harness failed) gets `reward=None` and an
`error`; adapters decide what a trainer sees (TRL: None, i.e. NaN, skipped).
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from asmopt import cluster
from asmopt.answer import extract_assembly
from asmopt.errors import AsmoptError
from asmopt.evaluate import SEARCH_COSTS, EvalConfig
from asmopt.measure.timing import SHORT
from asmopt.result import Result
from asmopt.rl.pool import Pool
from asmopt.rl.ray_pool import RayPool, check_backend
from asmopt.rl.rewards import REWARDS
from asmopt.rl.rewards import reward as reward_of
from asmopt.task import Task

TEST_SETS = ("all", "visible")
#: How many timed tests a time reward reads by default (None: all of them).
TIMED_TESTS: int | None = None


@dataclass(frozen=True)
class Sample:
    """One rollout to score: a model reply for `task_id` (the assembly is read from
    its last ```assembly block, the paper's way; no block scores as CE), or with
    `raw=True` the assembly text itself."""

    task_id: str
    text: str
    raw: bool = False

    @property
    def asm(self) -> str:
        if self.raw:
            return self.text
        return extract_assembly(self.text) or ""


@dataclass
class Scored:
    """What the service found about one sample.

    reward: the named reward, or None when the sample could not be scored for a
      reason that is not the policy's (then `error` says why).
    verdict: AC, WA, RE, TLE, OLE, MLE, CE, SV; "error" when unscored.
    speedup: the instruction speedup (wall speedup when timed) for a correct
      candidate, else None.
    seconds: time spent judging and measuring this sample (baseline preparation
      excluded; 0 for a duplicate or a remembered result).
    """

    task_id: str
    reward: float | None
    verdict: str
    speedup: float | None = None
    seconds: float = 0.0
    significant: bool = False  # confirmed faster in measured time (never when scored by instructions)
    identical: bool = False
    timed_out: bool = False
    instr_gain: bool = False  # >= 2% fewer instructions: what log_speedup rewards (a diagnostic, not speed)
    cached: bool = False
    message: str = ""
    error: str = ""
    result: Result | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["result"] = self.result.to_dict() if self.result is not None else None
        return d


def parse_timed_tests(value: str, what: str = "timed tests") -> int | None:
    """A count of timed tests as a user writes it: a positive number, or 'all' (None)."""
    if value == "all":
        return None
    if not value.isdigit() or int(value) < 1:
        raise AsmoptError(f"{what} must be a positive count or 'all', not {value!r}")
    return int(value)


def reward_cfg(metric: str = "strict", cost: str = "time", timed_tests: int | None = None) -> EvalConfig:
    """How a reward judges a rollout: by time, short-timed (on at most `timed_tests` of the
    timed tests, the smallest inputs) and not counted (callgrind would cost more than the
    timing); by instructions, counted and not timed."""
    if cost == "time":
        return EvalConfig(metric=metric, timing=True, timing_cfg=SHORT, instructions=False,
                          max_timed_tests=timed_tests)
    return EvalConfig(metric=metric, timing=False)


def select_tests(task: Task, tests: str = "all", max_tests: int | None = None) -> Task:
    """The task with only the tests a reward uses: all or the visible ones, the first
    `max_tests` of them when given (fewer tests: cheaper rewards, weaker checks)."""
    if tests not in TEST_SETS:
        raise AsmoptError(f"unknown test set {tests!r} (known: {', '.join(TEST_SETS)})")
    kept = task.tests if tests == "all" else task.visible_tests
    if max_tests is not None:
        kept = kept[:max_tests]
    return dataclasses.replace(task, tests=tuple(kept))


def _load_tasks(tasks: str | Mapping[str, Task] | Iterable[Task]) -> dict[str, Task]:
    if isinstance(tasks, str):
        from asmopt import datasets

        return dict(datasets.load(tasks).tasks)
    if isinstance(tasks, Mapping):
        return dict(tasks)
    return {t.id: t for t in tasks}


class RewardService:
    """Score batches of rollouts against a dataset's tasks; see the module docstring.

    tasks: a dataset spec ("builtin", "examples", a path) or Task objects.
    reward: a name of `asmopt.rl.rewards.REWARDS`; metric: strict or paper.
    jobs: worker processes (default: cores; on Ray, each node's CPUs). timeout_s: per-sample limit.
    tests / max_tests: which tests a reward runs (see `select_tests`).
    prepare_timeout_s: the limit for preparing one task's baseline.
    cost: "time" (short-timed, the default) or "instructions" (see the module docstring);
      None reads ASMOPT_REWARD_COST, "time" when unset.
    timed_tests: with cost "time", how many of the timed tests the timing reads (the
      smallest inputs; None: all); the default reads ASMOPT_TIMED_TESTS, else
      `TIMED_TESTS` (see `asmopt bench cost`, "short_timing_1", for how well one test
      predicts them all).
    cfg: the full evaluation settings, when more than the metric and cost must change.
    backend: "local" (worker processes here) or "ray" (one scoring actor per CPU node of a
      Ray cluster: `asmopt.rl.ray_pool`); None: "ray" when `ray_address` or
      ASMOPT_RAY_ADDRESS names a cluster, else "local".
    ray_address: the cluster for backend "ray" ("auto", HOST:PORT, "local"); None reads
      ASMOPT_RAY_ADDRESS, else "auto" (the cluster this process runs in).
    ray_nodes: only these node ids of the cluster (default: every checked CPU node).
    """

    def __init__(
        self,
        tasks: str | Mapping[str, Task] | Iterable[Task] = "builtin",
        *,
        reward: str = "log_speedup",
        metric: str = "strict",
        jobs: int | None = None,
        timeout_s: float = 120.0,
        tests: str = "all",
        max_tests: int | None = None,
        prepare_timeout_s: float = 1800.0,
        cfg: EvalConfig | None = None,
        cache_size: int = 4096,
        cost: str | None = None,
        timed_tests: int | None | str = "default",
        backend: str | None = None,
        ray_address: str | None = None,
        ray_nodes: Sequence[str] | None = None,
    ) -> None:
        if reward not in REWARDS:
            raise AsmoptError(f"unknown reward {reward!r} (known: {', '.join(REWARDS)})")
        if timeout_s <= 0 or prepare_timeout_s <= 0:
            raise AsmoptError("timeouts must be positive")
        if max_tests is not None and max_tests < 1:
            raise AsmoptError(f"max_tests must be a positive integer, not {max_tests!r}")
        self.reward = reward
        self.cost = cost or os.environ.get("ASMOPT_REWARD_COST") or "time"
        if self.cost not in SEARCH_COSTS:
            raise AsmoptError(f"unknown reward cost {self.cost!r} ({' or '.join(SEARCH_COSTS)})")
        if timed_tests == "default":
            env = os.environ.get("ASMOPT_TIMED_TESTS")
            timed_tests = parse_timed_tests(env, "ASMOPT_TIMED_TESTS") if env else TIMED_TESTS
        self.cfg = cfg if cfg is not None else reward_cfg(metric, self.cost, timed_tests)  # type: ignore[arg-type]
        self.jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
        address = cluster.address_of(ray_address)
        self.backend = check_backend(backend or ("ray" if address else "local"))
        self.ray_address = (address or "auto") if self.backend == "ray" else None
        self.ray_nodes = list(ray_nodes) if ray_nodes is not None else None
        self.timeout_s = float(timeout_s)
        self.prepare_timeout_s = float(prepare_timeout_s)
        self.tests, self.max_tests = tests, max_tests
        select_tests(Task("check", "", ()), tests)  # reject an unknown test set now
        self._tasks: dict[str, Task] = {}
        self._given: dict[str, Task] = {}  # as given, before test selection: what `register` compares
        self._lock = threading.Lock()
        self._memo: OrderedDict[tuple[str, str], Scored] = OrderedDict()
        self._cache_size = cache_size
        self._pool: Pool | RayPool | None = None
        self._finalizer: weakref.finalize | None = None
        self.add_tasks(_load_tasks(tasks).values())

    # -- tasks ---------------------------------------------------------------
    @property
    def tasks(self) -> dict[str, Task]:
        """The tasks this service scores for, by id (with only the tests it uses)."""
        return dict(self._tasks)

    def add_tasks(self, tasks: Iterable[Task]) -> None:
        """Make more tasks scorable (adapters that read tasks from records add them
        as they see them). A task already known under the same id is kept."""
        with self._lock:
            for task in tasks:
                if task.id not in self._tasks:
                    self._tasks[task.id] = select_tests(task, self.tests, self.max_tests)
                    self._given[task.id] = task

    def register(self, task: Task) -> str:
        """Make one task scorable and return the id to score it by: its own, or, when
        another task already holds that id (two records both named "codenet-7"), the id
        with a hash of its content appended, so neither is judged on the other's tests."""
        with self._lock:
            known = self._given.get(task.id)
            if known is None or known == task:
                task_id = task.id
            else:
                digest = hashlib.sha256(repr((task.c_source, task.baseline, task.tests)).encode(
                    "utf-8", "surrogatepass")).hexdigest()[:12]
                task_id = f"{task.id}~{digest}"
                task = dataclasses.replace(task, id=task_id)
        self.add_tasks([task])
        return task_id

    @property
    def failure_reward(self) -> float:
        """What a sample that ran out of time earns: the reward of a TLE."""
        return reward_of(self.reward, Result(task_id="", verdict="TLE", tests_passed=0, tests_total=1,
                                             identical=False))

    # -- scoring -------------------------------------------------------------
    def score(self, batch: Sequence[Sample]) -> list[Scored]:
        """Score a batch; blocks until every sample is scored or timed out."""
        plan = self._plan(batch)
        return self._collect(plan, {key: fut.result() for key, fut in plan.futures.items()})

    async def ascore(self, batch: Sequence[Sample]) -> list[Scored]:
        """`score` for asyncio: awaits the workers without blocking the event loop."""
        plan = self._plan(batch)
        keys = list(plan.futures)
        done = await asyncio.gather(*(asyncio.wrap_future(plan.futures[k]) for k in keys))
        return self._collect(plan, dict(zip(keys, done)))

    def prepare(self, task_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Prepare baselines ahead of scoring (spread over the workers); returns the
        tasks that failed, with why. Scoring prepares on demand without this."""
        ids = list(self._tasks) if task_ids is None else list(task_ids)
        samples = [Sample(t, "", raw=True) for t in ids]  # empty assembly: judged CE at once
        return {s.task_id: s.error for s in self.score(samples) if s.error}

    def close(self) -> None:
        """Stop the workers. The service starts them again if used after this."""
        with self._lock:
            pool, self._pool = self._pool, None
            if self._finalizer is not None:
                self._finalizer.detach()
                self._finalizer = None
        if pool is not None:
            pool.close()

    def __enter__(self) -> RewardService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals -----------------------------------------------------------
    def _plan(self, batch: Sequence[Sample]) -> _Plan:
        plan = _Plan()
        with self._lock:
            for sample in batch:
                if sample.task_id not in self._tasks:
                    raise AsmoptError(f"unknown task id {sample.task_id!r} (the service knows "
                                      f"{len(self._tasks)} tasks)")
            if self._pool is None or not self._pool.alive():
                if self._finalizer is not None:
                    self._finalizer()  # a failed dispatcher's workers go with it
                self._pool = self._new_pool()
                # A service dropped without close() still stops its workers.
                self._finalizer = weakref.finalize(self, self._pool.close)
            for sample in batch:
                asm = sample.asm
                # Exact text: blanks inside a string literal change what a program prints.
                key = (sample.task_id, hashlib.sha256(asm.encode("utf-8", "surrogatepass")).hexdigest())
                plan.keys.append(key)
                if key in plan.futures or key in plan.memo:
                    continue
                if key in self._memo:
                    self._memo.move_to_end(key)
                    plan.memo[key] = self._memo[key]
                    continue
                plan.futures[key] = self._pool.submit(self._tasks[sample.task_id], asm)
        return plan

    def _new_pool(self) -> Pool | RayPool:
        if self.backend == "ray":
            assert self.ray_address is not None
            return RayPool(self.ray_address, self.cfg, self.reward, self.timeout_s, self.prepare_timeout_s,
                           self.ray_nodes)
        return Pool(self.jobs, self.cfg, self.reward, self.timeout_s, self.prepare_timeout_s)

    def _collect(self, plan: _Plan, payloads: dict[tuple[str, str], dict[str, Any]]) -> list[Scored]:
        fresh = {key: self._scored(key[0], p) for key, p in payloads.items()}
        with self._lock:
            for key, scored in fresh.items():
                if not scored.error and not scored.timed_out:
                    self._memo[key] = scored
            while len(self._memo) > self._cache_size:
                self._memo.popitem(last=False)
        out: list[Scored] = []
        first: set[tuple[str, str]] = set()
        for key in plan.keys:
            if key in fresh and key not in first:
                first.add(key)
                out.append(fresh[key])
            else:
                # A duplicate, or remembered from an earlier batch: no work was done for it.
                out.append(dataclasses.replace(fresh.get(key) or plan.memo[key], seconds=0.0, cached=True))
        return out

    def _scored(self, task_id: str, p: dict[str, Any]) -> Scored:
        if p.get("timeout"):
            return Scored(task_id, self.failure_reward, "TLE", seconds=p["seconds"], timed_out=True,
                          message=f"scoring took longer than {self.timeout_s:g} s")
        if p.get("error"):
            return Scored(task_id, None, "error", seconds=p.get("seconds", 0.0), error=p["error"])
        result = Result.from_dict(p["result"])
        speedup = None
        if result.verdict == "AC":
            speedup = result.speedup_wall if result.speedup_wall is not None else result.speedup_instr
        return Scored(task_id, p["reward"], result.verdict, speedup, p["seconds"], result.significant,
                      result.identical, instr_gain=result.instr_gain,
                      message=result.message or (result.measure_error or ""), result=result)


@dataclass
class _Plan:
    keys: list[tuple[str, str]] = field(default_factory=list)
    futures: dict[tuple[str, str], Future] = field(default_factory=dict)
    memo: dict[tuple[str, str], Scored] = field(default_factory=dict)
