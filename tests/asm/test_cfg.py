"""Functions, blocks and successors on real gcc -O3 and clang -O3 output, and on hand-written shapes."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from asmopt.asm import Function, functions, is_indirect, parse

ROOT = Path(__file__).resolve().parents[2]
BASELINES = sorted([*ROOT.glob("benchmarks/builtin/*/baseline.s"), *ROOT.glob("asmopt/data/examples/*/baseline.s")])


def compile_c(source: str, compiler: str, *flags: str) -> str:
    """`compiler -O3 -S` of a C text; scripts/setup.sh installs gcc and clang, so a missing one fails."""
    assert shutil.which(compiler) is not None, f"{compiler} is not installed: run scripts/setup.sh"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "prog.c"
        src.write_text(source)
        subprocess.run([compiler, "-O3", *flags, "-S", str(src), "-o", str(Path(tmp) / "prog.s")], check=True)
        return (Path(tmp) / "prog.s").read_text()


def by_name(asm: str) -> dict[str, Function]:
    return {fn.name: fn for fn in functions(parse(asm))}


def block_with(fn: Function, label: str) -> int:
    return next(i for i, b in enumerate(fn.blocks) if label in b.labels)


def mnemonics(fn: Function, b: int) -> list[str]:
    return [s.mnemonic or "" for s in fn.blocks[b].statements]


LIST_WALK = """
struct node { struct node *next; long v; };
long walk(struct node *p) { long s = 0; while (p) { s += p->v; p = p->next; } return s; }
"""

SWITCH = """
int sw(int x, int y) {
  switch (x) { case 0: return y+1; case 1: return y*3; case 2: return y-7; case 3: return y^5;
               case 4: return y<<2; case 5: return y/3; default: return 0; }
}
"""

COLD_MAIN = r"""
#include <stdio.h>
#include <stdlib.h>
__attribute__((cold, noinline)) void die(const char *m, long v) { fprintf(stderr, "%s %ld\n", m, v); exit(2); }
int main(int argc, char **argv) {
  if (argc != 2) die("usage", argc);
  long n = strtol(argv[1], 0, 10);
  long s = 0;
  for (long i = 0; i < n; i++) s += i * 3 + (s >> 2);
  printf("%ld\n", s);
  return 0;
}
"""


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_a_loop_is_one_block_whose_successors_are_itself_and_the_exit(compiler: str) -> None:
    fn = by_name(compile_c(LIST_WALK, compiler))["walk"]
    loops = [i for i, b in enumerate(fn.blocks) if i in b.successors]
    assert len(loops) == 1
    loop = fn.blocks[loops[0]]
    ops = [s.mnemonic for s in loop.statements]
    assert ops[-1] == "jne" and "addq" in ops and ops.count("movq") == 1  # head label to back-edge, nothing else
    assert loop.labels and loop.statements[-1].operands == (loop.labels[0],)
    # A conditional jump: the fall-through first, then the target.
    assert loop.successors[1] == loops[0] and loop.successors[0] == loops[0] + 1
    entry = fn.blocks[0]
    assert entry.labels[0] == "walk" and len(entry.successors) == 2 and not entry.exits
    assert any(b.leaves == ("ret",) and b.statements[-1].mnemonic in ("ret", "retq") for b in fn.blocks)
    assert loop.first_line == loop.statements[0].line and loop.last_line == loop.statements[-1].line


@pytest.mark.parametrize("compiler,flags", [("gcc", ()), ("gcc", ("-fno-pie",)), ("clang", ())])
def test_a_jump_table_goes_to_each_of_its_cases(compiler: str, flags: tuple[str, ...]) -> None:
    fn = by_name(compile_c(SWITCH, compiler, *flags))["sw"]
    dispatch = [b for b in fn.blocks if b.statements and is_indirect(b.statements[-1])]
    assert len(dispatch) == 1
    targets = dispatch[0].successors
    assert len(targets) == 6 and not dispatch[0].exits  # six cases, each its own block
    assert all(fn.blocks[t].statements for t in targets)
    assert all(fn.blocks[t].leaves == ("ret",) for t in targets)


def test_gcc_notrack_jump_table_dispatch() -> None:
    asm = compile_c(SWITCH, "gcc", "-fcf-protection=full")
    fn = by_name(asm)["sw"]
    last = [b.statements[-1] for b in fn.blocks if b.statements]
    jumps = [s for s in last if s.mnemonic == "jmp" and is_indirect(s)]
    assert jumps and all("notrack" in s.prefixes for s in jumps)
    assert len(next(b for b in fn.blocks if b.statements and b.statements[-1] is jumps[0]).successors) == 6


def test_cold_parts_are_functions_of_their_own() -> None:
    asm = compile_c(COLD_MAIN, "gcc")
    fns = by_name(asm)
    assert {"main", "main.cold", "die"} <= set(fns)
    main, cold = fns["main"], fns["main.cold"]
    assert main.section == ".text.startup" and cold.section == ".text.unlikely"
    # main's jump into its cold part leaves the function for code that may read anything.
    leaving = [b for b in main.blocks if "jump" in b.leaves]
    assert len(leaving) == 1 and leaving[0].exits and len(leaving[0].successors) == 1
    assert {"flags", "rdi", "rbx", "xmm9"} <= main.live_out(main.blocks.index(leaving[0]))
    assert "flags" not in main.live_in(0)  # written by the cmpl before the jne reads them
    # main goes on after the switch to .text.unlikely and back: its ret is in it, the cold code is not.
    assert any(b.leaves == ("ret",) for b in main.blocks)
    assert [s.mnemonic for b in cold.blocks for s in b.statements][-1] == "call"
    cold_lines = {s.line for b in cold.blocks for s in b.statements}
    assert not cold_lines & {s.line for b in main.blocks for s in b.statements}


def test_gcc_sw_cold_and_cfi_directives() -> None:
    asm = compile_c(SWITCH, "gcc")
    fns = by_name(asm)
    assert set(fns) == {"sw", "sw.cold"}
    for fn in fns.values():
        assert all(s.kind == "instruction" for b in fn.blocks for s in b.statements)


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_every_instruction_of_compiled_code_is_in_one_block(compiler: str) -> None:
    for source in (LIST_WALK, SWITCH, COLD_MAIN):
        asm = compile_c(source, compiler)
        assert_partitioned(asm)


def assert_partitioned(asm: str) -> None:
    stmts = parse(asm)
    instructions = [s for s in stmts if s.kind == "instruction"]
    fns = functions(stmts)
    placed = [s for fn in fns for b in fn.blocks for s in b.statements]
    assert sorted(id(s) for s in placed) == sorted(id(s) for s in instructions)
    for fn in fns:
        assert fn.name  # compilers put every instruction under a function symbol
        lines = [s.line for b in fn.blocks for s in b.statements]
        assert lines == sorted(lines)  # blocks in text order
        for i, b in enumerate(fn.blocks):
            assert b.statements, (fn.name, i)
            assert b.successors or b.exits or b.statements[-1].mnemonic in ("ud2", "hlt"), (fn.name, i)


@pytest.mark.parametrize("path", BASELINES, ids=lambda p: p.parent.name)
def test_every_instruction_of_every_baseline_is_in_exactly_one_block(path: Path) -> None:
    assert_partitioned(path.read_text())


def test_blocks_split_at_labels_and_after_jumps_not_after_calls() -> None:
    asm = "\n".join([
        "\t.text", "\t.globl f", "\t.type f, @function", "f:", "\tcall g", "\tmovl $1, %eax", "\tjmp .L2",
        "\taddl $1, %eax",  # unreachable, after a jump: a block with no label
        ".L1:", ".L5:", "\tsubl $1, %eax", ".L2:", "\tret", "\t.size f, .-f",
    ])
    fn = by_name(asm)["f"]
    assert [b.labels for b in fn.blocks] == [("f",), (), (".L1", ".L5"), (".L2",)]
    assert [mnemonics(fn, i) for i in range(4)] == [["call", "movl", "jmp"], ["addl"], ["subl"], ["ret"]]
    assert [b.successors for b in fn.blocks] == [[3], [2], [3], []]
    assert [b.first_line for b in fn.blocks] == [5, 8, 11, 13]


def test_numeric_labels_tail_calls_and_text_without_types() -> None:
    asm = "\n".join([
        "\t.globl main", "main:", "1:", "\tsubl $1, %edi", "\tjne 1b", "\ttestl %esi, %esi", "\tjne 1f",
        "\tjmp helper@PLT", "1:", "\tjmp other", "other:", "\tud2",
    ])
    fns = by_name(asm)
    assert set(fns) == {"main", "other"}  # no .type anywhere: non-local labels start functions
    main = fns["main"]
    assert main.blocks[0].successors == [1, 0]  # 1b: the label above
    assert main.blocks[1].successors == [2, 3]  # 1f: the label below
    assert main.blocks[2].leaves == ("tail",) and main.blocks[3].leaves == ("tail",)
    assert fns["other"].blocks[0].successors == [] and not fns["other"].blocks[0].exits


def test_code_outside_any_function_and_data_sections() -> None:
    asm = "\n".join([".L0:", "\tnop", "\t.data", "\tnop", "\t.text", "\tret"])
    fns = functions(parse(asm))
    assert len(fns) == 1 and fns[0].name == "" and fns[0].blocks[0].labels == (".L0",)
    assert [s.line for b in fns[0].blocks for s in b.statements] == [2, 6]  # the .data nop is no code


def test_label_and_instruction_on_one_line() -> None:
    fn = by_name("\t.type f, @function\nf: xorl %eax, %eax\n.L1: addl $1, %eax; cmpl $9, %eax; jne .L1\n\tret\n")["f"]
    assert [b.labels for b in fn.blocks] == [("f",), (".L1",), ()]
    assert fn.blocks[1].successors == [2, 1]
    assert [s.line for s in fn.blocks[1].statements] == [3, 3, 3]


def test_function_statements_stop_before_the_next_preamble() -> None:
    asm = "\t.type f, @function\nf:\n\tret\n\t.p2align 4\n\t.type g, @function\ng:\n\tret\n"
    fns = by_name(asm)
    assert [s.text.strip() for s in fns["f"].statements] == ["f:", "ret"]
    assert [s.text.strip() for s in fns["g"].statements] == ["g:", "ret"]
