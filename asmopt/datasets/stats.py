"""Statistics of a dataset, per program: what `asmopt data stats` prints.

For each task: lines of baseline assembly (instructions only, and all), tests
(visible/hidden), the -O0/-O3 CPU-time ratio, and the -O3 baseline's
instruction count and CPU time, all on the stress tests (tests whose name holds
"stress"; every test when a task has none). Everything runs in the sandbox;
callgrind counts are cached, so `asmopt eval` reuses them later.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import asdict, dataclass
from typing import Any

from asmopt import toolchain
from asmopt.errors import AsmoptError
from asmopt.measure import callgrind
from asmopt.sandbox import Limits, execute
from asmopt.task import Task, Test

_INSTRUCTION = re.compile(r"^\s+[a-z]")  # an indented mnemonic; directives start with '.'
RUN_LIMITS = Limits(wall_s=30.0, cpu_s=30.0)
CALLGRIND_LIMITS = Limits(wall_s=600.0, cpu_s=600.0, memory_bytes=(1024 + 256) << 20)


@dataclass
class TaskStats:
    """One program's figures (times in milliseconds, means over its stress tests)."""

    task_id: str
    asm_instructions: int
    asm_lines: int
    tests_visible: int
    tests_hidden: int
    stress_tests: int
    o3_instr: float | None = None
    o3_cpu_ms: float | None = None
    o0_cpu_ms: float | None = None
    error: str = ""

    @property
    def o0_o3_ratio(self) -> float | None:
        if self.o3_cpu_ms and self.o0_cpu_ms:
            return self.o0_cpu_ms / self.o3_cpu_ms
        return None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "o0_o3_ratio": self.o0_o3_ratio}


def stress_tests(task: Task) -> tuple[Test, ...]:
    """The tests that measure: names holding 'stress', or all of them when none do."""
    return tuple(t for t in task.tests if "stress" in t.name) or task.tests


def count_instruction_lines(asm: str) -> int:
    """Lines of assembly that are instructions (not labels, directives or blank)."""
    return sum(1 for line in asm.splitlines() if _INSTRUCTION.match(line) and not line.strip().startswith("."))


def _cpu_ms(binary: Any, tests: tuple[Test, ...], repeats: int, unsafe: bool) -> float:
    """Mean over tests of the least CPU time of `repeats` sandboxed runs."""
    per_test = []
    for test in tests:
        best = None
        for _ in range(repeats):
            run = execute(["/box/prog"], stdin=test.input, ro_files={"prog": binary}, limits=RUN_LIMITS,
                          unsafe=unsafe)
            if not run.ok:
                raise AsmoptError(f"{test.name}: the binary fails (exit {run.exit_code}, signal {run.signal})")
            best = run.cpu_s if best is None else min(best, run.cpu_s)
        per_test.append(best or 0.0)
    return 1e3 * statistics.fmean(per_test)


def task_stats(task: Task, *, instructions: bool = True, repeats: int = 3, unsafe: bool = False) -> TaskStats:
    """Measure one task; a failure is recorded in `error`, not raised."""
    task = toolchain.with_baseline(task, unsafe=unsafe)
    assert task.baseline is not None
    stress = stress_tests(task)
    stats = TaskStats(task.id, count_instruction_lines(task.baseline.asm), len(task.baseline.asm.splitlines()),
                      len(task.visible_tests), len(task.hidden_tests), sum("stress" in t.name for t in task.tests))
    try:
        o3 = toolchain.build(task.baseline.asm, unsafe=unsafe)
        o0 = toolchain.build(toolchain.compile_c(task.c_source, ("-O0",), unsafe=unsafe), unsafe=unsafe)
        if not o3.ok or not o0.ok:
            raise AsmoptError(f"build failed: {o3.error or o0.error}")
        stats.o3_cpu_ms = _cpu_ms(o3.binary, stress, repeats, unsafe)
        stats.o0_cpu_ms = _cpu_ms(o0.binary, stress, repeats, unsafe)
        if instructions:
            counts = []
            for test in stress:
                count = callgrind.cached_count(o3.binary, test.input, CALLGRIND_LIMITS, unsafe=unsafe)
                if not count.ok or count.instructions is None:
                    raise AsmoptError(f"{test.name}: cannot count instructions: {count.error}")
                counts.append(count.instructions)
            stats.o3_instr = statistics.fmean(counts)
    except AsmoptError as exc:
        stats.error = str(exc)
    return stats


def totals(rows: list[TaskStats]) -> dict[str, Any]:
    """Corpus-wide figures: counts, and medians / ranges of the per-program ones."""
    def med(values: list[float]) -> float | None:
        return statistics.median(values) if values else None

    ratios = [r.o0_o3_ratio for r in rows if r.o0_o3_ratio]
    cpu = [r.o3_cpu_ms for r in rows if r.o3_cpu_ms]
    return {
        "programs": len(rows),
        "failed": sum(bool(r.error) for r in rows),
        "tests": sum(r.tests_visible + r.tests_hidden for r in rows),
        "stress_tests": sum(r.stress_tests for r in rows),
        "median_asm_instructions": med([r.asm_instructions for r in rows]),
        "median_o0_o3_ratio": med(ratios),
        "median_o3_cpu_ms": med(cpu),
        "min_o3_cpu_ms": min(cpu) if cpu else None,
        "median_o3_instr": med([r.o3_instr for r in rows if r.o3_instr]),
    }
