"""Generation: a maker over a dataset into a candidates file, resumable."""

from __future__ import annotations

import json
from pathlib import Path

from asmopt.candidate import Candidate
from asmopt.generate import done_tasks, generate
from asmopt.task import Task


def _echo_baseline(task: Task) -> list[Candidate]:
    assert task.baseline is not None
    return [Candidate(task.id, task.baseline.asm, {"policy": "echo", "sample": i}) for i in range(2)]


def _fails_on_collatz(task: Task) -> list[Candidate]:
    if task.id == "collatz_max":
        raise RuntimeError("model server went away")
    return _echo_baseline(task)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_generate_writes_every_task_then_resumes(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    seen: list[tuple[int, int]] = []
    report = generate("examples", _echo_baseline, out, jobs=2, progress=lambda d, t: seen.append((d, t)))
    assert report.written == 8 and not report.errors and seen[-1] == (4, 4)
    lines = _lines(out)
    assert sorted({r["task_id"] for r in lines}) == ["collatz_max", "popcount_sum", "prefix_sums", "word_reverse"]
    assert {r["policy"] for r in lines} == {"echo"} and all(r["asm"] for r in lines)
    again = generate("examples", _echo_baseline, out)
    assert again.written == 0 and again.tasks_skipped == 4
    assert len(_lines(out)) == 8


def test_a_torn_last_line_is_dropped_and_its_task_redone(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    generate("examples", _echo_baseline, out)
    text = out.read_text()
    last = text.splitlines()[-1]
    out.write_text(text[: len(text) - len(last) // 2 - 1])  # a kill in the middle of the last line
    torn_task = json.loads(last)["task_id"]
    assert torn_task in done_tasks(out)  # its other sample is whole ...
    lines = text.splitlines()
    out.write_text("\n".join(lines[:-2]) + "\n" + lines[-2][:30])  # ... so tear both of its lines
    assert torn_task not in done_tasks(out)
    report = generate("examples", _echo_baseline, out)
    assert report.written == 2
    assert len(_lines(out)) == 8  # every line parses again


def test_one_failing_task_does_not_lose_the_others(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    report = generate("examples", _fails_on_collatz, out, jobs=2)
    assert report.written == 6
    assert report.errors == ["task collatz_max: RuntimeError: model server went away"]
    assert "collatz_max" not in done_tasks(out)


def test_generate_keeps_to_one_split(tmp_path: Path) -> None:
    from asmopt import datasets

    out = tmp_path / "c.jsonl"
    test_ids = set(datasets.load("builtin", split="test").tasks)
    assert test_ids and len(test_ids) < len(datasets.load("builtin").tasks)
    generate("builtin", _echo_baseline, out, split="test")
    assert done_tasks(out) == test_ids
