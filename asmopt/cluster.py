"""Cluster: work spread over the CPU nodes of a Ray cluster (the optional extra asmopt[ray]).

A user's cluster is a Ray cluster (verl, OpenRLHF and vLLM run on Ray), so
asmopt schedules on Ray and never on a scheduler of its own. This module is
the one place that talks to Ray for batch work:

- `connect(address)` joins a cluster ("auto": the one this process runs in, or
  an address such as "10.0.0.1:6379"; "local" starts a one-machine cluster for
  trying it out), then checks every alive node with CPUs: a node whose sandbox
  (bubblewrap) cannot run is refused by name, unless the run is explicitly
  unsandboxed. The sandbox checks itself again before every run on any node,
  so a node that joins later and lacks bubblewrap gives errors, never an
  unsandboxed run.
- `RayExecutor` is a `concurrent.futures.Executor`: `batch`, `generate` and
  `data stats` use it exactly as they use a local process pool. Each task is
  one candidate (or one task of a dataset) on one CPU of some node; Ray retries
  a task whose worker process or node died on another node, and the driver
  receives each result once, so the driver's append-only store keeps its
  resume semantics. An initializer runs once per Ray worker process, before
  the first task that needs it (what `ProcessPoolExecutor(initializer=)` does),
  so a worker loads its dataset once. `once_per_node` lets the workers of one
  node share a value computed once (a prepared baseline): a small actor per
  node and run records who computes what; binaries and callgrind counts live
  in the node's own disk cache.
- `pool(jobs, ray_address, ...)` picks the executor: local processes, or Ray.

Limits are the candidate's own (`EvalConfig.limits`, enforced by the sandbox on
whatever node runs it), and timing stays honest on every node: each candidate
is timed against its baseline on the same machine, under that machine's lock.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from asmopt.errors import AsmoptError

#: Environment variable naming the cluster to join (what `--ray` sets).
ADDRESS_ENV = "ASMOPT_RAY_ADDRESS"
INSTALL_HINT = "pip install 'asmopt[ray]' (or: .venv/bin/pip install 'ray>=2.40')"
#: How often Ray retries a task whose worker or node died (a harness error is a result, not retried).
TASK_RETRIES = 3


def ray_module() -> Any:
    """Ray, or a clear error saying how to install it."""
    try:
        import ray
    except ImportError:
        raise AsmoptError(f"--ray needs Ray, which is not installed: {INSTALL_HINT}") from None
    return ray


def address_of(option: str | None) -> str | None:
    """The cluster to use: the option's, else $ASMOPT_RAY_ADDRESS, else None (no Ray)."""
    value = option if option is not None else os.environ.get(ADDRESS_ENV)
    return value.strip() or None if value is not None else None


@dataclass(frozen=True)
class Node:
    """One node of the cluster, as its own worker saw it."""

    node_id: str
    host: str
    cpus: float
    sandbox_problem: str | None  # why bubblewrap cannot run there; None when it can

    @property
    def name(self) -> str:
        return f"{self.host} ({self.node_id[:8]})"


_lock = threading.Lock()
_checked: dict[str, Node] = {}  # node id -> what its probe said, for this process's connection


def connect(address: str, *, unsafe: bool = False) -> list[Node]:
    """Join (or, for "local", start) the cluster and check its CPU nodes; returns them.

    Raises AsmoptError naming every node whose sandbox cannot run, unless `unsafe`.
    Inside a process that already runs Ray (a trainer's driver or worker), that
    connection is used as it is.
    """
    ray = ray_module()
    with _lock:
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"log_to_driver": False, "logging_level": "WARNING"}
            if address == "local":
                kwargs.update(include_dashboard=False, num_cpus=os.cpu_count() or 1)
            else:
                kwargs["address"] = address
            try:
                ray.init(**kwargs)
            except ConnectionError as exc:
                raise AsmoptError(f"cannot join the Ray cluster at {address!r}: {exc}") from None
        nodes = _probe_nodes(ray)
    bad = [n for n in nodes if n.sandbox_problem]
    if bad and not unsafe:
        raise AsmoptError("refusing Ray node(s) whose sandbox cannot run: "
                          + "; ".join(f"{n.name}: {n.sandbox_problem}" for n in bad)
                          + ". Install bubblewrap there (scripts/setup.sh), remove the node, or pass "
                            "--unsafe-no-sandbox")
    if not nodes:
        raise AsmoptError("the Ray cluster has no alive node with CPUs")
    return nodes


