"""Timing a candidate binary against its baseline.

Our protocol (`interleaved`) is built to resist the ways timing lies:

* Interleaving: baseline and candidate run back to back in every round, so slow
  drift of the machine (frequency scaling, thermal state, other load) hits both
  alike and cancels in the per-round ratio. Which one goes first alternates
  (ABBA...), so an order effect (the second run finding warm caches) cancels too
  instead of favouring one side.
* Median and bootstrap: the estimate is the median of per-round ratios with a
  bootstrap interval, so a few outlier rounds (an interrupt, a page-cache miss)
  neither make nor break a result.
* The gate: a gain counts only when a one-sided signed-rank test, a minimum
  effect (threshold) and the interval all agree, so noise does not count as a
  speedup.

The SuperCoder paper's hyperfine-style protocol (`paper`: each program
benchmarked separately, mean time, per-test speedups clipped at 1) is biased by
drift and by clipping; it is kept only to compare with the paper's numbers.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import statistics
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from asmopt.errors import AsmoptError
from asmopt.measure.stats import clipped_mean_speedup, paired_ratio_stats
from asmopt.sandbox import Limits, Run, execute

#: Runs one binary on one input and reports what happened.
Runner = Callable[[Path, bytes], Run]

#: Floor for CPU time, which can read 0 for very short programs.
_MIN_CPU_S = 1e-6


class TimingError(AsmoptError):
    """A timed run did not succeed, so there is nothing honest to measure."""


@dataclass(frozen=True)
class TimingConfig:
    """Settings of the interleaved protocol."""

    warmup: int = 2
    rounds: int = 15
    threshold: float = 0.02
    alpha: float = 0.05
    n_boot: int = 2000
    seed: int = 0
    # Code placements a judgement cycles both programs through (`asmopt.layout`; 1: as built).
    # The caller builds them and passes them to `interleaved`.
    placements: int = 1


#: The protocol cut to 1 warm-up and 5 rounds: what search ranks candidates by (and short-timed
#: rewards read). `asmopt bench cost` calibrated it against the full protocol: Spearman 0.97 and
#: every significant sign right on the test split (docs/measurement.md "Calibration").
SHORT = TimingConfig(warmup=1, rounds=5)


@dataclass
class Timing:
    """Result of the interleaved protocol. Speedups are base/cand (> 1: candidate faster)."""

    speedup_wall: float
    ci: tuple[float, float]
    p_value: float | None
    significant: bool
    speedup_cpu: float
    rounds: int
    base_wall_s: float  # median over rounds of the summed wall time over the tests
    cand_wall_s: float
    placements: int = 1  # code placements the rounds cycled through (1: as built)

    @property
    def confirmed(self) -> bool:
        """A gain the gate confirms: significant in wall time, and CPU time not worse
        (what `evaluate` marks `significant`)."""
        return self.significant and self.speedup_cpu >= 1.0

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready values."""
        return {
            "speedup_wall": self.speedup_wall,
            "ci": [self.ci[0], self.ci[1]],
            "p_value": self.p_value,
            "significant": self.significant,
            "speedup_cpu": self.speedup_cpu,
            "rounds": self.rounds,
            "base_wall_s": self.base_wall_s,
            "cand_wall_s": self.cand_wall_s,
            "placements": self.placements,
        }


@dataclass
class PaperTiming:
    """Result of the paper's protocol: clipped mean of per-test speedups."""

    speedup: float
    per_test: list[float]


def sandbox_runner(limits: Limits, unsafe: bool = False) -> Runner:
    """A runner that executes the binary in the sandbox as /box/prog."""

    def run(binary: Path, inp: bytes) -> Run:
        # Same inside path for both programs: argv[0] and the environment shift the
        # initial stack, and with it alignment and timing, so they must not differ.
        return execute(["/box/prog"], stdin=inp, ro_files={"prog": binary}, limits=limits, unsafe=unsafe)

    return run


def lock_dir() -> Path:
    """Where the timing locks live: $ASMOPT_LOCK_DIR, else /tmp/asmopt-locks-UID.

    Not the cache folder: processes with different caches (a test session, `bench reward`'s
    fresh cache, a benchmark on the default cache) must still not time beside each other.
    One folder per user, so another user cannot plant or hold it.
    """
    root = os.environ.get("ASMOPT_LOCK_DIR")
    path = Path(root) if root else Path("/tmp") / f"asmopt-locks-{os.getuid()}"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = path.lstat()
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        raise TimingError(f"the timing lock folder {path} is not a folder of this user; set ASMOPT_LOCK_DIR")
    return path


