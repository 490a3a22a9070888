"""Export to the paper's verl schema: a round trip through asmopt's own loader, visible
tests only for training, the prompt-length filter (approximate and with a tokenizer),
and verl's compute_score on an exported row."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from asmopt import datasets
from asmopt.cli import BUILTIN_CANDIDATES, main
from asmopt.prompt import for_task, messages
from asmopt.rl.export import approx_tokens, export_verl, tokenizer_counter, verl_rows
from asmopt.rl.service import RewardService, Sample
from asmopt.rl.verl import compute_score

TASKS = datasets.load("examples").tasks
CANDS = {(c["task_id"], c["label"]): c["asm"]
         for c in map(json.loads, BUILTIN_CANDIDATES["examples"].read_text().splitlines())}


def reply(asm: str) -> str:
    return f"```assembly\n{asm}```"


def rows_of(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def test_round_trip_through_the_loader(tmp_path):
    out = tmp_path / "all.parquet"
    report = export_verl("examples", out, split="all")
    assert report.written == len(TASKS) and not report.dropped and not report.skipped
    rows = rows_of(out)
    loaded = datasets.load(str(out))
    assert not loaded.errors
    assert set(loaded.tasks) == {r["task_id"] for r in rows}  # the task_id column is the loader's id
    for row in rows:
        original = TASKS[row["extra_info"]["index"]]
        back = loaded.tasks[row["task_id"]]
        assert back.c_source == original.c_source
        assert back.baseline.asm == original.baseline.asm == row["reward_model"]["ground_truth"]
        assert [(t.input, t.output) for t in back.tests] == [(t.input, t.output) for t in original.tests]
        # The paper's fields, from asmopt.prompt.
        assert row["prompt"] == messages(for_task(original, "asm"))
        assert row["extra_info"]["question"] == for_task(original, "asm")
        assert row["extra_info"]["c_only_question"] == for_task(original, "c_only")
        assert row["extra_info"]["unoptimized_assembly"] == f"```assembly\n{original.baseline.asm}```"
        assert row["reward_model"]["style"] == "rule" and row["data_source"] == "examples"


def test_train_rows_carry_visible_tests_only():
    task = TASKS["popcount_sum"]
    mixed = dataclasses.replace(task, tests=tuple(dataclasses.replace(t, hidden=i >= 6)
                                                  for i, t in enumerate(task.tests)))
    (train,), _ = verl_rows([mixed], data_source="x", split="train")
    assert train["extra_info"]["inputs"] == [t.input.decode() for t in mixed.visible_tests]
    assert len(train["extra_info"]["inputs"]) == 6 and train["extra_info"]["split"] == "train"
    (val,), _ = verl_rows([mixed], data_source="x", split="val")
    assert len(val["extra_info"]["inputs"]) == len(task.tests)  # evaluation splits keep every test
    (forced,), _ = verl_rows([mixed], data_source="x", split="train", tests="all")
    assert len(forced["extra_info"]["outputs"]) == len(task.tests)
    all_hidden = dataclasses.replace(task, id="h", tests=tuple(dataclasses.replace(t, hidden=True) for t in task.tests))
    rows, report = verl_rows([all_hidden], data_source="x", split="train")
    assert rows == [] and report.skipped == [("h", "no visible tests")]


def test_long_prompts_are_dropped():
    sizes = {t.id: approx_tokens(for_task(t)) for t in TASKS.values()}
    limit = sorted(sizes.values())[1]  # keeps the two shortest prompts
    rows, report = verl_rows(TASKS.values(), data_source="x", split="all", max_prompt_tokens=limit)
    assert {r["extra_info"]["index"] for r in rows} == {t for t, n in sizes.items() if n <= limit}
    assert dict(report.dropped) == {t: n for t, n in sizes.items() if n > limit}
    assert approx_tokens("abcdef") == 2 and approx_tokens("abcdefg") == 3


def test_tokenizer_counts_the_chat_template(tmp_path):
    pytest.importorskip("transformers")
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel({"[UNK]": 0, "<|im_start|>": 1, "<|im_end|>": 2}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    template = ("{% for m in messages %}<|im_start|> {{ m['content'] }} <|im_end|>{% endfor %}"
                "{% if add_generation_prompt %} <|im_start|>{% endif %}")
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", chat_template=template,
                            additional_special_tokens=["<|im_start|>", "<|im_end|>"]).save_pretrained(tmp_path / "tok")
    count = tokenizer_counter(tmp_path / "tok")
    words = {t.id: len(for_task(t).split()) for t in TASKS.values()}
    assert {t: count(for_task(TASKS[t])) for t in words} == {t: n + 3 for t, n in words.items()}
    limit = sorted(words.values())[2] + 3
    out = tmp_path / "t.parquet"
    report = export_verl("examples", out, split="all", tokenizer=tmp_path / "tok", max_prompt_tokens=limit)
    kept = {r["extra_info"]["index"] for r in rows_of(out)}
    assert kept == {t for t, n in words.items() if n + 3 <= limit} and len(kept) == 3
    assert report.counter.startswith("tokenizer")


def test_compute_score_on_an_exported_row(tmp_path, monkeypatch):
    monkeypatch.setenv("ASMOPT_REWARD_COST", "instructions")  # rewards that load cannot move
    out = tmp_path / "train.parquet"
    with pytest.raises(SystemExit) as done:
        main(["export", "verl", "--dataset", "examples", "--split", "train", "--out", str(out)])
    assert done.value.code == 0
    rows = {r["extra_info"]["index"]: r for r in rows_of(out)}
    assert set(rows) == set(datasets.load("examples", "train").tasks)
    row = rows["popcount_sum"]
    args = (row["data_source"], row["reward_model"]["ground_truth"], row["extra_info"])
    wrong = compute_score(args[0], reply(CANDS["popcount_sum", "wrong"]), *args[1:])
    with RewardService("examples", jobs=1, cost="instructions") as service:  # the same candidate, original task
        (expected,) = service.score([Sample("popcount_sum", reply(CANDS["popcount_sum", "wrong"]))])
    assert wrong == pytest.approx(expected.reward) and -0.5 < wrong < -0.25
    assert compute_score(args[0], reply(TASKS["popcount_sum"].baseline.asm), *args[1:], reward="paper1") == 1.0
    assert compute_score(args[0], reply(CANDS["popcount_sum", "faster"]), *args[1:]) > 1.0  # log of ~3.3x
