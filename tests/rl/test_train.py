"""Training recipes, fast: GRPO defaults, dataset rows and metrics log; the verl PPO command.

The paper's numbers are written out here from its text (docs: reference-system.md,
"Training"), not read from the code under test, so a changed default fails.
"""

from __future__ import annotations

import shlex

import pytest

from asmopt import datasets
from asmopt.cli import main
from asmopt.errors import AsmoptError
from asmopt.prompt import for_task
from asmopt.rl import ppo, train
from asmopt.rl.ppo import PPORun
from asmopt.rl.train import GRPORecipe

# The SuperCoder paper's training settings.
PAPER = {"actor_lr": 1e-6, "critic_lr": 1e-5, "batch": 16, "temperature": 0.5, "prompt_tokens": 2000,
         "response_tokens": 2000, "gamma": 1.0, "lam": 1.0, "clip": 0.2, "ppo_epochs": 1, "epochs": 1, "gpus": 4}


# ---------------------------------------------------------------- GRPO


def test_grpo_defaults_are_the_papers():
    r = GRPORecipe(model="m")
    assert r.learning_rate == PAPER["actor_lr"]
    assert r.temperature == PAPER["temperature"]
    assert (r.max_prompt_length, r.max_completion_length) == (PAPER["prompt_tokens"], PAPER["response_tokens"])
    assert r.prompts_per_step == PAPER["batch"]
    assert r.clip_epsilon == PAPER["clip"] and r.num_iterations == PAPER["ppo_epochs"]
    assert r.kl_beta == 0.0  # no KL
    assert r.num_train_epochs == PAPER["epochs"]
    assert (r.reward, r.metric) == ("log_speedup", "strict")


def test_grpo_recipe_rejects_a_group_of_one():
    with pytest.raises(AsmoptError, match="num_generations"):
        GRPORecipe(model="m", num_generations=1)


def test_grpo_args_carry_the_recipe():
    pytest.importorskip("trl")
    r = GRPORecipe(model="m", output_dir="/tmp/x", prompts_per_step=16, num_generations=4, micro_batch_size=8)
    args = train.grpo_args(r)
    assert (args.learning_rate, args.temperature, args.beta, args.epsilon) == (1e-6, 0.5, 0.0, 0.2)
    assert args.max_completion_length == 2000 and args.num_generations == 4
    # 16 prompts x 4 completions = 64 per optimizer step, in micro batches of 8.
    assert args.per_device_train_batch_size * args.gradient_accumulation_steps == 64
    assert args.generation_batch_size == 64
    assert args.logging_steps == 1 and args.num_iterations == 1
    assert getattr(args.lr_scheduler_type, "value", args.lr_scheduler_type) == "constant"


def test_grpo_args_refuse_a_batch_that_does_not_split():
    pytest.importorskip("trl")
    with pytest.raises(AsmoptError, match="multiple"):
        train.grpo_args(GRPORecipe(model="m", prompts_per_step=3, num_generations=2, micro_batch_size=4))


def test_rows_are_the_papers_prompt_with_the_task_id():
    tasks = [datasets.load("examples").tasks[t] for t in ("collatz_max", "popcount_sum")]
    rows = train.build_rows(tasks)
    assert [r["task_id"] for r in rows] == ["collatz_max", "popcount_sum"]
    for row, task in zip(rows, tasks):
        assert row["prompt"] == [{"role": "user", "content": for_task(task)}]
        assert task.baseline.asm in row["prompt"][0]["content"]
    c_only = train.build_rows(tasks, "c_only")
    assert tasks[0].baseline.asm not in c_only[0]["prompt"][0]["content"]


def test_load_tasks_keeps_the_split_and_asked_ids():
    r = GRPORecipe(model="m", dataset="examples", split=None, task_ids=("prefix_sums", "collatz_max"))
    assert [t.id for t in train.load_tasks(r)] == ["collatz_max", "prefix_sums"]
    everything = {t.id for t in train.load_tasks(GRPORecipe(model="m", dataset="examples", split="all"))}
    train_split = {t.id for t in train.load_tasks(GRPORecipe(model="m", dataset="examples", split="train"))}
    assert train_split and train_split <= everything
    with pytest.raises(AsmoptError, match="nope"):
        train.load_tasks(GRPORecipe(model="m", dataset="examples", split=None, task_ids=("nope",)))


