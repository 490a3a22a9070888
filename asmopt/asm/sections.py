"""Sections: which section each statement is assembled into, and whether that section holds code.

The assembler starts in `.text`. `.text`, `.data` and `.bss` switch to those
sections; `.section NAME[,"flags"...]` and `.pushsection` switch to NAME, whose
code-ness is its flags' `x` when given, else what an earlier declaration of the
same name said, else its name (`.text*`, `.init`, `.fini` hold code; gcc puts
`main` in `.text.startup` at -O3 and cold parts in `.text.unlikely`).
`.popsection` and `.previous` go back; subsections are not told apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from asmopt.asm.statements import Statement, split_operands

_SWITCHES = frozenset({".text", ".data", ".bss", ".section", ".pushsection", ".popsection", ".previous"})


@dataclass(frozen=True)
class Section:
    name: str
    executable: bool


TEXT = Section(".text", True)


def _named(name: str) -> bool:
    """Code-ness of a section declared without flags, from its name."""
    if name.startswith((".init_array", ".fini_array")):
        return False
    return name == ".text" or name.startswith((".text.", ".init", ".fini"))


def is_switch(stmt: Statement) -> bool:
    """Whether a statement changes the current section."""
    return stmt.kind == "directive" and stmt.directive in _SWITCHES


def sections(statements: Sequence[Statement]) -> list[Section]:
    """The section each statement is in (a switching directive is in the section it switches to)."""
    current, previous = TEXT, TEXT
    stack: list[tuple[Section, Section]] = []
    declared: dict[str, bool] = {}
    out: list[Section] = []
    for s in statements:
        if s.kind == "directive" and s.directive in _SWITCHES:
            d = s.directive
            new: Section | None
            if d in (".text", ".data", ".bss"):
                new = Section(d, d == ".text")
            elif d in (".section", ".pushsection"):
                parts = split_operands(s.args)
                name = parts[0].strip('"') if parts else ""
                if len(parts) > 1 and parts[1].startswith('"'):
                    declared[name] = "x" in parts[1].strip('"')
                new = Section(name, declared.get(name, _named(name)))
                if d == ".pushsection":
                    stack.append((current, previous))
            elif d == ".popsection":
                new = None
                if stack:
                    current, previous = stack.pop()
            else:  # .previous: swap
                new = previous
            if new is not None:
                current, previous = new, current
        out.append(current)
    return out
