"""Assembly-level search: rewrites of the best assembly so far, no model needed.

`AsmSearch` takes the best correct candidate of the history (or the baseline)
and applies a library of rewrite passes to its assembly text. A pass is a pure
function, asm text -> asm text, or None when it does not apply. Every pass is
semantics-preserving on its own terms (each docstring says why); the strategy
still judges every proposal on the visible tests, and the final verdict uses
the hidden ones too.

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
keep the instruction count (the measure) unchanged, and gcc -O3 already writes
the short forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from asmopt.candidate import Candidate, normalise_asm
from asmopt.policies import Feedback
from asmopt.task import Task

# ---------------------------------------------------------------------------
# Reading assembly: one statement per line, as gcc and clang write it.


@dataclass(frozen=True)
class Line:
    """One line of assembly, classified. Instructions carry mnemonic and operands."""

    text: str
    kind: str  # "label", "directive", "instr", "blank"
    name: str = ""  # label name, directive name, or mnemonic
    operands: tuple[str, ...] = ()


_LABEL = re.compile(r"^\s*([A-Za-z_.$][\w.$@]*):\s*(#.*)?$")


def _split_operands(text: str) -> tuple[str, ...]:
    """Operands split on top-level commas (not those inside `(base,index,scale)`), blanks removed."""
    out, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        out.append("".join(cur))
    return tuple("".join(op.split()) for op in out if op.strip())


def parse_line(text: str) -> Line:
    """Classify one line; `#` starts a comment on instruction lines (AT&T syntax)."""
    stripped = text.strip()
    if not stripped or stripped.startswith("#"):
        return Line(text, "blank")
    m = _LABEL.match(text)
    if m:
        return Line(text, "label", m.group(1))
    if stripped.startswith("."):
        return Line(text, "directive", stripped.split()[0])
    code = stripped.split("#", 1)[0].strip()
    if ";" in code or not code:
        return Line(text, "blank" if not code else "other")  # several statements on a line: leave alone
    parts = code.split(None, 1)
    return Line(text, "instr", parts[0], _split_operands(parts[1]) if len(parts) > 1 else ())


def parse(asm: str) -> list[Line]:
    return [parse_line(t) for t in asm.splitlines()]


def _join(lines: Iterable[Line | str], like: str) -> str:
    text = "\n".join(x.text if isinstance(x, Line) else x for x in lines)
    return text + "\n" if like.endswith("\n") else text


def _instr(mnemonic: str, *operands: str) -> str:
    """An instruction line in gcc's layout (tab, mnemonic, tab, operands)."""
    return f"\t{mnemonic}\t{', '.join(operands)}" if operands else f"\t{mnemonic}"


# ---------------------------------------------------------------------------
# Registers: one canonical name per general-purpose register, four widths.

WIDTHS = {"q": 0, "d": 1, "w": 2, "b": 3}
_GPR: dict[str, tuple[str, str, str, str]] = {
    "a": ("rax", "eax", "ax", "al"), "b": ("rbx", "ebx", "bx", "bl"), "c": ("rcx", "ecx", "cx", "cl"),
    "d": ("rdx", "edx", "dx", "dl"), "si": ("rsi", "esi", "si", "sil"), "di": ("rdi", "edi", "di", "dil"),
    "bp": ("rbp", "ebp", "bp", "bpl"),
    **{str(i): (f"r{i}", f"r{i}d", f"r{i}w", f"r{i}b") for i in range(8, 16)},
}  # %rsp is left out on purpose: no template may bind the stack pointer
_BY_NAME = {f"%{n}": (canon, w) for canon, names in _GPR.items() for w, n in zip("qdwb", names)}


def reg(canon: str, width: str) -> str:
    """`%name` of canonical register `canon` at `width` (q, d, w, b)."""
    return "%" + _GPR[canon][WIDTHS[width]]


def mentions(operand: str, canon: str) -> bool:
    """Whether an operand text names any width of the register."""
    return any(re.search(rf"%{n}\b", operand) for n in _GPR[canon])


# ---------------------------------------------------------------------------
# Templates: instructions with placeholders, matched against parsed lines.
#   {X:q}  a general-purpose register, bound to X, at width q/d/w/b
#   {L}    any operand text bound to L (labels)
# Every register placeholder of one match binds a different register.

_PLACEHOLDER = re.compile(r"^\{(\w+)(?::([qdwb]))?\}$")


def _match_instr(template: str, line: Line, env: dict[str, str]) -> dict[str, str] | None:
    """Bindings extending `env` under which `line` is `template`, or None."""
    parts = template.split(None, 1)
    if line.kind != "instr" or line.name != parts[0]:
        return None
    ops = _split_operands(parts[1]) if len(parts) > 1 else ()
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
            found = _BY_NAME.get(got)
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


