"""Datasets: where tasks come from.

`load(spec)` accepts a JSONL file of tasks (see `asmopt.datasets.jsonl`), a
folder of task folders or a single task folder (see `asmopt.datasets.folder`),
or the name of a dataset shipped with the package ("examples").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from asmopt.errors import AsmoptError, RecordError
from asmopt.task import Task

BUILTIN = {"examples": Path(__file__).resolve().parent.parent / "data" / "examples"}


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


def load(spec: str) -> Dataset:
    """Load every task of a dataset; bad records are collected in `errors`, not raised."""
    from asmopt.datasets import folder, jsonl

    path = resolve(spec)
    dataset = Dataset(name=spec)
    if path.is_dir():
        for where, item in folder.read(path):
            dataset.add(item, where)
    else:
        for where, item in jsonl.read(path):
            dataset.add(item, where)
    if not dataset.tasks and not dataset.errors:
        raise AsmoptError(f"dataset {spec!r} holds no tasks")
    return dataset
