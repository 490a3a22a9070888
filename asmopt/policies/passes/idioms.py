"""Loop idioms, as data: loops whose whole effect is a closed formula.

A bit-counting loop is popcount, a bit-length loop is bsr, a search for the
next set bit is tzcnt: such a loop is replaced by straight-line code that
leaves every register the loop writes with the value the loop leaves in it;
flags are either reproduced or proven dead (overwritten before any read).
Loops are matched instruction by instruction against templates with register
placeholders (`asmopt.policies.passes.patterns`), so only exactly the
recognised shape is touched. Each idiom's docstring says why its replacement
is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from asmopt.asm import Statement, parse, symbols_in
from asmopt.policies.passes.patterns import flags_dead_after, join, match_instr, shared_lines, subst

# ---------------------------------------------------------------------------
# Loop idioms, as data.

Alt = tuple[str, ...]  # alternative templates for one instruction


@dataclass(frozen=True)
class LoopIdiom:
    """A loop `LOOP: body...; j.. LOOP` whose whole effect is `replacement`.

    `body` lists the loop's instructions from its label to its back-edge (which
    must jump to `{LOOP}`), each as alternative templates. `before`: an
    instruction that must come right before the label (alignment aside), with
    the label reached only by the back-edge, so that instruction's effect is
    the loop's starting state. `flags_dead`: the replacement leaves some flag
    differently from the loop, so the flags must be dead after it. `needs`: CPU
    flags (from /proc/cpuinfo) the replacement's instructions require.
    """

    name: str
    body: tuple[Alt, ...]
    replacement: tuple[str, ...]
    doc: str
    before: Alt = ()
    flags_dead: bool = True
    needs: tuple[str, ...] = ()


def _references(lines: Sequence[Statement], label: str) -> int:
    """How many times operands and directive arguments name `label` (jumps, jump tables, address arithmetic)."""
    texts = (op for ln in lines for op in (*ln.operands, ln.args))
    return sum(symbols_in(t).count(label) for t in texts)


def _before(lines: Sequence[Statement], i: int) -> int | None:
    """Index of the statement before line `i`, skipping blanks and alignment directives."""
    k = i - 1
    while k >= 0 and (lines[k].kind == "blank"
                      or (lines[k].kind == "directive" and lines[k].directive in (".p2align", ".align", ".balign"))):
        k -= 1
    return k if k >= 0 else None


def _find_loops(lines: Sequence[Statement], idiom: LoopIdiom) -> list[tuple[int, int, dict[str, str]]]:
    """(first body statement, statement after the back-edge, bindings) of each match."""
    found = []
    shared = shared_lines(lines)
    for i, ln in enumerate(lines):
        if ln.kind != "label" or ln.label is None:
            continue
        env: dict[str, str] | None = {"LOOP": ln.label}
        j = i + 1
        for alts in idiom.body:
            if env is None or j >= len(lines):
                env = None
                break
            env = _match_any(alts, lines[j], env, shared)
            j += 1
        if env is None:
            continue
        if idiom.before:
            k = _before(lines, i)
            if k is None or _references(lines, ln.label) != 1:
                continue  # the state before the loop is known only if the back-edge is the sole other entry
            env = _match_any(idiom.before, lines[k], env, shared)
            if env is None:
                continue
        if idiom.flags_dead and not flags_dead_after(lines, j):
            continue
        found.append((i + 1, j, env))
    return found


def _match_any(alts: Alt, line: Statement, env: dict[str, str], shared: frozenset[int]) -> dict[str, str] | None:
    for template in alts:
        got = match_instr(template, line, env, shared)
        if got is not None:
            return got
    return None


def rewrite_loops(asm: str, idiom: LoopIdiom) -> str | None:
    """Every occurrence of the idiom's loop replaced (its label kept), or None if there is none."""
    lines = parse(asm)
    matches = _find_loops(lines, idiom)
    if not matches:
        return None
    out: list[Statement | str] = []
    pos = 0
    for start, end, env in matches:
        out.extend(lines[pos:start])
        out.extend(subst(t, env) for t in idiom.replacement)
        pos = end
    out.extend(lines[pos:])
    return join(out, asm)


