"""Functions, basic blocks and the control-flow graph of an assembly text.

`functions(parse(asm))` splits the code of executable sections into functions
and each function into basic blocks:

- A function starts at the label of a function symbol: a name given
  `.type NAME, @function`, or declared `.globl`; in a text with no `.type` at
  all (hand-written, or model output), any label that is not local (`.L*`,
  numeric). It ends at `.size NAME, ...`, at the next function in its section,
  or at the end of the text. Each section has its own current function, so a
  function that switches to `.rodata` for a jump table and back goes on where
  it was, and a cold part (`main.cold` in `.text.unlikely`, typed as a function
  by gcc) is a function of its own. Code in an executable section outside any
  function (no symbol before it) forms a function named "".
- A block starts at a label (every label: jump targets and any other) and
  after every jump, conditional jump, return or trap (ud2, hlt); calls do not
  end a block. Labels with no instruction between them head the same block.
  Instructions in sections that are not executable belong to no function.
- Successors are block indices inside the function: the fall-through first,
  then the branch target. An indirect jump (`jmp *%rax`, `notrack jmp`) goes to
  the labels of the jump tables the function refers to (`.long .L9-.L4` under
  `.L4` in .rodata, `leaq .L4(%rip), %rdx` in the function) and to labels
  whose address the function takes; with none, control is taken to leave the
  function for unknown code.
- `Block.leaves` says how control may leave the function at the block's end:
  "ret"; "tail" (a jump to another function or an undefined symbol: a tail
  call); "jump" (to a label of another function, such as its cold part, or an
  indirect jump with no known targets: code that may read any register);
  "fall" (off the end of the function, as after a call to a function that does
  not return). `Block.exits` is true when it leaves in any of these ways
  (a conditional jump into a cold part included).

Limits: an indirect jump in a function that has jump tables is taken to be a
table dispatch, not also a tail call through a pointer (compilers do not mix
the two in one function); numeric labels (`1:`, `jmp 1b`) are resolved by
position in the text, as the assembler does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from asmopt.asm.instructions import ends_block, is_call, is_conditional_jump, is_indirect, is_jump, is_return, \
    target
from asmopt.asm.liveness import Liveness, live_through, solve
from asmopt.asm.sections import is_switch, sections
from asmopt.asm.statements import Statement, split_operands, symbols_in

_FUNCTION_TYPES = ("@function", "%function", "function", "stt_func", "@gnu_indirect_function")
_DATA = frozenset({".long", ".quad", ".word", ".short", ".int", ".value", ".2byte", ".4byte", ".8byte", ".dc.a",
                   ".dc.l", ".dc.q", ".dc.w"})
_PLAIN_TARGET = re.compile(r"^[A-Za-z_.][\w.$]*(@\w+)?$")
_NUMERIC_REF = re.compile(r"^(\d+)([bf])$")


@dataclass
class Block:
    """A basic block: labels at its head, then its instructions (labels and directives excluded)."""

    labels: tuple[str, ...]
    statements: list[Statement]
    successors: list[int] = field(default_factory=list)
    exits: bool = False
    leaves: tuple[str, ...] = ()  # how control leaves the function here: "ret", "tail", "jump", "fall"
    start: int = 0  # line of its first label or instruction

    @property
    def first_line(self) -> int:
        return self.statements[0].line if self.statements else self.start

    @property
    def last_line(self) -> int:
        return self.statements[-1].line if self.statements else self.start


@dataclass
class Function:
    """One function: its blocks, and every statement of its body in text order (labels, directives such as
    `.cfi_*` and `.p2align`, instructions; not blanks, section switches or other sections' statements)."""

    name: str
    blocks: list[Block]
    statements: list[Statement] = field(default_factory=list)
    section: str = ".text"
    _live: list[Liveness] | None = field(default=None, repr=False, compare=False)

    @property
    def first_line(self) -> int:
        return self.statements[0].line if self.statements else 0

    @property
    def last_line(self) -> int:
        return self.statements[-1].line if self.statements else 0

    def liveness(self) -> list[Liveness]:
        """Live-in and live-out registers of each block (computed once; do not edit blocks after)."""
        if self._live is None:
            self._live = solve(self.blocks)
        return self._live

    def live_in(self, block: int) -> frozenset[str]:
        return self.liveness()[block].live_in

    def live_out(self, block: int) -> frozenset[str]:
        return self.liveness()[block].live_out

    def locate(self, stmt: Statement) -> tuple[int, int] | None:
        """(block index, position in the block) of one of its instructions, None if not one of them."""
        for b, block in enumerate(self.blocks):
            for k, s in enumerate(block.statements):
                if s is stmt:
                    return b, k
        for b, block in enumerate(self.blocks):  # an equal statement from another parse of the same text
            for k, s in enumerate(block.statements):
                if s == stmt:
                    return b, k
        return None

    def live_before(self, stmt: Statement) -> frozenset[str] | None:
        """Registers live just before one of its instructions (None when it is not in this function)."""
        where = self.locate(stmt)
        if where is None:
            return None
        b, k = where
        return live_through(self.blocks[b].statements[k:], self.live_out(b))

    def live_after(self, stmt: Statement) -> frozenset[str] | None:
        """Registers live just after one of its instructions, on every path out of it."""
        where = self.locate(stmt)
        if where is None:
            return None
        b, k = where
        return live_through(self.blocks[b].statements[k + 1:], self.live_out(b))

    def block_at_line(self, line: int) -> int | None:
        """Index of the block holding an instruction on text line `line`."""
        for b, block in enumerate(self.blocks):
            if any(s.line == line for s in block.statements):
                return b
        return None


@dataclass
class _Raw:
    """A block being read: head labels (with their statement indices), instructions, first line."""

    labels: list[str] = field(default_factory=list)
    label_at: list[int] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    start: int = 0


@dataclass
class _Open:
    """A function being read."""

    name: str
    section: str
    blocks: list[_Raw] = field(default_factory=lambda: [_Raw()])
    statements: list[Statement] = field(default_factory=list)
    pending: list[Statement] = field(default_factory=list)  # directives since its last label or instruction

    def directive(self, s: Statement) -> None:
        self.pending.append(s)

    def end(self, keep: bool) -> None:
        """Directives after its last code are its own when `.size` ends it, the next function's preamble when
        that function starts (`.p2align`, `.globl`, `.type` before its label)."""
        if keep:
            self.statements.extend(self.pending)
        self.pending = []

    def _add(self, s: Statement) -> None:
        self.statements.extend(self.pending)
        self.pending = []
        self.statements.append(s)
        self.blocks[-1].start = self.blocks[-1].start or s.line

    def label(self, s: Statement, index: int) -> None:
        if self.blocks[-1].statements:
            self.blocks.append(_Raw())
        self.blocks[-1].labels.append(s.label or "")
        self.blocks[-1].label_at.append(index)
        self._add(s)

    def instruction(self, s: Statement) -> None:
        self.blocks[-1].statements.append(s)
        self._add(s)
        if ends_block(s):
            self.blocks.append(_Raw())


@dataclass
class _Text:
    """What linking a function needs to know about the whole text."""

    entries: set[str]  # function names: a jump to one is a tail call
    defined: set[str]  # every label defined anywhere
    numeric: dict[str, list[int]]  # statement indices of each numeric label (`1:`), in order
    index_of: dict[int, int]  # id(statement) -> its index
    tables: dict[str, set[str]]  # label -> symbols named by the data under it


def _function_symbols(statements: Sequence[Statement]) -> tuple[set[str], set[str]]:
    """Names typed as functions, and names declared global."""
    typed, globl = set(), set()
    for s in statements:
        if s.kind != "directive":
            continue
        ops = split_operands(s.args)
        if s.directive == ".type" and len(ops) >= 2 and ops[1].lower().strip('"') in _FUNCTION_TYPES:
            typed.add(ops[0])
        elif s.directive in (".globl", ".global"):
            globl.update(ops)
    return typed, globl


def _tables(statements: Sequence[Statement]) -> dict[str, set[str]]:
    """Symbols named by the data directives under each label (jump tables: `.long .L9-.L4`)."""
    out: dict[str, set[str]] = {}
    current: str | None = None
    for s in statements:
        if s.kind == "label":
            current = s.label
        elif s.kind == "instruction" or is_switch(s):
            current = None
        elif s.kind == "directive" and s.directive in _DATA and current is not None:
            out.setdefault(current, set()).update(symbols_in(s.args))
    return out


def _is_local(name: str) -> bool:
    return name.startswith(".L") or name.isdigit()


def functions(statements: Sequence[Statement]) -> list[Function]:
    """The functions of the code in `statements` (from `parse`), in the order they start."""
    secs = sections(statements)
    typed, globl = _function_symbols(statements)

    def is_entry(name: str) -> bool:
        return name in typed or name in globl or (not typed and not _is_local(name))

    current: dict[str, _Open] = {}  # the function open in each section
    orphans: dict[str, list[tuple[Statement, int]]] = {}  # labels in code before any function
    made: list[_Open] = []
    for i, s in enumerate(statements):
        sec = secs[i]
        if s.kind == "blank" or not sec.executable and s.kind != "directive":
            continue
        if s.kind == "directive":
            if s.directive == ".size":
                ops = split_operands(s.args)
                for key, fn in list(current.items()):
                    if ops and fn.name == ops[0]:
                        fn.end(keep=True)
                        del current[key]
            elif sec.executable and not is_switch(s) and sec.name in current:
                current[sec.name].directive(s)
            continue
        if s.kind == "label":
            if s.label is not None and is_entry(s.label):
                if sec.name in current:
                    current[sec.name].end(keep=False)
                current[sec.name] = _Open(s.label, sec.name)
                made.append(current[sec.name])
                orphans.pop(sec.name, None)
            if sec.name in current:
                current[sec.name].label(s, i)
            else:
                orphans.setdefault(sec.name, []).append((s, i))
            continue
        if sec.name not in current:
            current[sec.name] = _Open("", sec.name)
            made.append(current[sec.name])
            for label, at in orphans.pop(sec.name, []):
                current[sec.name].label(label, at)
        current[sec.name].instruction(s)
    for fn in current.values():
        fn.end(keep=True)
    numeric: dict[str, list[int]] = {}
    for i, s in enumerate(statements):
        if s.kind == "label" and s.label is not None and s.label.isdigit():
            numeric.setdefault(s.label, []).append(i)
    text = _Text(typed | {fn.name for fn in made if fn.name},
                 {s.label for s in statements if s.kind == "label" and s.label is not None}, numeric,
                 {id(s): i for i, s in enumerate(statements)}, _tables(statements))
    return [_link(fn, text) for fn in made]


def _link(fn: _Open, text: _Text) -> Function:
    """Its blocks with their successors and exits."""
    raw = list(fn.blocks)
    targets_here = {target(s) for b in raw for s in b.statements if not is_call(s)}
    while raw and not raw[-1].statements and not set(raw[-1].labels) & targets_here:
        raw.pop()  # trailing labels with no code (.LFE0, .Lfunc_end0) and the empty block after a last jump
    by_name: dict[str, int] = {}
    by_index: dict[int, int] = {}
    for b, block in enumerate(raw):
        for name, at in zip(block.labels, block.label_at):
            by_name.setdefault(name, b)
            by_index[at] = b

    def resolve(s: Statement) -> int | str:
        """Block index of a branch's target inside the function, or how leaving for it counts."""
        if not s.operands:
            return "jump"
        dest = s.operands[-1]
        m = _NUMERIC_REF.match(dest)
        if m:  # `1b`: the nearest `1:` above; `1f`: the nearest below
            at = text.index_of.get(id(s), 0)
            defs = text.numeric.get(m.group(1), [])
            found = [d for d in defs if d < at][-1:] if m.group(2) == "b" else [d for d in defs if d > at][:1]
            return by_index[found[0]] if found and found[0] in by_index else "jump"
        if not _PLAIN_TARGET.match(dest):
            return "jump"  # an expression (`.+5`, `.L3+2`): somewhere we cannot name
        name = dest.split("@", 1)[0]
        if name in by_name:
            return by_name[name]
        return "tail" if name in text.entries or name not in text.defined else "jump"

    # Where an indirect jump may go: jump tables the function names, and labels whose address it takes.
    referenced = {sym for b in raw for s in b.statements if target(s) is None
                  for op in s.operands for sym in symbols_in(op)}
    table_targets = sorted({by_name[n] for r in referenced for n in {r, *text.tables.get(r, ())} if n in by_name})

    blocks: list[Block] = []
    for b, block in enumerate(raw):
        falls: int | str = b + 1 if b + 1 < len(raw) else "fall"
        last = block.statements[-1] if block.statements else None
        outs: list[int | str]
        if last is None or not ends_block(last):
            outs = [falls]
        elif is_return(last):
            outs = ["ret"]
        elif is_jump(last):
            outs = (list(table_targets) or ["jump"]) if is_indirect(last) else [resolve(last)]
        elif is_conditional_jump(last):
            outs = [falls, resolve(last)]
        else:  # a trap
            outs = []
        succ = list(dict.fromkeys(o for o in outs if isinstance(o, int)))
        leaves = tuple(dict.fromkeys(o for o in outs if isinstance(o, str)))
        blocks.append(Block(tuple(block.labels), block.statements, succ, bool(leaves), leaves, block.start))
    return Function(fn.name, blocks, fn.statements, fn.section)