def subset(checked: list[Node], node_ids: Sequence[str] | None) -> list[Node]:
    """The checked nodes with these ids (all of them for None); an unknown or refused id is an error."""
    if node_ids is None:
        return checked
    known = {n.node_id: n for n in checked}
    if missing := [n for n in node_ids if n not in known]:
        raise AsmoptError(f"unknown or refused Ray node(s): {', '.join(missing)}")
    return [known[n] for n in node_ids]


def largest_first(nodes: list[Node]) -> list[Node]:
    """Nodes by CPUs, most first (ties by id): the order benchmarks add nodes in."""
    return sorted(nodes, key=lambda n: (-n.cpus, n.node_id))


def _probe_nodes(ray: Any) -> list[Node]:
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    alive = [n for n in ray.nodes() if n.get("Alive") and n.get("Resources", {}).get("CPU", 0) > 0]
    todo = [n for n in alive if n["NodeID"] not in _checked]
    refs = [_probe.options(scheduling_strategy=NodeAffinitySchedulingStrategy(n["NodeID"], soft=False)).remote()
            for n in todo]
    for n, (host, problem) in zip(todo, ray.get(refs)):
        _checked[n["NodeID"]] = Node(n["NodeID"], host, float(n["Resources"]["CPU"]), problem)
    return [_checked[n["NodeID"]] for n in alive]


def _remote(fn: Callable[..., Any], **options: Any) -> Any:
    """`ray.remote` applied lazily, so this module imports without Ray."""
    return ray_module().remote(**options)(fn) if options else ray_module().remote(fn)


def _probe_fn() -> tuple[str, str | None]:
    from asmopt.sandbox import bwrap_problem

    return socket.gethostname(), bwrap_problem()


class _Lazy:
    """A remote function made on first use (Ray must be importable only when used)."""

    def __init__(self, fn: Callable[..., Any], **options: Any) -> None:
        self.fn, self.options_, self._remote = fn, options, None

    def _get(self) -> Any:
        if self._remote is None:
            self._remote = _remote(self.fn, **self.options_)
        return self._remote

    def options(self, **kw: Any) -> Any:
        return self._get().options(**kw)

    def remote(self, *args: Any) -> Any:
        return self._get().remote(*args)


_probe = _Lazy(_probe_fn, num_cpus=0)

# Worker-process state: which initializer payloads this Ray worker has run, and the run
# (executor) of the task running now: what `once_per_node` shares work within.
_initialized: set[bytes] = set()
_run: str | None = None


