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
            _drop_partial_line(path)
            for number, rec in jsonl.read(path):
                if isinstance(rec, RecordError) or not isinstance(rec.get("index"), int):
                    raise AsmoptError(f"{path}:{number}: not a result written by asmopt; use a new --out")
                self.done[rec["index"]] = str(rec.get("key", ""))

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


def _drop_partial_line(path: Path) -> None:
    """Cut a last line that a kill left without its newline."""
    size = path.stat().st_size
    if size == 0:
        return
    with open(path, "rb+") as f:
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        # Walk back to the previous newline (results are small; read the tail in blocks).
        pos = size
        while pos > 0:
            step = min(65536, pos)
            f.seek(pos - step)
            block = f.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                f.truncate(pos - step + nl + 1)
                break
            pos -= step
        else:
            f.truncate(0)
        f.flush()
        os.fsync(f.fileno())
