"""Tests for the timing protocols, with fake runners and one real sandbox run."""

from __future__ import annotations

import math
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from asmopt.measure.timing import (
    PaperTiming,
    Timing,
    TimingConfig,
    TimingError,
    beside_floor,
    interleaved,
    paper,
    sandbox_runner,
    startup_floor,
)
from asmopt.sandbox import Limits, Run

BASE = Path("/fake/base")
CAND = Path("/fake/cand")
INPUTS = [b"1\n", b"22\n", b"333\n"]


def made_run(wall: float, cpu: float | None = None, exit_code: int | None = 0, **kw: object) -> Run:
    return Run(
        exit_code=exit_code,
        signal=kw.pop("signal", None),  # type: ignore[arg-type]
        stdout=b"",
        stderr=b"",
        wall_s=wall,
        cpu_s=wall if cpu is None else cpu,
        max_rss_kb=1000,
        **kw,  # type: ignore[arg-type]
    )


class FakeRunner:
    """Costs proportional to input length, the candidate at `factor` of the baseline,
    with seeded multiplicative noise; records every call."""

    def __init__(self, factor: float, sigma: float = 0.03, seed: int = 0) -> None:
        self.factor = factor
        self.sigma = sigma
        self.rng = np.random.default_rng(seed)
        self.calls: list[tuple[Path, bytes]] = []

    def __call__(self, binary: Path, inp: bytes) -> Run:
        self.calls.append((binary, inp))
        cost = 0.01 * len(inp) * (self.factor if binary == CAND else 1.0)
        noise = float(np.exp(self.rng.normal(0.0, self.sigma))) if self.sigma else 1.0
        return made_run(cost * noise, cpu=0.9 * cost * noise)


def test_faster_candidate_is_significant() -> None:
    runner = FakeRunner(factor=0.8, seed=1)
    t = interleaved(BASE, CAND, INPUTS, runner)
    assert isinstance(t, Timing)
    assert t.speedup_wall == pytest.approx(1.25, abs=0.04)
    assert t.speedup_cpu == pytest.approx(1.25, abs=0.04)
    assert t.significant
    assert t.p_value is not None and t.p_value < 0.01
    assert 1 < t.ci[0] <= t.speedup_wall <= t.ci[1]
    assert t.rounds == 15
    total = 0.01 * sum(len(i) for i in INPUTS)
    assert t.base_wall_s == pytest.approx(total, rel=0.05)
    assert t.cand_wall_s == pytest.approx(0.8 * total, rel=0.05)
    assert len(runner.calls) == (2 + 15) * len(INPUTS) * 2


def test_same_program_is_not_significant() -> None:
    for seed in range(5):
        t = interleaved(BASE, CAND, INPUTS, FakeRunner(factor=1.0, sigma=0.05, seed=seed))
        assert not t.significant
        assert t.speedup_wall == pytest.approx(1.0, abs=0.05)


def test_one_percent_gain_without_noise_is_below_threshold() -> None:
    t = interleaved(BASE, CAND, INPUTS, FakeRunner(factor=0.99, sigma=0.0))
    assert t.speedup_wall == pytest.approx(1 / 0.99)
    assert not t.significant
    lenient = interleaved(BASE, CAND, INPUTS, FakeRunner(factor=0.99, sigma=0.0), TimingConfig(threshold=0.005))
    assert lenient.significant


def test_order_alternates_between_rounds_abba() -> None:
    runner = FakeRunner(factor=0.8)
    cfg = TimingConfig(warmup=2, rounds=5)
    interleaved(BASE, CAND, INPUTS, runner, cfg)
    n = len(INPUTS)
    assert len(runner.calls) == (2 + 5) * n * 2
    for rnd in range(7):
        for i, inp in enumerate(INPUTS):
            first, second = runner.calls[(rnd * n + i) * 2 : (rnd * n + i) * 2 + 2]
            assert first[1] == second[1] == inp
            expected = (BASE, CAND) if (rnd + i) % 2 == 0 else (CAND, BASE)
            assert (first[0], second[0]) == expected, f"round {rnd} input {i}"
    # Per input, the first program alternates from round to round: A B B A A B ...
    firsts = [runner.calls[(rnd * n) * 2][0] for rnd in range(7)]
    assert firsts == [BASE, CAND, BASE, CAND, BASE, CAND, BASE]
    # and overall each program goes first equally often (to within one pair).
    firsts_all = [runner.calls[k][0] for k in range(0, len(runner.calls), 2)]
    assert abs(firsts_all.count(BASE) - firsts_all.count(CAND)) <= 1


