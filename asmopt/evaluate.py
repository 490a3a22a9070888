"""Evaluate: Candidate x Task -> Result, the one flow every feature uses.

build -> run every test in the sandbox -> verdict; when correct: instruction
counts of baseline and candidate under callgrind (candidate's stdout checked
there too) and, on request, interleaved wall-time measurement. Baseline work
(build, reference runs, counts, start-up floor) is prepared once per task and
cached; candidates never repeat it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from asmopt import toolchain
from asmopt.candidate import Candidate, is_identical
from asmopt.errors import AsmoptError
from asmopt.judge import Verdict, check_output, judge_run, overall
from asmopt.measure import callgrind
from asmopt.measure import timing as walltime
from asmopt.measure.stats import clipped_mean_speedup
from asmopt.result import Result, TestOutcome
from asmopt.sandbox import Limits, execute
from asmopt.task import Task, Test

PAPER_TESTS = 10


@dataclass(frozen=True)
class EvalConfig:
    """How candidates are judged and measured.

    metric="paper" reproduces the SuperCoder convention: the first 10 tests,
    hyperfine-style timing (3 warm-ups, 10 runs, mean), each test's speedup
    clipped at 1. metric="strict" (ours) judges on all tests, reports speedups
    unclipped and gates gains on significance.
    """

    metric: str = "strict"
    limits: Limits = Limits(wall_s=10.0, cpu_s=10.0)
    instructions: bool = True
    timing: bool = False
    timing_cfg: walltime.TimingConfig = field(default_factory=walltime.TimingConfig)
    noise_threshold: float = 0.02
    unsafe: bool = False

    def __post_init__(self) -> None:
        if self.metric not in ("strict", "paper"):
            raise AsmoptError(f"unknown metric {self.metric!r} (strict or paper)")

    def tests_of(self, task: Task) -> tuple[Test, ...]:
        return task.tests[:PAPER_TESTS] if self.metric == "paper" else task.tests


class TaskError(AsmoptError):
    """The task itself is unusable (its baseline does not build or fails its tests)."""


@dataclass
class Prepared:
    """A task with everything about its baseline that candidates are compared against."""

    task: Task
    tests: tuple[Test, ...]
    binary: Path
    instr: list[int | None]  # baseline count per test (None when not measured)
    floor_instr: int | None
    floor_wall_s: float | None


def prepare(task: Task, cfg: EvalConfig) -> Prepared:
    """Build the task's baseline, check it passes its own tests, and measure it once."""
    task = toolchain.with_baseline(task, unsafe=cfg.unsafe)
    assert task.baseline is not None
    built = toolchain.build(task.baseline.asm, unsafe=cfg.unsafe)
    if not built.ok:
        raise TaskError(f"task {task.id}: baseline does not build: {built.error}")
    assert built.binary is not None
    tests = cfg.tests_of(task)
    for test in tests:
        run = execute(["/box/prog"], stdin=test.input, ro_files={"prog": built.binary},
                      limits=cfg.limits, unsafe=cfg.unsafe)
        verdict, message = judge_run(run, test.output, cfg.limits, task.checker)
        if verdict is not Verdict.AC:
            raise TaskError(f"task {task.id}: baseline fails its own test {test.name}: {verdict} {message}")
    instr: list[int | None] = [None] * len(tests)
    floor_instr = floor_wall = None
    if cfg.instructions:
        floor = toolchain.floor_build(unsafe=cfg.unsafe)
        assert floor.binary is not None
        floor_instr = callgrind.cached_count(floor.binary, b"", unsafe=cfg.unsafe).instructions
        for i, test in enumerate(tests):
            count = callgrind.cached_count(built.binary, test.input, _measure_limits(cfg), unsafe=cfg.unsafe)
            if not count.ok or not check_output(count.stdout, test.output, task.checker):
                raise TaskError(f"task {task.id}: baseline cannot be measured on {test.name}: "
                                f"{count.error or 'output differs under valgrind'}")
            instr[i] = count.instructions
    if cfg.timing:
        floor = toolchain.floor_build(unsafe=cfg.unsafe)
        assert floor.binary is not None
        floor_wall = walltime.startup_floor(floor.binary, _runner(cfg))
    return Prepared(task, tests, built.binary, instr, floor_instr, floor_wall)


