"""Splits by problem: stable, proportionate, and never splitting a problem's submissions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asmopt import datasets
from asmopt.datasets.split import hash_split, leaks, normalize, problem_of, select, split_of
from asmopt.errors import AsmoptError
from asmopt.task import Task, Test

TEST = (Test("1", b"", b""),)


def submission(problem: str, sid: str, split: str | None = None) -> Task:
    meta = {"problem_id": problem, **({"split": split} if split else {})}
    return Task(f"{problem}/{sid}", f"/* {sid} */", TEST, meta=meta)


@given(st.text(min_size=1), st.lists(st.text(min_size=1), min_size=2, max_size=6, unique=True))
def test_two_submissions_of_one_problem_never_land_in_different_splits(problem, sids):
    assert len({split_of(submission(problem, s)) for s in sids}) == 1
    assert leaks(submission(problem, s) for s in sids) == {}


def test_the_assignment_is_pinned():
    # SHA-256 of the problem id: a change here would silently move problems between splits.
    assert [hash_split(k) for k in ("p00000", "p00002", "p02345", "sum", "a")] == \
        ["test", "train", "train", "test", "train"]


def test_fractions_are_roughly_kept():
    keys = [f"p{i:05d}" for i in range(20000)]
    share = sum(hash_split(k) == "test" for k in keys) / len(keys)
    assert 0.09 < share < 0.11
    three = [hash_split(k, 0.2, 0.1) for k in keys]
    assert 0.18 < three.count("test") / len(keys) < 0.22 and 0.08 < three.count("val") / len(keys) < 0.12
    assert {hash_split(k, 0.0) for k in keys} == {"train"}
    with pytest.raises(ValueError, match="fractions"):
        hash_split("p", 0.8, 0.3)


def test_a_source_split_wins_and_names_are_normalised():
    assert normalize("Validation") == "val" and normalize("dev") == "val" and normalize("train") == "train"
    task = submission("p00000", "s1", split="validation")  # hashes to test, but the source said val
    assert split_of(task) == "val"
    assert problem_of(Task("lone", "", TEST)) == "lone"
    tasks = [submission("p00000", "s1", "train"), submission("p00000", "s2", "test"), submission("p00002", "s1")]
    assert leaks(tasks) == {"p00000": {"train", "test"}}
    assert select(tasks, None) == tasks and select(tasks, "all") == tasks
    assert select(tasks, "train") == [tasks[0], tasks[2]]


def test_load_with_split_on_our_format():
    train = datasets.load("examples", split="train").tasks
    test = datasets.load("examples", split="test").tasks
    assert sorted([*train, *test]) == sorted(datasets.load("examples").tasks)
    assert datasets.load("examples", split="all").tasks.keys() == datasets.load("examples").tasks.keys()
    with pytest.raises(AsmoptError, match="no tasks in split 'val'"):
        datasets.load("examples", split="val")
    with pytest.raises(AsmoptError, match="fractions"):
        datasets.load("examples", split="test", test_fraction=2.0)
