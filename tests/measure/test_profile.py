"""Callgrind profiles for refinement feedback: parsing and a real run."""

from __future__ import annotations

from asmopt import datasets
from asmopt.measure.profile import parse, profile_asm

SAMPLE = """# callgrind format
version: 1
positions: line
events: Ir
summary: 1000

ob=/box/prog
fl=/box/prog.s
fn=main
3 100
4 50
calls=10 0
cfn=helper
5 400
fn=helper
7 400
ob=/usr/lib/x86_64-linux-gnu/libc.so.6
fl=printf.c
fn=printf
12 30
fn=0x000000000005eb60
1 20
"""


def test_parse_sums_self_cost_per_function_and_assembly_line() -> None:
    prof = parse(SAMPLE, "a\nb\nmovq %rax, %rbx\naddq $1, %rax\ncall helper\nx\nret\n")
    # The 400 after calls= is the callee's inclusive cost: counted once, under helper.
    assert prof.total == 600
    assert [(f.name, f.object, f.instructions) for f in prof.functions] == [
        ("helper", "prog", 400), ("main", "prog", 150), ("printf", "libc.so.6", 30),
        ("(unnamed code)", "libc.so.6", 20)]
    assert [(ln.line, ln.instructions, ln.text) for ln in prof.lines] == [
        (7, 400, "ret"), (3, 100, "movq %rax, %rbx"), (4, 50, "addq $1, %rax")]
    text = prof.summary(2)
    assert "helper: 400 (66.7%)" in text and "printf" not in text and "line 7: ret" in text


def test_hot_lines_are_named_by_function_and_block() -> None:
    asm = "\t.text\n\t.type main, @function\nmain:\n\tmovl $3, %eax\n.L2:\n\tsubl $1, %eax\n\tjne .L2\n\tret\n"
    prof = parse("events: Ir\nfl=/box/prog.s\nfn=main\n4 1\n6 3\n7 3\n8 1\n", asm)
    assert [(ln.line, ln.where) for ln in prof.lines[:3]] == [
        (6, "main, block .L2"), (7, "main, block .L2"), (4, "main, block entry")]
    assert "line 6: subl $1, %eax  -- 3 (37.5%) in main, block .L2" in prof.summary()


def test_profile_of_a_real_program_points_at_its_loop() -> None:
    task = datasets.load("examples").tasks["popcount_sum"]
    asm = task.baseline.asm
    heavy = max(task.visible_tests, key=lambda t: len(t.input))
    prof = profile_asm(asm, heavy.input)
    assert prof is not None and prof.total > 100_000
    names = [f.name for f in prof.functions[:3]]
    assert "__popcountdi2" in names  # the baseline calls libgcc's popcount in its hot loop
    hottest = prof.lines[0]
    assert asm.splitlines()[hottest.line - 1] == hottest.text and hottest.instructions > 1000
