"""Which schema a record is in, and records from JSONL files (parquet: `asmopt.datasets.parquet`).

Three record schemas share the file types: ours (`asmopt.datasets.jsonl`), the
paper's (`asmopt.datasets.supercoder`) and PIE's (`asmopt.datasets.pie`). A
file's schema is decided once, from the keys of its first readable record (or a
table's columns), so one odd record cannot switch parsers halfway through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from asmopt import jsonl
from asmopt.datasets import jsonl as jsonl_format
from asmopt.datasets import pie, supercoder
from asmopt.errors import RecordError
from asmopt.task import Task

OURS, PAPER, PIE = "asmopt", "supercoder", "pie"
Row = tuple[str, "dict[str, Any] | RecordError"]


def kind_of(keys: Iterable[str]) -> str:
    """The schema of a record with these keys; ours when nothing else fits (its errors name the fields)."""
    keys = set(keys)
    if supercoder.is_record(keys):
        return PAPER
    if pie.is_record(keys):
        return PIE
    return OURS


def parse_row(obj: dict[str, Any], where: str, kind: str, tests: pie.TestFolder | None = None) -> Task:
    """One record of a known schema to a Task; RecordError when it is malformed."""
    if kind == PAPER:
        return supercoder.parse(obj, where)
    if kind == PIE:
        return pie.parse(obj, where, tests)
    return jsonl_format.parse(obj, where)


def parse_rows(rows: Iterable[Row], kind: str | None = None,
               tests: pie.TestFolder | None = None) -> Iterator[tuple[str, Task | RecordError]]:
    """Tasks from (where, record) pairs; the schema is `kind`, else the first record's."""
    for where, obj in rows:
        if isinstance(obj, RecordError):
            yield where, obj
            continue
        if kind is None:
            kind = kind_of(obj)
        try:
            yield where, parse_row(obj, where, kind, tests)
        except RecordError as exc:
            yield where, exc


def read_jsonl(path: Path, tests_dir: Path | None = None) -> Iterator[tuple[str, Task | RecordError]]:
    """Tasks from a JSONL file in any of the three schemas."""
    tests = pie.TestFolder(tests_dir if tests_dir is not None else pie.find_tests_dir(path.parent))
    yield from parse_rows(((f"{path}:{n}", obj) for n, obj in jsonl.read(path)), None, tests)