def evaluate(prep: Prepared, cand: Candidate, cfg: EvalConfig, index: int | None = None) -> Result:
    """Judge and measure one candidate against a prepared task."""
    task = prep.task
    assert task.baseline is not None
    identical = is_identical(cand.asm, task.baseline.asm)
    result = Result(task_id=task.id, verdict="CE", tests_passed=0, tests_total=len(prep.tests),
                    identical=identical, index=index, metric=cfg.metric, meta=dict(cand.meta),
                    tests_total_visible=sum(not t.hidden for t in prep.tests),
                    floor_instr=prep.floor_instr, floor_wall_s=prep.floor_wall_s)
    if not cand.asm.strip():
        result.message = "empty assembly"
        return result
    built = toolchain.build(cand.asm, unsafe=cfg.unsafe)
    if not built.ok:
        result.message = built.error
        return result
    assert built.binary is not None
    _judge(prep, built.binary, cfg, result)
    if result.verdict != "AC":
        return result
    if cfg.instructions:
        _count_instructions(prep, built.binary, cfg, result)
    if cfg.timing and result.verdict == "AC":
        _time(prep, built.binary, cfg, result)
    result.significant = _significant(result, cfg)
    return result


def _judge(prep: Prepared, binary: Path, cfg: EvalConfig, result: Result) -> None:
    verdicts = []
    for test in prep.tests:
        if verdicts and verdicts[-1] is Verdict.TLE:
            # One endless loop is enough: do not spend the time limit on every test.
            result.tests.append(TestOutcome(test.name, test.hidden, "skipped", message="after a TLE"))
            continue
        run = execute(["/box/prog"], stdin=test.input, ro_files={"prog": binary},
                      limits=cfg.limits, unsafe=cfg.unsafe)
        verdict, message = judge_run(run, test.output, cfg.limits, prep.task.checker)
        verdicts.append(verdict)
        result.tests.append(TestOutcome(test.name, test.hidden, verdict.value, run.wall_s, run.cpu_s, message))
    result.tests_passed = sum(t.verdict == "AC" for t in result.tests)
    result.tests_passed_visible = sum(t.verdict == "AC" and not t.hidden for t in result.tests)
    result.verdict = overall(verdicts).value
    if result.verdict != "AC":
        first = next(t for t in result.tests if t.verdict not in ("AC", "skipped"))
        result.message = f"{first.name}: {first.verdict} {first.message}".strip()


def _count_instructions(prep: Prepared, binary: Path, cfg: EvalConfig, result: Result) -> None:
    if result.identical:
        # The same program: counting it again would only re-measure the baseline.
        for outcome, base in zip(result.tests, prep.instr):
            outcome.instr_base = outcome.instr_cand = base
        result.instr_base = result.instr_cand = sum(c for c in prep.instr if c is not None)
        result.speedup_instr = result.speedup_instr_net = 1.0
        return
    if callgrind.uses_client_requests(binary):
        result.measure_error = "the binary makes valgrind client requests; its count cannot be trusted"
        return
    for outcome, test, base in zip(result.tests, prep.tests, prep.instr):
        count = callgrind.count(binary, test.input, _measure_limits(cfg, outcome.wall_s), unsafe=cfg.unsafe)
        if not count.ok:
            # valgrind could not finish the run (undecodable instruction, its own
            # slowness, a crash only under the tool): no count, so no gain, but
            # not a wrong answer either.
            result.measure_error = f"{test.name}: {count.error}"
            return
        if not check_output(count.stdout, test.output, prep.task.checker):
            # A program that answers differently when measured is wrong, whatever it does natively.
            outcome.verdict = Verdict.WA.value
            outcome.message = f"behaves differently under measurement: {count.error or 'output differs'}"
            result.verdict = Verdict.WA.value
            result.message = f"{test.name}: WA {outcome.message}"
            result.tests_passed -= 1
            result.tests_passed_visible -= 0 if test.hidden else 1
            return
        outcome.instr_base, outcome.instr_cand = base, count.instructions
    base_total = sum(t.instr_base or 0 for t in result.tests)
    cand_total = sum(t.instr_cand or 0 for t in result.tests)
    result.instr_base, result.instr_cand = base_total, cand_total
    if cfg.metric == "paper":
        result.speedup_instr = clipped_mean_speedup(
            [t.instr_base / t.instr_cand for t in result.tests if t.instr_base and t.instr_cand])
    else:
        result.speedup_instr = base_total / cand_total if cand_total else None
    if prep.floor_instr is not None:
        floor = prep.floor_instr * len(result.tests)
        if cand_total > floor and base_total > floor:
            result.speedup_instr_net = (base_total - floor) / (cand_total - floor)


