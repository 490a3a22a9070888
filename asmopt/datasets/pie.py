"""PIE-style JSONL: one submission per line (PIE, "Learning Performance-Improving
Code Edits", Madaan et al., built on IBM CodeNet).

```
{"problem_id": "p03317",              # CodeNet problem: all its submissions share one split
 "submission_id_v0": "s743350482",    # the submission (or: submission_id, src_id, id); absent:
                                      # named by a hash of its source
 "input": "#include <stdio.h> ...",   # the program (or: src_code, code, code_v0); PIE's "input"
                                      # is the slower version of a pair
 "target": "...",                     # PIE's faster version: ignored
 "language": "C", "user_id": "u1",    # optional, kept in meta
 "tests": [{"input": "3\\n", "output": "6\\n"}],  # optional; fields as in our task JSONL
 "checker": "exact"}                  # optional: exact (default), lines, tokens
```
Without inline `tests`, tests come from a folder laid out as PIE ships them,
`TESTS/<problem_id>/input.N.txt` + `output.N.txt` (named N, in numeric order):
the `tests_dir` given to `asmopt.datasets.load`, else the first of
merged_test_cases/, public_test_cases/, generated_test_cases/, test_cases/
found beside the JSONL file. The task id is `<problem_id>/<submission_id>`.
asmopt compiles C: PIE's released pairs are C++ and Python, which load but fail
when their baseline is built.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from asmopt import jsonl
from asmopt.datasets import jsonl as jsonl_format
from asmopt.errors import RecordError
from asmopt.task import Task

SOURCE_KEYS = ("src_code", "code", "code_v0", "input")
ID_KEYS = ("submission_id", "submission_id_v0", "src_id", "id")
META_KEYS = ("language", "user_id")
#: Folders beside a PIE file that may hold its tests, as PIE's archives name them.
TEST_FOLDERS = ("merged_test_cases", "public_test_cases", "generated_test_cases", "test_cases")
_INPUT = re.compile(r"input(?:\.(\d+))?\.txt")


def is_record(keys: Any) -> bool:
    """Whether a record with these keys (or columns) is a PIE submission (and not our task format)."""
    keys = set(keys)
    return "problem_id" in keys and "c_source" not in keys


def find_tests_dir(base: Path) -> Path | None:
    """The first PIE tests folder beside a data file, if any."""
    for name in TEST_FOLDERS:
        if (base / name).is_dir():
            return base / name
    return None


class TestFolder:
    """Tests per problem from `<root>/<problem_id>/input.N.txt`, read once per problem."""

    __test__ = False  # not a pytest test class

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._cache: dict[str, list[dict[str, Any]] | str] = {}

    def tests(self, problem_id: str, where: str) -> list[dict[str, Any]]:
        """The problem's tests as our test records; RecordError when there are none."""
        if problem_id not in self._cache:
            self._cache[problem_id] = self._read(problem_id)
        hit = self._cache[problem_id]
        if isinstance(hit, str):
            raise RecordError(where, hit)
        return hit

    def _read(self, problem_id: str) -> list[dict[str, Any]] | str:
        if self.root is None:
            return "no inline 'tests' and no tests folder (TESTS/<problem_id>/input.N.txt)"
        # The id comes from the file: it must name a folder under root, never climb out of it.
        if "/" in problem_id or "\\" in problem_id or problem_id.startswith(".") or "\0" in problem_id:
            return f"problem_id {problem_id!r} cannot name a tests folder"
        folder = self.root / problem_id
        if not folder.is_dir():
            return f"no inline 'tests' and no folder {folder}"
        found = []
        for inp in folder.iterdir():
            m = _INPUT.fullmatch(inp.name)
            if m:
                found.append((int(m.group(1)) if m.group(1) else -1, inp))
        if not found:
            return f"no input.N.txt files in {folder}"
        records = []
        try:
            for number, inp in sorted(found):
                out = inp.with_name("output" + inp.name[len("input"):])
                if not out.is_file():
                    return f"{inp} has no {out.name}"
                records.append({"name": str(number) if number >= 0 else "1",
                                "input_b64": base64.b64encode(inp.read_bytes()).decode(),
                                "output_b64": base64.b64encode(out.read_bytes()).decode()})
        except OSError as exc:
            return f"cannot read {exc.filename}: {exc.strerror}"
        return records


def read(path: Path, tests_dir: Path | None = None) -> Iterator[tuple[str, Task | RecordError]]:
    """Yield (where, task or error) for each line of a PIE JSONL file."""
    folder = TestFolder(tests_dir if tests_dir is not None else find_tests_dir(path.parent))
    for number, obj in jsonl.read(path):
        where = f"{path}:{number}"
        if isinstance(obj, RecordError):
            yield where, obj
            continue
        try:
            yield where, parse(obj, where, folder)
        except RecordError as exc:
            yield where, exc


def parse(obj: dict[str, Any], where: str, folder: TestFolder | None = None) -> Task:
    """One submission to a Task; RecordError naming the field when it is malformed."""
    pid = obj.get("problem_id")
    if not isinstance(pid, str) or not pid.strip():
        raise RecordError(where, "missing or empty string field 'problem_id'")
    key = next((k for k in SOURCE_KEYS if isinstance(obj.get(k), str)), None)
    if key is None:
        raise RecordError(where, f"no source code (one of: {', '.join(SOURCE_KEYS)})")
    source = obj[key]
    sid = next((obj[k] for k in ID_KEYS if _is_id(obj.get(k))), None)
    if sid is None:
        # No submission id: the source names it, so a re-read keeps the same id.
        sid = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    if "tests" in obj:
        tests = obj["tests"]  # checked by our task parser below, like any task's tests
    else:
        tests = (folder or TestFolder(None)).tests(pid, where)
    meta: dict[str, Any] = {"problem_id": pid, "submission_id": str(sid)}
    meta.update({k: obj[k] for k in META_KEYS if isinstance(obj.get(k), str)})
    record = {"id": f"{pid}/{sid}", "c_source": source, "tests": tests,
              "checker": obj.get("checker", "exact"), "meta": meta}
    task = jsonl_format.parse(record, where)
    for name, text in meta.items():
        jsonl_format._utf8(text, where, name)  # meta is written back with results: it must be text
    return task


def _is_id(value: Any) -> bool:
    return (isinstance(value, str) and bool(value.strip())) or (isinstance(value, int) and not isinstance(value, bool))
