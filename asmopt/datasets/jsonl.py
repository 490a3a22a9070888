"""Our JSONL task format: one task per line.

```
{"id": "sum",                                  # unique task id (string)
 "c_source": "#include <stdio.h> ...",         # the C program
 "tests": [{"name": "1",                       # unique within the task
            "input": "3\\n1 2 3\\n",           # stdin (text); or "input_b64" for bytes
            "output": "6\\n",                  # expected stdout (text); or "output_b64"
            "hidden": false}],                 # hidden tests are never shown to a search
 "baseline": {"asm": "...",                    # optional: made with gcc -O3 -S when absent
              "compiler": "gcc", "version": "gcc (Debian 12.2.0-14) 12.2.0",
              "flags": ["-O3"]},
 "checker": "exact"}                           # optional: exact (default), lines, tokens
```
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asmopt import jsonl
from asmopt.errors import RecordError
from asmopt.judge import CHECKERS
from asmopt.task import Baseline, Task, Test


def read(path: Path) -> Iterator[tuple[str, Task | RecordError]]:
    """Yield (where, task or error) for each line of a task JSONL file."""
    for number, obj in jsonl.read(path):
        where = f"{path}:{number}"
        if isinstance(obj, RecordError):
            yield where, obj
            continue
        try:
            yield where, parse(obj, where)
        except RecordError as exc:
            yield where, exc


def parse(obj: dict[str, Any], where: str) -> Task:
    """One JSON object to a Task; RecordError naming the field when it is malformed."""
    task_id = obj.get("id")
    if not isinstance(task_id, str) or not task_id:
        raise RecordError(where, "missing or empty string field 'id'")
    _utf8(task_id, where, "id")
    where = f"{where} (task {task_id})"
    source = obj.get("c_source")
    if not isinstance(source, str):
        raise RecordError(where, "missing string field 'c_source'")
    _utf8(source, where, "c_source")
    raw_tests = obj.get("tests")
    if not isinstance(raw_tests, list) or not raw_tests:
        raise RecordError(where, "task has no tests")
    tests = tuple(_test(t, i, where) for i, t in enumerate(raw_tests))
    names = [t.name for t in tests]
    if len(set(names)) != len(names):
        raise RecordError(where, "test names are not unique")
    checker = obj.get("checker", "exact")
    if not isinstance(checker, str) or checker not in CHECKERS:
        raise RecordError(where, f"unknown checker {checker!r} (known: {', '.join(CHECKERS)})")
    baseline = _baseline(obj.get("baseline"), where)
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    return Task(task_id, source, tests, baseline, checker, meta)


def to_record(task: Task) -> dict[str, Any]:
    """A Task as a JSON object of this format (inverse of `parse`)."""
    rec: dict[str, Any] = {"id": task.id, "c_source": task.c_source, "tests": [_test_record(t) for t in task.tests]}
    if task.baseline is not None:
        b = task.baseline
        rec["baseline"] = {"asm": b.asm, "compiler": b.compiler, "version": b.version, "flags": list(b.flags)}
    rec["checker"] = task.checker
    if task.meta:
        rec["meta"] = task.meta
    return rec


def _test_record(t: Test) -> dict[str, Any]:
    rec: dict[str, Any] = {"name": t.name}
    for key, data in (("input", t.input), ("output", t.output)):
        try:
            rec[key] = data.decode("utf-8")
        except UnicodeDecodeError:
            rec[key + "_b64"] = base64.b64encode(data).decode()
    rec["hidden"] = t.hidden
    return rec


def _utf8(text: str, where: str, name: str) -> None:
    """A string from JSON may hold a lone surrogate escape (\\ud800): not text we can write back."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise RecordError(where, f"'{name}' is not valid UTF-8 text (lone surrogate)") from None


def _bytes(t: dict[str, Any], key: str, where: str) -> bytes:
    if isinstance(t.get(key), str):
        _utf8(t[key], where, key)
        return t[key].encode("utf-8")
    if isinstance(t.get(key + "_b64"), str):
        try:
            return base64.b64decode(t[key + "_b64"], validate=True)
        except (binascii.Error, ValueError):  # ValueError: non-ASCII characters
            raise RecordError(where, f"'{key}_b64' is not valid base64") from None
    raise RecordError(where, f"missing string field '{key}' (or '{key}_b64')")


def _test(t: Any, i: int, where: str) -> Test:
    if not isinstance(t, dict):
        raise RecordError(where, f"test {i} is not an object")
    name = t.get("name", str(i + 1))
    if not isinstance(name, (str, int)):
        raise RecordError(where, f"test {i}: 'name' must be a string")
    if isinstance(name, str):
        _utf8(name, where, f"test {i} name")
    hidden = t.get("hidden", False)
    if not isinstance(hidden, bool):
        raise RecordError(where, f"test {name}: 'hidden' must be true or false")
    tw = f"{where} test {name}"
    return Test(str(name), _bytes(t, "input", tw), _bytes(t, "output", tw), hidden)


def _baseline(b: Any, where: str) -> Baseline | None:
    if b is None:
        return None
    if not isinstance(b, dict) or not isinstance(b.get("asm"), str) or not b["asm"].strip():
        raise RecordError(where, "'baseline' must be an object with a non-empty string 'asm'")
    flags = b.get("flags", ["-O3"])
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        raise RecordError(where, "'baseline.flags' must be a list of strings")
    compiler, version = str(b.get("compiler", "gcc")), str(b.get("version", ""))
    for name, text in (("baseline.asm", b["asm"]), ("baseline.compiler", compiler),
                       ("baseline.version", version), *(("baseline.flags", f) for f in flags)):
        _utf8(text, where, name)
    return Baseline(b["asm"], compiler, version, tuple(flags))