def _call_fn(init_key: bytes, init: tuple[Callable[..., Any], tuple[Any, ...]] | None,
             fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    global _run
    if init is not None and init_key not in _initialized:
        initializer, initargs = init
        initializer(*initargs)
        _initialized.add(init_key)
    _run = init_key.hex()
    try:
        return fn(*args, **kwargs)
    finally:
        _run = None


class _Once:
    """A Ray actor on one node: which keys a worker of the node is computing, and their values.

    The first worker to `claim` a key computes it in its own process (so preparations of
    different keys run side by side on the node's CPUs) and `put`s the value; the node's
    other workers wait for it. Async: waiting claims do not block the others.
    """

    def __init__(self) -> None:
        import asyncio

        self._asyncio = asyncio
        self.values: dict[str, Any] = {}
        self.events: dict[str, Any] = {}

    async def claim(self, key: str, wait_s: float) -> tuple[str, Any]:
        if key in self.values:
            return "value", self.values[key]
        if key in self.events:
            try:
                await self._asyncio.wait_for(self.events[key].wait(), timeout=wait_s)
                return "value", self.values[key]
            except (TimeoutError, self._asyncio.TimeoutError, KeyError):
                return "yours", None  # its maker died or is stuck: compute it yourself
        self.events[key] = self._asyncio.Event()
        return "yours", None

    async def put(self, key: str, value: Any) -> None:
        self.values[key] = value
        event = self.events.pop(key, None)
        if event is not None:
            event.set()

    async def release(self, key: str) -> None:
        """The maker failed without a value: the next claim computes it."""
        event = self.events.pop(key, None)
        if event is not None:
            event.set()


def _once_name(run: str, node_id: str) -> str:
    return f"asmopt-once-{run[:16]}-{node_id[:16]}"


def once_per_node(key: str, make: Callable[[], Any], wait_s: float = 1800.0) -> Any:
    """`make()`, computed once per node for this run: on a Ray task of a `RayExecutor`, the
    node's first worker to ask computes it and the node's others get its value (a
    baseline prepared once per node). Elsewhere, or when the node has no such actor
    (it joined after the run started), simply `make()`. An exception of `make` is
    raised to the worker that ran it and the next asker tries again."""
    if _run is None:
        return make()
    ray = ray_module()
    try:
        actor = ray.get_actor(_once_name(_run, ray.get_runtime_context().get_node_id()))
    except ValueError:
        return make()
    kind, value = ray.get(actor.claim.remote(key, wait_s))
    if kind == "value":
        return value
    try:
        value = make()
    except BaseException:
        actor.release.remote(key)
        raise
    ray.get(actor.put.remote(key, value))
    return value


_call = _Lazy(_call_fn, num_cpus=1, max_retries=TASK_RETRIES, retry_exceptions=False)


class RayExecutor(Executor):
    """Run callables as Ray tasks, one CPU each; futures are `concurrent.futures` futures.

    `initializer(*initargs)` runs once in each Ray worker process before its first
    task (like `ProcessPoolExecutor`); it must be importable on every node.
    """

    def __init__(self, address: str, *, initializer: Callable[..., Any] | None = None,
                 initargs: tuple[Any, ...] = (), unsafe: bool = False,
                 nodes: Sequence[str] | None = None) -> None:
        checked = connect(address, unsafe=unsafe)
        self.nodes = subset(checked, nodes)
        # On a subset (a benchmark's "by number of nodes"), tasks are spread over its nodes by
        # their CPUs, with soft affinity, so a task whose node dies still runs elsewhere.
        self._slots = [n.node_id for n in self.nodes for _ in range(max(1, int(n.cpus)))] if nodes else []
        self._next = 0
        ray = ray_module()
        self._ray = ray
        init = (initializer, tuple(initargs)) if initializer is not None else None
        self._init_key = os.urandom(16)
        self._init_ref = ray.put(init)  # shipped once to the object store, not once per task
        self._refs: dict[Future, Any] = {}
        self._closed = False
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        once = ray.remote(num_cpus=0)(_Once)
        # One per node of the run (all checked nodes: soft affinity may place a task on any).
        self._once = [once.options(name=_once_name(self._init_key.hex(), n.node_id),
                                   scheduling_strategy=NodeAffinitySchedulingStrategy(n.node_id, soft=False)
                                   ).remote() for n in checked]

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:  # type: ignore[override]
        if self._closed:
            raise RuntimeError("cannot submit to a closed RayExecutor")
        call = _call
        if self._slots:
            from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

            node = self._slots[self._next % len(self._slots)]
            self._next += 1
            call = _call.options(scheduling_strategy=NodeAffinitySchedulingStrategy(node, soft=True))
        ref = call.remote(self._init_key, self._init_ref, fn, args, kwargs)
        fut: Future = Future()
        self._refs[fut] = ref
        ref.future().add_done_callback(lambda inner: self._settle(fut, inner))
        return fut

    def _settle(self, fut: Future, inner: Future) -> None:
        self._refs.pop(fut, None)
        if not fut.set_running_or_notify_cancel():
            return
        exc = inner.exception()
        if exc is None:
            fut.set_result(inner.result())
            return
        # The callable's own exception, as a local pool would raise it (Ray wraps it with
        # the remote traceback); a dead worker or node after the retries stays Ray's error.
        cause = getattr(exc, "cause", None)
        fut.set_exception(cause if isinstance(cause, BaseException) else exc)

    def __exit__(self, exc_type: Any, *rest: Any) -> bool:
        # Leaving on an error or Ctrl-C stops the tasks still queued or running.
        self.shutdown(wait=exc_type is None, cancel_futures=exc_type is not None)
        return False

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._closed = True
        if cancel_futures:
            for ref in list(self._refs.values()):
                try:
                    self._ray.cancel(ref, force=True)
                except Exception:  # already finished or its node is gone: nothing to stop
                    pass
        if wait and not cancel_futures:
            pending = list(self._refs.values())
            if pending:
                self._ray.wait(pending, num_returns=len(pending))
        for actor in self._once:
            try:
                self._ray.kill(actor)
            except Exception:  # its node is gone already
                pass
        self._once = []


def pool(jobs: int, ray_address: str | None = None, *, initializer: Callable[..., Any] | None = None,
         initargs: Sequence[Any] = (), unsafe: bool = False, nodes: Sequence[str] | None = None) -> Executor:
    """Where work runs: `jobs` local worker processes, or the Ray cluster at `ray_address`
    (all its checked CPU nodes, or only the node ids in `nodes`)."""
    if ray_address:
        return RayExecutor(ray_address, initializer=initializer, initargs=tuple(initargs), unsafe=unsafe,
                           nodes=nodes)
    return ProcessPoolExecutor(max_workers=max(1, jobs), initializer=initializer, initargs=tuple(initargs))