def _subst(template: str, env: dict[str, str]) -> str:
    """Instantiate a replacement template: `{X:q}` -> `%rax`, `{L}` -> its text."""
    def one(m: re.Match[str]) -> str:
        key, width = m.group(1), m.group(2)
        return reg(env["%" + key], width) if width else env[key]
    parts = template.split(None, 1)
    if len(parts) == 1:
        return _instr(parts[0])
    ops = [re.sub(r"\{(\w+)(?::([qdwb]))?\}", one, op) for op in _split_operands(parts[1])]
    return _instr(parts[0], *ops)


# ---------------------------------------------------------------------------
# Flags liveness: conservative, along the fall-through path only.

_FLAG_KILLERS = re.compile(r"^(add|sub|cmp|test|and|or|xor|neg|imul|mul|div|idiv|popcnt|lzcnt|tzcnt)[bwlq]?$")
# Instructions that neither read nor write the arithmetic flags.
_FLAG_NEUTRAL = re.compile(
    r"^(mov[bwlq]?|movabs[q]?|movz[bw][lwq]|movs[bwl][lwq]|movslq|lea[lwq]?|push[q]?|pop[q]?|"
    r"cltq|cltd|cqto|cwtl|nop[wlq]?|xchg[bwlq]?|bswap[lq]?|not[bwlq]?|endbr64)$")
_COND_JUMP = re.compile(r"^j(?!mp)[a-z]+$")
_LAYOUT = (".p2align", ".align", ".balign", ".cfi", ".loc")  # directives that emit no instruction


def _shift_writes_flags(ln: Line) -> bool:
    """A shift by a constant that is not 0 after masking writes CF, ZF, SF, PF (OF, AF are
    then defined or undefined: either way no correct program reads the old ones)."""
    m = re.match(r"^(shr|shl|sar|sal)([bwlq])$", ln.name)
    if m is None:
        return False
    if len(ln.operands) == 1:
        return True  # the one-operand form shifts by 1
    count = re.fullmatch(r"\$(\d+)", ln.operands[0])
    return count is not None and int(count.group(1)) & (63 if m.group(2) == "q" else 31) != 0


def flags_dead_after(lines: Sequence[Line], start: int, hops: int = 4) -> bool:
    """Whether the arithmetic flags are overwritten before any read from `lines[start]` on.

    Walks the straight-line path: neutral instructions are skipped, a flag-writing
    instruction (add, sub, cmp, test, logic ops, ...) ends the walk with True, a
    call or ret too (flags are not preserved across the ABI), a direct jmp is
    followed (`hops` times at most); anything else (a reader such as jcc, setcc,
    cmov, adc, sbb, inc/dec which keep CF, an unknown instruction) gives False.
    """
    labels = {ln.name: i for i, ln in enumerate(lines) if ln.kind == "label"}
    i = start
    while i < len(lines):
        ln = lines[i]
        i += 1
        if ln.kind in ("blank", "label") or (ln.kind == "directive" and ln.name.startswith(_LAYOUT)):
            continue
        if ln.kind != "instr":
            return False
        if _FLAG_KILLERS.match(ln.name) or _shift_writes_flags(ln):
            return True
        if ln.name in ("call", "callq", "ret", "retq"):
            return True
        if ln.name in ("jmp", "jmpq") and len(ln.operands) == 1 and ln.operands[0] in labels and hops > 0:
            i, hops = labels[ln.operands[0]] + 1, hops - 1
            continue
        if _FLAG_NEUTRAL.match(ln.name) and ln.name not in ("popf", "popfq"):
            continue
        return False
    return False


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


def _references(lines: Sequence[Line], label: str) -> int:
    """How many non-label lines name `label` (jumps, jump tables, address arithmetic)."""
    pattern = re.compile(rf"(?<![\w.$]){re.escape(label)}(?![\w.$])")
    return sum(len(pattern.findall(ln.text)) for ln in lines if ln.kind != "label")


def _before(lines: Sequence[Line], i: int) -> int | None:
    """Index of the statement before line `i`, skipping blanks and alignment directives."""
    k = i - 1
    while k >= 0 and (lines[k].kind == "blank"
                      or (lines[k].kind == "directive" and lines[k].name in (".p2align", ".align", ".balign"))):
        k -= 1
    return k if k >= 0 else None


def _find_loops(lines: Sequence[Line], idiom: LoopIdiom) -> list[tuple[int, int, dict[str, str]]]:
    """(first body line, line after the back-edge, bindings) of each match."""
    found = []
    for i, ln in enumerate(lines):
        if ln.kind != "label":
            continue
        env: dict[str, str] | None = {"LOOP": ln.name}
        j = i + 1
        for alts in idiom.body:
            if env is None or j >= len(lines):
                env = None
                break
            env = _match_any(alts, lines[j], env)
            j += 1
        if env is None:
            continue
        if idiom.before:
            k = _before(lines, i)
            if k is None or _references(lines, ln.name) != 1:
                continue  # the state before the loop is known only if the back-edge is the sole other entry
            env = _match_any(idiom.before, lines[k], env)
            if env is None:
                continue
        if idiom.flags_dead and not flags_dead_after(lines, j):
            continue
        found.append((i + 1, j, env))
    return found


