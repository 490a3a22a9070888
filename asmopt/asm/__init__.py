"""The one assembly reader: statements, functions, basic blocks, a CFG and liveness.

AT&T x86-64 as gcc and clang write it (and whatever a model writes: nothing
here raises on any text). Every module that needs to understand assembly (the
search passes, the diff summary, the profile, the cycles model) reads it here.

    stmts = parse(asm)             # one or more Statement per line
    for fn in functions(stmts):    # Function: name, blocks, statements
        for b, block in enumerate(fn.blocks):
            block.labels, block.statements, block.successors, block.exits
            fn.live_in(b), fn.live_out(b)
"""

from asmopt.asm.cfg import Block, Function, functions
from asmopt.asm.effects import Effects, effects
from asmopt.asm.instructions import (
    ends_block,
    is_call,
    is_conditional_jump,
    is_indirect,
    is_jump,
    is_return,
    is_trap,
    target,
)
from asmopt.asm.liveness import Liveness, exit_uses, live_through
from asmopt.asm.registers import canonical, gpr, mentions, registers_in, width
from asmopt.asm.sections import Section, sections
from asmopt.asm.statements import Statement, label_index, lines_of, parse, split_operands, symbols_in

__all__ = [
    "Block", "Effects", "Function", "Liveness", "Section", "Statement", "canonical", "effects", "ends_block",
    "exit_uses", "functions", "gpr", "is_call", "is_conditional_jump", "is_indirect", "is_jump", "is_return",
    "is_trap", "label_index", "lines_of", "live_through", "mentions", "parse", "registers_in", "sections",
    "split_operands", "symbols_in", "target", "width",
]
