"""The learned policy: a folder with a card, ranking by the model, one candidate per action."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asmopt import datasets, toolchain
from asmopt.env.actions import VOCABULARY
from asmopt.env.environment import prompt_words
from asmopt.errors import AsmoptError
from asmopt.policies.learned import SHIPPED, LearnedPolicy, init_model, words
from asmopt.policies.spec import PolicySpec


@pytest.fixture(scope="module")
def untrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return init_model(tmp_path_factory.mktemp("policy") / "init", seed=3)


@pytest.fixture(scope="module")
def popcount_task():
    return toolchain.with_baseline(datasets.load("examples").tasks["popcount_sum"])


def test_vocabulary_is_closed_and_holds_every_action() -> None:
    vocab = words()
    assert len(vocab) == len(set(vocab))
    assert {a.name for a in VOCABULARY} <= set(vocab)


def test_rank_orders_usable_actions_by_the_model(untrained: Path, popcount_task) -> None:
    policy = LearnedPolicy(untrained)
    ranked = policy.rank(popcount_task, popcount_task.baseline.asm)
    assert ranked and all(a.kind != "stop" for a in ranked)
    scores = policy.scores(["loops=1"])
    assert set(scores) == {a.name for a in VOCABULARY}
    # The order is the model's: its logits, highest first.
    s = policy.scores(prompt_words(popcount_task.baseline.asm))
    assert [a.name for a in ranked] == sorted((a.name for a in ranked), key=lambda n: -s[n])


def test_rank_with_a_budget_decodes_each_next_action_given_the_ones_before(untrained: Path, popcount_task,
                                                                           tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "two"
    shutil.copytree(untrained, folder)
    card = json.loads((folder / "policy.json").read_text())
    (folder / "policy.json").write_text(json.dumps({**card, "budget": 2}))
    policy = LearnedPolicy(folder)
    ranked = [a.name for a in policy.rank(popcount_task, popcount_task.baseline.asm)]
    words_ = prompt_words(popcount_task.baseline.asm)
    first = policy.scores(words_)
    assert ranked[0] == max(ranked, key=lambda n: first[n])
    after = policy.scores([*words_, ranked[0]])
    assert ranked[1] == max(ranked[1:], key=lambda n: after[n])  # chosen given the first
    assert len(ranked) == len(set(ranked))


def test_propose_gives_distinct_programs_and_goes_on_down_the_ranking(untrained: Path, popcount_task) -> None:
    from asmopt.policies import Feedback
    from asmopt.result import Result

    policy = LearnedPolicy(untrained)
    first = policy.propose(popcount_task, 3, [])
    assert len(first) == 3
    assert len({c.asm for c in first}) == 3 and all(c.asm != popcount_task.baseline.asm for c in first)
    assert all(c.meta["policy"].startswith("learned") and c.meta["action"] for c in first)
    history = [Feedback(c, Result(task_id=c.task_id, verdict="AC", tests_passed=1, tests_total=1, identical=False))
               for c in first]
    more = policy.propose(popcount_task, 2, history)
    assert more and not {c.meta["action"] for c in more} & {c.meta["action"] for c in first}


def test_bad_folders_are_clear_errors(tmp_path: Path, untrained: Path) -> None:
    with pytest.raises(AsmoptError, match="not a folder"):
        LearnedPolicy(tmp_path / "missing")
    with pytest.raises(AsmoptError, match="no policy.json"):
        LearnedPolicy(tmp_path)
    (tmp_path / "policy.json").write_text(json.dumps({"kind": "something-else"}))
    with pytest.raises(AsmoptError, match="not an asmopt learned policy"):
        LearnedPolicy(tmp_path)
    card = json.loads((untrained / "policy.json").read_text())
    (tmp_path / "policy.json").write_text(json.dumps({**card, "actions": [*card["actions"], "pass:future"]}))
    with pytest.raises(AsmoptError, match="pass:future"):
        LearnedPolicy(tmp_path)


def test_policy_spec_builds_shipped_and_given(untrained: Path) -> None:
    assert PolicySpec(f"learned:{untrained}").build().path == untrained
    shipped = PolicySpec("learned").build()
    assert shipped.path == SHIPPED and shipped.name == "learned" and shipped.card["trained"] is True


def test_optimize_with_the_learned_policy_gives_a_verified_answer(tmp_path: Path) -> None:
    """`asmopt optimize --policy learned`: two judged candidates, the answer checked on all tests."""
    import subprocess
    import sys

    prog = Path(datasets.BUILTIN["examples"]) / "popcount_sum"
    out = tmp_path / "answer.s"
    proc = subprocess.run([sys.executable, "-m", "asmopt", "optimize", str(prog / "prog.c"), "--tests", str(prog),
                           "--policy", "learned", "--strategy", "best_of_n", "--samples", "2", "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(out.with_suffix(".json").read_text())
    assert rec["policy"] == "learned"
    assert rec["final"]["verdict"] == "AC"
    assert rec["final"]["tests_total"] == rec["final"]["tests_passed"] > rec["final"]["tests_passed_visible"]
    assert rec["outcome"]["candidates"] <= 2
    assert "verdict on all tests: AC" in proc.stdout


def test_a_policy_trained_on_another_cpu_says_so(untrained: Path, tmp_path: Path) -> None:
    import shutil

    from asmopt.env.environment import machine

    folder = tmp_path / "elsewhere"
    shutil.copytree(untrained, folder)
    card = json.loads((folder / "policy.json").read_text())
    assert LearnedPolicy(folder).machine_note() is None  # no machine recorded: nothing to say
    (folder / "policy.json").write_text(json.dumps({**card, "machine": machine()}))
    assert LearnedPolicy(folder).machine_note() is None
    (folder / "policy.json").write_text(json.dumps({**card, "machine": "znver3|AMD EPYC"}))
    note = LearnedPolicy(folder).machine_note()
    assert note is not None and "znver3|AMD EPYC" in note and "asmopt train policy" in note


def test_a_policy_reads_the_words_its_card_names(untrained: Path, popcount_task, tmp_path: Path) -> None:
    import shutil

    words_ = prompt_words(popcount_task.baseline.asm)
    assert any(not w.startswith("applies_") for w in words_) and any(w.startswith("applies_") for w in words_)
    usable = [a for a in VOCABULARY if a.kind == "setting"]
    passes = [w for w in words_ if w.startswith("applies_")]
    # None: a card without the key (a policy written before it) reads every word.
    for features, expected in (("all", words_), ("passes", passes), (None, words_)):
        folder = tmp_path / str(features)
        shutil.copytree(untrained, folder)
        card = json.loads((folder / "policy.json").read_text())
        card.pop("features")
        (folder / "policy.json").write_text(json.dumps(card if features is None else {**card, "features": features}))
        policy = LearnedPolicy(folder)
        seen: list[list[str]] = []
        real = policy.scores
        policy.scores = lambda w: seen.append(list(w)) or real(w)  # type: ignore[method-assign]
        policy.rank_words(words_, usable)
        assert seen[0] == expected
