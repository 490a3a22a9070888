"""Records from parquet files (pyarrow), and Arrow rows as plain records.

`asmopt.datasets.formats` decides a file's schema and parses its records;
this module only reads the rows. It imports no schema module, so every schema
module (`asmopt.datasets.supercoder` reads the paper's parquet files itself) can
import it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asmopt.errors import AsmoptError


def parquet_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, record) for each row of a parquet file; AsmoptError when it cannot be read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
        for start, batch in _batches(table):
            for i, row in enumerate(batch.to_pylist()):
                yield f"{path}[{start + i}]", compact(row)
    except (OSError, pa.ArrowException) as exc:
        raise AsmoptError(f"cannot read parquet file {path}: {first_line(exc)}") from None


def parquet_columns(path: Path) -> list[str]:
    """A parquet file's column names; AsmoptError when it cannot be read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return list(pq.ParquetFile(path).schema_arrow.names)
    except (OSError, pa.ArrowException) as exc:
        raise AsmoptError(f"cannot read parquet file {path}: {first_line(exc)}") from None


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


def first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
