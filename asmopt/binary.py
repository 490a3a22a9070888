"""Binary: a linked executable, seen as what it loads: its code and data.

Two binaries are the same program when every section the loader maps
(`SHF_ALLOC`) has the same name, address, size and bytes. What never reaches
memory is ignored: the symbol table (where `.file` names end up), `.comment`
(where `.ident` goes), debug sections; and so is the build-id note, a hash of
the whole file that changes with those. "No change" is decided here, so an
edited comment, `.file` or `.ident` line is no change, while any instruction,
constant or layout difference is a change.
"""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

from asmopt.errors import AsmoptError

_SHF_ALLOC = 0x2
_SHT_NOBITS = 8
#: Loaded, but a hash of the file, not part of the program.
_IGNORED = frozenset({".note.gnu.build-id"})


class ElfError(AsmoptError):
    """The file is not a 64-bit little-endian ELF that can be read."""


def loaded_sections(data: bytes) -> list[tuple[str, int, int, bytes]]:
    """(name, address, size, bytes) of every section the loader maps, in file order.

    Bytes are empty for sections that occupy no file space (.bss). Raises
    ElfError on anything but a well-formed ELF64 little-endian file.
    """
    if len(data) < 64 or data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ElfError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    if shentsize != 64 or shoff + shnum * 64 > len(data) or shstrndx >= max(shnum, 1):
        raise ElfError("malformed ELF section header table")
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * 64) for i in range(shnum)]
    str_off, str_size = headers[shstrndx][4], headers[shstrndx][5]
    names = data[str_off:str_off + str_size]
    out = []
    for name_off, sh_type, flags, addr, offset, size, *_ in headers:
        if not flags & _SHF_ALLOC:
            continue
        end = names.find(b"\0", name_off)
        name = names[name_off:end if end >= 0 else None].decode(errors="replace")
        if name in _IGNORED:
            continue
        if sh_type != _SHT_NOBITS and offset + size > len(data):
            raise ElfError(f"section {name} runs past the end of the file")
        body = b"" if sh_type == _SHT_NOBITS else data[offset:offset + size]
        out.append((name, addr, size, body))
    return out


def code_digest(path: Path) -> str:
    """A hash of what `path` loads: equal for binaries that are the same program."""
    h = hashlib.sha256()
    for name, addr, size, body in loaded_sections(path.read_bytes()):
        h.update(f"{name}\0{addr}\0{size}\0".encode())
        h.update(body)
    return h.hexdigest()


def same_code(a: Path, b: Path) -> bool:
    """Whether two linked binaries load the same code and data (see module doc).

    A file that cannot be read as ELF is never "the same": the caller then
    judges it as a changed program.
    """
    try:
        return code_digest(a) == code_digest(b)
    except (ElfError, OSError, struct.error):
        return False
