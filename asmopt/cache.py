"""Cache: a content-addressed store on disk for binaries and measurements.

Entries are written atomically (temp file + rename), so parallel workers and
killed runs never leave a half-written entry behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """$ASMOPT_CACHE, else $XDG_CACHE_HOME/asmopt, else ~/.cache/asmopt."""
    root = os.environ.get("ASMOPT_CACHE")
    if root:
        path = Path(root)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        path = Path(base) / "asmopt"
    path.mkdir(parents=True, exist_ok=True)
    return path


def digest(*parts: str | bytes) -> str:
    """A stable key from several parts (length-prefixed so parts cannot run together)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def entry(kind: str, key: str, suffix: str = "") -> Path:
    """Where an entry lives: <cache>/<kind>/<key[:2]>/<key><suffix>."""
    path = cache_dir() / kind / key[:2] / f"{key}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def get_json(kind: str, key: str) -> Any | None:
    path = entry(kind, key, ".json")
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def put_json(kind: str, key: str, value: Any) -> None:
    write_atomic(entry(kind, key, ".json"), json.dumps(value, sort_keys=True).encode())
