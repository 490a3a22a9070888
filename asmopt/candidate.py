"""Candidate: assembly text proposed for a task, and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from asmopt.errors import RecordError


@dataclass(frozen=True)
class Candidate:
    """Assembly for `task_id`. `meta` is free metadata carried through to the result."""

    task_id: str
    asm: str
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def normalise_asm(asm: str) -> str:
    """Whitespace-normalised assembly: runs of blanks collapsed, blank lines dropped.

    Two texts equal after this are "identical": the candidate is the baseline.
    """
    lines = (" ".join(line.split()) for line in asm.splitlines())
    return "\n".join(line for line in lines if line)


def is_identical(candidate_asm: str, baseline_asm: str) -> bool:
    """True when the candidate is the baseline up to whitespace."""
    return normalise_asm(candidate_asm) == normalise_asm(baseline_asm)


MAX_ASM_BYTES = 1 << 20


def parse(obj: dict[str, Any], where: str) -> Candidate:
    """One candidates-JSONL object to a Candidate; RecordError when it is unusable.

    Keys other than task_id and asm are free metadata, carried to the result.
    """
    task_id = obj.get("task_id")
    if not isinstance(task_id, str) or not task_id:
        raise RecordError(where, "missing or empty string field 'task_id'")
    asm = obj.get("asm")
    if not isinstance(asm, str):
        raise RecordError(where, f"candidate for {task_id!r}: missing string field 'asm'")
    try:
        size = len(asm.encode("utf-8"))
    except UnicodeEncodeError:
        raise RecordError(where, f"candidate for {task_id!r}: assembly is not valid UTF-8") from None
    if size > MAX_ASM_BYTES:
        raise RecordError(where, f"candidate for {task_id!r}: assembly is {size:,} bytes, over the "
                                 f"{MAX_ASM_BYTES:,}-byte limit")
    meta = {k: v for k, v in obj.items() if k not in ("task_id", "asm")}
    _check_meta(task_id, meta, where)
    return Candidate(task_id, asm, meta)


MAX_META_DEPTH = 64


def _check_meta(task_id: str, meta: dict[str, Any], where: str) -> None:
    """The task id and metadata are written into the result: they must be UTF-8 text
    (JSON can escape a lone surrogate, \\ud800) and shallow enough to copy."""
    stack: list[tuple[Any, int]] = [(task_id, 0), (meta, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_META_DEPTH:
            raise RecordError(where, f"candidate metadata is nested deeper than {MAX_META_DEPTH} levels")
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise RecordError(where, "candidate holds text that is not valid UTF-8 (lone surrogate)") from None
        elif isinstance(value, dict):
            stack.extend((x, depth + 1) for kv in value.items() for x in kv)
        elif isinstance(value, list):
            stack.extend((x, depth + 1) for x in value)
