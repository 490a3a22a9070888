"""Which schema a record is in, and records from JSONL and parquet files.

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
from asmopt.errors import AsmoptError, RecordError
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


def parquet_rows(path: Path) -> Iterator[Row]:
    """(where, record) for each row of a parquet file; AsmoptError when it cannot be read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
        for start, batch in _batches(table):
            for i, row in enumerate(batch.to_pylist()):
                yield f"{path}[{start + i}]", compact(row)
    except (OSError, pa.ArrowException) as exc:
        raise AsmoptError(f"cannot read parquet file {path}: {_first_line(exc)}") from None


def parquet_columns(path: Path) -> list[str]:
    """A parquet file's column names; AsmoptError when it cannot be read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return list(pq.ParquetFile(path).schema_arrow.names)
    except (OSError, pa.ArrowException) as exc:
        raise AsmoptError(f"cannot read parquet file {path}: {_first_line(exc)}") from None


def _batches(table: Any) -> Iterator[tuple[int, Any]]:
    # Batches, not the whole table: a paper file of 8,000 programs with binaries is large.
    start = 0
    for batch in table.iter_batches(batch_size=256):
        yield start, batch
        start += batch.num_rows


def compact(value: Any) -> Any:
    """A row with null struct fields dropped: Arrow fills a field absent from a record with null."""
    if isinstance(value, dict):
        return {k: compact(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [compact(v) for v in value]
    return value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
