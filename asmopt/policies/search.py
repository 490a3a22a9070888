"""Assembly-level search: rewrites of the best assembly so far, no model needed.

`AsmSearch` takes the best correct candidate of the history (or the baseline)
and applies a library of rewrite passes (`asmopt.policies.passes`: loop idioms,
library calls to one instruction, clean-ups) to its assembly text. A pass is a
pure function, asm text -> asm text, or None when it does not apply. Every pass
is semantics-preserving on its own terms (each docstring says why); the strategy
still judges every proposal on the visible tests, and the final verdict uses
the hidden ones too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from asmopt.candidate import Candidate, normalise_asm
from asmopt.policies import Feedback
from asmopt.policies.passes import DEFAULT_PASSES, Pass, rewrites, usable
from asmopt.result import tie_order
from asmopt.task import Task

# ---------------------------------------------------------------------------
# The policy.


def _speedup(fb: Feedback) -> float | None:
    r = fb.result
    return None if r.verdict != "AC" or r.measure_error else r.search_speedup


def ranked_bases(task: Task, history: Sequence[Feedback]) -> list[Candidate]:
    """What to rewrite, best first: correct measured candidates of the history by their
    speedup on the visible tests by the search cost (`Result.search_speedup`), with the
    baseline placed at speedup 1 ahead of them; within the best one's interval the earlier wins (`tie_order`)."""
    scored: list[tuple[float, float, Candidate]] = []  # speedup, low end of its interval, candidate
    if task.baseline is not None:  # exactly 1: a candidate's interval holds the noise of the ratio
        scored.append((1.0, 1.0, Candidate(task.id, task.baseline.asm, {"policy": "baseline"})))
    for fb in history:
        s, interval = _speedup(fb), fb.result.search_interval
        if s is not None and interval is not None and not fb.result.identical:
            scored.append((s, interval[0], fb.candidate))
    return [c for _, _, c in tie_order(scored, lambda x: x[0], lambda x: x[1])]


def _parent(cand: Candidate) -> str:
    meta = cand.meta
    return str(meta.get("setting") or meta.get("label") or meta.get("policy") or "candidate") + (
        f"#{meta['sample']}" if "sample" in meta else "")


@dataclass(frozen=True)
class AsmSearch:
    """Proposes pass rewrites of the best candidates so far (see the module docstring).

    `passes` None: every pass of `DEFAULT_PASSES` (those time confirms) whose CPU needs this machine meets.
    Proposals already in the history (or equal to the baseline) are skipped, so
    later rounds move on to the next rewrite or the next base.
    """

    passes: tuple[Pass, ...] | None = None
    name: str = "asm-search"
    #: Rewrites only the program's own code: its ceiling is asmopt.ceiling's "own".
    reach: ClassVar[str] = "own"
    _cache: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, compare=False, repr=False)

    def active(self) -> tuple[Pass, ...]:
        return usable(DEFAULT_PASSES) if self.passes is None else self.passes

    def rewrites_of(self, asm: str) -> list[tuple[str, tuple[str, ...]]]:
        """`rewrites(asm)` with this policy's passes, remembered for the bases of recent rounds."""
        if asm not in self._cache:
            if len(self._cache) >= 64:
                self._cache.clear()  # a long run over many tasks must not keep every text
            self._cache[asm] = rewrites(asm, self.active())
        return self._cache[asm]

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        return self.propose_from(task, n, ranked_bases(task, history), history)

    def propose_from(self, task: Task, n: int, bases: Sequence[Candidate],
                     history: Sequence[Feedback], avoid: Iterable[str] = (),
                     require: frozenset[str] = frozenset(), composed_only: bool = False) -> list[Candidate]:
        """Up to `n` rewrites of `bases` (in order), none equal to the baseline, a history
        entry or an `avoid` text; with `require`, only rewrites using one of those passes;
        with `composed_only`, only each base's first rewrite (every applicable pass)."""
        seen = {normalise_asm(fb.candidate.asm) for fb in history} | {normalise_asm(a) for a in avoid}
        if task.baseline is not None:
            seen.add(normalise_asm(task.baseline.asm))
        out: list[Candidate] = []
        for base in bases:
            options = self.rewrites_of(base.asm)
            for asm, names in options[:1] if composed_only else options:
                key = normalise_asm(asm)
                if len(out) >= n:
                    return out
                if key in seen or (require and not require & set(names)):
                    continue
                seen.add(key)
                out.append(Candidate(task.id, asm, {"policy": self.name, "passes": list(names),
                                                    "parent": _parent(base)}))
        return out