def test_order_effect_cancels() -> None:
    """Whichever program runs second in a pair is 10% faster (warm caches); the
    programs are identical, so no gain may be reported."""
    calls: list[Path] = []

    def runner(binary: Path, inp: bytes) -> Run:
        calls.append(binary)
        second = len(calls) % 2 == 0
        return made_run(0.01 * (0.9 if second else 1.0))

    t = interleaved(BASE, CAND, [b"a", b"b"], runner, TimingConfig(rounds=10))
    assert t.speedup_wall == pytest.approx(1.0)
    assert not t.significant


def test_failing_candidate_raises_timing_error() -> None:
    def runner(binary: Path, inp: bytes) -> Run:
        if binary == CAND and inp == INPUTS[2]:
            return made_run(0.01, exit_code=3)
        return made_run(0.01)

    with pytest.raises(TimingError, match=r"candidate binary /fake/cand failed on test 2 .*exited with code 3"):
        interleaved(BASE, CAND, INPUTS, runner)


def test_crash_during_warmup_raises_with_signal() -> None:
    def runner(binary: Path, inp: bytes) -> Run:
        if binary == BASE:
            return made_run(0.01, exit_code=None, signal=11)
        return made_run(0.01)

    with pytest.raises(TimingError, match=r"baseline binary /fake/base failed on test 0 \(warm-up round 0\).*signal 11"):
        interleaved(BASE, CAND, INPUTS, runner)


def test_timeout_is_reported_as_such() -> None:
    def runner(binary: Path, inp: bytes) -> Run:
        return made_run(10.0, exit_code=None, signal=9, timed_out=True)

    with pytest.raises(TimingError, match="timed out"):
        paper(BASE, CAND, INPUTS, runner)


def test_zero_cpu_time_is_guarded() -> None:
    def runner(binary: Path, inp: bytes) -> Run:
        return made_run(0.01 if binary == BASE else 0.005, cpu=0.0)

    t = interleaved(BASE, CAND, INPUTS, runner, TimingConfig(rounds=5))
    assert t.speedup_cpu == 1.0
    assert t.speedup_wall == pytest.approx(2.0)


def test_too_few_rounds_is_rejected() -> None:
    with pytest.raises(ValueError, match="at least 5"):
        interleaved(BASE, CAND, INPUTS, FakeRunner(0.8), TimingConfig(rounds=3))
    with pytest.raises(ValueError, match="input"):
        interleaved(BASE, CAND, [], FakeRunner(0.8))


def test_to_dict_is_plain() -> None:
    d = interleaved(BASE, CAND, INPUTS, FakeRunner(0.8, seed=2), TimingConfig(rounds=6)).to_dict()
    assert set(d) == {
        "speedup_wall", "ci", "p_value", "significant", "speedup_cpu", "rounds", "base_wall_s", "cand_wall_s",
        "placements",
    }
    assert isinstance(d["ci"], list) and len(d["ci"]) == 2
    assert d["rounds"] == 6


def test_paper_protocol_clips_per_test_slowdowns() -> None:
    # Test 0: candidate slower (speedup 0.9); test 1: faster (1.2). Clipped mean: 1.1.
    costs = {(BASE, b"x"): 0.9, (CAND, b"x"): 1.0, (BASE, b"y"): 1.2, (CAND, b"y"): 1.0}
    calls: list[tuple[Path, bytes]] = []

    def runner(binary: Path, inp: bytes) -> Run:
        calls.append((binary, inp))
        return made_run(costs[binary, inp])

    pt = paper(BASE, CAND, [b"x", b"y"], runner, warmup=3, runs=10)
    assert isinstance(pt, PaperTiming)
    assert pt.per_test == pytest.approx([0.9, 1.2])
    assert pt.speedup == pytest.approx(1.1)
    # Not interleaved: each program's 13 runs in one block, baseline first, per input.
    assert calls == [(BASE, b"x")] * 13 + [(CAND, b"x")] * 13 + [(BASE, b"y")] * 13 + [(CAND, b"y")] * 13


def test_paper_protocol_discards_warmup_and_averages() -> None:
    seen: dict[Path, int] = {BASE: 0, CAND: 0}

    def runner(binary: Path, inp: bytes) -> Run:
        seen[binary] += 1
        # The first 3 runs are cold (10x slower) and must not count.
        return made_run(10.0 if seen[binary] <= 3 else (2.0 if binary == BASE else 1.0))

    pt = paper(BASE, CAND, [b""], runner)
    assert pt.per_test == [2.0]
    assert pt.speedup == 2.0


