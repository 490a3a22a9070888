"""Datasets: where tasks come from.

`load(spec)` accepts, told apart by what they hold:
- a JSONL file of tasks in our schema (`asmopt.datasets.jsonl`), the paper's
  verl schema (`asmopt.datasets.supercoder`) or PIE's (`asmopt.datasets.pie`),
  decided per file from the keys of its first record;
- a parquet file, a folder of parquet files, or a Hugging Face `save_to_disk`
  folder (`asmopt.datasets.hf`), rows in any of those schemas;
- a folder of task folders or a single task folder (`asmopt.datasets.folder`);
- the name of a dataset shipped with the package: "builtin" (the benchmark
  corpus in benchmarks/builtin, see `asmopt.corpus`) or "examples" (four small
  tasks with hand-written candidates, for demos and tests).

`split` keeps one split, made by problem (`asmopt.datasets.split`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from asmopt.datasets.split import TEST_FRACTION, VAL_FRACTION, hash_split, normalize, select, split_of
from asmopt.errors import AsmoptError, RecordError
from asmopt.task import Task

from asmopt.corpus import ROOT as _CORPUS_ROOT

BUILTIN = {
    "builtin": _CORPUS_ROOT,
    "examples": Path(__file__).resolve().parent.parent / "data" / "examples",
}


@dataclass
class Dataset:
    """The tasks that loaded, by id, and the records that did not."""

    name: str
    tasks: dict[str, Task] = field(default_factory=dict)
    errors: list[RecordError] = field(default_factory=list)

    def add(self, item: Task | RecordError, where: str) -> None:
        if isinstance(item, RecordError):
            self.errors.append(item)
        elif item.id in self.tasks:
            self.errors.append(RecordError(where, f"duplicate task id {item.id!r}"))
        else:
            self.tasks[item.id] = item


def resolve(spec: str) -> Path:
    """A dataset name or path to the path it stands for."""
    if spec in BUILTIN:
        return BUILTIN[spec]
    path = Path(spec)
    if not path.exists():
        known = ", ".join(BUILTIN)
        raise AsmoptError(f"dataset {spec!r} not found (a path, or one of: {known})")
    return path


def load(
    spec: str,
    split: str | None = None,
    *,
    max_tests: int | None = None,
    tests_dir: str | Path | None = None,
    test_fraction: float = TEST_FRACTION,
    val_fraction: float = VAL_FRACTION,
) -> Dataset:
    """Load the tasks of a dataset; bad records are collected in `errors`, not raised.

    split: "train", "val", "test" (or another name a source uses), or None / "all"
      for every task. A task's split is its source's, else a hash of its problem id
      (`test_fraction` to test, `val_fraction` to val, the rest to train).
    max_tests: keep only each task's first N tests (the paper scored the first 10).
    tests_dir: where PIE records without inline tests find theirs.
    """
    if max_tests is not None and (isinstance(max_tests, bool) or not isinstance(max_tests, int) or max_tests < 1):
        raise AsmoptError(f"max_tests must be a positive integer, not {max_tests!r}")
    try:
        hash_split("", test_fraction, val_fraction)  # check the fractions before reading anything
    except ValueError as exc:
        raise AsmoptError(str(exc)) from None
    path = resolve(spec)
    dataset = Dataset(name=spec)
    for where, item in read(path, Path(tests_dir) if tests_dir is not None else None):
        if max_tests is not None and isinstance(item, Task) and len(item.tests) > max_tests:
            item = dataclasses.replace(item, tests=item.tests[:max_tests])
        dataset.add(item, where)
    if not dataset.tasks and not dataset.errors:
        raise AsmoptError(f"dataset {spec!r} holds no tasks")
    if split is not None and normalize(split) != "all":
        kept = select(dataset.tasks.values(), split, test_fraction, val_fraction)
        if dataset.tasks and not kept:
            have = sorted({split_of(t, test_fraction, val_fraction) for t in dataset.tasks.values()})
            raise AsmoptError(f"dataset {spec!r} has no tasks in split {split!r} (it has: {', '.join(have)})")
        dataset.tasks = {t.id: t for t in kept}
    return dataset


def read(path: Path, tests_dir: Path | None = None) -> Iterator[tuple[str, Task | RecordError]]:
    """(where, task or error) for every record at a path, in whichever format it is."""
    from asmopt.datasets import folder, formats, hf

    if path.is_dir():
        if hf.is_saved(path):
            return hf.read_saved(path, tests_dir)
        if not _holds_task_folders(path) and hf.parquet_files(path):
            return hf.read(path, tests_dir)
        return folder.read(path)
    if path.suffix == ".parquet":
        return hf.read_parquet(path, tests_dir)
    return formats.read_jsonl(path, tests_dir)


def _holds_task_folders(path: Path) -> bool:
    """A task folder, or a folder with one: our folder format, whatever else lies there."""
    if (path / "prog.c").exists():
        return True
    try:
        return any((sub / "prog.c").exists() for sub in path.iterdir() if sub.is_dir())
    except OSError:
        return False
