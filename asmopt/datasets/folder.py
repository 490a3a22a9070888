"""The folder task format: a directory per task.

```
DATASET/                 # a folder of task folders (or point at one task folder)
  TASK_ID/
    prog.c               # the C program
    tests/NAME.in        # visible tests: stdin ...
    tests/NAME.out       # ... and expected stdout
    hidden/NAME.in       # hidden tests (optional), same layout
    hidden/NAME.out
    baseline.s           # optional: made with gcc -O3 -S when absent
    task.json            # optional: {"checker": "exact", "baseline": {"compiler", "version", "flags"},
                         #            "meta": {...free-form, e.g. category}}
```
A test is an .in file with its .out beside it; an .in without .out is an error.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

from asmopt.datasets import jsonl as jsonl_format
from asmopt.errors import RecordError
from asmopt.task import Task


def read(path: Path) -> Iterator[tuple[str, Task | RecordError]]:
    """Yield (where, task or error) for a task folder or a folder of task folders."""
    if (path / "prog.c").exists():
        yield str(path), _read_task(path)
        return
    for sub in sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        yield str(sub), _read_task(sub)


def _read_task(folder: Path) -> Task | RecordError:
    where = str(folder)
    try:
        return _parse(folder, where)
    except RecordError as exc:
        return exc
    except UnicodeDecodeError as exc:
        return RecordError(where, f"a text file is not UTF-8 ({exc.reason})")
    except OSError as exc:
        return RecordError(where, f"cannot read {exc.filename}: {exc.strerror}")


def _parse(folder: Path, where: str) -> Task:
    if not (folder / "prog.c").is_file():
        raise RecordError(where, "no prog.c")
    meta: dict = {}
    if (folder / "task.json").exists():
        try:
            meta = json.loads((folder / "task.json").read_text())
        except json.JSONDecodeError as exc:
            raise RecordError(f"{where}/task.json", f"malformed JSON ({exc.msg})") from None
        except (RecursionError, ValueError):  # nested too deeply, or an over-long integer
            raise RecordError(f"{where}/task.json", "malformed JSON") from None
        if not isinstance(meta, dict):
            raise RecordError(f"{where}/task.json", "expected a JSON object")
    tests = []
    for sub, hidden in (("tests", False), ("hidden", True)):
        for inp in sorted((folder / sub).glob("*.in")):
            out = inp.with_suffix(".out")
            if not out.exists():
                raise RecordError(where, f"{sub}/{inp.name} has no {out.name}")
            tests.append({"name": f"{sub}/{inp.stem}", "input_b64": _b64(inp), "output_b64": _b64(out),
                          "hidden": hidden})
    record: dict = {"id": folder.name, "c_source": (folder / "prog.c").read_text(), "tests": tests,
                    "checker": meta.get("checker", "exact"), "meta": meta.get("meta", {})}
    if (folder / "baseline.s").exists():
        if not isinstance(meta.get("baseline", {}), dict):
            raise RecordError(f"{where}/task.json", "'baseline' must be an object")
        record["baseline"] = {**meta.get("baseline", {}), "asm": (folder / "baseline.s").read_text()}
    return jsonl_format.parse(record, where)


def _b64(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode()