def test_startup_floor_is_median_after_warmups() -> None:
    walls = iter([5.0, 5.0] + [0.001, 0.002, 0.003, 0.5, 0.002])
    inputs: list[bytes] = []

    def runner(binary: Path, inp: bytes) -> Run:
        inputs.append(inp)
        return made_run(next(walls))

    assert startup_floor(Path("/fake/empty"), runner, runs=5) == 0.002
    assert inputs == [b""] * 7


def test_startup_floor_failure_raises() -> None:
    with pytest.raises(TimingError, match="floor"):
        startup_floor(Path("/fake/empty"), lambda b, i: made_run(0.001, exit_code=1))


def test_beside_floor_runs_in_turns_and_takes_medians() -> None:
    calls: list[tuple[str, bytes]] = []
    # A slow spell in the middle (the third round) weighs on the floor and the program alike.
    slow = {3}

    def runner(binary: Path, inp: bytes) -> Run:
        calls.append((binary.name, inp))
        rnd = (len(calls) - 1) // 3
        base = 0.001 if binary.name == "empty" else 0.001 + 0.004 * len(inp)
        return made_run(base * (10 if rnd in slow else 1))

    floor, walls = beside_floor(Path("/fake/prog"), [b"1\n", b"22\n"], Path("/fake/empty"), runner, runs=5)
    assert floor == pytest.approx(0.001) and walls == [pytest.approx(0.009), pytest.approx(0.013)]
    # A warm-up round, then 5: each round is the floor, then every input in order.
    assert calls == [("empty", b""), ("prog", b"1\n"), ("prog", b"22\n")] * 6


def test_beside_floor_failure_raises() -> None:
    def runner(binary: Path, inp: bytes) -> Run:
        return made_run(0.001, exit_code=1 if binary.name == "prog" else 0)

    with pytest.raises(TimingError, match="baseline binary /fake/prog failed on test 0"):
        beside_floor(Path("/fake/prog"), [b"1\n"], Path("/fake/empty"), runner)
    with pytest.raises(ValueError):
        beside_floor(Path("/fake/prog"), [b"1\n"], Path("/fake/empty"), runner, runs=0)


def _compile(tmp_path: Path, name: str, source: str) -> Path:
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    out = tmp_path / name
    subprocess.run(["gcc", "-O2", "-o", str(out), str(src)], check=True, capture_output=True)
    return out


@pytest.fixture
def real_runner() -> Callable[[Path, bytes], Run]:
    # The README's setup installs gcc and bubblewrap: without them this must fail, not skip.
    return sandbox_runner(Limits(wall_s=10.0))


def test_real_sandbox_a_a(tmp_path: Path, real_runner: Callable[[Path, bytes], Run]) -> None:
    a = _compile(tmp_path, "a", "int main(){return 0;}\n")
    b = _compile(tmp_path, "b", "int main(){return 0;}\n")
    # One input keeps the number of sandbox runs small (6 rounds x 2 programs).
    t = interleaved(a, b, [b""], real_runner, TimingConfig(warmup=1, rounds=5))
    assert math.isfinite(t.speedup_wall) and t.speedup_wall > 0
    assert math.isfinite(t.speedup_cpu) and t.speedup_cpu > 0
    assert t.p_value is not None and 0.0 <= t.p_value <= 1.0
    assert t.ci[0] <= t.ci[1]
    assert 0 < t.base_wall_s < 1 and 0 < t.cand_wall_s < 1
    assert t.rounds == 5
    # Not asserted: `not t.significant`. With 5 rounds the smallest one-sided p is 1/32, and on a
    # busy machine A/A runs came out "significant" in 5 of 40 trials at n=5 (0 of 20 at n=15).
    floor = startup_floor(a, real_runner, runs=5)
    assert 0 < floor < 1


def test_real_sandbox_failure_raises(tmp_path: Path, real_runner: Callable[[Path, bytes], Run]) -> None:
    ok = _compile(tmp_path, "ok", "int main(){return 0;}\n")
    bad = _compile(tmp_path, "bad", "int main(){return 7;}\n")
    with pytest.raises(TimingError, match="candidate .* exited with code 7"):
        interleaved(ok, bad, [b""], real_runner, TimingConfig(warmup=0, rounds=5))


def test_error_message_carries_last_stderr_line() -> None:
    def runner(binary: Path, inp: bytes) -> Run:
        run = made_run(0.01, exit_code=1)
        run.stderr = b"warming up\nbwrap: Creating new namespace failed\n"
        return run

    with pytest.raises(TimingError, match=r"exited with code 1 \[stderr: bwrap: Creating new namespace failed\]"):
        startup_floor(Path("/fake/empty"), runner)


