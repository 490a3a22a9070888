"""Reading lines into statements: kinds, operands, prefixes, comments, line numbers, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from asmopt.asm import functions, label_index, lines_of, parse, split_operands, symbols_in

ROOT = Path(__file__).resolve().parents[2]
BASELINES = sorted([*ROOT.glob("benchmarks/builtin/*/baseline.s"), *ROOT.glob("asmopt/data/examples/*/baseline.s")])


def one(text: str):
    stmts = parse(text)
    assert len(stmts) == 1, stmts
    return stmts[0]


def test_the_corpus_is_there() -> None:
    assert len(BASELINES) >= 65


def test_kinds_mnemonics_and_operands() -> None:
    s = one("\tleaq\t8(%rsp, %rax, 4), %rdi  # comment, with a comma")
    assert (s.kind, s.mnemonic, s.operands, s.line) == ("instruction", "leaq", ("8(%rsp,%rax,4)", "%rdi"), 1)
    assert one(".L8:").label == ".L8" and one(".L8:").kind == "label"
    assert one("main:                # @main").label == "main"
    assert one("1:").label == "1"
    d = one('\t.section\t.text.startup,"ax",@progbits')
    assert (d.kind, d.directive, d.args) == ("directive", ".section", '.text.startup,"ax",@progbits')
    assert one("\t.p2align 4,,10").directive == ".p2align"
    assert one("   ").kind == "blank" and one("\t# only a comment").kind == "blank"
    assert one("/* a C comment */").kind == "blank" and one("// a line comment").kind == "blank"
    assert one("\tret").operands == () and one("\tRET").mnemonic == "ret"
    assert one('\t.string\t"a # b; c"').args == '"a # b; c"'  # comment and separator chars inside a string
    assert one("\tmovl\t$'#', %eax").operands == ("$'#'", "%eax")
    assert one("x = 3").directive == ".set" and one("x = 3").args == "x, 3"


def test_prefixes_are_kept_apart_from_the_mnemonic() -> None:
    s = one("\trep stosq")
    assert (s.mnemonic, s.prefixes) == ("stosq", ("rep",))
    s = one("\tnotrack jmp\t*%rax")
    assert (s.mnemonic, s.prefixes, s.operands) == ("jmp", ("notrack",), ("*%rax",))
    s = one("\trep; ret")
    assert (s.mnemonic, s.prefixes) == ("ret", ("rep",))
    s = one("\tlock xaddl %eax, (%rdi)")
    assert (s.mnemonic, s.prefixes) == ("xaddl", ("lock",))
    assert one("\tlock").mnemonic == "lock"  # a lone prefix is an instruction of its own


def test_several_statements_on_one_line_share_its_number() -> None:
    stmts = parse("\tnop\n.L3: addl $1, %eax ; jne .L3\n")
    assert [(s.line, s.part, s.kind) for s in stmts] == [
        (1, 0, "instruction"), (2, 0, "label"), (2, 1, "instruction"), (2, 2, "instruction")]
    assert stmts[2].operands == ("$1", "%eax") and stmts[3].mnemonic == "jne"
    assert lines_of(stmts) == ["\tnop", ".L3: addl $1, %eax ; jne .L3"]
    assert label_index(stmts) == {".L3": 1}


def test_operands_split_only_on_top_level_commas() -> None:
    assert split_operands("$1, 8(%rsp,%rax,4)") == ("$1", "8(%rsp,%rax,4)")
    assert split_operands("%zmm1, %zmm0{%k1}{z}") == ("%zmm1", "%zmm0{%k1}{z}")
    assert split_operands("") == ()


def test_symbols_named_by_operands() -> None:
    assert symbols_in(".L4(%rip)") == [".L4"]
    assert symbols_in(".L9-.L4") == [".L9", ".L4"]
    assert symbols_in("printf@PLT") == ["printf"]
    assert symbols_in("$0x28") == [] and symbols_in("%fs:40") == [] and symbols_in(".-main") == ["main"]


@pytest.mark.parametrize("path", BASELINES, ids=lambda p: p.parent.name)
def test_baselines_round_trip_with_line_numbers(path: Path) -> None:
    text = path.read_text()
    stmts = parse(text)
    lines = text.splitlines()
    assert lines_of(stmts) == lines
    for s in stmts:
        assert lines[s.line - 1] == s.text
    # gcc writes one statement per line, and every instruction in a function.
    assert all(s.part == 0 for s in stmts)
    assert {s.kind for s in stmts} <= {"instruction", "label", "directive", "blank"}


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("\tjmp 1b\n1:\n\tjne 1f")
@example('"unterminated')
@example("/* open comment\n\tret")
@example(".section .text\n\t.pushsection .data\n\t.popsection\n\t.popsection\n\t.previous\nf:\n\tjmp *%rax")
@example("\t.type f, @function\nf:\n.L1: jmp .L1; ret\n\t.size f, .-f\n\tud2\n\tjmp f")
def test_any_text_reads_without_error(text: str) -> None:
    stmts = parse(text)
    assert lines_of(stmts) == text.splitlines()
    assert all(1 <= s.line <= len(text.splitlines()) for s in stmts)
    for fn in functions(stmts):  # and the CFG and liveness are built over it
        live = fn.liveness()
        assert len(live) == len(fn.blocks)
        for b in fn.blocks:
            assert all(0 <= j < len(fn.blocks) for j in b.successors)


ASM_ALPHABET = st.sampled_from([
    "\tjmp .L1", "\tjne .L2", "\tjmp *%rax", "\tnotrack jmp *(%rdx,%rax,8)", "\tret", "\tcall f", "\tud2",
    ".L1:", ".L2:", "f:", "main:", "1:", "\tjmp 1b", "\tjmp 1f", "\t.type f, @function", "\t.type main, @function",
    "\t.size f, .-f", "\t.text", "\t.section .rodata", "\t.section .text.unlikely", "\t.previous", "\t.long .L1-.L2",
    "\tleaq .L2(%rip), %rdx", "\txorl %eax, %eax", "\taddq $1, %rax", "\tcmpq %rax, %rbx", "\tsete %al",
    "\tmovss (%rax), %xmm0", "\tvfmadd231sd %xmm1, %xmm2, %xmm0", "\trep stosq", "\tcltq", "\tidivl %ecx",
    ".L1: addl $1, %eax", "\tpopq %rbx", "\tpushq %rbx", "\t.p2align 4", "\t.cfi_startproc", "# comment", "",
])


@given(st.lists(ASM_ALPHABET, max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_assembly_shaped_text_gives_a_consistent_cfg(lines: list[str]) -> None:
    text = "\n".join(lines)
    stmts = parse(text)
    fns = functions(stmts)
    seen = [id(s) for fn in fns for b in fn.blocks for s in b.statements]
    assert len(seen) == len(set(seen))  # no instruction in two blocks
    for fn in fns:
        for i, b in enumerate(fn.blocks):
            assert all(0 <= j < len(fn.blocks) for j in b.successors)
            assert b.exits == bool(b.leaves)
            live = fn.liveness()[i]
            assert live.live_in is not None and live.live_out is not None
