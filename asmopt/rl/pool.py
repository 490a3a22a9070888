"""The reward service's local pool: worker processes fed by one dispatcher thread.

`RewardService` (`asmopt.rl.service`) submits (task, assembly) pairs to a `Pool`
and gets a Future per sample; on a Ray cluster each node's scoring actor holds
one (`asmopt.rl.ray_pool`).

- Processes, not threads: the sandbox's staging is per process and not
  thread-safe. Each worker is a fresh interpreter running this module
  (`_worker_main`), so the host's threads, CUDA or main script never leak in.
- Each worker prepares a task's baseline once and keeps it; preparation has its
  own, long time limit and never eats a sample's budget.
- A sample still running after the per-sample limit has its worker killed (the
  sandbox dies with it) and replaced; it is answered as a time-out.
"""

from __future__ import annotations

import itertools
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import weakref
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from asmopt.evaluate import EvalConfig
from asmopt.rl.rewards import reward as reward_of
from asmopt.task import Task

# -- the pool --------------------------------------------------------------------

@dataclass
class _Job:
    id: int
    task: Task
    asm: str
    future: Future


@dataclass
class _Worker:
    proc: subprocess.Popen
    rx: Connection  # what the worker sends
    tx: Connection  # what the worker receives
    known: set[str] = field(default_factory=set)  # tasks whose Task object this worker holds
    ready: set[str] = field(default_factory=set)  # tasks whose baseline this worker has prepared
    job: _Job | None = None
    deadline: float = 0.0
    started: float = 0.0
    evaluating: bool = False


