"""Reading results files for a report: strict, since a report must not silently drop data.

Unlike `asmopt summary`, which reports bad lines and goes on, a report
compares policies: a half-read file would compare the wrong things, so any
bad line stops the build with a message naming the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asmopt import jsonl
from asmopt.errors import AsmoptError, RecordError


@dataclass
class Policy:
    """One results file: its display name, its records and where they came from."""

    name: str
    path: Path
    records: list[dict[str, Any]] = field(default_factory=list)
    slug: str = ""  # file-name-safe form of `name`, unique within a report


def read_results(path: Path) -> list[dict[str, Any]]:
    """All records of a results JSONL file; AsmoptError naming the file on any problem."""
    records: list[dict[str, Any]] = []
    for number, obj in jsonl.read(path):
        if isinstance(obj, RecordError):
            raise AsmoptError(f"results file {obj}")
        verdict = obj.get("verdict")
        if not isinstance(verdict, str) or not verdict:
            raise AsmoptError(f"results file {path}:{number}: record has no 'verdict'")
        if not isinstance(obj.get("meta", {}), dict) or not isinstance(obj.get("tests", []), list):
            raise AsmoptError(f"results file {path}:{number}: 'meta' must be an object and 'tests' a list")
        records.append(obj)
    if not records:
        raise AsmoptError(f"results file {path} holds no results (empty file)")
    return records


def policy_name(path: Path, records: list[dict[str, Any]]) -> str:
    """meta["policy"] when every record names the same one, else the file's stem.

    A shared meta["setting"] (a compiler setting, e.g. from `asmopt baselines`) is
    added, so "compiler gcc-O2" and "compiler clang-O3" are told apart.
    """
    def shared(key: str) -> str | None:
        values = {(r.get("meta") or {}).get(key) for r in records}
        if len(values) == 1:
            (value,) = values
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    name = shared("policy")
    if name is None:
        return path.stem
    setting = shared("setting")
    return f"{name} {setting}" if setting else name


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(text: str) -> str:
    """A file name made from arbitrary text (task ids, policy names): no separators, no '..'."""
    name = _UNSAFE.sub("_", text).strip("._") or "_"
    if name != text:
        # Different texts can clean up to the same name; a short hash keeps them apart.
        import hashlib

        name += "-" + hashlib.sha256(text.encode()).hexdigest()[:8]
    return name


def load_policies(paths: list[Path]) -> list[Policy]:
    """Read every results file; names made unique so two files never share a row label."""
    if not paths:
        raise AsmoptError("report: no results files given")
    policies: list[Policy] = []
    used: set[str] = set()
    for path in paths:
        records = read_results(path)
        base = name = policy_name(path, records)
        k = 1
        while name in used:
            k += 1
            name = f"{base} ({k})"
        used.add(name)
        policies.append(Policy(name=name, path=path, records=records, slug=safe_name(name)))
    return policies
