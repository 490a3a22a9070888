"""Splits by problem, never by submission.

A task's split is the one its source carries (`meta["split"]`: the paper's
`extra_info.split`, a Hugging Face DatasetDict's split name) or else one drawn
from a stable hash of its problem id (`meta["problem_id"]`, else the task id).
Every submission of one problem hashes alike, so no problem straddles splits:
a policy tested on `test` has never trained on another answer to the same
question. The hash is SHA-256, so the assignment does not change between runs,
machines or Python versions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from asmopt.task import Task

SPLITS = ("train", "val", "test")
#: Other names sources use for our three splits (Hugging Face says "validation").
ALIASES = {"validation": "val", "valid": "val", "dev": "val", "eval": "val", "training": "train", "testing": "test"}
TEST_FRACTION = 0.1
VAL_FRACTION = 0.0


def normalize(name: str) -> str:
    """A split name in our spelling: "validation" -> "val"; unknown names kept, lower-cased."""
    low = name.strip().lower()
    return ALIASES.get(low, low)


def hash_split(key: str, test_fraction: float = TEST_FRACTION, val_fraction: float = VAL_FRACTION) -> str:
    """"train", "val" or "test" for a problem id, from where its hash falls in [0, 1)."""
    if not (0.0 <= test_fraction and 0.0 <= val_fraction and test_fraction + val_fraction <= 1.0):
        raise ValueError(f"split fractions must be >= 0 and sum to <= 1 (test {test_fraction}, val {val_fraction})")
    # surrogatepass: an id read from a file may hold a lone surrogate; it must still hash.
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    if point < test_fraction:
        return "test"
    if point < test_fraction + val_fraction:
        return "val"
    return "train"


def problem_of(task: Task) -> str:
    """The problem a task is a submission to: meta "problem_id", else the task itself."""
    pid = task.meta.get("problem_id")
    return pid if isinstance(pid, str) and pid else task.id


def source_split(meta: dict[str, Any]) -> str | None:
    """The split the source gave a task, normalised, or None."""
    name = meta.get("split")
    return normalize(name) if isinstance(name, str) and name.strip() else None


def split_of(task: Task, test_fraction: float = TEST_FRACTION, val_fraction: float = VAL_FRACTION) -> str:
    """The split a task belongs to: its source's, else its problem's hash."""
    return source_split(task.meta) or hash_split(problem_of(task), test_fraction, val_fraction)


def select(tasks: Iterable[Task], split: str | None, test_fraction: float = TEST_FRACTION,
           val_fraction: float = VAL_FRACTION) -> list[Task]:
    """The tasks in `split`; None or "all" keeps every task."""
    items = list(tasks)
    if split is None or normalize(split) == "all":
        return items
    want = normalize(split)
    return [t for t in items if split_of(t, test_fraction, val_fraction) == want]


def leaks(tasks: Iterable[Task], test_fraction: float = TEST_FRACTION,
          val_fraction: float = VAL_FRACTION) -> dict[str, set[str]]:
    """Problems whose submissions sit in more than one split (only a source's own splits can do that)."""
    seen: dict[str, set[str]] = {}
    for t in tasks:
        seen.setdefault(problem_of(t), set()).add(split_of(t, test_fraction, val_fraction))
    return {pid: names for pid, names in seen.items() if len(names) > 1}