def _worker_command() -> tuple[list[str], dict[str, str]]:
    """How a worker starts: a fresh interpreter running this module. Not fork (trainers
    run threads and CUDA that a fork would copy half-way) and not multiprocessing's
    spawn, which re-imports the host's main script (a Ray worker, a training script)."""
    import asmopt

    root = str(Path(asmopt.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return [sys.executable, "-m", "asmopt.rl.pool", "--worker"], env


class Pool:
    """Worker processes and the dispatcher thread that feeds them and enforces limits."""

    def __init__(self, jobs: int, cfg: EvalConfig, reward: str, timeout_s: float, prepare_timeout_s: float) -> None:
        self.cfg, self.reward = cfg, reward
        self.timeout_s, self.prepare_timeout_s = timeout_s, prepare_timeout_s
        self.command, self.env = _worker_command()
        self.inbox: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_w, False)
        self.ids = itertools.count()
        self.workers = [self._spawn() for _ in range(jobs)]
        self.pending: list[_Job] = []
        self.warm: set[str] = set()  # baselines prepared somewhere: the disk cache holds their counts
        self.failed: dict[str, str] = {}  # tasks whose baseline cannot be prepared, and why
        self.closed = False
        self.thread = threading.Thread(target=self._run, name="asmopt-reward-dispatch", daemon=True)
        self.thread.start()
        self._finalizer = weakref.finalize(self, Pool._stop_workers, list(self.workers))

    def alive(self) -> bool:
        return self.thread.is_alive()

    def submit(self, task: Task, asm: str) -> Future:
        fut: Future = Future()
        self.inbox.put(_Job(next(self.ids), task, asm, fut))
        self._wake()
        return fut

    def close(self) -> None:
        self.closed = True
        self.inbox.put(None)
        self._wake()
        self.thread.join(timeout=30)
        self._finalizer.detach()
        Pool._stop_workers(self.workers, grace_s=3.0)
        for fd in (self.wake_r, self.wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def _wake(self) -> None:
        try:
            os.write(self.wake_w, b"x")
        except (BlockingIOError, OSError):
            pass  # the pipe is full (a wake-up is already pending) or closed

    def _spawn(self) -> _Worker:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        try:
            proc = subprocess.Popen([*self.command, str(to_child_r), str(from_child_w)], env=self.env,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    pass_fds=(to_child_r, from_child_w), close_fds=True)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        tx = Connection(to_child_w, readable=False)
        tx.send((self.cfg, self.reward))
        return _Worker(proc, Connection(from_child_r, writable=False), tx)

    @staticmethod
    def _stop_workers(workers: list[_Worker], grace_s: float = 0.0) -> None:
        """End workers: idle ones leave on their own when their pipe closes (and clean
        up after themselves) within `grace_s`; the rest are killed (bwrap runs with
        --die-with-parent, so a sandboxed program dies with its worker)."""
        for w in workers:
            w.tx.close()
        deadline = time.monotonic() + grace_s
        for w in workers:
            if w.proc.poll() is None and w.job is None:
                try:
                    w.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    pass
        for w in workers:
            if w.proc.poll() is None:
                w.proc.kill()
        for w in workers:
            try:
                w.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            w.rx.close()

    # The dispatcher thread: everything below runs there only.
    def _run(self) -> None:
        try:
            while not self.closed:
                self._drain_inbox()
                self._assign()
                now = time.monotonic()
                busy = [w for w in self.workers if w.job is not None]
                timeout = min((w.deadline for w in busy), default=now + 3600) - now
                ready = wait([w.rx for w in busy] + [self.wake_r],
                                                        timeout=max(0.0, timeout))
                if self.wake_r in ready:
                    os.read(self.wake_r, 4096)
                for w in busy:
                    if w.rx in ready:
                        self._receive(w)
                now = time.monotonic()
                for w in self.workers:
                    if w.job is not None and now >= w.deadline:
                        self._expire(w)
        except BaseException as exc:  # a dispatcher bug must not leave callers waiting forever
            for job in self.pending + [w.job for w in self.workers if w.job]:
                if not job.future.done():
                    job.future.set_result({"error": f"reward service failed: {exc!r}"})
            raise
        finally:
            for job in self.pending + [w.job for w in self.workers if w.job]:
                if not job.future.done():
                    job.future.set_result({"error": "reward service closed"})

    def _drain_inbox(self) -> None:
        while True:
            try:
                job = self.inbox.get_nowait()
            except queue.Empty:
                return
            if job is None:
                self.closed = True
                return
            if job.task.id in self.failed:
                job.future.set_result({"error": self.failed[job.task.id]})
            else:
                self.pending.append(job)

    def _assign(self) -> None:
        for w in self.workers:
            if w.job is None and self.pending:
                job = self._pick(w)
                if job is not None:
                    self._send(w, job)

    def _pick(self, w: _Worker) -> _Job | None:
        """The next job for an idle worker: one whose baseline it holds, else one whose
        baseline is on disk or nobody is preparing, never a second cold preparation
        of a baseline another worker is measuring right now."""
        preparing = {x.job.task.id for x in self.workers if x.job is not None and not x.evaluating}
        choice = next((j for j in self.pending if j.task.id in w.ready), None)
        if choice is None:
            choice = next((j for j in self.pending if j.task.id in self.warm or j.task.id not in preparing), None)
        if choice is not None:
            self.pending.remove(choice)
        return choice

    def _send(self, w: _Worker, job: _Job) -> None:
        task = None if job.task.id in w.known else job.task
        try:
            w.tx.send((job.id, job.task.id, task, job.asm))
        except (OSError, EOFError):
            self.pending.insert(0, job)
            self._replace(w)
            return
        w.known.add(job.task.id)
        w.job = job
        w.started = time.monotonic()
        w.evaluating = job.task.id in w.ready
        w.deadline = w.started + (self.timeout_s if w.evaluating else self.prepare_timeout_s)

    def _receive(self, w: _Worker) -> None:
        job = w.job
        assert job is not None
        try:
            while w.rx.poll():
                kind, job_id, payload = w.rx.recv()
                if job_id != job.id:
                    continue
                if kind == "ready":
                    # The baseline is there: from now on the sample's own limit runs.
                    w.ready.add(job.task.id)
                    self.warm.add(job.task.id)
                    w.evaluating = True
                    w.deadline = time.monotonic() + self.timeout_s
                    continue
                if payload.get("task_error"):
                    self.failed[job.task.id] = payload["error"]
                job.future.set_result(payload)
                w.job = None
                return
        except (EOFError, OSError):
            if not job.future.done():
                job.future.set_result({"error": f"reward worker died while scoring for {job.task.id}"})
            w.job = None
            self._replace(w)

    def _expire(self, w: _Worker) -> None:
        job = w.job
        assert job is not None
        if w.evaluating:
            payload: dict[str, Any] = {"timeout": True, "seconds": time.monotonic() - w.started}
        else:
            # The baseline itself did not finish: the task is unusable, not the sample wrong.
            msg = f"task {job.task.id}: baseline preparation took longer than {self.prepare_timeout_s:g} s"
            self.failed[job.task.id] = msg
            payload = {"error": msg}
        job.future.set_result(payload)
        w.job = None
        self._replace(w)

    def _replace(self, w: _Worker) -> None:
        i = self.workers.index(w)
        Pool._stop_workers([w])
        self.workers[i] = self._spawn()
        self._finalizer.detach()
        self._finalizer = weakref.finalize(self, Pool._stop_workers, list(self.workers))


# -- the worker process --------------------------------------------------------------

def _worker_main(rx: Connection, tx: Connection) -> None:
    """Receive the settings, then jobs (job id, task id, Task or None, asm); answer
    "ready" once the baseline is prepared, then "done" with the result and reward."""
    from asmopt.candidate import Candidate
    from asmopt.evaluate import Prepared, TaskError, evaluate, prepare

    # Ctrl-C is the parent's to handle; it stops us by closing the pipe or killing.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        cfg, reward_name = rx.recv()
    except (EOFError, OSError):
        return
    tasks: dict[str, Task] = {}
    prepared: dict[str, Prepared] = {}
    while True:
        try:
            job_id, task_id, task, asm = rx.recv()
        except (EOFError, OSError):
            return  # the parent is gone or closed us
        if task is not None:
            tasks[task_id] = task
        try:
            if task_id not in prepared:
                prepared[task_id] = prepare(tasks[task_id], cfg)
            tx.send(("ready", job_id, None))
            start = time.perf_counter()
            result = evaluate(prepared[task_id], Candidate(task_id, asm), cfg)
            payload = {"result": result.to_dict(), "reward": reward_of(reward_name, result),
                       "seconds": time.perf_counter() - start}
        except TaskError as exc:
            payload = {"error": str(exc), "task_error": True}
        except Exception as exc:  # a harness failure on one sample must not end the worker
            payload = {"error": f"internal error: {exc!r}"}
        try:
            tx.send(("done", job_id, payload))
        except (EOFError, OSError):
            return


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    _worker_main(Connection(int(sys.argv[2]), writable=False), Connection(int(sys.argv[3]), readable=False))