def _match_any(alts: Alt, line: Line, env: dict[str, str]) -> dict[str, str] | None:
    for template in alts:
        got = _match_instr(template, line, env)
        if got is not None:
            return got
    return None


def rewrite_loops(asm: str, idiom: LoopIdiom) -> str | None:
    """Every occurrence of the idiom's loop replaced (its label kept), or None if there is none."""
    lines = parse(asm)
    matches = _find_loops(lines, idiom)
    if not matches:
        return None
    out: list[Line | str] = []
    pos = 0
    for start, end, env in matches:
        out.extend(lines[pos:start])
        out.extend(_subst(t, env) for t in idiom.replacement)
        pos = end
    out.extend(lines[pos:])
    return _join(out, asm)


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
    out: list[Line | str] = []
    changed = False
    for ln in lines:
        target = ln.operands[0].removesuffix("@PLT") if ln.kind == "instr" and ln.name in ("call", "callq") \
            and len(ln.operands) == 1 else ""
        if target in _LIBCALLS:
            out.append("\t" + _LIBCALLS[target])
            changed = True
        else:
            out.append(ln)
    return _join(out, asm) if changed else None


def _label_index(lines: Sequence[Line]) -> dict[str, int]:
    return {ln.name: i for i, ln in enumerate(lines) if ln.kind == "label"}


def _first_instr(lines: Sequence[Line], i: int) -> int | None:
    """Index of the first instruction at or after `i`, skipping labels, blanks and layout directives."""
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "instr":
            return i
        if ln.kind == "directive" and not ln.name.startswith(_LAYOUT):
            return None
        if ln.kind == "other":
            return None
        i += 1
    return None


def thread_jumps(asm: str) -> str | None:
    """A jump (jmp or jcc) to a label whose first instruction is `jmp M` jumps to M directly.

    Safe: an unconditional direct jump changes no register, flag or memory, so
    arriving at M by one jump or by two leaves the same state; chains are
    followed at most 8 hops and cycles are left alone.
    """
    lines = parse(asm)
    labels = _label_index(lines)
    out: list[Line | str] = []
    changed = False
    for ln in lines:
        if ln.kind == "instr" and (ln.name == "jmp" or _COND_JUMP.match(ln.name)) and len(ln.operands) == 1:
            target, seen = ln.operands[0], {ln.operands[0]}
            for _ in range(8):
                if target not in labels:
                    break
                k = _first_instr(lines, labels[target] + 1)
                nxt = lines[k] if k is not None else None
                if nxt is None or nxt.name != "jmp" or len(nxt.operands) != 1 or nxt.operands[0] in seen \
                        or nxt.operands[0] not in labels:
                    break
                target = nxt.operands[0]
                seen.add(target)
            if target != ln.operands[0]:
                out.append(_instr(ln.name, target))
                changed = True
                continue
        out.append(ln)
    return _join(out, asm) if changed else None


def drop_jump_to_next(asm: str) -> str | None:
    """A jump (jmp or jcc) to a label that comes next, with no instruction between, is removed.

    Safe: jumping to the next instruction and falling through to it reach the
    same place with the same state (a jump writes nothing).
    """
    lines = parse(asm)
    keep = []
    changed = False
    for i, ln in enumerate(lines):
        if ln.kind == "instr" and (ln.name == "jmp" or _COND_JUMP.match(ln.name)) and len(ln.operands) == 1:
            j = i + 1
            ahead = set()
            while j < len(lines) and (lines[j].kind in ("label", "blank")
                                      or (lines[j].kind == "directive" and lines[j].name.startswith(_LAYOUT))):
                if lines[j].kind == "label":
                    ahead.add(lines[j].name)
                j += 1
            if ln.operands[0] in ahead:
                changed = True
                continue
        keep.append(ln)
    return _join(keep, asm) if changed else None


def drop_noop_moves(asm: str) -> str | None:
    """`movq %r, %r` (64-bit, same register) and `movaps/movapd/movdqa %xmmN, %xmmN` are removed.

    Safe: they copy a register onto itself and write no flags. `movl %eax, %eax`
    is NOT a no-op (it clears the upper half of %rax) and is kept.
    """
    lines = parse(asm)
    keep = [ln for ln in lines
            if not (ln.kind == "instr" and ln.name in ("movq", "mov", "movaps", "movapd", "movdqa", "movdqu",
                                                        "movups", "movupd")
                    and len(ln.operands) == 2 and ln.operands[0] == ln.operands[1]
                    and (ln.operands[0].startswith("%r") and _BY_NAME.get(ln.operands[0], ("", ""))[1] == "q"
                         or ln.operands[0].startswith("%xmm")))]
    return _join(keep, asm) if len(keep) != len(lines) else None


