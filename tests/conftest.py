"""Shared fixtures: a cache private to the test session, small real programs."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# One cache for the whole session, never the user's: tests must not be served
# results from earlier runs of other code.
_CACHE = tempfile.mkdtemp(prefix="asmopt-test-cache-")
os.environ["ASMOPT_CACHE"] = _CACHE


@pytest.fixture(scope="session")
def gcc_asm():
    """Compile C text to -O3 assembly with the host gcc (trusted test input)."""

    def compile_(source: str, flags: tuple[str, ...] = ("-O3",)) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "prog.c"
            src.write_text(source)
            subprocess.run(["gcc", *flags, "-S", str(src), "-o", str(Path(tmp) / "prog.s")], check=True)
            return (Path(tmp) / "prog.s").read_text()

    return compile_


class FakeTiming:
    """The interleaved timing protocol, faked: each candidate binary times as `set` says
    (1.0x, not confirmed, unless told), and every call's inputs are recorded.

    For tests of what is done with a timing (confirmation, what is written, what is
    reported), which must not hang on a shared machine's noise; real timing is
    tested in tests/measure and test_evaluate.
    """

    def __init__(self) -> None:
        self.walls: dict[bytes, float | Callable[[list[bytes]], float]] = {}
        self.short: dict[bytes, float] = {}
        self.calls: list[list[bytes]] = []  # the inputs of each timing, in order
        self.rounds: list[int] = []  # the measured rounds of each timing, in order

    def set(self, asm: str, wall: float | Callable[[list[bytes]], float], short: float | None = None) -> None:
        """How `asm` times: a wall speedup, or a function of the inputs timed giving one;
        `short`: what the short protocol (a search's ranking) reads instead, when it differs."""
        from asmopt import toolchain

        built = toolchain.build(asm)
        assert built.ok and built.binary is not None, built.error
        self.walls[built.binary.read_bytes()] = wall
        if short is not None:
            self.short[built.binary.read_bytes()] = short

    def __call__(self, base: Path, cand: Path, inputs, runner, cfg=None, placements=()):
        from asmopt.measure.timing import SHORT, Timing, TimingConfig

        cfg = cfg or TimingConfig()
        self.calls.append(list(inputs))
        self.rounds.append(cfg.rounds)
        code = Path(cand).read_bytes()
        wall = self.walls.get(code, 1.0)
        wall = wall(list(inputs)) if callable(wall) else wall
        if cfg == SHORT:
            wall = self.short.get(code, wall)
        gain = wall >= 1.1
        return Timing(speedup_wall=wall, ci=(wall * 0.9, wall * 1.1), p_value=0.001 if gain else 0.5,
                      significant=gain, speedup_cpu=wall, rounds=cfg.rounds, base_wall_s=0.02,
                      cand_wall_s=0.02 / wall)


@pytest.fixture
def fake_timing(monkeypatch: pytest.MonkeyPatch) -> FakeTiming:
    """Replace the interleaved protocol (`asmopt.measure.timing.interleaved`) by a FakeTiming."""
    from asmopt.measure import timing

    fake = FakeTiming()
    monkeypatch.setattr(timing, "interleaved", fake)
    return fake


class _RayCluster:
    """A head without CPUs and worker nodes with one CPU each, all on this machine."""

    def __init__(self, workers: int = 2) -> None:
        from ray.cluster_utils import Cluster

        self._cluster = Cluster(initialize_head=True,
                                head_node_args={"num_cpus": 0, "include_dashboard": False})
        self.worker_nodes_list = [self._cluster.add_node(num_cpus=1) for _ in range(workers)]
        self._cluster.wait_for_nodes()

    @property
    def address(self) -> str:
        return self._cluster.address

    def add_node(self, **kwargs):
        return self._cluster.add_node(**kwargs)

    def remove_node(self, node, allow_graceful: bool = True) -> None:
        self._cluster.remove_node(node, allow_graceful=allow_graceful)

    def replace_worker(self, node) -> None:
        """Put a fresh one-CPU worker node in place of `node` (removed if still there)."""
        i = self.worker_nodes_list.index(node)
        if node in self._cluster.worker_nodes:
            self._cluster.remove_node(node)
        self.worker_nodes_list[i] = self._cluster.add_node(num_cpus=1)
        self._cluster.wait_for_nodes()

    def wait_for_nodes(self) -> None:
        self._cluster.wait_for_nodes()

    def shutdown(self) -> None:
        self._cluster.shutdown()


@pytest.fixture(scope="session")
def ray_cluster():
    """A local multi-node Ray cluster, joined by this process (asmopt.cluster uses it)."""
    import ray

    from asmopt import cluster

    made = _RayCluster()
    ray.init(address=made.address, log_to_driver=False, logging_level="WARNING")
    try:
        yield made
    finally:
        ray.shutdown()
        made.shutdown()
        cluster._checked.clear()