def _time(prep: Prepared, binary: Path, cfg: EvalConfig, result: Result) -> None:
    if result.identical and cfg.metric == "strict":
        # No change is no change; only the paper's protocol times a copy (and reads noise as gain).
        result.speedup_wall = result.speedup_cpu = 1.0
        return
    inputs = [t.input for t in prep.tests]
    try:
        if cfg.metric == "paper":
            paper = walltime.paper(prep.binary, binary, inputs, _runner(cfg))
            result.speedup_wall = paper.speedup
        else:
            measured = walltime.interleaved(prep.binary, binary, inputs, _runner(cfg), cfg.timing_cfg)
            result.speedup_wall = measured.speedup_wall
            result.speedup_wall_ci = measured.ci
            result.wall_p_value = measured.p_value
            result.speedup_cpu = measured.speedup_cpu
    except walltime.TimingError as exc:
        result.measure_error = f"timing: {exc}"


def _significant(result: Result, cfg: EvalConfig) -> bool:
    """A real gain: correct, changed, and faster beyond noise by every measure taken."""
    if result.verdict != "AC" or result.identical or result.measure_error:
        return False
    gates = []
    if cfg.instructions:
        raw = _raw_instr_speedup(result)
        gates.append(raw is not None and raw >= 1 + cfg.noise_threshold)
    if cfg.timing and cfg.metric == "strict":
        # The paper's timing protocol (clipped means, no repeats statistics) cannot
        # tell noise from gain, so in paper mode only instruction counts can qualify.
        gates.append(result.wall_p_value is not None and result.wall_p_value < cfg.timing_cfg.alpha
                     and (result.speedup_wall or 0) >= 1 + cfg.timing_cfg.threshold
                     and (result.speedup_cpu or 0) >= 1.0)
    return bool(gates) and all(gates)


def _raw_instr_speedup(result: Result) -> float | None:
    if result.instr_base and result.instr_cand:
        return result.instr_base / result.instr_cand
    return None


def _measure_limits(cfg: EvalConfig, native_wall_s: float | None = None) -> Limits:
    """Limits for a run under valgrind, which is ~50x slower than native.

    Memory stays close to the native limit (a program must not get more of it by
    detecting the tool), with headroom for valgrind itself. The time limit
    scales with the run's own native time when known, so a program that only
    stalls under valgrind costs seconds, not minutes.
    """
    scale = 50.0
    wall = cfg.limits.wall_s * scale
    if native_wall_s is not None:
        wall = min(wall, max(10.0, native_wall_s * scale * 4))
    memory = None if cfg.limits.memory_bytes is None else cfg.limits.memory_bytes + (256 << 20)
    return Limits(
        wall_s=wall,
        cpu_s=wall,
        memory_bytes=memory,
        processes=cfg.limits.processes,
        output_bytes=cfg.limits.output_bytes,
    )


def _runner(cfg: EvalConfig) -> walltime.Runner:
    return walltime.sandbox_runner(cfg.limits, unsafe=cfg.unsafe)