def _lock_fd(name: str) -> int:
    return os.open(lock_dir() / name, os.O_RDWR | os.O_CREAT, 0o600)


@contextlib.contextmanager
def exclusive() -> Iterator[None]:
    """Hold the machine quiet while timing: no other asmopt work runs meanwhile.

    Work that loads the machine (building, judging, counting under valgrind)
    holds `busy()`, a shared lock; timing holds this exclusive one, so it waits
    for running work to finish and holds new work back until it is done. A
    program timed beside a valgrind run on a 2-core machine measures the
    other's load. The turnstile makes a waiting timer go ahead of work that
    arrives after it (no starvation). Locks are files in `lock_dir()`, one
    per machine and user whatever the cache folder, released by the kernel
    when their holder dies.
    """
    turn, fd = _lock_fd("timing.turn"), _lock_fd("timing.lock")
    try:
        fcntl.flock(turn, fcntl.LOCK_EX)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        finally:
            fcntl.flock(turn, fcntl.LOCK_UN)
        yield
    finally:
        os.close(fd)  # closing a descriptor releases its lock
        os.close(turn)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """Mark work that loads the machine, so timing (`exclusive`) waits for it; many may run at once."""
    turn, fd = _lock_fd("timing.turn"), _lock_fd("timing.lock")
    try:
        fcntl.flock(turn, fcntl.LOCK_EX)  # wait behind a timer already queued
        fcntl.flock(turn, fcntl.LOCK_UN)
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)
        os.close(turn)


def _how_it_ended(run: Run) -> str:
    if run.timed_out:
        return f"timed out after {run.wall_s:.3f}s"
    if run.output_exceeded:
        return "exceeded the output limit"
    if run.signal is not None:
        return f"was killed by signal {run.signal}"
    return f"exited with code {run.exit_code}"


def _checked(runner: Runner, binary: Path, inp: bytes, who: str, test: int, when: str) -> Run:
    run = runner(binary, inp)
    if not run.ok:
        msg = f"{who} binary {binary} failed on test {test} ({when}): it {_how_it_ended(run)}"
        # The last stderr line says why (a crash message, or the sandbox failing to start).
        lines = run.stderr.decode(errors="replace").strip().splitlines()
        if lines:
            msg += f" [stderr: {lines[-1][:200]}]"
        raise TimingError(msg)
    return run


def interleaved(
    base: Path,
    cand: Path,
    inputs: Sequence[bytes],
    runner: Runner,
    cfg: TimingConfig = TimingConfig(),
    placements: Sequence[tuple[Path, Path]] = (),
) -> Timing:
    """Time `cand` against `base` on `inputs` with the strict interleaved protocol.

    `cfg.warmup` discarded rounds, then `cfg.rounds` measured ones. In a round
    every input is run by both programs back to back; the one going first
    alternates from round to round and, within a round, from input to input,
    so each program goes first equally often.

    `placements`: the two programs built at several code placements (pairs of
    baseline and candidate binaries, `asmopt.layout.binaries`); round r runs
    the r-th pair, cyclically, so the ratio is what the change does wherever
    the code lands, not the alignment it happened to get. Each placement is
    warmed up once at least.
    """
    if not inputs:
        raise ValueError("timing needs at least one input")
    if cfg.warmup < 0:
        raise ValueError("warmup must not be negative")
    pairs = list(placements) or [(base, cand)]
    warmup = max(cfg.warmup, len(pairs)) if placements else cfg.warmup
    base_wall: list[float] = []
    cand_wall: list[float] = []
    cpu_ratios: list[float] = []
    for rnd in range(warmup + cfg.rounds):
        measured = rnd >= warmup
        when = f"measured round {rnd - warmup}" if measured else f"warm-up round {rnd}"
        base, cand = pairs[rnd % len(pairs)]
        bw = cw = bc = cc = 0.0
        for i, inp in enumerate(inputs):
            if (rnd + i) % 2 == 0:
                b = _checked(runner, base, inp, "baseline", i, when)
                c = _checked(runner, cand, inp, "candidate", i, when)
            else:
                c = _checked(runner, cand, inp, "candidate", i, when)
                b = _checked(runner, base, inp, "baseline", i, when)
            bw += b.wall_s
            cw += c.wall_s
            bc += b.cpu_s
            cc += c.cpu_s
        if measured:
            base_wall.append(bw)
            cand_wall.append(cw)
            cpu_ratios.append(max(bc, _MIN_CPU_S) / max(cc, _MIN_CPU_S))
    st = paired_ratio_stats(
        base_wall,
        cand_wall,
        threshold=cfg.threshold,
        alpha=cfg.alpha,
        n_boot=cfg.n_boot,
        seed=cfg.seed,
    )
    return Timing(
        speedup_wall=st.ratio,
        ci=(st.ci_low, st.ci_high),
        p_value=st.p_value,
        significant=st.significant,
        speedup_cpu=float(statistics.median(cpu_ratios)),
        rounds=st.n,
        base_wall_s=float(statistics.median(base_wall)),
        cand_wall_s=float(statistics.median(cand_wall)),
        placements=len(pairs),
    )


