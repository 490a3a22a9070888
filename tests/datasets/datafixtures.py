"""Fixtures in other people's schemas, made from the four example tasks.

Every loader must read these back into the same programs as our own format
holds: same C source, same test bytes in the same order, same baseline asm.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from asmopt import datasets
from asmopt.task import Task

EXAMPLES: dict[str, Task] = datasets.load("examples").tasks
#: A fixed index per example, as the paper's extra_info.index would give.
INDEX = {tid: i for i, tid in enumerate(sorted(EXAMPLES))}
PROBLEM = {tid: f"p{1000 + i:05d}" for tid, i in INDEX.items()}


def paper_record(task: Task, split: str = "train", *, ground_truth: bool = True) -> dict[str, Any]:
    """A record in the paper's verl schema, every field the paper writes."""
    asm = task.baseline.asm
    question = f"Given the following C code ...\n```c\n{task.c_source}```\n```assembly\n{asm}```"
    return {
        "data_source": "codenet",
        "prompt": [{"role": "user", "content": question}],
        "ability": "code",
        "reward_model": {"style": "rule", "ground_truth": asm if ground_truth else None},
        "extra_info": {
            "split": split,
            "index": INDEX[task.id],
            "c_code": task.c_source,
            "question": question,
            "c_only_question": question,
            "answer": asm,
            "inputs": [t.input.decode() for t in task.tests],
            "outputs": [t.output.decode() for t in task.tests],
            "unoptimized_assembly": f"```assembly\n{asm}```",
            "unoptimized_compiled": b"\x7fELF\x02\x01\x01\x00fake",
        },
    }


def pie_record(task: Task, submission: str, *, inline: bool = True) -> dict[str, Any]:
    """A PIE submission of the example's problem (PIE's own field names)."""
    rec: dict[str, Any] = {
        "user_id": "u000001", "problem_id": PROBLEM[task.id], "language": "C",
        "submission_id_v0": submission, "submission_id_v1": submission + "f",
        "cpu_time_v0": 20.0, "cpu_time_v1": 10.0, "status_v0": "Accepted", "status_v1": "Accepted",
        "input": task.c_source, "target": task.c_source, "improvement_frac": 50.0,
    }
    if inline:
        rec["tests"] = [{"input": t.input.decode(), "output": t.output.decode()} for t in task.tests]
    return rec


def write_pie_tests(root: Path, task: Task) -> None:
    """The example's tests as PIE ships them: root/<problem_id>/input.N.txt + output.N.txt."""
    folder = root / PROBLEM[task.id]
    folder.mkdir(parents=True, exist_ok=True)
    for n, t in enumerate(task.tests):
        (folder / f"input.{n}.txt").write_bytes(t.input)
        (folder / f"output.{n}.txt").write_bytes(t.output)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def write_parquet(path: Path, records: list[dict[str, Any]]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records), path)
    return path


def program(task: Task, baseline: bool = True) -> tuple[str, tuple[tuple[bytes, bytes], ...], str]:
    """What must survive any format: the source, the test bytes in order, the baseline asm."""
    asm = task.baseline.asm if baseline and task.baseline else ""
    return task.c_source, tuple((t.input, t.output) for t in task.tests), asm


def assert_same_programs(loaded: Iterable[Task], expected: Iterable[Task] = EXAMPLES.values(),
                         baseline: bool = True) -> None:
    """Same programs; `baseline=False` for formats that carry none (PIE): gcc makes it later."""
    loaded = list(loaded)
    if not baseline:
        assert all(t.baseline is None for t in loaded)
    assert sorted(program(t, baseline) for t in loaded) == sorted(program(t, baseline) for t in expected)