def test_sandbox_runner_binds_both_programs_at_the_same_path(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[str], bytes, dict[str, Path], Limits, bool]] = []

    def fake_execute(argv, *, stdin, ro_files, limits, unsafe):  # type: ignore[no-untyped-def]
        seen.append((list(argv), stdin, dict(ro_files), limits, unsafe))
        return made_run(0.01)

    import asmopt.measure.timing as timing

    monkeypatch.setattr(timing, "execute", fake_execute)
    limits = Limits(wall_s=3.0)
    run = sandbox_runner(limits, unsafe=True)
    run(BASE, b"in1")
    run(CAND, b"in2")
    assert seen == [
        (["/box/prog"], b"in1", {"prog": BASE}, limits, True),
        (["/box/prog"], b"in2", {"prog": CAND}, limits, True),
    ]


def _hold_busy(ready, release, cache_dir: str | None = None) -> None:
    if cache_dir is not None:
        os.environ["ASMOPT_CACHE"] = cache_dir
    from asmopt.measure.timing import busy

    with busy():
        ready.set()
        release.wait(30)


@pytest.mark.parametrize("other_cache", [False, True], ids=["same-cache", "other-cache"])
def test_timing_waits_for_busy_work_in_other_processes(other_cache: bool, tmp_path: Path) -> None:
    """`exclusive` (timing) waits until no other process holds `busy` (building, judging, counting),
    whatever that process's cache folder: a benchmark on its own fresh cache (as `bench reward`
    makes) is still not timed beside other asmopt work."""
    import multiprocessing
    import threading

    from asmopt.measure.timing import exclusive

    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    cache_dir = str(tmp_path / "other-cache") if other_cache else None
    worker = ctx.Process(target=_hold_busy, args=(ready, release, cache_dir))
    worker.start()
    try:
        assert ready.wait(30)
        entered = threading.Event()

        def timer() -> None:
            with exclusive():
                entered.set()

        t = threading.Thread(target=timer, daemon=True)
        t.start()
        assert not entered.wait(0.5)  # held back while the other process works
        release.set()
        assert entered.wait(30)  # and runs as soon as it is done
        t.join(30)
    finally:
        release.set()
        worker.join(30)


def test_busy_work_waits_for_a_running_timing() -> None:
    import threading

    from asmopt.measure.timing import busy, exclusive

    entered = threading.Event()

    def worker() -> None:
        with busy():
            entered.set()

    with exclusive():
        t = threading.Thread(target=worker, daemon=True)
        t.start()
        assert not entered.wait(0.5)
    assert entered.wait(30)
    t.join(30)


def test_lock_folder_is_the_users_and_can_be_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from asmopt.measure.timing import TimingError, exclusive, lock_dir

    monkeypatch.delenv("ASMOPT_LOCK_DIR", raising=False)
    assert lock_dir() == Path("/tmp") / f"asmopt-locks-{os.getuid()}"
    monkeypatch.setenv("ASMOPT_LOCK_DIR", str(tmp_path / "locks"))
    with exclusive():
        assert (tmp_path / "locks" / "timing.lock").exists()
    # A link planted where the folder should be is not followed.
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "planted").symlink_to(tmp_path / "elsewhere")
    monkeypatch.setenv("ASMOPT_LOCK_DIR", str(tmp_path / "planted"))
    with pytest.raises(TimingError, match="not a folder of this user"):
        lock_dir()


def test_placements_are_cycled_so_one_lucky_alignment_is_not_a_gain() -> None:
    """A candidate only faster at the placement it was built at (alignment luck) is a gain when
    timed as built, and none when the rounds cycle both programs through several placements."""
    bases = [Path(f"/fake/base-{i}") for i in range(4)]
    cands = [Path(f"/fake/cand-{i}") for i in range(4)]
    cost = {**dict.fromkeys(bases, 1.0), **dict.fromkeys(cands, 1.0), cands[0]: 0.9}
    calls: list[Path] = []

    def runner(binary: Path, inp: bytes) -> Run:
        calls.append(binary)
        return made_run(0.01 * cost[binary])

    as_built = interleaved(bases[0], cands[0], INPUTS, runner)
    assert as_built.significant and as_built.placements == 1
    calls.clear()
    cycled = interleaved(bases[0], cands[0], INPUTS, runner, placements=list(zip(bases, cands)))
    assert not cycled.significant and cycled.speedup_wall == pytest.approx(1.0) and cycled.placements == 4
    assert cycled.to_dict()["placements"] == 4
    # Four warm-up rounds (one per placement, more than the default 2), then 15 measured; round r
    # runs the r-th placement of both programs, cyclically.
    per_round = 2 * len(INPUTS)
    assert len(calls) == (4 + 15) * per_round
    for r in range(4 + 15):
        assert set(calls[r * per_round:(r + 1) * per_round]) == {bases[r % 4], cands[r % 4]}
