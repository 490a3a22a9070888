"""Store: the append-only results file, and resuming a killed run from it.

Each result is one JSON line, appended and fsync'd as soon as it is made. A run
killed mid-write leaves at most one partial last line; `ResultStore` cuts it off
on open, and the candidate it belonged to is evaluated again. Results carry the
candidate's line number and a hash of what was judged, so a resumed run skips
exactly the candidates already done, and refuses a file made from other input.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from asmopt import cache, jsonl
from asmopt.errors import AsmoptError, RecordError


def candidate_key(task_id: str, asm: str, settings: str) -> str:
    """What identifies a judged candidate: task, text, and the settings it was judged with."""
    return cache.digest(task_id, asm, settings)[:16]


class ResultStore:
    """An append-only JSONL of results, keyed by candidate index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: dict[int, str] = {}  # candidate index -> candidate key
        if path.exists():
            # Check every complete line before cutting anything: a file that is not ours is
            # refused as it is, never shortened.
            partial = _partial_line(path)
            for number, rec in jsonl.read(path):
                if partial is not None and number == partial[1]:
                    break
                if isinstance(rec, RecordError) or not isinstance(rec.get("index"), int):
                    raise AsmoptError(f"{path}:{number}: not a result written by asmopt; use a new --out")
                self.done[rec["index"]] = str(rec.get("key", ""))
            if partial is not None:
                _truncate(path, partial[0])

    def is_done(self, index: int, key: str) -> bool:
        """Whether this candidate was already judged; an index judged from other input is an error."""
        if index not in self.done:
            return False
        if self.done[index] != key:
            raise AsmoptError(
                f"{self.path} holds a result for candidate {index} made from different input or "
                "settings; use a new --out (or delete the file) to start over"
            )
        return True

    def append(self, record: dict[str, Any]) -> None:
        jsonl.append(self.path, record)
        self.done[record["index"]] = record.get("key", "")


def _partial_line(path: Path) -> tuple[int, int] | None:
    """(offset, line number) of a last line that a kill left without its newline, or None.

    Results are JSON objects, so such a line starts with "{"; any other unterminated
    last line means the file is not ours, and is refused.
    """
    try:
        with open(path, "rb") as f:
            lines = 0
            offset = 0  # just past the last newline
            pos = 0
            while block := f.read(1 << 20):
                count = block.count(b"\n")
                if count:
                    lines += count
                    offset = pos + block.rindex(b"\n") + 1
                pos += len(block)
            if offset == pos:
                return None
            f.seek(offset)
            while block := f.read(1 << 16):
                head = block.lstrip()
                if head:
                    if not head.startswith(b"{"):
                        raise AsmoptError(f"{path}:{lines + 1}: not a result written by asmopt; use a new --out")
                    break
    except OSError as exc:
        raise AsmoptError(f"cannot read {path}: {exc.strerror or exc}") from None
    return offset, lines + 1  # (blanks alone are cut too: nothing is lost)


def _truncate(path: Path, size: int) -> None:
    """Cut the partial last line."""
    with open(path, "rb+") as f:
        f.truncate(size)
        f.flush()
        os.fsync(f.fileno())