def _popcount_idioms() -> list[LoopIdiom]:
    """Bit-counting loops `do { c += x & 1; x >>= 1; } while (x);` as gcc -O3 writes them.

    Why the replacement is exact: the loop runs max(1, bitlength(x0)) times and
    adds bit 0 of x each time, so c grows by popcount(x0) (in the accumulator's
    width; a 32-bit add also clears the upper half, as `addl` does). On exit x
    is 0, and t holds the last bit tested: 1 when x0 != 0 (the top set bit),
    0 when x0 = 0; the replacement computes t = (x0 != 0) with cmp/sbb/add and
    then clears x. Flags differ only in CF, so the flags must be dead after.
    """
    out = []
    for xw, xs in (("q", "q"), ("d", "l")):  # the shift's width: 64- or 32-bit x
        for cw, cs in (("d", "l"), ("q", "q")):  # the accumulator's width
            tail = (f"cmp{xs} $1, {{X:{xw}}}", "sbbl {T:d}, {T:d}", "addl $1, {T:d}", "xorl {X:d}, {X:d}")
            shift = (f"shr{xs} {{X:{xw}}}", f"shr{xs} $1, {{X:{xw}}}")
            back = ("jne {LOOP}", "jnz {LOOP}")
            movs = (f"mov{xs} {{X:{xw}}}, {{T:{xw}}}", "movl {X:d}, {T:d}")
            repl = (f"popcnt{xs} {{X:{xw}}}, {{T:{xw}}}", f"add{cs} {{T:{cw}}}, {{C:{cw}}}", *tail)
            out.append(LoopIdiom(
                f"popcount-loop-add-{xs}{cs}",
                (movs, ("andl $1, {T:d}",), (f"add{cs} {{T:{cw}}}, {{C:{cw}}}",), shift, back),
                repl, _popcount_idioms.__doc__ or "", needs=("popcnt",)))
            # `if (x & 1) c++;` : cmp $1 sets CF exactly when the bit is 0, sbb $-1 adds 1 - CF.
            out.append(LoopIdiom(
                f"popcount-loop-sbb-{xs}{cs}",
                (movs, ("andl $1, {T:d}",), ("cmpq $1, {T:q}", "cmpl $1, {T:d}"), (f"sbb{cs} $-1, {{C:{cw}}}",),
                 shift, back),
                repl, _popcount_idioms.__doc__ or "", needs=("popcnt",)))
    return out


_BITLEN_DOC = """Bit-length loops `do { n++; x >>= 1; } while (x);` (for (t = x; t; t >>= 1) n++).

    Why the replacement is exact: the loop runs k = max(1, bitlength(x0)) times,
    and bitlength(x0 | 1) = k, so bsr(x0 | 1) = k - 1 is defined (the operand is
    never 0). The counter ends at n0 + k, the copy t (when the loop keeps one)
    at n0 + k - 1 (32-bit arithmetic, as the loop's addl), x at 0. Flags differ
    (bsr/xor against shr), so the flags must be dead after the loop."""


def _bitlen_idioms() -> list[LoopIdiom]:
    out = []
    for xw, xs in (("q", "q"), ("d", "l")):
        shift = (f"shr{xs} {{X:{xw}}}", f"shr{xs} $1, {{X:{xw}}}")
        back = ("jne {LOOP}", "jnz {LOOP}")
        head = (f"or{xs} $1, {{X:{xw}}}", f"bsr{xs} {{X:{xw}}}, {{X:{xw}}}")
        out.append(LoopIdiom(
            f"bitlength-loop-copy-{xs}",
            (("movl {N:d}, {T:d}",), ("addl $1, {N:d}", "incl {N:d}"), shift, back),
            (*head, "leal ({N:q},{X:q}), {T:d}", "leal 1({T:q}), {N:d}", "xorl {X:d}, {X:d}"), _BITLEN_DOC))
        out.append(LoopIdiom(
            f"bitlength-loop-{xs}",
            (("addl $1, {N:d}", "incl {N:d}"), shift, back),
            (*head, "leal 1({N:q},{X:q}), {N:d}", "xorl {X:d}, {X:d}"), _BITLEN_DOC))
    return out


_NEXT_BIT_DOC = """Search for the lowest set bit above bit 0, `c = 0; do c++; while (c < 64 && !(x >> c & 1));`.

    Shape: `xor n,n` right before the loop (its only entry), then `add $1,n (or inc n);
    cmp $64,n; je EXIT; bt n,x; jnc LOOP`. The loop leaves for EXIT with n = 64
    when no bit 1..63 of x is set, else falls through with n = the lowest such
    bit. tzcnt(x & ~1) is exactly that (64 when the operand is 0, BMI1), and the
    same `cmp $64; je EXIT` follows, so registers and every defined flag (CF=1
    and ZF=0 on fall-through, cmp's flags at EXIT) are as the loop leaves them."""

NEXT_BIT = LoopIdiom(
    "next-set-bit-loop",
    (("addl $1, {N:d}", "incl {N:d}"), ("cmpl $64, {N:d}",), ("je {EXIT}",), ("btq {N:q}, {X:q}",),
     ("jnc {LOOP}", "jae {LOOP}", "jnb {LOOP}")),
    ("movq {X:q}, {N:q}", "andq $-2, {N:q}", "tzcntq {N:q}, {N:q}", "cmpl $64, {N:d}", "je {EXIT}"),
    _NEXT_BIT_DOC, before=("xorl {N:d}, {N:d}",), flags_dead=False, needs=("bmi1",))

IDIOMS: tuple[LoopIdiom, ...] = (*_popcount_idioms(), *_bitlen_idioms(), NEXT_BIT)