def drop_reloads(asm: str) -> str | None:
    """A load right after a store of the same register to the same address is removed.

    `movq %r, M` then `movq M, %r` (also movw/movb): the load reads back the value
    just written, and neither instruction touches the flags or the address
    registers, so the load changes nothing. Not for movl: a 32-bit load clears
    the upper half of the 64-bit register, which the store leaves as it was.
    The two lines must be adjacent (no label between: nothing can jump in).
    """
    lines = parse(asm)
    keep: list[Line] = []
    changed = False
    for ln in lines:
        prev = keep[-1] if keep else None
        if (prev is not None and ln.kind == "instr" and prev.kind == "instr" and ln.name == prev.name
                and ln.name in ("movq", "movw", "movb") and len(ln.operands) == 2 and len(prev.operands) == 2
                and prev.operands[0] == ln.operands[1] and prev.operands[1] == ln.operands[0]
                and ln.operands[1] in _BY_NAME and "(" in ln.operands[0]):
            changed = True
            continue
        keep.append(ln)
    return _join(keep, asm) if changed else None


def _is_code_section(directive: Line) -> bool | None:
    """Whether a section directive switches to code (None: not a section directive)."""
    text = directive.text.strip()
    if directive.name == ".text":
        return True
    if directive.name in (".data", ".bss"):
        return False
    if directive.name in (".section", ".pushsection"):
        rest = text.split(None, 1)[1] if len(text.split(None, 1)) > 1 else ""
        name = rest.split(",")[0].strip()
        flags = rest.split(",")[1].strip().strip('"') if "," in rest else ""
        return name.startswith(".text") or "x" in flags
    return None


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
    keep: list[Line] = []
    pending: list[Line] = []
    in_code, falls = True, False
    changed = False
    for ln in lines:
        if ln.kind == "directive" and ln.name in (".p2align", ".align", ".balign"):
            pending.append(ln)
            continue
        if ln.kind == "label" and pending and in_code and falls and ln.name.startswith(".L"):
            pending, changed = [], True
        keep.extend(pending)
        pending = []
        keep.append(ln)
        if ln.kind == "directive":
            code = _is_code_section(ln)
            if code is not None or ln.name in (".previous", ".popsection", ".subsection"):
                in_code, falls = bool(code), False  # a section we cannot name counts as data
        elif ln.kind == "instr":
            falls = ln.name not in ("jmp", "jmpq", "ret", "retq", "ud2") and not ln.name.startswith("jmp")
        elif ln.kind == "other":
            falls = False
    keep.extend(pending)
    return _join(keep, asm) if changed else None


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


# ---------------------------------------------------------------------------
# The policy.


IDIOM_PASSES = frozenset(p.name for p in PASSES if p.kind == "idiom")


def _speedup(fb: Feedback) -> float | None:
    r = fb.result
    if r.verdict != "AC" or r.measure_error or not r.instr_base or not r.instr_cand:
        return None
    return r.instr_base / r.instr_cand


def ranked_bases(task: Task, history: Sequence[Feedback]) -> list[Candidate]:
    """What to rewrite, best first: correct measured candidates of the history by instruction
    speedup on the visible tests, with the baseline placed at speedup 1."""
    scored: list[tuple[float, int, Candidate]] = []
    for i, fb in enumerate(history):
        s = _speedup(fb)
        if s is not None and not fb.result.identical:
            scored.append((s, -i, fb.candidate))
    if task.baseline is not None:
        scored.append((1.0, 1, Candidate(task.id, task.baseline.asm, {"policy": "baseline"})))
    scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [c for _, _, c in scored]


def _parent(cand: Candidate) -> str:
    meta = cand.meta
    return str(meta.get("setting") or meta.get("label") or meta.get("policy") or "candidate") + (
        f"#{meta['sample']}" if "sample" in meta else "")


@dataclass(frozen=True)
class AsmSearch:
    """Proposes pass rewrites of the best candidates so far (see the module docstring).

    `passes` None: every pass of `PASSES` whose CPU needs this machine meets.
    Proposals already in the history (or equal to the baseline) are skipped, so
    later rounds move on to the next rewrite or the next base.
    """

    passes: tuple[Pass, ...] | None = None
    name: str = "asm-search"
    _cache: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict, compare=False, repr=False)

    def active(self) -> tuple[Pass, ...]:
        return usable() if self.passes is None else self.passes

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
