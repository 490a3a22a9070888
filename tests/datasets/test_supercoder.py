"""The paper's verl records, from parquet and JSONL, read into the same programs as ours."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from datafixtures import EXAMPLES, INDEX, assert_same_programs, paper_record, write_jsonl, write_parquet

from asmopt import datasets
from asmopt.datasets import jsonl as jsonl_format
from asmopt.datasets import supercoder
from asmopt.errors import AsmoptError, RecordError
from asmopt.rl import verl


@pytest.fixture
def paper_parquet(tmp_path):
    records = [paper_record(t, "val" if t.id == "word_reverse" else "train") for t in EXAMPLES.values()]
    return write_parquet(tmp_path / "train.parquet", records)


def test_parquet_reads_into_the_example_programs(paper_parquet):
    ds = datasets.load(str(paper_parquet))
    assert ds.errors == []
    assert_same_programs(ds.tasks.values())
    task = ds.tasks[f"codenet-{INDEX['popcount_sum']}"]
    assert task.baseline.compiler == "gcc" and task.baseline.version == "" and task.baseline.flags == ("-O3",)
    assert [t.name for t in task.tests] == [str(i) for i in range(1, 11)] and not task.hidden_tests
    assert task.meta == {"data_source": "codenet", "split": "train", "index": INDEX["popcount_sum"]}


def test_jsonl_with_the_same_fields_reads_alike(tmp_path, paper_parquet):
    records = [paper_record(t, "val" if t.id == "word_reverse" else "train") for t in EXAMPLES.values()]
    for r in records:  # JSON cannot hold the binary: the paper's JSON exports drop or encode it
        r["extra_info"]["unoptimized_compiled"] = None
    path = write_jsonl(tmp_path / "paper.jsonl", records)
    assert datasets.load(str(path)).tasks == datasets.load(str(paper_parquet)).tasks
    assert dict(supercoder.read(path)).keys() == {f"{path}:{n}" for n in range(1, 5)}


def test_baseline_falls_back_to_the_fenced_unoptimized_assembly(tmp_path):
    records = [paper_record(t, ground_truth=False) for t in EXAMPLES.values()]
    ds = datasets.load(str(write_parquet(tmp_path / "p.parquet", records)))
    assert ds.errors == []
    assert_same_programs(ds.tasks.values())


def test_own_split_and_max_tests(paper_parquet):
    val = datasets.load(str(paper_parquet), split="validation", max_tests=3)
    assert [t.c_source for t in val.tasks.values()] == [EXAMPLES["word_reverse"].c_source]
    assert all(len(t.tests) == 3 for t in val.tasks.values())
    assert len(datasets.load(str(paper_parquet), split="train").tasks) == 3
    with pytest.raises(AsmoptError, match="no tasks in split 'test'.*it has: train, val"):
        datasets.load(str(paper_parquet), split="test")
    with pytest.raises(AsmoptError, match="max_tests"):
        datasets.load(str(paper_parquet), max_tests=0)


def test_verl_adapter_uses_this_schema():
    assert verl.task_from_record is supercoder.task_from_record
    task = EXAMPLES["popcount_sum"]
    rec = paper_record(task)
    # pandas hands verl numpy arrays, not lists.
    extra = {**rec["extra_info"], "inputs": np.array(rec["extra_info"]["inputs"], dtype=object)}
    made = verl.task_from_record("codenet", task.baseline.asm, extra)
    assert made.id == f"codenet-{INDEX['popcount_sum']}" and made.baseline.asm == task.baseline.asm
    with pytest.raises(ValueError, match="inputs"):
        verl.task_from_record("codenet", "x", {"c_code": "int main(){}", "inputs": ["1"], "outputs": []})


@pytest.mark.parametrize("change, problem", [
    (lambda r: r.pop("extra_info"), "'extra_info'"),
    (lambda r: r.update(reward_model="asm"), "'reward_model'"),
    (lambda r: r["extra_info"].pop("c_code"), "'extra_info.c_code'"),
    (lambda r: r["extra_info"]["outputs"].pop(), "'inputs' and 'outputs'"),
    (lambda r: r["extra_info"].update(inputs=[], outputs=[]), "'inputs' and 'outputs'"),
    (lambda r: r["extra_info"]["outputs"].__setitem__(0, 7), "outputs[0] must be a string"),
    (lambda r: r.update(data_source=""), "'data_source'"),
])
def test_bad_records_are_record_errors(tmp_path, change, problem):
    bad, good = paper_record(EXAMPLES["popcount_sum"]), paper_record(EXAMPLES["collatz_max"])
    for r in (bad, good):
        r["extra_info"]["unoptimized_compiled"] = None
    change(bad)
    path = write_jsonl(tmp_path / "paper.jsonl", [good, bad])
    ds = datasets.load(str(path))
    assert [t.c_source for t in ds.tasks.values()] == [EXAMPLES["collatz_max"].c_source]
    [error] = ds.errors
    assert problem in str(error) and "paper.jsonl:2" in str(error)


def test_unreadable_parquet_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(AsmoptError, match="cannot read parquet file") as info:
        datasets.load(str(path))
    assert "\n" not in str(info.value)


def test_jsonl_schema_is_decided_by_the_first_record(tmp_path):
    # A paper file whose second line looks like ours is still read as paper records.
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        {**paper_record(EXAMPLES["popcount_sum"]), "extra_info": None},
        {"id": "x", "c_source": "int main(){}", "tests": [{"input": "", "output": ""}]},
    ])
    ds = datasets.load(str(path))
    assert ds.tasks == {} and len(ds.errors) == 2


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.binary(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                    max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={
    "data_source": JSON, "reward_model": st.fixed_dictionaries({}, optional={"ground_truth": JSON}) | JSON,
    "extra_info": st.fixed_dictionaries({}, optional={k: JSON | st.lists(st.text(max_size=3), max_size=3)
                                                      for k in ("c_code", "inputs", "outputs", "index", "split",
                                                                "problem_id", "unoptimized_assembly")}) | JSON}))
def test_any_record_is_a_task_or_a_record_error(obj):
    try:
        task = supercoder.parse(obj, "rec")
    except RecordError as exc:
        assert str(exc).startswith("rec")
        return
    assert task.tests and task.id and (task.baseline is None or task.baseline.asm.strip())
    assert jsonl_format.parse(jsonl_format.to_record(task), "again") == task
