"""The reward service's pool on a Ray cluster: one scoring actor per CPU node.

`RewardService(backend="ray")` hands each sample to `RayPool.submit` instead of
the local pool. Each alive CPU node of the cluster (checked by
`asmopt.cluster.connect`: a node whose sandbox cannot run is refused) runs one
`NodeScorer` actor, pinned to it, which holds the reward service's own local
pool (`asmopt.rl.pool.Pool`) with one worker process per CPU of that node.
So everything the local service does holds on every node unchanged: baselines
prepared by each worker (once) and counted once per node (its disk cache), per-sample time
limits (a worker killed with its sandbox), machine-wide timing locks. The
driver spreads samples over the nodes by their free CPUs; a sample whose node
or actor died is sent to another node (up to `RETRIES` times), so a batch
still finishes. De-duplication and the memory of recent results stay in the
service, before the pool.

Inside a trainer that already runs Ray (verl), that cluster is used as it is.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any

from asmopt import cluster
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.task import Task

#: How often a sample is sent to another node when the one scoring it died.
RETRIES = 3


class NodeScorer:
    """A Ray actor on one node: the local reward pool, with `jobs` worker processes."""

    def __init__(self, cfg: EvalConfig, reward: str, timeout_s: float, prepare_timeout_s: float, jobs: int) -> None:
        from asmopt.rl.pool import Pool

        self.pool = Pool(jobs, cfg, reward, timeout_s, prepare_timeout_s)

    def score(self, task: Task, asm: str) -> dict[str, Any]:
        """The local pool's payload for one sample (result and reward, a time-out, or an error)."""
        return self.pool.submit(task, asm).result()

    def close(self) -> None:
        self.pool.close()


class RayPool:
    """Samples in, payloads out (the local `Pool`'s interface), scored on the cluster's nodes."""

    def __init__(self, address: str, cfg: EvalConfig, reward: str, timeout_s: float,
                 prepare_timeout_s: float, nodes: Sequence[str] | None = None) -> None:
        ray = cluster.ray_module()
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        # All checked CPU nodes, or a subset of them (a benchmark by number of nodes).
        self.nodes = cluster.subset(cluster.connect(address, unsafe=cfg.unsafe), nodes)
        self._ray = ray
        # Threaded actor: the samples of a batch wait on the node's pool side by side.
        actor = ray.remote(num_cpus=0, max_concurrency=1024)(NodeScorer)
        self._lock = threading.Lock()
        self._actors: dict[str, Any] = {}
        self._cpus: dict[str, float] = {}
        self._load: dict[str, int] = {}
        for node in self.nodes:
            jobs = max(1, int(node.cpus))
            self._actors[node.node_id] = actor.options(
                scheduling_strategy=NodeAffinitySchedulingStrategy(node.node_id, soft=False),
            ).remote(cfg, reward, timeout_s, prepare_timeout_s, jobs)
            self._cpus[node.node_id] = node.cpus
            self._load[node.node_id] = 0
        self._tasks: dict[str, Any] = {}  # task id -> its Task in the object store, shipped once
        self.closed = False
        self.resent = 0  # samples sent to another node because theirs died

    def alive(self) -> bool:
        return not self.closed and bool(self._actors)

    def submit(self, task: Task, asm: str) -> Future:
        fut: Future = Future()
        self._send(task, asm, fut, RETRIES)
        return fut

    def _send(self, task: Task, asm: str, fut: Future, retries: int) -> None:
        with self._lock:
            if self.closed or not self._actors:
                fut.set_result({"error": "reward service on Ray: no live node to score on"})
                return
            node = min(self._actors, key=lambda n: (self._load[n] / self._cpus[n], n))
            self._load[node] += 1
            ref_task = self._tasks.get(task.id)
            if ref_task is None:
                ref_task = self._tasks[task.id] = self._ray.put(task)
            ref = self._actors[node].score.remote(ref_task, asm)
        ref.future().add_done_callback(lambda inner: self._done(node, task, asm, fut, retries, inner))

    def _done(self, node: str, task: Task, asm: str, fut: Future, retries: int, inner: Future) -> None:
        with self._lock:
            if node in self._load:
                self._load[node] -= 1
        exc = inner.exception()
        if exc is None:
            fut.set_result(inner.result())
            return
        from ray.exceptions import ActorDiedError, ActorUnavailableError, RayActorError

        if isinstance(exc, (RayActorError, ActorDiedError, ActorUnavailableError)):
            with self._lock:  # the node or its actor is gone: score elsewhere from now on
                self._actors.pop(node, None)
                self._load.pop(node, None)
            if retries > 0:
                with self._lock:
                    self.resent += 1
                self._send(task, asm, fut, retries - 1)
                return
        fut.set_result({"error": f"reward service on Ray: {type(exc).__name__}: {exc}"})

    def close(self) -> None:
        with self._lock:
            self.closed = True
            actors, self._actors = list(self._actors.values()), {}
        for a in actors:
            try:
                self._ray.get(a.close.remote(), timeout=30)
            except Exception:  # a dead node's actor has nothing left to close
                pass
            self._ray.kill(a)


def check_backend(backend: str) -> str:
    if backend not in ("local", "ray"):
        raise AsmoptError(f"unknown reward backend {backend!r} (local or ray)")
    return backend
