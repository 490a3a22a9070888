"""Where the gain came from: how an answer's assembly differs from the baseline's, in lines and in
the functions `asmopt.asm` reads."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from asmopt.asm import functions, parse
from asmopt.candidate import normalise_asm


def function_bodies(asm: str) -> dict[str, str]:
    """The body of each named function (its statements as `asmopt.asm` reads them), whitespace-normalised.

    A cold part (`main.cold`) is a function of its own; code outside any named
    function is not counted.
    """
    bodies: dict[str, list[str]] = {}
    for fn in functions(parse(asm)):
        if fn.name:
            lines = bodies.setdefault(fn.name, [])
            lines.extend(" ".join(s.text.split()) for s in fn.statements if s.part == 0)
    return {k: "\n".join(v) for k, v in bodies.items()}


@dataclass
class DiffSummary:
    """How the answer differs from the baseline."""

    added: int = 0  # lines (whitespace-normalised)
    removed: int = 0
    changed_functions: list[str] = field(default_factory=list)
    new_functions: list[str] = field(default_factory=list)
    removed_functions: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if not (self.added or self.removed):
            return "no change"
        parts = [f"+{self.added} -{self.removed} lines"]
        if self.changed_functions:
            parts.append("changed: " + ", ".join(self.changed_functions))
        if self.new_functions:
            parts.append("new: " + ", ".join(self.new_functions))
        if self.removed_functions:
            parts.append("removed: " + ", ".join(self.removed_functions))
        return "; ".join(parts)


def diff_summary(baseline: str, answer: str) -> DiffSummary:
    """Lines added and removed, and which functions changed (as `asmopt.asm` splits the text into functions)."""
    a, b = normalise_asm(baseline).splitlines(), normalise_asm(answer).splitlines()
    summary = DiffSummary()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            summary.removed += i2 - i1
        if op in ("replace", "insert"):
            summary.added += j2 - j1
    fa, fb = function_bodies(baseline), function_bodies(answer)
    summary.changed_functions = sorted(n for n in fa.keys() & fb.keys() if fa[n] != fb[n])
    summary.new_functions = sorted(fb.keys() - fa.keys())
    summary.removed_functions = sorted(fa.keys() - fb.keys())
    return summary