def test_long_prompts_are_dropped_not_cut():
    rows = [{"prompt": [{"role": "user", "content": "a " * n}], "task_id": f"t{n}"} for n in (3, 10, 5)]
    kept, dropped = train.drop_long(rows, lambda p: len(p[0]["content"].split()), 5)
    assert [r["task_id"] for r in kept] == ["t3", "t5"]
    assert kept[0] is rows[0]  # untouched, not truncated
    assert dropped == ["t10"]


def test_metrics_log_resume_drops_the_killed_runs_later_steps(tmp_path):
    path = tmp_path / "metrics.jsonl"
    for step in (1, 2, 3):
        train.append_line(path, {"step": step, "reward_mean": step / 10})
    with open(path, "a") as f:
        f.write('{"step": 4, "rew')  # cut by the kill
    train.truncate_after(path, 2)
    assert [r["step"] for r in train.read_metrics(path)] == [1, 2]


def test_metrics_log_records_steps_without_nan():
    pytest.importorskip("transformers")
    from transformers import TrainerControl, TrainerState

    cls = train._metrics_callback_class()
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.jsonl"
        cb = cls(path)
        state = TrainerState()
        state.global_step, state.epoch = 3, 0.5
        cb.on_log(None, state, TrainerControl(), logs={"reward": 0.25, "asmopt/pass_rate": float("nan")})
        cb.on_log(None, state, TrainerControl(), logs={"train_runtime": 9.0})  # end summary: not a step
        (line,) = train.read_metrics(path)
    assert line == {"step": 3, "epoch": 0.5, "reward": 0.25, "reward_mean": 0.25, "asmopt/pass_rate": None}


def test_train_refuses_a_model_that_is_not_a_local_folder(tmp_path):
    with pytest.raises(AsmoptError, match="not a local model folder"):
        train.train(GRPORecipe(model=str(tmp_path / "Qwen/Qwen2.5-Coder-7B-Instruct")))


# ---------------------------------------------------------------- PPO (verl)


def _settings(argv: list[str]) -> dict[str, str]:
    out = {}
    for arg in argv:
        key, _, value = arg.partition("=")
        out[key.lstrip("+")] = value
    return out


def test_ppo_command_has_the_papers_hyperparameters(tmp_path):
    run = PPORun(model=str(tmp_path / "qwen"), train_files=str(tmp_path / "train.parquet"),
                 output_dir=str(tmp_path / "out"))
    argv = ppo.command(run, python="python3")
    assert argv[:3] == ["python3", "-m", "verl.trainer.main_ppo"]
    s = _settings(argv[3:])
    assert float(s["actor_rollout_ref.actor.optim.lr"]) == PAPER["actor_lr"]
    assert float(s["critic.optim.lr"]) == PAPER["critic_lr"]
    assert int(s["data.train_batch_size"]) == PAPER["batch"]
    assert float(s["actor_rollout_ref.rollout.temperature"]) == PAPER["temperature"]
    assert int(s["data.max_prompt_length"]) == PAPER["prompt_tokens"]
    assert int(s["data.max_response_length"]) == PAPER["response_tokens"]
    assert s["data.filter_overlong_prompts"] == "true"  # longer prompts dropped
    assert (float(s["algorithm.gamma"]), float(s["algorithm.lam"])) == (PAPER["gamma"], PAPER["lam"])
    assert s["algorithm.adv_estimator"] == "gae"
    assert s["algorithm.use_kl_in_reward"] == "false" and s["actor_rollout_ref.actor.use_kl_loss"] == "false"
    assert float(s["actor_rollout_ref.actor.clip_ratio"]) == PAPER["clip"]
    assert int(s["actor_rollout_ref.actor.ppo_epochs"]) == PAPER["ppo_epochs"]
    assert int(s["trainer.total_epochs"]) == PAPER["epochs"]
    assert int(s["trainer.n_gpus_per_node"]) == PAPER["gpus"]
    assert s["actor_rollout_ref.rollout.name"] == "vllm"
    # The run's own keys: the local model is actor and critic; the reward is asmopt's.
    assert s["actor_rollout_ref.model.path"] == s["critic.model.path"] == str(tmp_path / "qwen")
    assert s["data.train_files"] == s["data.val_files"] == str(tmp_path / "train.parquet")
    assert s["reward.custom_reward_function.path"] == str(ppo.REWARD_MODULE)
    assert ppo.REWARD_MODULE.name == "verl.py" and ppo.REWARD_MODULE.exists()
    assert s["reward.custom_reward_function.name"] == "compute_score"
    assert s["reward.custom_reward_function.reward_kwargs.reward"] == "log_speedup"
    assert s["trainer.default_local_dir"] == str(tmp_path / "out" / "checkpoints")
    assert s["trainer.resume_mode"] == "auto"


