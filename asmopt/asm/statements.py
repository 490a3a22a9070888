"""Statements: one assembly text line read into what it says, as gcc and clang write it.

`parse` turns AT&T x86-64 text into `Statement`s, at least one per text line
(`lines = text.splitlines()`; a line's statements carry its 1-based number and
its raw text). A line holding several statements (`.L3: addl $1, %eax`, or
`a; b`) yields one `Statement` per statement, numbered by `part`; gcc and clang
never write such lines, but model output may.

Comments (`#` to the end of the line, `/* ... */`, `//` to the end of the line)
are dropped outside string and character constants; a line with nothing else is
"blank". Instruction prefixes (rep, lock, notrack, bnd, data16, `{vex}`, ...)
are kept apart from the mnemonic, in `prefixes`: `rep stosq` has mnemonic
"stosq" and prefixes ("rep",), so `notrack jmp *%rax` is a "jmp"; a prefix
written as its own statement (`rep; stosq`) is joined to the instruction after
it on the same line. `.intel_syntax` switches the reader to `syntax="intel"`
for the instructions that follow (their operands are then not AT&T: users of
operands must be conservative with them).

Nothing here raises on any input: text that is not assembly reads as
instructions or directives that other tools will reject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

KINDS = ("instruction", "label", "directive", "blank")

PREFIXES = frozenset({
    "rep", "repe", "repz", "repne", "repnz", "lock", "notrack", "bnd", "xacquire", "xrelease",
    "data16", "data32", "addr16", "addr32", "rex", "rex64", "rex.w", "cs", "ds", "es", "fs", "gs", "ss",
})

_SYMBOL = r"[A-Za-z_.][\w.$@]*"
_LABEL = re.compile(rf'^\s*({_SYMBOL}|\d+|"[^"]*")\s*:(?!:)')
_ASSIGN = re.compile(rf"^\s*({_SYMBOL})\s*=(?!=)\s*(.*)$")
_SYMBOL_REF = re.compile(rf"(?<![\w.$%@])({_SYMBOL})")


@dataclass(frozen=True)
class Statement:
    """One statement of assembly text.

    kind is "instruction", "label", "directive" or "blank" (empty or comment
    only). mnemonic: lower-case, without prefixes (see `prefixes`); operands:
    split on top-level commas, blanks outside quotes removed (`8(%rsp, %rax, 4)`
    -> `8(%rsp,%rax,4)`; Intel-syntax operands keep theirs); directive: its
    lower-case name (".p2align"), args: the rest of it, comment dropped. `part`
    numbers the statements of one line from 0; `syntax` is "att" or "intel".
    """

    line: int
    text: str
    kind: str
    label: str | None = None
    mnemonic: str | None = None
    operands: tuple[str, ...] = ()
    directive: str | None = None
    args: str = ""
    prefixes: tuple[str, ...] = ()
    part: int = 0
    syntax: str = "att"

    @property
    def is_instruction(self) -> bool:
        return self.kind == "instruction"


def _strip_comment(text: str) -> str:
    """The code of a line: comments removed, string and character constants kept whole."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':  # a string constant runs to the next unescaped quote (or the line's end)
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif ch == "'":  # a character constant: 'c or 'c' (gas accepts both)
            out.append(text[i:i + 3] if i + 2 < n and text[i + 2] == "'" else text[i:i + 2])
            i += 3 if i + 2 < n and text[i + 2] == "'" else 2
        elif ch == "#" or text.startswith("//", i):
            break
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                break
            out.append(" ")
            i = end + 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _split_top(text: str, sep: str) -> list[str]:
    """`text` split on `sep` outside parentheses, braces and quotes."""
    out, cur, depth, quote = [], [], 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            cur.append(ch)
            if ch == "\\" and i + 1 < len(text):
                cur.append(text[i + 1])
                i += 1
            elif ch == quote:
                quote = ""
        elif ch == '"':
            quote = ch
            cur.append(ch)
        elif ch == "'":  # a character constant ('c or 'c'): its character is not a separator
            n = 3 if text[i + 2:i + 3] == "'" else 2
            cur.append(text[i:i + n])
            i += n
            continue
        elif ch in "({[":
            depth += 1
            cur.append(ch)
        elif ch in ")}]":
            depth = max(0, depth - 1)
            cur.append(ch)
        elif ch == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


def _squeeze(operand: str) -> str:
    """An operand with the blanks outside string and character constants removed."""
    out, quote, i = [], False, 0
    while i < len(operand):
        ch = operand[i]
        if ch == '"':
            quote = not quote
        elif ch == "'" and not quote:  # 'c: keep the character, even a blank
            out.append(operand[i:i + 2])
            i += 2
            continue
        if quote or not ch.isspace():
            out.append(ch)
        i += 1
    return "".join(out)


