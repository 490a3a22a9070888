"""Hugging Face `save_to_disk` folders and parquet files, in the paper's schema and ours."""

from __future__ import annotations

import os

import pytest
from datafixtures import EXAMPLES, PROBLEM, assert_same_programs, paper_record, pie_record, write_parquet

from asmopt import datasets
from asmopt.datasets import hf
from asmopt.datasets import jsonl as jsonl_format
from asmopt.errors import AsmoptError

hf_datasets = pytest.importorskip("datasets")

OURS = [jsonl_format.to_record(t) for t in EXAMPLES.values()]


def paper_rows(split: str = "train") -> list[dict]:
    return [paper_record(t, split) for t in EXAMPLES.values()]


def test_saved_dataset_in_our_schema_is_the_same_tasks(tmp_path):
    hf_datasets.Dataset.from_list(OURS).save_to_disk(str(tmp_path / "ours"))
    ds = datasets.load(str(tmp_path / "ours"))
    assert ds.errors == []
    assert ds.tasks == EXAMPLES  # ids, test names, hidden marks and baselines too


def test_saved_dataset_in_the_paper_schema(tmp_path):
    hf_datasets.Dataset.from_list(paper_rows()).save_to_disk(str(tmp_path / "paper"))
    ds = datasets.load(str(tmp_path / "paper"))
    assert ds.errors == []
    assert_same_programs(ds.tasks.values())


def test_dataset_dict_split_names_are_the_splits(tmp_path):
    rows = paper_rows()
    train = hf_datasets.Dataset.from_list(rows[:3])
    val = hf_datasets.Dataset.from_list(rows[3:])  # its records say "train": the folder's name wins
    hf_datasets.DatasetDict({"train": train, "validation": val}).save_to_disk(str(tmp_path / "dd"))
    everything = datasets.load(str(tmp_path / "dd"))
    assert_same_programs(everything.tasks.values())
    picked = datasets.load(str(tmp_path / "dd"), split="val")
    assert [t.meta["split"] for t in picked.tasks.values()] == ["validation"]
    assert [t.c_source for t in picked.tasks.values()] == [rows[3]["extra_info"]["c_code"]]
    assert len(datasets.load(str(tmp_path / "dd"), split="train").tasks) == 3


def test_parquet_file_in_our_schema(tmp_path):
    ds = datasets.load(str(write_parquet(tmp_path / "ours.parquet", OURS)))
    assert ds.errors == [] and ds.tasks == EXAMPLES


def test_folder_of_parquet_files_hub_layout(tmp_path):
    (tmp_path / "data").mkdir()
    rows = paper_rows()
    write_parquet(tmp_path / "data" / "train-00000-of-00001.parquet", rows[:2])
    write_parquet(tmp_path / "data" / "test-00000-of-00001.parquet", rows[2:])
    (tmp_path / "README.md").write_text("---\nconfigs: ...\n---\n")
    ds = datasets.load(str(tmp_path))
    assert ds.errors == []
    assert_same_programs(ds.tasks.values())
    test = datasets.load(str(tmp_path), split="test")
    assert sorted(t.c_source for t in test.tasks.values()) == sorted(r["extra_info"]["c_code"] for r in rows[2:])


def test_pie_rows_in_parquet(tmp_path):
    rows = [pie_record(t, "s1") for t in EXAMPLES.values()]
    ds = datasets.load(str(write_parquet(tmp_path / "pie.parquet", rows)))
    assert ds.errors == []
    assert_same_programs(list(ds.tasks.values()), baseline=False)
    assert {t.meta["problem_id"] for t in ds.tasks.values()} == set(PROBLEM.values())


def test_loading_is_offline_and_leaves_the_environment_alone(tmp_path, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "0")
    seen = {}
    real = hf_datasets.load_from_disk

    def spy(path, *args, **kwargs):
        seen.update({k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE")})
        seen["flag"] = hf_datasets.config.HF_DATASETS_OFFLINE
        return real(path, *args, **kwargs)

    monkeypatch.setattr(hf_datasets, "load_from_disk", spy)
    hf_datasets.Dataset.from_list(OURS).save_to_disk(str(tmp_path / "ours"))
    datasets.load(str(tmp_path / "ours"))
    assert seen == {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "flag": True}
    assert "HF_HUB_OFFLINE" not in os.environ and os.environ["HF_DATASETS_OFFLINE"] == "0"


def test_bad_rows_and_broken_folders(tmp_path):
    rows = paper_rows()
    rows[1]["extra_info"]["outputs"] = rows[1]["extra_info"]["outputs"][:-1]
    hf_datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "paper"))
    ds = datasets.load(str(tmp_path / "paper"))
    assert len(ds.tasks) == 3
    [error] = ds.errors
    assert f"{tmp_path / 'paper'}[1]" in str(error) and "'outputs'" in str(error)

    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "state.json").write_text("{not json")
    with pytest.raises(AsmoptError, match="cannot read Hugging Face dataset") as info:
        datasets.load(str(tmp_path / "broken"))
    assert "\n" not in str(info.value)
    assert hf.is_saved(tmp_path / "broken") and not hf.is_saved(tmp_path)
