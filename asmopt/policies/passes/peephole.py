"""Peephole passes: pure functions asm -> asm | None, each on a few adjacent lines.

- library calls to one instruction (`__popcountdi2` -> `popcnt`);
- clean-ups: jump threading, jumps to the next instruction, no-op moves,
  reloads of a value just stored, and alignment padding executed on fall-through.

Each docstring says why the pass is semantics-preserving.
"""

from __future__ import annotations

from collections.abc import Sequence

from asmopt.asm import Statement, label_index, parse, sections, width
from asmopt.asm.instructions import JCC, is_jump, is_return, is_trap
from asmopt.asm.sections import is_switch
from asmopt.policies.passes.patterns import LAYOUT, editable, instr, join, shared_lines, template_reg

_LIBCALLS = {
    "__popcountdi2": "popcntq\t%rdi, %rax",
    "__popcountsi2": "popcntl\t%edi, %eax",
}


def popcount_libcall(asm: str) -> str | None:
    """`call __popcountdi2` (libgcc's software popcount, used without -mpopcnt) -> `popcnt`.

    Safe: the call takes its argument in %rdi/%edi and returns in %eax, and by
    the ABI clobbers every caller-saved register, the flags and the memory below
    %rsp; the instruction writes only %rax and the flags, a subset, so no
    correct caller can tell the difference. Needs the CPU's popcnt.
    """
    lines = parse(asm)
    shared = shared_lines(lines)
    out: list[Statement | str] = []
    changed = False
    for ln in lines:
        target = ln.operands[0].removesuffix("@PLT") if editable(ln, shared) and ln.mnemonic in ("call", "callq") \
            and len(ln.operands) == 1 else ""
        if target in _LIBCALLS:
            out.append("\t" + _LIBCALLS[target])
            changed = True
        else:
            out.append(ln)
    return join(out, asm) if changed else None


def _first_instr(lines: Sequence[Statement], i: int) -> int | None:
    """Index of the first instruction at or after `i`, skipping labels, blanks and layout directives."""
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "instruction":
            return i
        if ln.kind == "directive" and not (ln.directive or "").startswith(LAYOUT):
            return None
        i += 1
    return None


def _is_direct_jump(ln: Statement) -> bool:
    """jmp or jcc (not loop, not far) to one operand; a prefix (bnd, notrack) is not kept by a rewrite."""
    m = ln.mnemonic or ""
    return ln.kind == "instruction" and (m == "jmp" or bool(JCC.match(m)) or m in ("jcxz", "jecxz", "jrcxz")) \
        and len(ln.operands) == 1


def thread_jumps(asm: str) -> str | None:
    """A jump (jmp or jcc) to a label whose first instruction is `jmp M` jumps to M directly.

    Safe: an unconditional direct jump changes no register, flag or memory, so
    arriving at M by one jump or by two leaves the same state; chains are
    followed at most 8 hops and cycles are left alone.
    """
    lines = parse(asm)
    shared = shared_lines(lines)
    labels = label_index(lines)
    out: list[Statement | str] = []
    changed = False
    for ln in lines:
        if editable(ln, shared) and _is_direct_jump(ln):
            target, seen = ln.operands[0], {ln.operands[0]}
            for _ in range(8):
                if target not in labels:
                    break
                k = _first_instr(lines, labels[target] + 1)
                nxt = lines[k] if k is not None else None
                if nxt is None or nxt.mnemonic != "jmp" or len(nxt.operands) != 1 or nxt.operands[0] in seen \
                        or nxt.operands[0] not in labels:
                    break
                target = nxt.operands[0]
                seen.add(target)
            if target != ln.operands[0]:
                out.append(instr(ln.mnemonic or "jmp", target))
                changed = True
                continue
        out.append(ln)
    return join(out, asm) if changed else None


