"""`asmopt data stats`: per-program figures of a dataset."""

from __future__ import annotations

import json

import pytest

from asmopt import datasets
from asmopt.cli import main
from asmopt.datasets.stats import count_instruction_lines, stress_tests, task_stats


def test_instruction_lines_skip_labels_and_directives() -> None:
    asm = "\t.text\nmain:\n.L2:\n\tpushq\t%rbp\n\taddl $1, %eax\n\t.p2align 4\n\n\tret\n"
    assert count_instruction_lines(asm) == 3


def test_stats_of_one_task() -> None:
    task = datasets.load("examples").tasks["popcount_sum"]
    assert [t.name for t in stress_tests(task)] == ["tests/05_stress", "hidden/04_stress_single",
                                                     "hidden/05_stress_many"]
    row = task_stats(task, repeats=1)
    assert not row.error
    assert row.tests_visible == 5 and row.tests_hidden == 5 and row.stress_tests == 3
    assert row.asm_instructions > 20 and row.asm_lines > row.asm_instructions
    assert row.o3_instr and row.o3_instr > 1_000_000
    assert row.o0_o3_ratio is not None  # the example runs ~2 ms: too short to compare; see below


def test_o0_o3_ratio_of_a_program_gcc_vectorises() -> None:
    """bit_reverse: -O3 vectorises the per-bit loop; -O0 is ~10x slower in CPU time."""
    task = datasets.load("builtin").tasks["bit_reverse"]
    row = task_stats(task, instructions=False, repeats=1)
    assert not row.error and row.o3_instr is None
    assert row.stress_tests == 5 and row.o3_cpu_ms is not None and row.o3_cpu_ms > 20
    assert row.o0_o3_ratio is not None and row.o0_o3_ratio > 4


def test_data_stats_command_json(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["data", "stats", "examples", "--no-instructions", "--json", "-j", "2"])
    assert exit_info.value.code == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["task_id"] for r in data["rows"]] == ["collatz_max", "popcount_sum", "prefix_sums", "word_reverse"]
    assert data["totals"]["programs"] == 4 and data["totals"]["failed"] == 0
    assert all(r["o3_instr"] is None and r["o3_cpu_ms"] > 0 for r in data["rows"])
