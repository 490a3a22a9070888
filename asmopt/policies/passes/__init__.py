"""Rewrite passes of the assembly search: what they are, and the registry.

A pass is a pure function, asm text -> asm text, or None when it does not
apply. Every pass is semantics-preserving on its own terms (each docstring
says why); the strategy still judges every proposal on the visible tests, and
the final verdict uses the hidden ones too.

Three kinds of pass:
- idioms (`LoopIdiom`, data): a loop whose whole effect is a closed formula (a
  bit-counting loop is popcount, a bit-length loop is bsr, a search for the
  next set bit is tzcnt) is replaced by straight-line code that leaves every
  register the loop writes with the value the loop leaves in it; flags are
  either reproduced or proven dead (overwritten before any read). Loops are
  matched instruction by instruction against templates with register
  placeholders, so only exactly the recognised shape is touched.
- library calls to one instruction (`__popcountdi2` -> `popcnt`).
- clean-ups: jump threading, jumps to the next instruction, no-op moves,
  reloads of a value just stored, and alignment padding executed on fall-through.

Idioms that need an ISA extension (popcnt, BMI1's tzcnt) are used only when
/proc/cpuinfo lists it: the candidate runs on this machine.

Left out on purpose: `cmp $0` -> `test` and multiply by a power of two -> shift
change nothing a search could confirm in time, and gcc -O3 already writes the
short forms.

Modules: `patterns` (statements, templates, flags liveness), `idioms` (the loop
idioms), `peephole` (the library-call and clean-up passes); this one holds the
registry: `Pass`, `PASSES`, `DEFAULT_PASSES`, `UNCONFIRMED`, `IDIOM_PASSES`,
`cpu_flags`, `usable` and `rewrites`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from asmopt.policies.passes.idioms import IDIOMS, NEXT_BIT, LoopIdiom, rewrite_loops
from asmopt.policies.passes.peephole import (
    drop_fallthrough_padding,
    drop_jump_to_next,
    drop_noop_moves,
    drop_reloads,
    popcount_libcall,
    thread_jumps,
)

# ---------------------------------------------------------------------------
# Passes: pure functions asm -> asm | None.


@dataclass(frozen=True)
class Pass:
    """A named rewrite; `needs` lists CPU flags its output requires. `kind` "idiom" replaces
    computation (large gains where it applies), "cleanup" removes jumps, moves or padding."""

    name: str
    apply: Callable[[str], str | None]
    needs: tuple[str, ...] = ()
    doc: str = ""
    kind: str = "cleanup"


def idiom_pass(idioms: Sequence[LoopIdiom], name: str) -> Pass:
    """One pass trying each idiom in turn (their CPU needs are merged)."""
    def apply(asm: str) -> str | None:
        changed = False
        for idiom in idioms:
            new = rewrite_loops(asm, idiom)
            if new is not None:
                asm, changed = new, True
        return asm if changed else None
    needs = tuple(sorted({f for i in idioms for f in i.needs}))
    return Pass(name, apply, needs, idioms[0].doc, "idiom")


# Order matters for composition: idioms first (they need the loops as the
# compiler wrote them), clean-ups after, padding last.
PASSES: tuple[Pass, ...] = (
    Pass("popcount-libcall", popcount_libcall, ("popcnt",), popcount_libcall.__doc__ or "", "idiom"),
    idiom_pass([i for i in IDIOMS if i.name.startswith("popcount")], "popcount-loop"),
    idiom_pass([i for i in IDIOMS if i.name.startswith("bitlength")], "bitlength-loop"),
    idiom_pass([NEXT_BIT], "next-set-bit-loop"),
    Pass("thread-jumps", thread_jumps, (), thread_jumps.__doc__ or ""),
    Pass("drop-jump-to-next", drop_jump_to_next, (), drop_jump_to_next.__doc__ or ""),
    Pass("drop-noop-moves", drop_noop_moves, (), drop_noop_moves.__doc__ or ""),
    Pass("drop-reloads", drop_reloads, (), drop_reloads.__doc__ or ""),
    Pass("drop-fallthrough-padding", drop_fallthrough_padding, (), drop_fallthrough_padding.__doc__ or ""),
)

#: Passes left out of the default search because measured time does not confirm them on the
#: calibration set (`asmopt bench cost`, benchmarks/traps): instructions drop, time does not.
#: They stay available to name explicitly (`AsmSearch(passes=...)`) and in calibration.
UNCONFIRMED: dict[str, str] = {
    "drop-fallthrough-padding": "executed alignment nops removed: fewer instructions, no gain in time "
                                "that holds (trap padding-removed: 1.05x instructions, 0.98-0.99x wall; "
                                "on gcd_pairs the new alignment's effect, 0.945x to 1.022x wall by CPU)",
}
DEFAULT_PASSES: tuple[Pass, ...] = tuple(p for p in PASSES if p.name not in UNCONFIRMED)


@lru_cache(maxsize=1)
def cpu_flags(path: str = "/proc/cpuinfo") -> frozenset[str]:
    """The CPU's feature flags (empty when unknown, so no pass that needs one runs)."""
    try:
        text = Path(path).read_text()
    except OSError:
        return frozenset()
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(line.split(":", 1)[1].split())
    return frozenset()


def usable(passes: Sequence[Pass] = PASSES, flags: frozenset[str] | None = None) -> tuple[Pass, ...]:
    """The passes whose CPU needs `flags` (default: this machine's) meet."""
    have = cpu_flags() if flags is None else flags
    return tuple(p for p in passes if set(p.needs) <= have)


def rewrites(asm: str, passes: Sequence[Pass]) -> list[tuple[str, tuple[str, ...]]]:
    """Rewritten versions of `asm`, most promising first: every applicable pass composed,
    then each applicable pass alone (when more than one applies). Each with its pass names."""
    singles = []
    for p in passes:
        new = p.apply(asm)
        if new is not None and new != asm:
            singles.append((new, (p.name,)))
    if len(singles) <= 1:
        return singles
    combined, names = asm, []
    for p in passes:
        new = p.apply(combined)
        if new is not None and new != combined:
            combined, names = new, [*names, p.name]
    return [(combined, tuple(names)), *singles]


IDIOM_PASSES = frozenset(p.name for p in PASSES if p.kind == "idiom")
