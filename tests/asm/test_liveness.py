"""Liveness over a function's CFG, and the register effects it is built from."""

from __future__ import annotations

import pytest

from asmopt.asm import Function, effects, functions, parse


def fn_of(*lines: str) -> Function:
    text = "\t.text\n\t.type f, @function\nf:\n" + "\n".join(
        x if x.endswith(":") else "\t" + x for x in lines) + "\n\t.size f, .-f\n"
    (fn,) = functions(parse(text))
    return fn


def one(text: str):
    (s,) = parse("\t" + text)
    return effects(s)


LOOP = fn_of(
    "movl $10, %ecx",  # defined before the loop, read in it
    "xorl %eax, %eax",
    ".L2:",
    "movl %ecx, %edx",  # only written (before any read) in the loop
    "addl %edx, %eax",
    "subl $1, %ecx",
    "jne .L2",
    "ret",
)


def test_a_register_defined_before_a_loop_and_read_in_it_is_live_at_its_head() -> None:
    head = 1
    assert LOOP.blocks[head].labels == (".L2",) and LOOP.blocks[head].successors == [2, 1]
    live = LOOP.live_in(head)
    assert {"rcx", "rax"} <= live
    assert "rdx" not in live  # written before it is read on every path from the head
    assert "flags" not in live  # addl writes them before jne reads them
    assert "rcx" not in LOOP.live_in(0) and "rax" not in LOOP.live_in(0) and "rdx" not in LOOP.live_in(0)
    assert {"rbx", "rbp", "r12", "rsp"} <= LOOP.live_in(0)  # callee-saved: read by the caller after ret
    assert LOOP.live_out(head) == LOOP.live_in(1) | LOOP.live_in(2)


def test_live_before_and_after_one_instruction() -> None:
    sub = LOOP.blocks[1].statements[2]
    assert sub.mnemonic == "subl"
    assert "flags" not in (LOOP.live_before(sub) or set())
    assert "flags" in (LOOP.live_after(sub) or set())
    assert LOOP.live_before(parse("\tnop")[0]) is None


def test_exits_say_what_the_caller_reads() -> None:
    tail = fn_of("movl $1, %edi", "jmp g")
    assert tail.blocks[0].leaves == ("tail",)
    assert "rdi" in tail.live_out(0) and "rax" in tail.live_out(0) and "flags" not in tail.live_out(0)
    unknown = fn_of("cmpl $1, %edi", "jmp *%rax")
    assert unknown.blocks[0].leaves == ("jump",) and {"flags", "r11", "xmm15"} <= unknown.live_out(0)
    call = fn_of("movl $5, %r11d", "call g", "ret")
    assert "r11" not in call.live_in(0) and "rdi" in call.live_in(0)  # a call may read every argument register


@pytest.mark.parametrize("text,uses,kills", [
    ("xorl %eax, %eax", set(), {"rax", "flags"}),
    ("movb $1, %al", set(), set()),  # a byte write keeps the rest of %rax: no kill
    ("movl %esi, %eax", {"rsi"}, {"rax"}),
    ("addq 8(%rdi,%rcx,8), %rax", {"rdi", "rcx", "rax"}, {"flags"}),
    ("sarl %cl, %edx", {"rcx", "rdx"}, set()),  # by %cl the count may be 0: the flags may survive
    ("shrq $3, %rdx", {"rdx"}, {"flags"}),
    ("incq %rax", {"rax"}, set()),  # inc keeps CF
    ("sete %al", {"flags"}, set()),
    ("cmovne %rcx, %rax", {"flags", "rcx", "rax"}, set()),
    ("idivl %ecx", {"rax", "rdx", "rcx"}, {"rax", "rdx", "flags"}),
    ("cltq", {"rax"}, {"rax"}),
    ("movss %xmm1, %xmm0", {"xmm0", "xmm1"}, set()),  # between registers the upper lanes are kept
    ("movss (%rax), %xmm0", {"rax"}, {"xmm0"}),
    ("vfmadd231sd %xmm1, %xmm2, %xmm0", {"xmm0", "xmm1", "xmm2"}, set()),
    ("vaddsd %xmm1, %xmm2, %xmm3", {"xmm1", "xmm2"}, {"xmm3"}),
    ("pxor %xmm0, %xmm0", set(), {"xmm0"}),
    ("rep stosq", {"rax", "rcx", "rdi"}, set()),
    ("pushq %rbx", {"rbx", "rsp"}, set()),
    ("popq %rbx", {"rsp"}, {"rbx"}),
    ("leave", {"rbp"}, {"rsp", "rbp"}),
    ("fldt 16(%rsp)", {"rsp", "flags"}, set()),  # unknown: reads what it names and the flags, kills nothing
])
def test_effects_of_instructions(text: str, uses: set[str], kills: set[str]) -> None:
    e = one(text)
    assert set(e.uses) == uses and set(e.kills) == kills
    assert e.kills <= e.defs


def test_calls_and_returns_follow_the_abi() -> None:
    call = one("call printf@PLT")
    assert {"rdi", "rsi", "rdx", "rcx", "r8", "r9", "rax", "xmm0", "xmm7"} <= call.uses
    assert {"rax", "r10", "r11", "xmm8", "flags"} <= call.kills and "rbx" not in call.kills
    ret = one("ret")
    assert {"rax", "rdx", "xmm0", "xmm1", "rbx", "rbp", "r12", "r15"} <= ret.uses and not ret.kills
    assert one("call *%r12").uses >= {"r12", "rdi"}


def test_intel_syntax_is_read_conservatively() -> None:
    stmts = parse(".intel_syntax noprefix\n\tmov eax, ebx\n\tadd rax, QWORD PTR [rbx + 8]\n.att_syntax\n\tret\n")
    e = effects(stmts[1])
    assert stmts[1].syntax == "intel" and {"rax", "rbx", "flags"} <= e.uses and not e.kills
    assert stmts[2].operands == ("rax", "QWORD PTR [rbx + 8]")  # Intel operands keep their blanks
    assert stmts[4].syntax == "att"