def split_operands(text: str) -> tuple[str, ...]:
    """AT&T operands split on top-level commas (not those in `(base,index,scale)`), blanks removed."""
    ops = (_squeeze(op) for op in _split_top(text, ","))
    return tuple(op for op in ops if op)


def _statements(code: str) -> Iterable[tuple[str, str, str]]:
    """(kind, name, rest) of each statement in a line's code (comment already removed)."""
    for piece in _split_top(code, ";"):
        rest = piece
        while True:
            m = _LABEL.match(rest)
            if m is None:
                break
            yield "label", m.group(1).strip('"'), ""
            rest = rest[m.end():]
        rest = rest.strip()
        if not rest:
            continue
        m = _ASSIGN.match(rest)
        if m:  # `sym = expr` is `.set sym, expr`
            yield "directive", ".set", f"{m.group(1)}, {m.group(2).strip()}"
            continue
        if rest.startswith("."):
            parts = rest.split(None, 1)
            yield "directive", parts[0].lower(), parts[1].strip() if len(parts) > 1 else ""
            continue
        parts = rest.split(None, 1)
        yield "instruction", parts[0], parts[1] if len(parts) > 1 else ""


def _instruction(head: str, rest: str) -> tuple[tuple[str, ...], str, str]:
    """(prefixes, mnemonic, operand text) of an instruction whose first word is `head`."""
    prefixes: list[str] = []
    mnemonic, ops = head, rest.strip()
    while ops and (mnemonic.lower() in PREFIXES or re.fullmatch(r"\{\w+\}", mnemonic)):
        prefixes.append(mnemonic.lower())
        words = ops.split(None, 1)
        mnemonic, ops = words[0], words[1].strip() if len(words) > 1 else ""
    return tuple(prefixes), mnemonic.lower(), ops


def parse(asm: str) -> list[Statement]:
    """Every statement of `asm`, in order: at least one per line of `asm.splitlines()`."""
    out: list[Statement] = []
    syntax = "att"
    for number, text in enumerate(asm.splitlines(), start=1):
        part = 0
        pending: tuple[str, ...] = ()  # prefixes written as their own statement, for the next one
        for kind, name, rest in _statements(_strip_comment(text)):
            if kind == "label":
                out.append(Statement(number, text, "label", label=name, part=part))
            elif kind == "directive":
                if name in (".intel_syntax", ".att_syntax"):
                    syntax = "intel" if name == ".intel_syntax" else "att"
                out.append(Statement(number, text, "directive", directive=name, args=rest, part=part))
            else:
                prefixes, mnemonic, ops = _instruction(name, rest)
                if mnemonic in PREFIXES and not ops:
                    pending += (*prefixes, mnemonic)
                    continue
                # Intel operands keep their inner blanks (`QWORD PTR [rax]`); AT&T ones have none that matter.
                operands = split_operands(ops) if syntax == "att" else tuple(
                    op.strip() for op in _split_top(ops, ",") if op.strip())
                out.append(Statement(number, text, "instruction", mnemonic=mnemonic, operands=operands,
                                     prefixes=pending + prefixes, part=part, syntax=syntax))
                pending = ()
            part += 1
        if pending:  # a lone prefix: an instruction of its own
            out.append(Statement(number, text, "instruction", mnemonic=pending[-1], prefixes=pending[:-1],
                                 part=part, syntax=syntax))
            part += 1
        if part == 0:
            out.append(Statement(number, text, "blank"))
    return out


def lines_of(statements: Sequence[Statement]) -> list[str]:
    """The text lines the statements were read from, once each (joined with newlines: the text again)."""
    return [s.text for s in statements if s.part == 0]


def label_index(statements: Sequence[Statement]) -> dict[str, int]:
    """Index in `statements` of each label's definition (the first, should a name be defined twice)."""
    out: dict[str, int] = {}
    for i, s in enumerate(statements):
        if s.kind == "label" and s.label is not None:
            out.setdefault(s.label, i)
    return out


def symbols_in(text: str) -> list[str]:
    """Symbol names an operand or directive argument text refers to (`.L4(%rip)` -> [".L4"]).

    Register names (after `%`), relocation suffixes (`@PLT`) and numbers are not
    symbols; quoted text is skipped.
    """
    text = re.sub(r'"[^"]*"', " ", text)
    names = (m.group(1).split("@", 1)[0] for m in _SYMBOL_REF.finditer(text))
    return [n for n in names if n != "."]  # "." is the location counter
