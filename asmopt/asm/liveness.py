"""Liveness: which registers may still be read, at the head and end of each basic block.

The classic backward data-flow problem over a function's blocks, with the
effects of `asmopt.asm.effects`: live before an instruction = its uses, plus
what is live after it less what it kills. Where control leaves the function
the ABI says what is read: a return reads the return registers (%rax, %rdx,
%xmm0, %xmm1) and the callee-saved ones; a tail call the argument registers
and the callee-saved ones; a jump to code we cannot see (another function's
cold part, an unresolved indirect jump, falling off the end) may read
anything, so every register is live there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from asmopt.asm.effects import effects
from asmopt.asm.registers import ARGUMENTS, CALLEE_SAVED, EVERYTHING, RETURN_VALUES
from asmopt.asm.statements import Statement

if TYPE_CHECKING:
    from asmopt.asm.cfg import Block


@dataclass(frozen=True)
class Liveness:
    """Registers live on entry to a block and on its exit (canonical names, "flags")."""

    live_in: frozenset[str]
    live_out: frozenset[str]


def live_through(statements: Iterable[Statement], live_after: frozenset[str]) -> frozenset[str]:
    """Registers live before `statements` run, given those live after them."""
    live = set(live_after)
    for s in reversed(list(statements)):
        e = effects(s)
        live -= e.kills
        live |= e.uses
    return frozenset(live)


def exit_uses(how: str, everything: frozenset[str] = EVERYTHING) -> frozenset[str]:
    """What code outside the function may read when control leaves it this way (see `Block.leaves`)."""
    if how == "ret":
        return RETURN_VALUES | CALLEE_SAVED
    if how == "tail":
        return ARGUMENTS | CALLEE_SAVED
    return everything


def solve(blocks: Sequence[Block]) -> list[Liveness]:
    """Live-in and live-out of every block, iterated to the least fixed point."""
    transfer: list[tuple[frozenset[str], frozenset[str]]] = []  # (gen, kill) of each block
    mentioned: set[str] = set()
    for block in blocks:
        gen: set[str] = set()
        kill: set[str] = set()
        for s in reversed(block.statements):
            e = effects(s)
            gen = (gen - e.kills) | e.uses
            kill |= e.kills
            mentioned |= e.uses | e.defs
        transfer.append((frozenset(gen), frozenset(kill)))
    everything = EVERYTHING | mentioned
    base = [frozenset().union(*(exit_uses(h, everything) for h in b.leaves)) for b in blocks]
    live_in = [frozenset[str]() for _ in blocks]
    live_out = list(base)
    changed = True
    while changed:
        changed = False
        for i in reversed(range(len(blocks))):
            out = base[i].union(*(live_in[j] for j in blocks[i].successors))
            gen, kill = transfer[i]
            new_in = gen | (out - kill)
            if new_in != live_in[i] or out != live_out[i]:
                live_in[i], live_out[i], changed = new_in, out, True
    return [Liveness(i, o) for i, o in zip(live_in, live_out)]