def drop_jump_to_next(asm: str) -> str | None:
    """A jump (jmp or jcc) to a label that comes next, with no instruction between, is removed.

    Safe: jumping to the next instruction and falling through to it reach the
    same place with the same state (a jump writes nothing).
    """
    lines = parse(asm)
    shared = shared_lines(lines)
    keep = []
    changed = False
    for i, ln in enumerate(lines):
        if editable(ln, shared) and _is_direct_jump(ln):
            j = i + 1
            ahead = set()
            while j < len(lines) and (lines[j].kind in ("label", "blank") or (
                    lines[j].kind == "directive" and (lines[j].directive or "").startswith(LAYOUT))):
                if lines[j].kind == "label":
                    ahead.add(lines[j].label)
                j += 1
            if ln.operands[0] in ahead:
                changed = True
                continue
        keep.append(ln)
    return join(keep, asm) if changed else None


def drop_noop_moves(asm: str) -> str | None:
    """`movq %r, %r` (64-bit, same register) and `movaps/movapd/movdqa %xmmN, %xmmN` are removed.

    Safe: they copy a register onto itself and write no flags. `movl %eax, %eax`
    is NOT a no-op (it clears the upper half of %rax) and is kept.
    """
    lines = parse(asm)
    shared = shared_lines(lines)
    keep = [ln for ln in lines
            if not (editable(ln, shared) and ln.mnemonic in ("movq", "mov", "movaps", "movapd", "movdqa", "movdqu",
                                                               "movups", "movupd")
                    and len(ln.operands) == 2 and ln.operands[0] == ln.operands[1]
                    and (ln.operands[0].startswith("%r") and width(ln.operands[0]) == "q"
                         or ln.operands[0].startswith("%xmm")))]
    return join(keep, asm) if len(keep) != len(lines) else None


def drop_reloads(asm: str) -> str | None:
    """A load right after a store of the same register to the same address is removed.

    `movq %r, M` then `movq M, %r` (also movw/movb): the load reads back the value
    just written, and neither instruction touches the flags or the address
    registers, so the load changes nothing. Not for movl: a 32-bit load clears
    the upper half of the 64-bit register, which the store leaves as it was.
    The two lines must be adjacent (no label between: nothing can jump in).
    """
    lines = parse(asm)
    shared = shared_lines(lines)
    keep: list[Statement] = []
    changed = False
    for ln in lines:
        prev = keep[-1] if keep else None
        if (prev is not None and editable(ln, shared) and editable(prev, shared) and ln.mnemonic == prev.mnemonic
                and ln.mnemonic in ("movq", "movw", "movb") and len(ln.operands) == 2 and len(prev.operands) == 2
                and prev.operands[0] == ln.operands[1] and prev.operands[1] == ln.operands[0]
                and template_reg(ln.operands[1]) is not None and "(" in ln.operands[0]):
            changed = True
            continue
        keep.append(ln)
    return join(keep, asm) if changed else None


def drop_fallthrough_padding(asm: str) -> str | None:
    """Alignment before a local label that code falls into is removed from code sections.

    gcc aligns loop heads with `.p2align 4,,10`; when the previous instruction
    falls through, the padding is nops the program executes on the way in.
    Alignment of code changes no instruction's meaning (jumps go to labels,
    resolved after layout), so removing it is safe; data sections are left
    alone (aligned vector loads need their data aligned). It only saves the
    executed nops: a measured instruction-count gain that may cost wall time
    when the loop head then straddles a fetch block.
    """
    lines = parse(asm)
    shared = shared_lines(lines)
    secs = sections(lines)
    keep: list[Statement] = []
    pending: list[Statement] = []
    falls = False
    changed = False
    for ln, sec in zip(lines, secs):
        if ln.kind == "directive" and ln.directive in (".p2align", ".align", ".balign"):
            pending.append(ln)
            continue
        if ln.kind == "label" and pending and sec.executable and falls and (ln.label or "").startswith(".L") \
                and not any(p.line in shared for p in pending):
            pending, changed = [], True
        keep.extend(pending)
        pending = []
        keep.append(ln)
        if ln.kind == "directive" and (is_switch(ln) or ln.directive == ".subsection"):
            falls = False
        elif ln.kind == "instruction":
            falls = not (is_jump(ln) or is_return(ln) or is_trap(ln))
    keep.extend(pending)
    return join(keep, asm) if changed else None