def _mean_wall(binary: Path, inp: bytes, runner: Runner, who: str, test: int, warmup: int, runs: int) -> float:
    for w in range(warmup):
        _checked(runner, binary, inp, who, test, f"paper protocol, warm-up run {w}")
    walls = [_checked(runner, binary, inp, who, test, f"paper protocol, run {r}").wall_s for r in range(runs)]
    return statistics.fmean(walls)


def paper(
    base: Path,
    cand: Path,
    inputs: Sequence[bytes],
    runner: Runner,
    warmup: int = 3,
    runs: int = 10,
) -> PaperTiming:
    """The SuperCoder paper's hyperfine-style protocol, for comparability only.

    Per input: baseline benchmarked (warm-ups discarded, mean of `runs`), then the
    candidate the same way; per-test speedup mean_base/mean_cand; program speedup
    the clipped mean of those.
    """
    if not inputs:
        raise ValueError("timing needs at least one input")
    if runs < 1 or warmup < 0:
        raise ValueError("need runs >= 1 and warmup >= 0")
    per_test: list[float] = []
    for i, inp in enumerate(inputs):
        mean_base = _mean_wall(base, inp, runner, "baseline", i, warmup, runs)
        mean_cand = _mean_wall(cand, inp, runner, "candidate", i, warmup, runs)
        per_test.append(mean_base / mean_cand)
    return PaperTiming(speedup=clipped_mean_speedup(per_test), per_test=per_test)


def beside_floor(binary: Path, inputs: Sequence[bytes], floor_binary: Path, runner: Runner,
                 runs: int = 7) -> tuple[float, list[float]]:
    """Median wall time of an empty program and of `binary` on each input, run in turns
    (the floor, then each input, `runs` times, after one warm-up of each) so that a slow
    spell of the machine weighs on both alike: a ratio of the two is what it is about."""
    if runs < 1:
        raise ValueError("runs must be at least 1")
    floor: list[float] = []
    walls: list[list[float]] = [[] for _ in inputs]
    for r in range(runs + 1):  # round 0 is the warm-up
        when = "warm-up run" if r == 0 else f"run {r}"
        f = _checked(runner, floor_binary, b"", "floor", 0, when).wall_s
        ws = [_checked(runner, binary, inp, "baseline", i, when).wall_s for i, inp in enumerate(inputs)]
        if r:
            floor.append(f)
            for i, w in enumerate(ws):
                walls[i].append(w)
    return float(statistics.median(floor)), [float(statistics.median(w)) for w in walls]


def startup_floor(floor_binary: Path, runner: Runner, runs: int = 20) -> float:
    """Median wall time of an empty program on empty input (2 warm-ups first):
    the cost of starting a process, below which no program can go."""
    if runs < 1:
        raise ValueError("runs must be at least 1")
    for w in range(2):
        _checked(runner, floor_binary, b"", "floor", 0, f"warm-up run {w}")
    walls = [_checked(runner, floor_binary, b"", "floor", 0, f"run {r}").wall_s for r in range(runs)]
    return float(statistics.median(walls))
