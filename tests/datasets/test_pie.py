"""PIE-style JSONL: submissions of problems, tests inline or in PIE's folder layout."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from datafixtures import EXAMPLES, PROBLEM, assert_same_programs, pie_record, write_jsonl, write_pie_tests

from asmopt import datasets
from asmopt.datasets import jsonl as jsonl_format
from asmopt.datasets import pie
from asmopt.datasets.split import problem_of
from asmopt.errors import RecordError


def test_inline_tests_read_into_the_example_programs(tmp_path):
    path = write_jsonl(tmp_path / "pie.jsonl", [pie_record(t, "s100") for t in EXAMPLES.values()])
    ds = datasets.load(str(path))
    assert ds.errors == []
    assert_same_programs(ds.tasks.values(), baseline=False)
    task = ds.tasks[f"{PROBLEM['popcount_sum']}/s100"]
    assert task.meta == {"problem_id": PROBLEM["popcount_sum"], "submission_id": "s100",
                         "language": "C", "user_id": "u000001"}
    assert problem_of(task) == PROBLEM["popcount_sum"]


def test_tests_folder_beside_the_file_or_given(tmp_path):
    for task in EXAMPLES.values():
        write_pie_tests(tmp_path / "merged_test_cases", task)
    path = write_jsonl(tmp_path / "pie.jsonl", [pie_record(t, "s1", inline=False) for t in EXAMPLES.values()])
    found = datasets.load(str(path))
    assert found.errors == []
    assert_same_programs(found.tasks.values(), baseline=False)

    (tmp_path / "merged_test_cases").rename(tmp_path / "elsewhere")
    given = datasets.load(str(path), tests_dir=tmp_path / "elsewhere")
    assert given.tasks == found.tasks
    missing = datasets.load(str(path))
    assert not missing.tasks and all("no inline 'tests'" in str(e) for e in missing.errors)


def test_folder_tests_are_in_numeric_order(tmp_path):
    folder = tmp_path / "tests" / "p1"
    folder.mkdir(parents=True)
    for n in (0, 2, 10):
        (folder / f"input.{n}.txt").write_text(f"in{n}")
        (folder / f"output.{n}.txt").write_text(f"out{n}")
    path = write_jsonl(tmp_path / "pie.jsonl", [{"problem_id": "p1", "submission_id": "s1", "src_code": "x"}])
    [task] = datasets.load(str(path), tests_dir=tmp_path / "tests").tasks.values()
    assert [(t.name, t.input) for t in task.tests] == [("0", b"in0"), ("2", b"in2"), ("10", b"in10")]


def test_other_field_names_pie_variants_use(tmp_path):
    tests = [{"input": "1\n", "output": "1\n"}]
    path = write_jsonl(tmp_path / "pie.jsonl", [
        {"problem_id": "p1", "submission_id": "s1", "src_code": "int main(){}", "tests": tests},
        {"problem_id": "p1", "src_id": 7, "code_v0": "int main(){}", "tests": tests, "checker": "lines"},
        {"problem_id": "p2", "code": "int main(){return 0;}", "tests": tests},
    ])
    ds = datasets.load(str(path))
    assert ds.errors == []
    ids = list(ds.tasks)
    assert ids[:2] == ["p1/s1", "p1/7"] and ids[2].startswith("p2/")
    assert ds.tasks["p1/7"].checker == "lines"
    # With no submission id the source names the task: the same on every read.
    assert list(datasets.load(str(path)).tasks) == ids


@pytest.mark.parametrize("record, problem", [
    ({"problem_id": "", "src_code": "x", "tests": []}, "'problem_id'"),
    ({"problem_id": "p1", "submission_id": "s", "tests": [{"input": "", "output": ""}]}, "no source code"),
    ({"problem_id": "p1", "submission_id": "s", "src_code": "x", "tests": []}, "no tests"),
    ({"problem_id": "p1", "submission_id": "s", "src_code": "x", "tests": [{"input": ""}]}, "'output'"),
    ({"problem_id": "../etc", "submission_id": "s", "src_code": "x"}, "cannot name a tests folder"),
    ({"problem_id": "p9", "submission_id": "s", "src_code": "x"}, "no inline 'tests' and no folder"),
])
def test_bad_submissions_are_record_errors(tmp_path, record, problem):
    (tmp_path / "merged_test_cases").mkdir()
    good = {"problem_id": "p1", "submission_id": "ok", "src_code": "int main(){}",
            "tests": [{"input": "", "output": ""}]}
    path = write_jsonl(tmp_path / "pie.jsonl", [good, record])
    ds = datasets.load(str(path))
    assert list(ds.tasks) == ["p1/ok"]
    [error] = ds.errors
    assert problem in str(error) and "pie.jsonl:2" in str(error)


def test_missing_output_file(tmp_path):
    folder = tmp_path / "merged_test_cases" / "p1"
    folder.mkdir(parents=True)
    (folder / "input.0.txt").write_text("1")
    rec = {"problem_id": "p1", "submission_id": "s", "src_code": "x"}
    [(where, error)] = pie.read(write_jsonl(tmp_path / "pie.jsonl", [rec]))
    assert "has no output.0.txt" in str(error) and where.endswith("pie.jsonl:1")


def test_submissions_of_one_problem_share_a_split(tmp_path):
    records = [{"problem_id": f"p{p:03d}", "submission_id": f"s{s}", "src_code": f"/* {p} {s} */",
                "tests": [{"input": "", "output": ""}]} for p in range(60) for s in range(5)]
    path = write_jsonl(tmp_path / "pie.jsonl", records)
    train = datasets.load(str(path), split="train").tasks.values()
    test = datasets.load(str(path), split="test").tasks.values()
    assert len(train) + len(test) == 300 and len(test) > 0
    assert not {t.meta["problem_id"] for t in train} & {t.meta["problem_id"] for t in test}
    assert len(train) % 5 == 0 and len(test) % 5 == 0  # whole problems only


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                    max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={k: JSON for k in (
    "problem_id", "submission_id", "src_id", "src_code", "input", "language", "checker")} | {
    "tests": st.lists(st.fixed_dictionaries({}, optional={"input": JSON, "output": JSON, "name": JSON}), max_size=3)}))
def test_any_submission_is_a_task_or_a_record_error(obj):
    try:
        task = pie.parse(obj, "rec", pie.TestFolder(None))
    except RecordError as exc:
        assert str(exc).startswith("rec")
        return
    assert task.tests and "/" in task.id
    assert jsonl_format.parse(jsonl_format.to_record(task), "again") == task
