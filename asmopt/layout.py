"""Code placement: the same program at other addresses.

Where a loop starts relative to 16-, 32- and 64-byte boundaries changes how
the front end fetches and caches it, so the same instructions can run several
percent faster or slower at another address (`asmopt bench gate` measured -35%
to +8% from shifts of 16 or 48 bytes). To time what a change does rather than
where it happened to land, a program can be timed at several placements:
`shifted` puts never-executed bytes before its code, and `binaries` builds the
placements a timing cycles through (shifts of 0, 64/N, 2*64/N, ... bytes, so
N placements cover the 64-byte line evenly).
"""

from __future__ import annotations

from pathlib import Path

from asmopt import toolchain
from asmopt.errors import AsmoptError

#: The span the placements cover: a cache line, which holds the alignments that matter to fetch.
LINE = 64
_PAD_LABEL = "asmopt_shift_pad"


def shifted(asm: str, nbytes: int) -> str:
    """`asm` with `nbytes` of int3 placed before its code, never executed.

    The pad goes in `.text.unlikely`, which the linker places first in `.text`, so the
    program's functions (main in `.text.startup`, the rest in `.text`) all move, by
    `nbytes` rounded up to their sections' 16-byte alignment. Data does not move.
    """
    if nbytes < 1:
        raise AsmoptError(f"a shift must be at least 1 byte, not {nbytes}")
    pad = f'\t.section\t.text.unlikely,"ax",@progbits\n{_PAD_LABEL}:\n\t.fill\t{nbytes}, 1, 0xcc\n'
    return pad + asm


#: Placement counts that spread evenly over a line in the sections' 16-byte steps.
COUNTS = (1, 2, 4)


def shifts(count: int) -> list[int]:
    """The shifts of `count` placements spread evenly over a line: [0] for one."""
    if count not in COUNTS:
        raise AsmoptError(f"placements must be one of {', '.join(map(str, COUNTS))}, not {count}")
    return [i * (LINE // count) for i in range(count)]


def binaries(asm: str, count: int, offset: int = 0, unsafe: bool = False) -> list[Path]:
    """`asm` built at `count` placements (`shifts`, each `offset` bytes further), the first as
    written when `offset` is 0. Raises AsmoptError when one does not build (a program that builds
    as written always does: the pad is code never reached)."""
    out = []
    for s in shifts(count):
        n = offset + s
        built = toolchain.build(shifted(asm, n) if n else asm, unsafe=unsafe)
        if built.binary is None:
            raise AsmoptError(f"the program shifted by {n} bytes does not build: {built.error}")
        out.append(built.binary)
    return out
