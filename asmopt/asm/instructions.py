"""What an instruction does to control flow: jumps, conditional jumps, calls, returns, traps.

Prefixes do not change the answer (`notrack jmp *%rax` and `bnd jmp` are jumps,
`rep ret` is a return). A direct branch names its target (`jmp .L3`,
`jne 1f`, `jmp foo@PLT`); an indirect one (`jmp *%rax`, `jmp *.L4(,%rdi,8)`)
names none.
"""

from __future__ import annotations

import re

from asmopt.asm.registers import canonical
from asmopt.asm.statements import Statement

CONDITIONS = ("a", "ae", "b", "be", "c", "e", "g", "ge", "l", "le", "na", "nae", "nb", "nbe", "nc", "ne", "ng",
              "nge", "nl", "nle", "no", "np", "ns", "nz", "o", "p", "pe", "po", "s", "z")
_CC = "|".join(sorted(CONDITIONS, key=len, reverse=True))
JCC = re.compile(rf"^j(?:{_CC})$")
SETCC = re.compile(rf"^set(?:{_CC})b?$")
CMOVCC = re.compile(rf"^cmov(?:{_CC})[wlq]?$")

_JUMPS = frozenset({"jmp", "jmpq", "jmpl", "ljmp", "ljmpq", "ljmpl"})
_COND_OTHER = frozenset({"jcxz", "jecxz", "jrcxz", "loop", "loope", "loopne", "loopz", "loopnz", "xbegin"})
_CALLS = frozenset({"call", "callq", "calll", "lcall", "lcallq"})
_RETURNS = frozenset({"ret", "retq", "retl", "retn", "lret", "lretq", "lretl", "iret", "iretq", "iretl", "sysret",
                      "sysretq", "sysexit", "eret", "uiret"})
_TRAPS = frozenset({"ud2", "ud0", "ud1", "ud2a", "ud2b", "hlt", "int3"})


def _instr(s: Statement) -> str:
    return (s.mnemonic or "") if s.kind == "instruction" else ""


def is_jump(s: Statement) -> bool:
    """An unconditional jump, direct or indirect."""
    return _instr(s) in _JUMPS


def is_conditional_jump(s: Statement) -> bool:
    """A branch that may fall through: jcc, loop*, j*cxz, xbegin."""
    m = _instr(s)
    return bool(JCC.match(m)) or m in _COND_OTHER


def is_call(s: Statement) -> bool:
    return _instr(s) in _CALLS


def is_return(s: Statement) -> bool:
    return _instr(s) in _RETURNS


def is_trap(s: Statement) -> bool:
    """ud2, hlt, int3: control does not go on from here."""
    return _instr(s) in _TRAPS


def ends_block(s: Statement) -> bool:
    """Whether control may not fall through to the next instruction, or may go elsewhere."""
    return is_jump(s) or is_conditional_jump(s) or is_return(s) or is_trap(s)


def is_indirect(s: Statement) -> bool:
    """A jump or call through a register or memory (`*%rax`, `*8(%rbx)`), whose target is not named."""
    if not s.operands:
        return False
    op = s.operands[-1]
    if op.startswith("*") or "%" in op or "(" in op or "[" in op:
        return True
    return s.syntax != "att" and canonical(op) is not None


def target(s: Statement) -> str | None:
    """The label or symbol a direct jump, conditional jump or call names (as written, e.g. `foo@PLT`)."""
    if not (is_jump(s) or is_conditional_jump(s) or is_call(s)) or not s.operands or is_indirect(s):
        return None
    return s.operands[-1]
