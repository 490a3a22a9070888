"""Hugging Face datasets on disk: `save_to_disk` folders and parquet files.

```
SAVED/                       # Dataset.save_to_disk: dataset_info.json, state.json, data-*.arrow
SAVED/dataset_dict.json      # DatasetDict.save_to_disk: one such folder per split (train/, test/ ...)
FILE.parquet                 # one parquet file
FOLDER/**/*.parquet          # a folder of parquet files, e.g. a Hub download (data/train-00000-of-00001.parquet)
```
Rows are in the paper's schema (`asmopt.datasets.supercoder`), PIE's
(`asmopt.datasets.pie`) or ours (`asmopt.datasets.jsonl`, with `tests` a list of
structs), told apart by the columns. A DatasetDict's split names, and in a
folder of parquet files a file or folder named train/test/validation, are each
row's split (recorded in meta "split", used by `load(..., split=...)`).
`save_to_disk` folders need the `datasets` package (`pip install 'asmopt[hf]'`);
parquet needs only pyarrow. Nothing here touches the network.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asmopt.datasets import formats, parquet, pie
from asmopt.datasets.split import SPLITS, normalize
from asmopt.errors import AsmoptError, RecordError
from asmopt.task import Task

#: Files `save_to_disk` writes: a folder holding one is a saved dataset.
MARKERS = ("dataset_dict.json", "dataset_info.json", "state.json")
_OFFLINE = {"HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1"}


def is_saved(path: Path) -> bool:
    """Whether a folder was written by `Dataset.save_to_disk` or `DatasetDict.save_to_disk`."""
    return path.is_dir() and any((path / m).is_file() for m in MARKERS)


def parquet_files(path: Path) -> list[Path]:
    """The parquet files under a folder, skipping hidden folders (a Hub download's .cache)."""
    return sorted(p for p in path.rglob("*.parquet")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))


def read(path: Path, tests_dir: Path | None = None) -> Iterator[tuple[str, Task | RecordError]]:
    """Tasks from a save_to_disk folder, a parquet file or a folder of parquet files."""
    if path.is_dir() and is_saved(path):
        yield from read_saved(path, tests_dir)
    elif path.is_dir():
        files = parquet_files(path)
        if not files:
            raise AsmoptError(f"{path}: no parquet files and no save_to_disk dataset")
        for file in files:
            yield from read_parquet(file, tests_dir, split=_split_from_name(file, path))
    else:
        yield from read_parquet(path, tests_dir)


def read_parquet(path: Path, tests_dir: Path | None = None,
                 split: str | None = None) -> Iterator[tuple[str, Task | RecordError]]:
    """Tasks from one parquet file; `split` (when given) overrides each row's own."""
    kind = formats.kind_of(parquet.parquet_columns(path))
    tests = pie.TestFolder(tests_dir if tests_dir is not None else pie.find_tests_dir(path.parent))
    for where, item in formats.parse_rows(parquet.parquet_rows(path), kind, tests):
        yield where, _with_split(item, split)


def read_saved(path: Path, tests_dir: Path | None = None) -> Iterator[tuple[str, Task | RecordError]]:
    """Tasks from a `save_to_disk` folder, a Dataset or a DatasetDict (whose split names are kept)."""
    loaded = _load_from_disk(path)
    parts = loaded.items() if hasattr(loaded, "items") else [(None, loaded)]
    tests = pie.TestFolder(tests_dir if tests_dir is not None else pie.find_tests_dir(path.parent))
    for name, ds in parts:
        kind = formats.kind_of(ds.column_names)
        label = f"{path}[{name}]" if name is not None else str(path)
        rows = ((f"{label}[{i}]", parquet.compact(row)) for i, row in enumerate(_rows(ds, path)))
        for where, item in formats.parse_rows(rows, kind, tests):
            yield where, _with_split(item, name)


def _load_from_disk(path: Path) -> Any:
    try:
        with _offline():
            import datasets
            from datasets import load_from_disk
    except ImportError:
        raise AsmoptError(f"{path} is a Hugging Face dataset folder: install the 'datasets' package "
                          "(pip install 'asmopt[hf]')") from None
    try:
        with _offline(datasets):
            return load_from_disk(str(path))
    except Exception as exc:  # datasets raises many kinds (FileNotFoundError, ValueError, ArrowInvalid ...)
        raise AsmoptError(f"cannot read Hugging Face dataset {path}: {parquet.first_line(exc)}") from None


def _rows(ds: Any, path: Path) -> Iterator[dict[str, Any]]:
    try:
        yield from ds
    except Exception as exc:  # a damaged .arrow shard fails only when read
        raise AsmoptError(f"cannot read Hugging Face dataset {path}: {parquet.first_line(exc)}") from None


@contextlib.contextmanager
def _offline(datasets_module: Any = None) -> Iterator[None]:
    """Offline for the duration: reading a local folder must never reach the Hub, and the
    user's own settings come back afterwards. `datasets` reads the variables when first
    imported, so its config flag is set too."""
    saved = {k: os.environ.get(k) for k in _OFFLINE}
    os.environ.update(_OFFLINE)
    config = getattr(datasets_module, "config", None)
    old_flag = getattr(config, "HF_DATASETS_OFFLINE", None)
    if config is not None:
        config.HF_DATASETS_OFFLINE = True
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        if config is not None:
            config.HF_DATASETS_OFFLINE = old_flag


def _split_from_name(file: Path, root: Path) -> str | None:
    """train/test/val from a Hub-style name: data/train-00000-of-00001.parquet, or a train/ folder."""
    names = [file.stem.split("-")[0].split(".")[0]] + [p for p in file.relative_to(root).parts[:-1]]
    for name in names:
        if normalize(name) in SPLITS:
            return name
    return None


def _with_split(item: Task | RecordError, split: str | None) -> Task | RecordError:
    if split is None or isinstance(item, RecordError):
        return item
    return dataclasses.replace(item, meta={**item.meta, "split": split})
