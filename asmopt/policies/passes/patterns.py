"""The pattern machinery the rewrite passes share: statements, templates, flags.

- Reading and editing assembly: `asmopt.asm` parses the text; a pass edits only
  instructions alone on their text line, and writes new lines in gcc's layout.
- Templates: instructions with register and operand placeholders, matched
  against parsed statements and instantiated into replacement lines.
- Flags liveness: whether the arithmetic flags are dead after a point, from the
  reader's CFG (a replacement that leaves the flags differently needs that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from asmopt.asm import Statement, canonical, functions, gpr, split_operands, width
from asmopt.asm.registers import FLAGS

# ---------------------------------------------------------------------------
# Reading assembly: `asmopt.asm` reads it; a pass edits only statements alone on
# their text line (a line such as `.L3: addl $1, %eax` holds two and is left as written).


def shared_lines(lines: Sequence[Statement]) -> frozenset[int]:
    """Text lines holding more than one statement: never edited."""
    return frozenset(s.line for s in lines if s.part > 0)


def editable(st: Statement, shared: frozenset[int]) -> bool:
    """An instruction without prefixes, alone on its line: one a pass may replace or drop."""
    return st.kind == "instruction" and not st.prefixes and st.syntax == "att" and st.line not in shared


def join(lines: Iterable[Statement | str], like: str) -> str:
    """Text from kept statements (each line once) and new instruction lines."""
    out: list[str] = []
    last: Statement | None = None
    for x in lines:
        if isinstance(x, Statement):
            if last is None or x.line != last.line:
                out.append(x.text)
            last = x
        else:
            out.append(x)
            last = None
    text = "\n".join(out)
    return text + "\n" if like.endswith("\n") else text


def instr(mnemonic: str, *operands: str) -> str:
    """An instruction line in gcc's layout (tab, mnemonic, tab, operands)."""
    return f"\t{mnemonic}\t{', '.join(operands)}" if operands else f"\t{mnemonic}"


def reg(canon: str, w: str) -> str:
    """`%name` of canonical register `canon` (`rax`, `r8`) at width `w` (q, d, w, b)."""
    return "%" + gpr(canon, w)


def template_reg(operand: str) -> tuple[str, str] | None:
    """(canonical name, width) of a general-purpose register operand a template may bind.

    Not %rsp (no template may bind the stack pointer) and not %ah..%dh (no width
    placeholder names a high byte)."""
    canon, w = canonical(operand), width(operand)
    if not operand.startswith("%") or canon is None or w is None or w == "h" or canon == "rsp":
        return None
    return canon, w


# ---------------------------------------------------------------------------
# Templates: instructions with placeholders, matched against parsed lines.
#   {X:q}  a general-purpose register, bound to X, at width q/d/w/b
#   {L}    any operand text bound to L (labels)
# Every register placeholder of one match binds a different register.

_PLACEHOLDER = re.compile(r"^\{(\w+)(?::([qdwb]))?\}$")


def match_instr(template: str, line: Statement, env: dict[str, str], shared: frozenset[int] = frozenset()
                 ) -> dict[str, str] | None:
    """Bindings extending `env` under which `line` is `template` (and editable), or None."""
    parts = template.split(None, 1)
    if not editable(line, shared) or line.mnemonic != parts[0]:
        return None
    ops = split_operands(parts[1]) if len(parts) > 1 else ()
    if len(ops) != len(line.operands):
        return None
    env = dict(env)
    for want, got in zip(ops, line.operands):
        m = _PLACEHOLDER.match(want)
        if m is None:
            if want != got:
                return None
            continue
        key, width = m.group(1), m.group(2)
        if width is None:
            value = got
        else:
            found = template_reg(got)
            if found is None or found[1] != width:
                return None
            key, value = "%" + key, found[0]  # registers are bound by canonical name under "%KEY"
        if key in env:
            if env[key] != value:
                return None
        elif width is not None and value in {v for k, v in env.items() if k.startswith("%")}:
            return None  # two register placeholders, one register
        else:
            env[key] = value
    return env


def subst(template: str, env: dict[str, str]) -> str:
    """Instantiate a replacement template: `{X:q}` -> `%rax`, `{L}` -> its text."""
    def one(m: re.Match[str]) -> str:
        key, width = m.group(1), m.group(2)
        return reg(env["%" + key], width) if width else env[key]
    parts = template.split(None, 1)
    if len(parts) == 1:
        return instr(parts[0])
    ops = [re.sub(r"\{(\w+)(?::([qdwb]))?\}", one, op) for op in split_operands(parts[1])]
    return instr(parts[0], *ops)


# ---------------------------------------------------------------------------
# Flags liveness, from the reader's CFG.

LAYOUT = (".p2align", ".align", ".balign", ".cfi", ".loc")  # directives that emit no instruction


def flags_dead_after(lines: Sequence[Statement], start: int) -> bool:
    """Whether the arithmetic flags are dead at `lines[start]`: overwritten before any read on every path.

    Control arrives there by falling through, so the first instruction at or
    after `start` (past labels, blanks and layout directives; anything else
    gives False) decides, by the liveness of `asmopt.asm` over the function's
    CFG: calls, returns and tail calls do not read the flags, a conditional
    jump, setcc, cmov, adc, sbb, inc/dec (which keep CF) and any instruction the
    reader does not know do, and so may code the reader cannot see (an
    unresolved indirect jump, falling off the end of the text).
    """
    i = start
    while i < len(lines) and lines[i].kind != "instruction":
        st = lines[i]
        if st.kind == "directive" and not (st.directive or "").startswith(LAYOUT):
            return False
        i += 1
    if i >= len(lines):
        return False
    for fn in functions(lines):
        live = fn.live_before(lines[i])
        if live is not None:
            return FLAGS not in live
    return False
