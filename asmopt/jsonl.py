"""Reading and writing JSONL files, one bad line never spoiling the others."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asmopt.errors import AsmoptError, RecordError


def read(path: Path) -> Iterator[tuple[int, dict[str, Any] | RecordError]]:
    """Yield (line number, object) for each non-blank line, or a RecordError for a bad one.

    Raises AsmoptError when the file itself cannot be read.
    """
    try:
        f = open(path, "rb")
    except OSError as exc:
        raise AsmoptError(f"cannot read {path}: {exc.strerror or exc}") from None
    with f:
        for number, raw in enumerate(f, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield number, RecordError(where, "line is not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield number, RecordError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            except RecursionError:
                yield number, RecordError(where, "malformed JSON (nested too deeply)")
                continue
            except ValueError as exc:  # e.g. an integer over Python's 4300-digit conversion limit
                yield number, RecordError(where, f"malformed JSON ({str(exc).split(':')[0]})")
                continue
            if not isinstance(obj, dict):
                yield number, RecordError(where, f"expected a JSON object, got {type(obj).__name__}")
                continue
            yield number, obj


def append(path: Path, obj: dict[str, Any]) -> None:
    """Append one object as a line and flush it to disk, so a kill loses nothing written."""
    line = json.dumps(obj, ensure_ascii=False, sort_keys=False) + "\n"
    with open(path, "a", encoding="utf-8") as f:
        f.write(line)
        f.flush()
        os.fsync(f.fileno())


def by_key(path: Path, key: str = "key") -> dict[str, dict[str, Any]]:
    """The objects of a resumable results file by their `key` field; none when the file does not
    exist yet. A line cut by a kill (or otherwise bad) is skipped: its work is done again."""
    done: dict[str, dict[str, Any]] = {}
    if path.exists():
        for _, rec in read(path):
            if not isinstance(rec, RecordError) and key in rec:
                done[rec[key]] = rec
    return done