def test_compute_score_is_what_the_command_points_at():
    from asmopt.rl import verl

    assert callable(verl.compute_score)


def test_ppo_run_options_override_the_recipe(tmp_path):
    run = PPORun(model="m", train_files="t.parquet", val_files="v.parquet", gpus=8, nnodes=2, reward="paper2",
                 metric="paper", resume=False, overrides=("trainer.save_freq=5",))
    argv = ppo.overrides(run)
    s = _settings(argv)
    assert (s["trainer.n_gpus_per_node"], s["trainer.nnodes"]) == ("8", "2")
    assert s["data.val_files"].endswith("v.parquet")
    assert s["reward.custom_reward_function.reward_kwargs.reward"] == "paper2"
    assert s["reward.custom_reward_function.reward_kwargs.metric"] == "paper"
    assert s["trainer.resume_mode"] == "disable"
    assert argv[-1] == "trainer.save_freq=5"  # last, so it wins
    # reward_kwargs is not in verl's defaults: Hydra must be told to add it.
    assert any(a.startswith("++reward.custom_reward_function.reward_kwargs.reward=") for a in argv)
    env = ppo.environment(run)
    assert env["ASMOPT_REWARD"] == "paper2" and env["VERL_FILE_LOGGER_PATH"].endswith("metrics.jsonl")


def test_hydra_values():
    assert ppo.hydra_value(1e-6) == "1e-06"
    assert ppo.hydra_value(True) == "true" and ppo.hydra_value(None) == "null"
    assert ppo.hydra_value(["console", "file"]) == "[console,file]"
    assert ppo.hydra_value("/a/b.parquet") == "/a/b.parquet"
    assert ppo.hydra_value("/my data/x,y") == "'/my data/x,y'"


def test_shipped_recipe_is_flat_and_typed():
    recipe = ppo.load_recipe()
    assert isinstance(recipe["actor_rollout_ref.actor.optim.lr"], float)  # not the string "1e-6"
    assert isinstance(recipe["critic.optim.lr"], float)
    assert recipe["trainer.logger"] == ["console", "file"]


def test_a_bad_recipe_is_one_clear_error(tmp_path):
    bad = tmp_path / "r.yaml"
    bad.write_text("actor_rollout_ref:\n  actor:\n    lr: 1\n")
    with pytest.raises(AsmoptError, match="dotted key"):
        ppo.load_recipe(bad)


def test_shell_script_runs_the_same_command(tmp_path):
    run = PPORun(model="m", train_files="t.parquet", output_dir=str(tmp_path))
    script = ppo.shell_script(run, python="python3")
    lines = script.replace("\\\n", " ").splitlines()
    exports = {line.split("=", 1)[0][7:] for line in lines if line.startswith("export ")}
    assert {"ASMOPT_REWARD", "ASMOPT_METRIC", "VERL_FILE_LOGGER_PATH"} <= exports
    cmd = next(line for line in lines if line.startswith("python3 "))
    assert shlex.split(cmd) == ppo.command(run, python="python3")


def test_cli_ppo_prints_the_command_and_says_verl_is_missing(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(ppo, "verl_available", lambda: False)
    script = tmp_path / "run.sh"
    with pytest.raises(SystemExit) as exc:
        main(["train", "ppo", "--model", str(tmp_path), "--train-files", str(tmp_path / "t.parquet"),
              "--gpus", "2", "--write", str(script)])
    assert exc.value.code == 2
    captured = capsys.readouterr()
    assert "verl.trainer.main_ppo" in captured.out and "trainer.n_gpus_per_node=2" in captured.out
    assert "verl is not installed" in captured.err
    assert script.read_text() == captured.out


def test_cli_ppo_dry_run_exits_zero(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["train", "ppo", "--model", "m", "--train-files", "t.parquet", "--dry-run"])
    assert exc.value.code == 0
    assert "critic.optim.lr=1e-05" in capsys.readouterr().out


def test_cli_grpo_needs_a_model():
    with pytest.raises(SystemExit) as exc:
        main(["train", "grpo"])
    assert exc.value.code == 2


def test_a_fresh_run_sets_the_old_log_aside(tmp_path):
    path = tmp_path / "metrics.jsonl"
    assert train.set_aside(path) is None
    path.write_text("first\n")
    assert train.set_aside(path) == tmp_path / "metrics.1.jsonl"
    path.write_text("second\n")
    assert train.set_aside(path) == tmp_path / "metrics.2.jsonl"
    assert not path.exists() and (tmp_path / "metrics.1.jsonl").read_text() == "first\n"
