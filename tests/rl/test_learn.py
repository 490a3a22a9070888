"""Training the small policy: the sweep through the environment, the table reward, GRPO on CPU."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asmopt.errors import AsmoptError
from asmopt.policies.learned import select_words
from asmopt.rl.learn import (
    CV_FILE,
    NOT_AN_ACTION,
    TABLE_FILE,
    PolicyRecipe,
    Row,
    TableReward,
    budget_reward,
    cross_validate,
    fixed_actions,
    fixed_score,
    folds_of,
    read_table,
    sweep,
    train,
)
from asmopt.rl.train import read_metrics

ACTIONS = ("pass:popcount-libcall", "setting:gcc-O2", "setting:gcc-O3-novec", "setting:clang-O3")
TASKS = ("popcount_sum", "prefix_sums")


def _recipe(out: Path, **kw) -> PolicyRecipe:
    return PolicyRecipe(output_dir=str(out), dataset="examples", split=None, task_ids=TASKS, timing=False,
                        actions=ACTIONS, **kw)


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("learn")
    sweep(_recipe(out))
    return out


def test_sweep_writes_the_environments_rewards(swept: Path) -> None:
    from asmopt.env.environment import AsmoptEnv

    rows = read_table(swept / TABLE_FILE)
    assert set(rows) == set(TASKS)
    pop = rows["popcount_sum"]
    assert set(pop.rewards) <= set(ACTIONS) and "pass:popcount-libcall" in pop.rewards
    assert "pass:popcount-libcall" not in rows["prefix_sums"].rewards  # matches nowhere: not judged
    # Each entry is the environment's own first-step reward.
    env = AsmoptEnv("examples", None, ["popcount_sum"], timing=False, max_steps=1, ceiling=False)
    env.reset(options={"task_id": "popcount_sum"})
    _, reward, *_ = env.step([a.name for a in env.vocabulary].index("pass:popcount-libcall"))
    assert pop.rewards["pass:popcount-libcall"] == pytest.approx(reward) and reward > 0.4


def test_sweep_resumes_and_skips_a_torn_line(swept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = swept / TABLE_FILE
    saved = table.read_text()
    lines = saved.splitlines()
    try:
        table.write_text(lines[0] + "\n" + lines[1][:20])  # killed while writing the second task
        rows = read_table(table)
        assert len(rows) == 1
        done = []
        sweep(_recipe(swept), on_action=lambda t, a, r: done.append(t))
        assert set(done) == {t for t in TASKS if t not in rows}  # only the missing task again
    finally:
        table.write_text(saved)


def test_table_reward() -> None:
    rows = {"a": Row("a", ("loops=1",), {"setting:gcc-O2": 0.25, "setting:clang-O3": -1.0}, {})}
    reward = TableReward(rows, ["setting:gcc-O2", "setting:clang-O3", "setting:gcc-O3-pgo"])
    got = reward(completions=["setting:gcc-O2", " setting:gcc-O3-pgo", "loops=1"], task_id=["a", "a", "a"])
    assert got == [0.25, 0.0, NOT_AN_ACTION]  # an action the sweep did not judge changes nothing: 0
    # Two actions: the mean of what judging the first 1 and the first 2 gives (the best so far).
    two = reward(completions=["setting:clang-O3 setting:gcc-O2", "setting:gcc-O2 setting:gcc-O2"],
                 task_id=["a", "a"])
    assert two == [pytest.approx((-1.0 + 0.25) / 2), pytest.approx(0.25)]  # a repeat adds nothing


def test_budget_reward() -> None:
    assert budget_reward([0.1, 0.5]) == pytest.approx(0.3)
    assert budget_reward([0.5, 0.1]) == pytest.approx(0.5)  # the better first is worth more
    assert budget_reward([]) == NOT_AN_ACTION


def test_recipe_rejects_unknown_actions() -> None:
    with pytest.raises(AsmoptError, match="unknown action"):
        PolicyRecipe(actions=("setting:nope",))


def test_grpo_on_cpu_raises_mean_reward(swept: Path) -> None:
    """Seconds of GRPO on the swept rewards: later steps score better than the first ones."""
    out = swept
    outcome = train(_recipe(out, max_steps=40, prompts_per_step=2, num_generations=8, seed=1, save_steps=20),
                    log=lambda line: None)
    rows = [r for r in read_metrics(outcome.metrics_path) if r.get("reward") is not None]
    assert len(rows) == 40
    first = sum(r["reward"] for r in rows[:8]) / 8
    last = sum(r["reward"] for r in rows[-8:]) / 8
    assert last > first + 0.1, (first, last)
    card = json.loads((outcome.final_dir / "policy.json").read_text())
    assert card["trained"] is True and card["steps"] == 40 and card["cost"] == "instructions"
    assert (out / "init" / "config.json").is_file()  # the untrained policy stays for comparison
    # The trained policy ranks the rewarded rewrite first for the program it helps.
    from asmopt import datasets, toolchain
    from asmopt.policies.learned import LearnedPolicy

    task = toolchain.with_baseline(datasets.load("examples").tasks["popcount_sum"])
    ranked = LearnedPolicy(outcome.final_dir).rank(task, task.baseline.asm)
    assert ranked[0].name == "pass:popcount-libcall"


def test_grpo_resumes_from_its_last_checkpoint(swept: Path, tmp_path: Path) -> None:
    import shutil

    out = tmp_path / "run"
    out.mkdir()
    shutil.copy(swept / TABLE_FILE, out / TABLE_FILE)  # the sweep is done: only GRPO runs
    train(_recipe(out, max_steps=6, prompts_per_step=2, num_generations=4, save_steps=3), log=lambda line: None)
    (out / "checkpoint-6").rename(out / "gone")  # killed after step 3's checkpoint, before step 6's
    outcome = train(_recipe(out, max_steps=6, prompts_per_step=2, num_generations=4, save_steps=3, resume=True),
                    log=lambda line: None)
    assert outcome.resumed_from is not None and outcome.resumed_from.endswith("checkpoint-3")
    steps = [r["step"] for r in read_metrics(outcome.metrics_path)]
    assert steps == [1, 2, 3, 4, 5, 6]  # every step once: the killed run's later lines were dropped


def test_features_select_the_prompt_words() -> None:
    words = ["loop_div=1", "loops=2", "applies_pass:popcount-loop=1", "applies_pass:thread-jumps=0"]
    assert select_words(words, "all") == words
    assert select_words(words, "passes") == ["applies_pass:popcount-loop=1", "applies_pass:thread-jumps=0"]
    with pytest.raises(AsmoptError, match="unknown features"):
        select_words(words, "everything")
    with pytest.raises(AsmoptError, match="unknown features"):
        PolicyRecipe(features="everything")


def test_folds_are_fixed_and_cover_every_program_once() -> None:
    ids = [f"t{i}" for i in range(11)]
    folds = folds_of(ids, 3)
    assert sorted(t for f in folds for t in f) == sorted(ids) and sorted(len(f) for f in folds) == [3, 4, 4]
    assert folds_of(list(reversed(ids)), 3) == folds  # the same folds whatever the order given
    with pytest.raises(AsmoptError, match="folds"):
        folds_of(ids, 1)


def test_fixed_actions_are_the_best_then_its_best_complement() -> None:
    rows = [Row("r1", (), {"x": 1.0, "y": 0.6}, {}), Row("r2", (), {"x": 0.0, "y": 0.6, "z": 0.55}, {}),
            Row("r3", (), {"z": 0.55, "x": 0.1, "y": 0.0}, {})]
    # y is best alone (0.4 on average); z adds more to it than x does (r3), though x is better on r1.
    assert fixed_actions(rows, 2) == ["y", "z"] and fixed_actions(rows, 1) == ["y"]
    scores = fixed_score(["y", "z"], rows, [1, 2])
    assert scores[1] == pytest.approx(0.4) and scores[2] == pytest.approx((0.6 + 0.6 + 0.55) / 3)
    # An action a program's sweep did not judge (it cannot apply there) is skipped, as a search skips it.
    assert fixed_score(["w", "y"], rows, [1]) == fixed_score(["y"], rows, [1])


def _table(path: Path, n: int = 8) -> Path:
    """Programs where a rewrite pass matches gain from it and from nothing else; the others gain
    from gcc -O2 only: the word `applies_pass:popcount-libcall=1` says which is which."""
    lines = []
    for i in range(n):
        hit = i % 2 == 0
        words = (f"loops={i % 5}", f"applies_pass:popcount-libcall={int(hit)}")
        rewards = {"pass:popcount-libcall": 0.5 if hit else 0.0, "setting:gcc-O2": 0.0 if hit else 0.5,
                   "setting:clang-O3": -0.1}
        lines.append(json.dumps(Row(f"t{i}", words, rewards, {}).to_dict()))
    path.write_text("\n".join(lines) + "\n")
    return path


def test_cross_validation_scores_each_fold_on_programs_it_did_not_train_on(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    table = _table(tmp_path / "table.jsonl")
    recipe = PolicyRecipe(output_dir=str(tmp_path / "cv"), actions=("pass:popcount-libcall", "setting:gcc-O2",
                                                                    "setting:clang-O3"),
                          features="passes", max_steps=30, prompts_per_step=4, num_generations=6, seed=0,
                          save_steps=30)
    cv = cross_validate(recipe, table, 2, log=lambda line: None)
    assert json.loads(json.dumps(cv)) == json.loads((tmp_path / "cv" / CV_FILE).read_text())
    held = [t for fold in cv["per_fold"] for t in fold["held_out"]]
    assert sorted(held) == [f"t{i}" for i in range(8)]
    for f, fold in enumerate(cv["per_fold"]):
        trained_on = {r.task_id for r in read_table(table).values()} - set(fold["held_out"])
        assert (tmp_path / "cv" / f"fold-{f}" / "final" / "policy.json").is_file()
        assert json.loads((tmp_path / "cv" / f"fold-{f}" / "final" / "policy.json").read_text())["tasks"] \
            == len(trained_on)
    assert cv["best_action"] == pytest.approx(0.5)
    # The word that tells the programs apart is learned on some and used on the others.
    assert cv["mean"]["learned"]["2"] >= 0.45 and cv["mean"]["learned"]["1"] > cv["mean"]["untrained"]["1"] + 0.1
    # The same two actions for every program get there with two, not with one: the word matters.
    assert all(fold["fixed_actions"] == ["pass:popcount-libcall", "setting:gcc-O2"] for fold in cv["per_fold"])
    assert cv["mean"]["fixed"]["2"] == pytest.approx(0.5) and cv["mean"]["fixed"]["1"] == pytest.approx(0.25)
    assert cv["mean"]["learned"]["1"] > cv["mean"]["fixed"]["1"] + 0.1
    # Run again: every fold's policy is there, nothing is trained again.
    import asmopt.rl.learn as learn

    monkeypatch.setattr(learn, "train", lambda *a, **k: pytest.fail("trained again"))
    assert cross_validate(recipe, table, 2, log=lambda line: None)["mean"] == cv["mean"]
    # Other settings in the same folder are refused, not mixed with the folds already there.
    import dataclasses

    with pytest.raises(AsmoptError, match="other settings .*max_steps"):
        cross_validate(dataclasses.replace(recipe, max_steps=31), table, 2, log=lambda line: None)
