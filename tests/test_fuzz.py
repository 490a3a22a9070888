"""Hostile input to the readers: any bytes, any JSON, give a clear error or a valid parse.

Property-based (hypothesis) tests over every reader of user files: the JSONL
reader, the two task formats, candidate records and the results store. The one
property: arbitrary input ends in an AsmoptError (RecordError for one record,
reported and skipped) or in a value that is really usable downstream (it can be
written back as UTF-8 JSON and read again to the same thing), never in any
other exception. (There is no answer extractor yet: that comes with the LLM
policy, and gets the same treatment then.)
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from asmopt import datasets
from asmopt import jsonl as jsonl_mod
from asmopt.batch import read_candidates
from asmopt.candidate import Candidate
from asmopt.candidate import parse as parse_candidate
from asmopt.datasets import folder
from asmopt.datasets import jsonl as task_jsonl
from asmopt.errors import AsmoptError, RecordError
from asmopt.judge import CHECKERS
from asmopt.result import Result
from asmopt.store import ResultStore
from asmopt.task import Task

#: ASMOPT_FUZZ_EXAMPLES=5000 for a long hunt; the default keeps the file to a few seconds.
FUZZ = settings(max_examples=int(os.environ.get("ASMOPT_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# --------------------------------------------------------------------------- strategies

#: Text that includes lone surrogates, which JSON can carry as "\ud800" escapes.
any_text = st.one_of(
    st.text(max_size=20),
    st.text(st.characters(categories=["Cs", "Lu", "Nd", "Zs", "Cc"]), max_size=6),
)
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), any_text,
)
json_values = st.recursive(
    json_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=12,
)


def maybe(value: st.SearchStrategy) -> st.SearchStrategy:
    """A field that is well-formed, ill-typed, or absent (the caller drops Ellipsis)."""
    return st.one_of(value, json_values, st.just(...))


def record(**fields: st.SearchStrategy) -> st.SearchStrategy[dict[str, Any]]:
    """A dict with those fields (absent when drawn as Ellipsis), plus random extra keys."""
    return st.builds(
        lambda drawn, extra: {**extra, **{k: v for k, v in drawn.items() if v is not ...}},
        st.fixed_dictionaries(fields), st.dictionaries(any_text, json_values, max_size=3),
    )


b64_text = st.one_of(st.binary(max_size=20).map(lambda b: __import__("base64").b64encode(b).decode()), any_text)
test_records = record(
    name=maybe(st.one_of(any_text, st.integers())),
    input=maybe(any_text), output=maybe(any_text),
    input_b64=maybe(b64_text), output_b64=maybe(b64_text),
    hidden=maybe(st.booleans()),
)
baseline_records = record(
    asm=maybe(any_text), compiler=maybe(any_text), version=maybe(any_text),
    flags=maybe(st.lists(any_text, max_size=3)),
)
task_records = record(
    id=maybe(any_text), c_source=maybe(any_text),
    tests=maybe(st.lists(st.one_of(test_records, json_values), max_size=4)),
    baseline=maybe(baseline_records), checker=maybe(st.sampled_from([*CHECKERS, "fuzzy", ""])),
    meta=maybe(st.dictionaries(any_text, json_values, max_size=3)),
)
TASK_IDS = ("t1", "t2", "\u00e9t\u00e9")
candidate_records = record(
    task_id=maybe(st.one_of(st.sampled_from(TASK_IDS), any_text)), asm=maybe(any_text),
    label=maybe(json_values),
)

#: Lines that have broken JSON readers: deep nesting, long numbers, escapes, non-UTF-8, NUL.
nasty_lines = st.sampled_from([
    b"[" * 100_000, b"{\"a\":" * 50_000, b"1" * 5000, b"{\"index\": " + b"9" * 5000 + b"}",
    b"{\"a\": \"\\ud800\"}", b"{\"task_id\": \"\\udcff\", \"asm\": \"x\"}", b"\xff\xfe{}", b"\x00",
    b"NaN", b"{\"index\": NaN}", b"{\"index\": 1e999}", b"{\"index\": true}", b"{} {}", b"\"\\",
    b"{\"index\": 1, \"key\": [1, {\"k\": null}]}", b"\r", b"\x0b", b" {\"index\": 2}", b"\xef\xbb\xbf{}",
])


def to_line(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=True).encode()


#: Whole files: raw bytes, or lines mixing JSON records, junk and nasty lines, maybe unterminated.
def files(records: st.SearchStrategy) -> st.SearchStrategy[bytes]:
    line = st.one_of(records.map(to_line), json_values.map(to_line), st.binary(max_size=40), nasty_lines)
    joined = st.builds(
        lambda lines, sep, end: sep.join(lines) + end,
        st.lists(line, max_size=6), st.sampled_from([b"\n", b"\r\n", b"\n\n"]), st.sampled_from([b"", b"\n"]),
    )
    return st.one_of(st.binary(max_size=300), joined)


# --------------------------------------------------------------------------- what "valid" means

def assert_writable(value: Any) -> None:
    """Usable downstream: it serialises to UTF-8 JSON (results are written that way)."""
    json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8")


def assert_valid_task(task: Task) -> None:
    assert isinstance(task, Task)
    assert isinstance(task.id, str) and task.id
    assert task.tests and len({t.name for t in task.tests}) == len(task.tests)
    assert all(isinstance(t.input, bytes) and isinstance(t.output, bytes) for t in task.tests)
    assert task.checker in CHECKERS
    assert task.baseline is None or task.baseline.asm.strip()
    rec = task_jsonl.to_record(task)
    assert_writable(rec)
    # What we would write back reads as the same task.
    assert task_jsonl.parse(json.loads(json.dumps(rec)), "again") == task


def assert_valid_candidate(cand: Candidate, known: set[str] | None = None) -> None:
    assert isinstance(cand, Candidate) and isinstance(cand.asm, str) and cand.task_id
    assert known is None or cand.task_id in known
    result = Result(task_id=cand.task_id, verdict="CE", tests_passed=0, tests_total=0, identical=False,
                    meta=dict(cand.meta))
    assert_writable(result.to_dict())  # what the worker will do with it


def write(data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix="asmopt-fuzz-", suffix=".jsonl")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return Path(name)


# --------------------------------------------------------------------------- JSONL reader

@FUZZ
@given(files(json_values.filter(lambda v: isinstance(v, dict))))
@example(b"[" * 100_000)
@example(b"{\"n\": " + b"1" * 5000 + b"}\n")
def test_jsonl_reader_yields_objects_or_record_errors(data):
    path = write(data)
    try:
        numbers = []
        for number, obj in jsonl_mod.read(path):
            numbers.append(number)
            assert isinstance(obj, (dict, RecordError)), obj
            if isinstance(obj, RecordError):
                assert obj.where == f"{path}:{number}"
        assert numbers == sorted(set(numbers))
        assert all(1 <= n <= data.count(b"\n") + 1 for n in numbers)
    finally:
        path.unlink()


def test_jsonl_reader_on_a_missing_file_or_a_directory(tmp_path):
    for bad in (tmp_path / "none.jsonl", tmp_path):
        try:
            list(jsonl_mod.read(bad))
        except AsmoptError as exc:
            assert str(bad) in str(exc)
        else:
            raise AssertionError("no error")


# --------------------------------------------------------------------------- task loaders

@FUZZ
@given(task_records)
@example({"id": "a", "c_source": "", "tests": [{"input_b64": "\u00e9", "output": ""}]})
@example({"id": "a", "c_source": "", "tests": [{"input": "\ud800", "output": ""}]})
@example({"id": "a", "c_source": "", "tests": [{"input": "", "output": ""}], "checker": []})
@example({"id": "\udcff", "c_source": "", "tests": [{"input": "", "output": ""}]})
def test_task_parse_gives_a_task_or_a_record_error(obj):
    try:
        task = task_jsonl.parse(obj, "rec")
    except RecordError as exc:
        assert str(exc).startswith("rec")
        return
    assert_valid_task(task)


@FUZZ
@given(files(task_records))
def test_task_jsonl_read_and_load(data):
    path = write(data)
    try:
        for where, item in task_jsonl.read(path):
            assert where.startswith(f"{path}:")
            if isinstance(item, RecordError):
                assert str(item).startswith(str(path))
            else:
                assert_valid_task(item)
        try:
            ds = datasets.load(str(path))
        except AsmoptError:
            return
        for task in ds.tasks.values():
            assert_valid_task(task)
        assert all(isinstance(e, RecordError) for e in ds.errors)
    finally:
        path.unlink()


#: Paths a task folder may hold; a value of None makes a directory instead of a file.
FOLDER_PATHS = ["prog.c", "task.json", "baseline.s", "tests", "hidden", "tests/a.in", "tests/a.out",
                "tests/b.in", "tests/b.out", "hidden/a.in", "hidden/a.out", "tests/.in", "tests/x.in.in",
                "tests/\udcff.in", "tests/\udcff.out", "prog.c/x"]
task_json_bytes = st.one_of(
    st.binary(max_size=60), nasty_lines,
    record(checker=maybe(st.sampled_from([*CHECKERS, "fuzzy"])), baseline=maybe(baseline_records)).map(to_line),
)
folder_entries = st.dictionaries(
    st.sampled_from(FOLDER_PATHS),
    st.one_of(st.none(), st.binary(max_size=40), st.text(max_size=20).map(str.encode), task_json_bytes),
    max_size=10,
)
folder_names = st.sampled_from(["t", "task-1", "\u00e9", "\udcff\udcfe", ".hidden", "_skip", "x y"])


def make_folder(root: Path, entries: dict[str, bytes | None]) -> None:
    # Shorter paths first, so that a file named "tests" can stop "tests/a.in" (an OSError, skipped).
    for rel, content in sorted(entries.items(), key=lambda kv: kv[0].count("/")):
        path = root / rel
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if content is None:
                path.mkdir(exist_ok=True)
            else:
                path.write_bytes(content)
        except OSError:
            continue


@FUZZ
@given(st.dictionaries(folder_names, folder_entries, min_size=1, max_size=3), st.booleans())
def test_folder_reader_on_generated_folders(tasks, single):
    with tempfile.TemporaryDirectory(prefix="asmopt-fuzz-") as tmp:
        root = Path(tmp)
        if single:  # point at one task folder
            make_folder(root, {**next(iter(tasks.values())), "prog.c": b"int main(){}"})
        else:
            for name, entries in tasks.items():
                make_folder(root / name, entries)
        for where, item in folder.read(root):
            assert isinstance(where, str)
            if isinstance(item, RecordError):
                assert str(item).startswith(tmp)
            else:
                assert_valid_task(item)
        try:
            ds = datasets.load(tmp)
        except AsmoptError:
            return
        for task in ds.tasks.values():
            assert_valid_task(task)


# --------------------------------------------------------------------------- candidates

@FUZZ
@given(candidate_records)
@example({"task_id": "t1", "asm": "x", "label": "\ud800"})
@example({"task_id": "t1", "asm": "x", "label": json.loads("[" * 100 + "]" * 100)})
@example({"task_id": "t1", "asm": "\udcff"})
@example({"task_id": "t1", "asm": "x" * ((1 << 20) + 1)})
def test_candidate_parse_gives_a_candidate_or_a_record_error(obj):
    try:
        cand = parse_candidate(obj, "rec")
    except RecordError as exc:
        assert str(exc).startswith("rec")
        return
    assert_valid_candidate(cand)
    assert cand.meta == {k: v for k, v in obj.items() if k not in ("task_id", "asm")}


@FUZZ
@given(files(candidate_records))
@example(b"{\"task_id\": \"t1\", \"asm\": \"x\", \"m\": " + b"[" * 900 + b"]" * 900 + b"}\n")
def test_read_candidates_over_any_file(data):
    path = write(data)
    try:
        good, errors = read_candidates(path, TASK_IDS)
        for number, cand in good:
            assert isinstance(number, int) and number >= 1
            assert_valid_candidate(cand, set(TASK_IDS))
        assert all(isinstance(e, str) and e.startswith(str(path)) for e in errors)
    finally:
        path.unlink()


# --------------------------------------------------------------------------- results store

result_lines = record(index=maybe(st.integers(-3, 10)), key=maybe(any_text), task_id=maybe(any_text))


@FUZZ
@given(files(result_lines))
@example(b"hello")
@example(b"{\"index\": 1, \"key\": \"k\"}\n{\"index\": 2, \"ke")
@example(b"{\"index\": 1, \"key\": \"k\"}\nnot ours")
@example(b"\n\x0b")
def test_result_store_on_any_existing_file(data):
    path = write(data)
    try:
        try:
            store = ResultStore(path)
        except AsmoptError:
            # Refused: and left exactly as it was.
            assert path.read_bytes() == data
            return
        after = path.read_bytes()
        # Accepted: at most a partial last line (a kill mid-write) was cut.
        assert data.startswith(after)
        if after != data:
            tail = data[len(after):]
            assert after == data[: data.rfind(b"\n") + 1] and b"\n" not in tail
            assert tail.lstrip() == b"" or tail.lstrip().startswith(b"{")
        assert all(isinstance(i, int) and isinstance(k, str) for i, k in store.done.items())
        # It can be appended to and read again.
        store.append({"index": 10**6, "key": "k"})
        again = ResultStore(path)
        assert again.done[10**6] == "k" and again.is_done(10**6, "k")
        assert {i: k for i, k in again.done.items() if i != 10**6} == {
            i: k for i, k in store.done.items() if i != 10**6}
    finally:
        path.unlink()


def test_result_store_refuses_a_foreign_file_without_touching_it(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"my notes\nlast line without newline")
    try:
        ResultStore(path)
    except AsmoptError as exc:
        assert "not a result written by asmopt" in str(exc)
    else:
        raise AssertionError("accepted a foreign file")
    assert path.read_bytes() == b"my notes\nlast line without newline"
