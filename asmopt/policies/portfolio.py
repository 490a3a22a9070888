"""The default offline portfolio: compiler settings and assembly rewrites, no model.

Each round it asks the compiler search for settings not yet tried, and the
assembly search for pass rewrites of the best candidates judged so far (the
baseline on the first round) and of this round's compiler proposals (so a
single round can already combine a better setting with a rewrite). The two
streams are interleaved: rewrites first when the best one replaces an idiom
(the largest gains, where they apply), compiler settings first otherwise
(clean-up rewrites such as dropping padding gain little).
Every proposal is still judged by the strategy on the visible tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import ClassVar

from asmopt.candidate import Candidate
from asmopt.policies import Feedback
from asmopt.policies.compiler import CompilerSearch
from asmopt.policies.passes import IDIOM_PASSES
from asmopt.policies.search import AsmSearch, ranked_bases
from asmopt.task import Task


def interleave(*streams: Sequence[Candidate]) -> list[Candidate]:
    """Round-robin over the streams, in order (a, b, a, b, ...), shorter ones dropping out."""
    return [c for group in zip_longest(*streams) for c in group if c is not None]


@dataclass(frozen=True)
class Portfolio:
    """Compiler search and assembly search, interleaved (see the module docstring)."""

    compiler: CompilerSearch = field(default_factory=CompilerSearch)
    asm: AsmSearch = field(default_factory=AsmSearch)
    name: str = "portfolio"
    #: Rewrites only the program's own code: its ceiling is asmopt.ceiling's "own".
    reach: ClassVar[str] = "own"

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        if n <= 0:
            return []
        settings = self.compiler.propose(task, n, history)
        # Rewrite the judged candidates, best first; then this round's compiler outputs,
        # not yet judged: only all passes composed, and only when that includes an idiom
        # (clean-ups alone gain too little to spend a judgement on an unjudged base).
        avoid = [c.asm for c in settings]
        rewrites = self.asm.propose_from(task, n, ranked_bases(task, history), history, avoid)
        rewrites += self.asm.propose_from(task, n - len(rewrites), settings, history,
                                          [*avoid, *(c.asm for c in rewrites)], require=IDIOM_PASSES,
                                          composed_only=True)
        # An idiom rewrite replaces whole loops: those come first, and lead the round.
        # Clean-ups alone (padding, jumps) gain little, so a compiler setting goes before them.
        rewrites.sort(key=lambda c: not IDIOM_PASSES & set(c.meta.get("passes", ())))
        if rewrites and IDIOM_PASSES & set(rewrites[0].meta.get("passes", ())):
            return interleave(rewrites, settings)[:n]
        return interleave(settings, rewrites)[:n]


def default_portfolio() -> Portfolio:
    """The offline default: every compiler setting of the grid and every pass this CPU can run."""
    return Portfolio()
