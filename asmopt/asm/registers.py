"""Registers: every name gcc, clang or a person may write, mapped to one canonical name.

General-purpose registers collapse to their 64-bit name (`%eax`, `%ax`, `%al`,
`%ah` -> `rax`; `%r8d`, `%r8w`, `%r8b` -> `r8`); vector registers collapse to
their number (`%xmm3`, `%ymm3`, `%zmm3` -> `xmm3`), as do AVX-512 masks (`k1`)
and MMX registers (`mm2`); every x87 stack register is `st`. The arithmetic
flags are one pseudo-register, `flags`. `%rip` and the segment registers are
not registers here: nothing is ever live in them.
"""

from __future__ import annotations

import re

# The four widths of a general-purpose register: q (64), d (32), w (16), b (8).
# The high bytes %ah..%dh have width "h": writing them keeps the rest.
WIDTHS = ("q", "d", "w", "b")

_LEGACY: dict[str, tuple[str, str, str, str]] = {
    "rax": ("rax", "eax", "ax", "al"), "rbx": ("rbx", "ebx", "bx", "bl"),
    "rcx": ("rcx", "ecx", "cx", "cl"), "rdx": ("rdx", "edx", "dx", "dl"),
    "rsi": ("rsi", "esi", "si", "sil"), "rdi": ("rdi", "edi", "di", "dil"),
    "rbp": ("rbp", "ebp", "bp", "bpl"), "rsp": ("rsp", "esp", "sp", "spl"),
}
GPR_NAMES: dict[str, tuple[str, str, str, str]] = {
    **_LEGACY, **{f"r{i}": (f"r{i}", f"r{i}d", f"r{i}w", f"r{i}b") for i in range(8, 16)},
}
GPRS: tuple[str, ...] = tuple(GPR_NAMES)  # canonical names, in encoding-ish order

_BY_NAME: dict[str, tuple[str, str]] = {
    name: (canon, w) for canon, names in GPR_NAMES.items() for w, name in zip(WIDTHS, names)}
_BY_NAME.update({f"{c}h": (f"r{c}x", "h") for c in "abcd"})
_BY_NAME.update({f"r{i}l": (f"r{i}", "b") for i in range(8, 16)})  # Intel's spelling of r8b

_VECTOR = re.compile(r"^[xyz]mm([0-9]|[12][0-9]|3[01])$")
_OTHER = re.compile(r"^(k[0-7]|mm[0-7])$")
_REG_IN_TEXT = re.compile(r"%([A-Za-z][A-Za-z0-9]*)(\(\d\))?")

VECTORS: tuple[str, ...] = tuple(f"xmm{i}" for i in range(16))
FLAGS = "flags"

# System V AMD64 calling convention, in canonical names.
ARGUMENTS: frozenset[str] = frozenset({"rdi", "rsi", "rdx", "rcx", "r8", "r9", "rax", *(f"xmm{i}" for i in range(8))})
CALLEE_SAVED: frozenset[str] = frozenset({"rbx", "rbp", "r12", "r13", "r14", "r15", "rsp"})
CALLER_SAVED: frozenset[str] = frozenset(
    {"rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", *(f"xmm{i}" for i in range(32)),
     *(f"k{i}" for i in range(8)), FLAGS})
RETURN_VALUES: frozenset[str] = frozenset({"rax", "rdx", "xmm0", "xmm1"})
# Everything a caller may see: what is live where control leaves for code we cannot see.
EVERYTHING: frozenset[str] = frozenset({*GPRS, *VECTORS, FLAGS})


def canonical(name: str) -> str | None:
    """Canonical name of a register written with or without `%` (`%EAX` -> `rax`), None if not one."""
    n = name.lower().removeprefix("%")
    if n in _BY_NAME:
        return _BY_NAME[n][0]
    m = _VECTOR.match(n)
    if m:
        return f"xmm{m.group(1)}"
    if _OTHER.match(n):
        return n
    if n == "st" or re.fullmatch(r"st\(?[0-7]\)?", n):
        return "st"
    return None


def width(name: str) -> str | None:
    """Width of a general-purpose register name (q, d, w, b, or h for %ah..%dh); None for others."""
    found = _BY_NAME.get(name.lower().removeprefix("%"))
    return found[1] if found else None


def gpr(canon: str, w: str) -> str:
    """Name (without `%`) of canonical general-purpose register `canon` at width `w` (q, d, w, b)."""
    return GPR_NAMES[canon][WIDTHS.index(w)]


def is_vector(canon: str) -> bool:
    return canon.startswith("xmm")


def registers_in(operand: str) -> list[tuple[str, str]]:
    """(canonical name, name as written, lower-case) of every register an operand text names, in order."""
    out = []
    for m in _REG_IN_TEXT.finditer(operand):
        written = m.group(1).lower() + (m.group(2) or "")
        canon = canonical(written)
        if canon is not None:
            out.append((canon, written))
    return out


def mentions(operand: str, canon: str) -> bool:
    """Whether an operand text names any width of canonical register `canon`."""
    return any(c == canon for c, _ in registers_in(operand))
