"""Register effects of one instruction: what it reads, what it writes, what it wholly overwrites.

Names are canonical (`asmopt.asm.registers`): `%eax` is `rax`, `%ymm3` is
`xmm3`, the arithmetic flags are `flags`. `defs` holds every register written,
in whole or in part; `kills` the ones whose earlier value cannot survive (a
write to a 32- or 64-bit register kills it, one to `%al` or `%ax` does not).
Liveness needs only `uses` and `kills`: live before = uses | (live after - kills).

Conservative where it cannot be exact: an instruction this module does not
know uses every register it names and the flags, and kills nothing; a shift
by `%cl` (the count may be 0) leaves the flags possibly unchanged. Calls follow
the System V ABI (they read the argument registers and clobber the
caller-saved ones), returns read the return registers and the callee-saved
ones. One approximation is documented rather than modelled: a legacy SSE
instruction that writes a whole %xmm register (movaps, cvtdq2ps, ...) is taken
to kill the vector register, although it keeps bits 128 and up of %ymm;
compilers never read those bits afterwards (they write vzeroupper or VEX code).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from asmopt.asm.instructions import CMOVCC, JCC, SETCC, is_call, is_conditional_jump, is_indirect, is_jump, \
    is_return, is_trap
from asmopt.asm.registers import ARGUMENTS, CALLEE_SAVED, CALLER_SAVED, FLAGS, RETURN_VALUES, VECTORS, canonical, \
    registers_in, width
from asmopt.asm.statements import Statement


@dataclass(frozen=True)
class Effects:
    """Registers an instruction reads (`uses`), writes (`defs`) and wholly overwrites (`kills`)."""

    uses: frozenset[str] = frozenset()
    defs: frozenset[str] = frozenset()
    kills: frozenset[str] = frozenset()


NOTHING = Effects()


@dataclass
class _Acc:
    uses: set[str] = field(default_factory=set)
    defs: set[str] = field(default_factory=set)
    kills: set[str] = field(default_factory=set)

    def use(self, regs: Iterable[str]) -> None:
        self.uses.update(regs)

    def define(self, regs: Iterable[str], full: bool) -> None:
        for r in regs:
            self.defs.add(r)
            if full:
                self.kills.add(r)

    def flags(self, mode: str) -> None:
        """u: read; k: written whole; p: written in part (or maybe not at all)."""
        if "u" in mode:
            self.uses.add(FLAGS)
        if "k" in mode or "p" in mode:
            self.define([FLAGS], "k" in mode)

    def done(self) -> Effects:
        return Effects(frozenset(self.uses), frozenset(self.defs), frozenset(self.kills))


@dataclass(frozen=True)
class _Reg:
    canon: str
    written: str  # as written, lower-case, without %
    masks: tuple[str, ...]  # AVX-512 mask registers decorating it ({%k1})
    zeroing: bool  # {z}: masked-off elements are zeroed, not merged


def _direct(op: str) -> _Reg | None:
    """The register an operand is, when it is one (`%eax`, `*%rax`, `%zmm0{%k1}{z}`); None for memory etc."""
    base, _, deco = op.lstrip("*").partition("{")
    if not base.startswith("%"):
        return None
    canon = canonical(base)
    if canon is None:
        return None
    return _Reg(canon, base[1:].lower(), tuple(c for c, _ in registers_in("{" + deco)), "{z}" in op.lower())


def _whole(r: _Reg) -> bool:
    """Whether writing this register as written overwrites all of it."""
    w = width(r.written)
    if w is not None:
        return w in ("q", "d")  # a 32-bit write zero-extends; 8- and 16-bit writes keep the rest
    return r.canon != "st"


def _apply(acc: _Acc, roles: str, ops: tuple[str, ...]) -> None:
    """Operand roles: r read, w written, m read and written, x ignored (nop's operand)."""
    for role, op in zip(roles, ops):
        if role == "x":
            continue
        reg = _direct(op)
        if reg is None:
            acc.use(c for c, _ in registers_in(op))  # address registers of a memory operand
            continue
        acc.use(reg.masks)
        if role in "rm":
            acc.use([reg.canon])
        if role in "wm":
            merging = bool(reg.masks) and not reg.zeroing
            acc.define([reg.canon], role == "w" and not merging and _whole(reg))
            if merging:
                acc.use([reg.canon])


def _all_registers(s: Statement) -> set[str]:
    regs = {c for op in s.operands for c, _ in registers_in(op)}
    if s.syntax != "att":  # Intel syntax names registers without %
        regs |= {c for op in s.operands for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", op)
                 if (c := canonical(w)) is not None}
    return regs


def _unknown(s: Statement) -> Effects:
    """Reads every register it names and the flags, may write them, kills nothing."""
    regs = _all_registers(s)
    return Effects(frozenset(regs | {FLAGS}), frozenset(regs | {FLAGS}), frozenset())


# --- general-purpose instructions by stem (the mnemonic without its b/w/l/q suffix) -----------
# stem -> (roles by operand count, flags mode)
_TABLE: dict[str, tuple[dict[int, str], str]] = {}


def _rows(stems: str, roles: dict[int, str], flags: str = "") -> None:
    for stem in stems.split():
        _TABLE[stem] = (roles, flags)


_rows("mov movabs lea movd movbe movnti", {2: "rw"})
_rows("movzx movsx movsxd movslq", {2: "rw"})
_rows("add sub and or xor", {2: "rm"}, "k")
_rows("adc sbb", {2: "rm"}, "uk")
_rows("cmp test", {2: "rr"}, "k")
_rows("inc dec", {1: "m"}, "p")
_rows("neg", {1: "m"}, "k")
_rows("not bswap", {1: "m"})
_rows("bsf bsr", {2: "rm"}, "k")  # the destination is left as it was when the source is 0
_rows("popcnt lzcnt tzcnt", {2: "rw"}, "k")
_rows("bt", {2: "rr"}, "p")
_rows("bts btr btc", {2: "rm"}, "p")
_rows("xchg", {2: "mm"})
_rows("xadd", {2: "mm"}, "k")
_rows("imul", {2: "rm", 3: "rrw"}, "k")
_rows("rol ror", {1: "m", 2: "rm"}, "p")
_rows("rcl rcr", {1: "m", 2: "rm"}, "up")
_rows("andn bextr bzhi", {3: "rrw"}, "k")
_rows("blsi blsr blsmsk", {2: "rw"}, "k")
_rows("pdep pext shlx shrx sarx rorx", {3: "rrw"})
_rows("adcx adox", {2: "rm"}, "up")
_rows("crc32", {2: "rm"})
_rows("rdrand rdseed", {1: "w"}, "k")
_rows("nop prefetcht0 prefetcht1 prefetcht2 prefetchnta prefetchw clflush clflushopt",
      {0: "", 1: "x", 2: "x", 3: "x"})
_rows("endbr64 endbr32 pause lfence mfence sfence", {0: ""})
_rows("clc stc", {0: ""}, "p")
_rows("cmc", {0: ""}, "up")
_rows("cld std", {0: ""})  # the direction flag is not tracked: compiled code keeps it clear
_rows("cmpxchg", {2: "rm"}, "k")
_rows("shl shr sar sal", {1: "m", 2: "rm"}, "shift")
_rows("shld shrd", {2: "rm", 3: "rrm"}, "shift")
_rows("mul div idiv", {1: "r"}, "k")

_MOVX = re.compile(r"^mov[sz][bwl][wlq]$")  # movzbl, movsbq, movslq, ...
_STRING = re.compile(r"^(stos|lods|movs|scas|cmps)([bwlqd]?)$")
_SUFFIX = {"q": "q", "d": "l", "w": "w", "b": "b", "h": "b"}


def _stem(m: str) -> str | None:
    """The table stem of a mnemonic: itself, or without a size suffix."""
    if m in _TABLE:
        return m
    if m[-1:] in ("b", "w", "l", "q") and m[:-1] in _TABLE:
        return m[:-1]
    return None


def _size(s: Statement, stem: str) -> str | None:
    """Operand size (b, w, l, q) from the mnemonic's suffix, else from a register operand."""
    m = s.mnemonic or ""
    if m != stem and m[len(stem):] in ("b", "w", "l", "q"):
        return m[len(stem):]
    for op in s.operands:
        reg = _direct(op)
        w = width(reg.written) if reg else None
        if w is not None:
            return _SUFFIX[w]
    return None


def _same_register(a: str, b: str) -> bool:
    ra, rb = _direct(a), _direct(b)
    return ra is not None and rb is not None and ra.written == rb.written and not ra.masks and not rb.masks


def _shift_flags(s: Statement, stem: str) -> str:
    """A shift by a constant that is not 0 once masked writes the flags; by %cl it may leave them."""
    if len(s.operands) == 1:
        return "k"
    m = re.fullmatch(r"\$(0x[0-9a-fA-F]+|\d+)", s.operands[0])
    if m is None:
        return "p"
    mask = 63 if _size(s, stem) == "q" else 31
    return "k" if int(m.group(1), 0) & mask else "p"


def _general(s: Statement, stem: str) -> Effects | None:
    ops = s.operands
    acc = _Acc()
    if stem in ("mul", "div", "idiv") or (stem == "imul" and len(ops) == 1):
        size = _size(s, stem)
        _apply(acc, "r", ops)
        divide = stem in ("div", "idiv")
        acc.use(["rax", "rdx"] if divide and size != "b" else ["rax"])
        acc.define(["rax"] if size == "b" else ["rax", "rdx"], size in ("l", "q"))
        acc.flags("k")
        return acc.done()
    roles, flags = _TABLE[stem]
    if len(ops) not in roles:
        return None
    if stem in ("xor", "sub", "sbb") and len(ops) == 2 and _same_register(ops[0], ops[1]):
        # xor %eax, %eax: a constant (sbb: 0 or -1 from CF), whatever the register held
        reg = _direct(ops[1])
        assert reg is not None
        acc.define([reg.canon], _whole(reg))  # xorb %al, %al keeps the rest of %rax: no kill
        acc.flags(flags)
        return acc.done()
    _apply(acc, roles[len(ops)], ops)
    acc.flags(flags)
    if stem == "cmpxchg":
        acc.use(["rax"])
        acc.define(["rax"], False)
    return acc.done()


def _shift(s: Statement, stem: str) -> Effects | None:
    roles, _ = _TABLE[stem]
    if len(s.operands) not in roles:
        return None
    acc = _Acc()
    _apply(acc, roles[len(s.operands)], s.operands)
    if stem in ("shld", "shrd") and len(s.operands) == 2:
        acc.use(["rcx"])  # the two-operand form shifts by %cl
        acc.flags("p")
    else:
        acc.flags(_shift_flags(s, stem))
    return acc.done()


# --- instructions with implicit registers ------------------------------------------------------

def _fixed(uses: str, kills: str = "", partial: str = "", flags: str = "") -> Callable[[Statement], Effects]:
    def f(s: Statement) -> Effects:
        acc = _Acc()
        _apply(acc, "r" * len(s.operands), s.operands)
        acc.use(uses.split())
        acc.define(kills.split(), True)
        acc.define(partial.split(), False)
        acc.flags(flags)
        return acc.done()
    return f


def _stack(mode: str) -> Callable[[Statement], Effects]:
    """push ("r": reads its operand) and pop ("w": writes it); both move %rsp."""
    def f(s: Statement) -> Effects:
        acc = _Acc()
        _apply(acc, mode, s.operands)
        acc.use(["rsp"])
        acc.define(["rsp"], False)
        return acc.done()
    return f


_push, _pop = _stack("r"), _stack("w")


def _with(s: Statement, roles: str, uses: str) -> Effects:
    acc = _Acc()
    _apply(acc, roles, s.operands)
    acc.use(uses.split())
    return acc.done()


_SPECIAL: dict[str, Callable[[Statement], Effects]] = {
    **dict.fromkeys(("cltq", "cdqe", "cwtl", "cwde"), _fixed("rax", kills="rax")),
    **dict.fromkeys(("cbtw", "cbw"), _fixed("rax", partial="rax")),
    **dict.fromkeys(("cltd", "cdq", "cqto", "cqo"), _fixed("rax", kills="rdx")),
    **dict.fromkeys(("cwtd", "cwd"), _fixed("rax", partial="rdx")),
    **dict.fromkeys(("push", "pushq", "pushw", "pushl"), _push),
    **dict.fromkeys(("pop", "popq", "popw", "popl"), _pop),
    **dict.fromkeys(("pushf", "pushfq", "pushfw"), _fixed("rsp", partial="rsp", flags="u")),
    **dict.fromkeys(("popf", "popfq", "popfw"), _fixed("rsp", partial="rsp", flags="k")),
    **dict.fromkeys(("leave", "leaveq", "leavel"), _fixed("rbp", kills="rsp rbp")),
    **dict.fromkeys(("enter", "enterq"), _fixed("rsp rbp", partial="rsp rbp")),
    "lahf": _fixed("", partial="rax", flags="u"),
    "sahf": _fixed("rax", flags="p"),
    "cpuid": _fixed("rax rcx", kills="rax rbx rcx rdx"),
    "rdtsc": _fixed("", kills="rax rdx"),
    "rdtscp": _fixed("", kills="rax rdx rcx"),
    "rdpmc": _fixed("rcx", kills="rax rdx"),
    "xgetbv": _fixed("rcx", kills="rax rdx"),
    "syscall": _fixed("rax rdi rsi rdx r10 r8 r9", kills="rax rcx r11"),
    **dict.fromkeys(("xlat", "xlatb"), _fixed("rax rbx", partial="rax")),
    "vzeroupper": _fixed("", partial=" ".join(VECTORS)),
    "vzeroall": _fixed("", kills=" ".join(VECTORS)),
    **dict.fromkeys(("mulx", "mulxl", "mulxq"), lambda s: _with(s, "rww", "rdx")),  # AT&T: src, lo, hi
}


def _string(s: Statement, kind: str) -> Effects:
    """stos, lods, movs, scas, cmps: pointers in %rdi/%rsi, %rcx counted down under a rep prefix."""
    acc = _Acc()
    _apply(acc, "r" * len(s.operands), s.operands)
    rep = any(p.startswith("rep") for p in s.prefixes)
    reads = {"stos": "rdi rax", "lods": "rsi", "movs": "rsi rdi", "scas": "rdi rax", "cmps": "rsi rdi"}[kind]
    writes = {"stos": "rdi", "lods": "rsi rax", "movs": "rsi rdi", "scas": "rdi", "cmps": "rsi rdi"}[kind]
    acc.use(reads.split() + (["rcx"] if rep else []))
    acc.define(writes.split() + (["rcx"] if rep else []), False)
    if kind in ("scas", "cmps"):
        acc.flags("p" if rep else "k")  # with %rcx = 0 a rep leaves the flags as they were
    return acc.done()


def _control(s: Statement) -> Effects:
    m = s.mnemonic or ""
    acc = _Acc()
    if is_indirect(s):
        acc.use(_all_registers(s))
    if is_call(s):
        acc.use(ARGUMENTS | {"rsp"})
        acc.define(CALLER_SAVED, True)
    elif is_return(s):
        acc.use(RETURN_VALUES | CALLEE_SAVED)
    elif JCC.match(m) or m in ("loope", "loopz", "loopne", "loopnz"):
        acc.flags("u")
    if m.startswith("loop"):
        acc.use(["rcx"])
        acc.define(["rcx"], False)
    elif m in ("jcxz", "jecxz", "jrcxz"):
        acc.use(["rcx"])
    elif m == "xbegin":
        acc.define(["rax"], False)
    return acc.done()


# --- vector instructions ----------------------------------------------------------------------

_VEX_READS_DEST = re.compile(
    r"^v(f(n?m(add|sub)|maddsub|msubadd)\w*|perm[it]2\w*|pdp\w+|pmadd52\w*|psh[lr]dv\w*|pternlog\w*|"
    r"fixupimm\w*|p?gather\w*|p?scatter\w*)$")
_FLAG_COMPARES = frozenset({"ucomiss", "ucomisd", "comiss", "comisd", "ptest", "vucomiss", "vucomisd", "vcomiss",
                            "vcomisd", "vptest", "vtestps", "vtestpd"})
_ZERO_IDIOMS = frozenset({"pxor", "xorps", "xorpd", "psubb", "psubw", "psubd", "psubq", "pcmpeqb", "pcmpeqw",
                          "pcmpeqd", "pcmpeqq", "vpxor", "vpxord", "vpxorq", "vxorps", "vxorpd", "vpsubb", "vpsubw",
                          "vpsubd", "vpsubq", "vpcmpeqb", "vpcmpeqw", "vpcmpeqd", "vpcmpeqq"})
_SSE_WRITE = frozenset("""movaps movapd movups movupd movdqa movdqu lddqu movntdqa movddup movshdup movsldup
    cvtdq2ps cvtps2dq cvttps2dq cvtdq2pd cvtpd2dq cvttpd2dq cvtps2pd cvtpd2ps cvttsd2si cvtsd2si cvttss2si cvtss2si
    sqrtps sqrtpd rsqrtps rcpps pmovmskb movmskps movmskpd pabsb pabsw pabsd phminposuw pshufd pshuflw pshufhw
    roundps roundpd extractps pextrb pextrw pextrd pextrq aeskeygenassist""".split())
_PMOVX = re.compile(r"^pmov[sz]x[bwd][wdq]$")


def _has_vector(s: Statement, masks: bool) -> bool:
    """Whether an operand is a vector register (or, with `masks`, an AVX-512 mask register)."""
    regs = (_direct(op) for op in s.operands)
    return any(r is not None and (r.canon.startswith("xmm") or masks and r.canon[:1] == "k") for r in regs)


def _vector(s: Statement) -> Effects | None:
    m, ops = s.mnemonic or "", s.operands
    n = len(ops)
    acc = _Acc()
    if m in _FLAG_COMPARES:
        _apply(acc, "r" * n, ops)
        acc.flags("k")
        return acc.done()
    if m.startswith("v"):
        if not _has_vector(s, masks=True) or n == 0:
            return None
        if m in _ZERO_IDIOMS and n == 3 and _same_register(ops[0], ops[1]):
            _apply(acc, "xxw", ops)
        else:
            _apply(acc, "r" * (n - 1) + ("m" if _VEX_READS_DEST.match(m) else "w"), ops)
            if "gather" in m and n == 3:
                _apply(acc, "mxx", ops)  # an AVX2 gather also clears its mask register
        return acc.done()
    plain = m[:-1] if m[-1:] in ("l", "q") and m[:-1] in _SSE_WRITE else m
    if n == 0 or not (_has_vector(s, masks=False) or plain in _SSE_WRITE):
        return None
    if m in ("blendvps", "blendvpd", "pblendvb"):
        acc.use(["xmm0"])  # the two-operand form reads its mask from %xmm0
        _apply(acc, "r" * (n - 1) + "m", ops)
    elif m in _ZERO_IDIOMS and n == 2 and _same_register(ops[0], ops[1]):
        _apply(acc, "xw", ops)
    elif plain in _SSE_WRITE or _PMOVX.match(m):
        _apply(acc, "r" * (n - 1) + "w", ops)
    elif m in ("movss", "movsd") and n == 2:
        # from memory the rest of the register is zeroed; between registers it is kept
        both = _direct(ops[0]) is not None and _direct(ops[1]) is not None
        _apply(acc, "rm" if both else "rw", ops)
    else:
        _apply(acc, "r" * (n - 1) + "m", ops)  # legacy SSE: the destination is also a source
    return acc.done()


def effects(s: Statement) -> Effects:
    """The register effects of a statement (nothing for labels, directives and blanks)."""
    if s.kind != "instruction":
        return NOTHING
    if s.syntax != "att":
        return _unknown(s)
    m = s.mnemonic or ""
    if is_jump(s) or is_conditional_jump(s) or is_call(s) or is_return(s):
        return _control(s)
    if is_trap(s):
        return NOTHING
    if m in _SPECIAL:
        return _SPECIAL[m](s)
    if SETCC.match(m):
        acc = _Acc()
        _apply(acc, "w", s.operands)
        acc.flags("u")
        return acc.done()
    if CMOVCC.match(m):
        acc = _Acc()
        _apply(acc, "rm", s.operands)
        acc.flags("u")
        return acc.done() if len(s.operands) == 2 else _unknown(s)
    if _MOVX.match(m) and len(s.operands) == 2:
        acc = _Acc()
        _apply(acc, "rw", s.operands)
        return acc.done()
    string = _STRING.match(m)
    if string and not (m in ("movsd", "cmpsd") and s.operands):
        return _string(s, string.group(1))
    stem = _stem(m)
    if stem is not None:
        roles, flags = _TABLE[stem]
        out = _shift(s, stem) if flags == "shift" else _general(s, stem)
        return out if out is not None else _unknown(s)
    out = _vector(s)
    return out if out is not None else _unknown(s)
