"""The two task formats read into the same tasks; bad records become clear errors."""

from __future__ import annotations

import json
import shutil

import pytest

from asmopt import datasets, toolchain
from asmopt.datasets import jsonl as jsonl_format
from asmopt.errors import AsmoptError


def test_examples_load_with_visible_and_hidden_tests():
    ds = datasets.load("examples")
    assert ds.errors == []
    assert set(ds.tasks) == {"collatz_max", "popcount_sum", "prefix_sums", "word_reverse"}
    for task in ds.tasks.values():
        assert len(task.visible_tests) == 5 and len(task.hidden_tests) == 5
        assert task.baseline is not None and task.baseline.version.startswith("gcc")
        assert task.baseline.flags == ("-O3",)


def test_folder_and_jsonl_read_into_identical_tasks(tmp_path):
    folder = datasets.load("examples")
    path = tmp_path / "tasks.jsonl"
    path.write_text("".join(json.dumps(jsonl_format.to_record(t)) + "\n" for t in folder.tasks.values()))
    again = datasets.load(str(path))
    assert again.errors == []
    assert again.tasks == folder.tasks


def test_single_task_folder_and_binary_bytes(tmp_path):
    task = tmp_path / "echo"
    (task / "tests").mkdir(parents=True)
    (task / "prog.c").write_text("#include <stdio.h>\nint main(){int c;while((c=getchar())!=EOF)putchar(c);}")
    (task / "tests" / "bin.in").write_bytes(b"\xff\x00\x01")
    (task / "tests" / "bin.out").write_bytes(b"\xff\x00\x01")
    ds = datasets.load(str(task))
    [loaded] = ds.tasks.values()
    assert loaded.id == "echo" and loaded.tests[0].input == b"\xff\x00\x01"
    assert loaded.baseline is None
    # Non-UTF-8 bytes survive the JSONL form through base64.
    record = jsonl_format.to_record(loaded)
    assert "input_b64" in record["tests"][0]
    assert jsonl_format.parse(record, "x") == loaded


def test_baseline_is_made_with_gcc_O3_when_absent():
    task = jsonl_format.parse({"id": "t", "c_source": "int main(void){return 0;}",
                               "tests": [{"input": "", "output": ""}]}, "x")
    made = toolchain.with_baseline(task)
    assert made.baseline.compiler == "gcc" and made.baseline.flags == ("-O3",)
    assert made.baseline.version == toolchain.compiler_version("gcc") and "gcc" in made.baseline.version
    assert "main:" in made.baseline.asm


@pytest.mark.parametrize("record, problem", [
    ({"c_source": "", "tests": [{"input": "", "output": ""}]}, "'id'"),
    ({"id": "a", "tests": [{"input": "", "output": ""}]}, "'c_source'"),
    ({"id": "a", "c_source": "", "tests": []}, "no tests"),
    ({"id": "a", "c_source": "", "tests": [{"input": ""}]}, "'output'"),
    ({"id": "a", "c_source": "", "tests": [{"input": "", "output": "", "hidden": "yes"}]}, "hidden"),
    ({"id": "a", "c_source": "", "tests": [{"input_b64": "!!", "output": ""}]}, "base64"),
    ({"id": "a", "c_source": "", "tests": [{"input": "", "output": ""}], "checker": "fuzzy"}, "checker"),
    ({"id": "a", "c_source": "", "tests": [{"input": "", "output": ""}], "baseline": {"asm": ""}}, "baseline"),
    ({"id": "a", "c_source": "", "tests": [{"name": "x", "input": "", "output": ""},
                                           {"name": "x", "input": "", "output": ""}]}, "unique"),
])
def test_bad_task_records(tmp_path, record, problem):
    path = tmp_path / "t.jsonl"
    good = {"id": "ok", "c_source": "int main(){}", "tests": [{"input": "", "output": ""}]}
    path.write_text(json.dumps(record) + "\n" + json.dumps(good) + "\n")
    ds = datasets.load(str(path))
    assert list(ds.tasks) == ["ok"]
    [error] = ds.errors
    assert problem in str(error) and "t.jsonl:1" in str(error)


def test_duplicate_ids_and_broken_folders(tmp_path):
    shutil.copytree(datasets.BUILTIN["examples"] / "popcount_sum", tmp_path / "a")
    (tmp_path / "b" / "tests").mkdir(parents=True)
    (tmp_path / "b" / "prog.c").write_text("int main(){}")
    (tmp_path / "b" / "tests" / "1.in").write_text("")  # no 1.out
    (tmp_path / "c").mkdir()  # no prog.c
    ds = datasets.load(str(tmp_path))
    assert list(ds.tasks) == ["a"]
    messages = " | ".join(map(str, ds.errors))
    assert "has no 1.out" in messages and "no prog.c" in messages


def test_unknown_dataset_name():
    with pytest.raises(AsmoptError, match="not found"):
        datasets.load("no-such-dataset")
