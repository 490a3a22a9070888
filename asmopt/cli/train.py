"""`asmopt train grpo|policy|ppo` and `asmopt export verl`: RL fine-tuning with the harness as the reward."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from asmopt.cli.common import err, require_sandbox
from asmopt.errors import AsmoptError

app = typer.Typer(no_args_is_help=True, help="RL fine-tuning with the harness as the reward: GRPO (TRL), PPO (verl).")
export_app = typer.Typer(no_args_is_help=True, help="Export a dataset as training data for RL frameworks.")


@app.command("grpo")
def train_grpo(
    model: Annotated[Path, typer.Option("--model", help="Local model folder (weights, config, tokenizer with a chat template); never downloaded.")],
    dataset: Annotated[str, typer.Option("--dataset", help="Tasks: 'builtin', 'examples', or a path.")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="train, val, test or all.")] = "train",
    task: Annotated[Optional[list[str]], typer.Option("--task", help="Train on these task ids only (repeat).")] = None,
    reward: Annotated[str, typer.Option("--reward", help="log_speedup (ours), paper1 or paper2.")] = "log_speedup",
    metric: Annotated[str, typer.Option("--metric", help="strict (ours) or paper.")] = "strict",
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o", help="Checkpoints, final model, metrics.jsonl.")] = Path("out/grpo"),
    max_steps: Annotated[int, typer.Option("--max-steps", help="Optimizer steps; -1: one epoch over the split.")] = -1,
    prompts_per_step: Annotated[int, typer.Option("--prompts-per-step", min=1, help="Prompts per optimizer step (paper: batch 16).")] = 16,
    num_generations: Annotated[int, typer.Option("--num-generations", min=2, help="Completions per prompt (the GRPO group).")] = 8,
    micro_batch_size: Annotated[int, typer.Option("--micro-batch-size", min=1, help="Completions per forward/backward pass.")] = 8,
    learning_rate: Annotated[float, typer.Option("--learning-rate", help="Paper: 1e-6.")] = 1e-6,
    temperature: Annotated[float, typer.Option("--temperature", help="Sampling temperature (paper: 0.5).")] = 0.5,
    max_prompt_length: Annotated[int, typer.Option("--max-prompt-length", min=1, help="Longer prompts are dropped (paper: 2000).")] = 2000,
    max_completion_length: Annotated[int, typer.Option("--max-completion-length", min=1, help="Paper: 2000.")] = 2000,
    lora_r: Annotated[int, typer.Option("--lora", min=0, help="LoRA rank on all linear layers (peft); 0: full fine-tuning.")] = 0,
    lora_alpha: Annotated[Optional[int], typer.Option("--lora-alpha", min=1, help="LoRA alpha \\[default: 2 x rank].")] = None,
    save_steps: Annotated[int, typer.Option("--save-steps", min=1, help="Checkpoint every N optimizer steps.")] = 50,
    resume: Annotated[bool, typer.Option("--resume", help="Continue from the last checkpoint in --output-dir (if any).")] = False,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Reward worker processes \\[default: cores].")] = None,
    seed: Annotated[int, typer.Option("--seed")] = 42,
) -> None:
    """GRPO with TRL: sample completions, judge and measure each in the sandbox, update the policy.

    Example: asmopt train grpo --model LOCAL_MODEL_DIR --dataset builtin --split train -o out/grpo --lora 16
    """
    from asmopt.rl.train import GRPORecipe, train

    require_sandbox(False)
    recipe = GRPORecipe(
        model=str(model), output_dir=str(output_dir), dataset=dataset, split=split, task_ids=tuple(task or ()),
        reward=reward, metric=metric, jobs=jobs, learning_rate=learning_rate, temperature=temperature,
        max_prompt_length=max_prompt_length, max_completion_length=max_completion_length,
        prompts_per_step=prompts_per_step, num_generations=num_generations, micro_batch_size=micro_batch_size,
        max_steps=max_steps, save_steps=save_steps, lora_r=lora_r, lora_alpha=lora_alpha, resume=resume, seed=seed,
    )
    try:
        outcome = train(recipe, log=lambda line: err.print(line, markup=False))
    except KeyboardInterrupt:
        err.print(f"interrupted: checkpoints and {output_dir}/metrics.jsonl are kept; run again with --resume",
                  markup=False)
        raise typer.Exit(130) from None
    err.print(f"{outcome.steps} steps on {outcome.tasks} tasks; model in {outcome.final_dir}, "
              f"metrics in {outcome.metrics_path}", markup=False)


@app.command("policy")
def train_policy(
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o", help="rewards.jsonl (the sweep), init/ (the untrained model), checkpoints, final/, metrics.jsonl.")] = Path("out/policy"),
    dataset: Annotated[str, typer.Option("--dataset", help="Tasks: 'builtin', 'examples', or a path.")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="train, val, test or all.")] = "train",
    task: Annotated[Optional[list[str]], typer.Option("--task", help="Train on these task ids only (repeat).")] = None,
    max_steps: Annotated[int, typer.Option("--max-steps", min=1, help="GRPO optimizer steps.")] = 300,
    prompts_per_step: Annotated[int, typer.Option("--prompts-per-step", min=1, help="Programs per step.")] = 8,
    num_generations: Annotated[int, typer.Option("--num-generations", min=2, help="Actions sampled per program (the GRPO group).")] = 8,
    learning_rate: Annotated[float, typer.Option("--learning-rate")] = 1e-3,
    kl_beta: Annotated[float, typer.Option("--kl-beta", min=0.0, help="KL penalty towards the initial model (0: none); keeps the policy from collapsing onto one action.")] = 0.05,
    timing: Annotated[bool, typer.Option("--timing/--no-timing", help="Rewards from measured time (default) or, --no-timing, from instruction counts (fast, not time: for trying the pipeline).")] = True,
    resume: Annotated[bool, typer.Option("--resume", help="Continue from the last checkpoint in --output-dir (the sweep always resumes).")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Seeds the model's initial weights and the sampling.")] = 0,
    features: Annotated[str, typer.Option("--features", help="What the policy reads of a program: 'all' (instruction classes, loops, I/O calls, which rewrite passes match) or 'passes' (which passes match).")] = "all",
    folds: Annotated[Optional[int], typer.Option("--folds", min=2, help="Cross-validate instead (no final policy): GRPO on all programs but a fold, scored on the fold by the sweep's rewards, for each fold; to choose --features and settings on training programs alone. Writes cv.json.")] = None,
    table: Annotated[Optional[Path], typer.Option("--table", help="With --folds: the sweep's rewards table to use (default: sweep into --output-dir).")] = None,
) -> None:
    """Train the small learned policy on CPU: sweep every action through the environment, then GRPO (TRL).

    Example: asmopt train policy -o out/policy-seed0 --seed 0
    """
    from asmopt.errors import AsmoptError
    from asmopt.rl.learn import CV_FILE, TABLE_FILE, PolicyRecipe, cross_validate, sweep, train

    require_sandbox(False)
    try:
        recipe = PolicyRecipe(output_dir=str(output_dir), dataset=dataset, split=None if split == "all" else split,
                              task_ids=tuple(task or ()), timing=timing, seed=seed, max_steps=max_steps,
                              prompts_per_step=prompts_per_step, num_generations=num_generations,
                              learning_rate=learning_rate, kl_beta=kl_beta, resume=resume, features=features)
    except AsmoptError as exc:
        raise typer.BadParameter(str(exc)) from None
    if table is not None and folds is None:
        raise typer.BadParameter("--table goes with --folds (training sweeps into --output-dir)")
    log = lambda line: err.print(line, markup=False)  # noqa: E731
    if folds is not None:
        if table is None:
            sweep(recipe, on_action=lambda t, a, r: log(f"sweep {t} {a}: reward {r:+.4f}"))
            table = output_dir / TABLE_FILE
        cv = cross_validate(recipe, table, folds, log=log)
        means = ", ".join(f"{kind} k={k} {v:+.4f}" for kind, ks in cv["mean"].items() for k, v in ks.items())
        err.print(f"{folds}-fold cross-validation on {cv['programs']} programs: {means} (best action per program "
                  f"{cv['best_action']:+.4f}); in {output_dir / CV_FILE}", markup=False)
        return
    try:
        outcome = train(recipe, log=log)
    except KeyboardInterrupt:
        err.print(f"interrupted: the sweep's rewards, checkpoints and metrics in {output_dir} are kept; run again "
                  "with --resume", markup=False)
        raise typer.Exit(130) from None
    err.print(f"{outcome.steps} steps on {outcome.tasks} tasks; policy in {outcome.final_dir} "
              f"(use it: --policy learned:{outcome.final_dir}), metrics in {outcome.metrics_path}", markup=False)


@app.command("ppo")
def train_ppo(
    model: Annotated[Path, typer.Option("--model", help="Local model folder: actor and critic start from it.")],
    train_files: Annotated[Path, typer.Option("--train-files", help="Parquet in the paper's schema (asmopt export verl).")],
    val_files: Annotated[Optional[Path], typer.Option("--val-files", help="Validation parquet \\[default: the training files].")] = None,
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o", help="Checkpoints, rollouts, metrics.jsonl.")] = Path("out/ppo"),
    reward: Annotated[str, typer.Option("--reward", help="log_speedup (ours), paper1, or paper2 (the paper's default).")] = "log_speedup",
    metric: Annotated[str, typer.Option("--metric", help="strict (ours) or paper.")] = "strict",
    gpus: Annotated[Optional[int], typer.Option("--gpus", min=1, help="GPUs per node \\[default: the recipe's, 4].")] = None,
    nnodes: Annotated[Optional[int], typer.Option("--nnodes", min=1, help="Nodes \\[default: the recipe's, 1].")] = None,
    recipe: Annotated[Optional[Path], typer.Option("--recipe", help="Recipe YAML \\[default: the paper's, asmopt/rl/configs/ppo_paper.yaml].")] = None,
    overrides: Annotated[Optional[list[str]], typer.Option("--set", help="More verl overrides, key=value (repeat).")] = None,
    no_resume: Annotated[bool, typer.Option("--no-resume", help="Start afresh even if --output-dir has checkpoints.")] = False,
    write: Annotated[Optional[Path], typer.Option("--write", help="Also write the command as a shell script here.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print (and --write) the command; do not run it.")] = False,
) -> None:
    """PPO with verl and the paper's hyperparameters: prints the verl command, runs it when verl is installed.

    Example: asmopt train ppo --model LOCAL_MODEL_DIR --train-files train.parquet --dry-run
    """
    from asmopt.rl.ppo import PAPER_RECIPE, PPORun, launch, shell_script, verl_available
    from asmopt.rl.rewards import REWARDS

    if reward not in REWARDS:
        raise AsmoptError(f"unknown reward {reward!r} (known: {', '.join(REWARDS)})")
    run = PPORun(model=str(model), train_files=str(train_files), val_files=str(val_files) if val_files else None,
                 output_dir=str(output_dir), reward=reward, metric=metric, gpus=gpus, nnodes=nnodes,
                 resume=not no_resume, recipe=recipe or PAPER_RECIPE, overrides=tuple(overrides or ()))
    script = shell_script(run)
    print(script, end="")
    if write is not None:
        write.parent.mkdir(parents=True, exist_ok=True)
        write.write_text(script, encoding="utf-8")
        write.chmod(0o755)
        err.print(f"command written to {write}", markup=False)
    if dry_run:
        return
    if not verl_available():
        raise AsmoptError("verl is not installed here, so the command above was not run. PPO needs GPUs and "
                          "verl with vLLM in its own environment (see docs/training.md); --dry-run only prints it")
    for path in (model, train_files):
        if not path.exists():
            raise AsmoptError(f"{path} does not exist")
    status = launch(run)
    if status:
        raise typer.Exit(status)


@export_app.command("verl")
def export_verl_cmd(
    dataset: Annotated[str, typer.Option("--dataset", help="Dataset: 'builtin', 'examples', or a path.")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="train, val, test, or all.")] = "train",
    out_path: Annotated[Path, typer.Option("--out", help="Parquet file to write.")] = Path("train.parquet"),
    tests: Annotated[Optional[str], typer.Option("--tests", help="all | visible \\[default: visible for train, all otherwise].")] = None,
    max_prompt_tokens: Annotated[int, typer.Option("--max-prompt-tokens", min=1, help="Drop prompts longer than this.")] = 2000,
    tokenizer: Annotated[Optional[Path], typer.Option("--tokenizer", help="Local tokenizer folder to count tokens with \\[default: ~3 bytes per token].")] = None,
    data_source: Annotated[Optional[str], typer.Option("--data-source", help="The rows' data_source \\[default: the dataset's name].")] = None,
    binaries: Annotated[bool, typer.Option("--binaries", help="Also store the baseline binary (extra_info.unoptimized_compiled).")] = False,
) -> None:
    """Rows in the SuperCoder paper's verl schema (prompt, reward_model, extra_info, task_id).

    Example: asmopt export verl --dataset builtin --split train --out train.parquet
    """
    from asmopt.rl.export import export_verl

    try:
        report = export_verl(dataset, out_path, split=split, tests=tests, max_prompt_tokens=max_prompt_tokens,
                             tokenizer=tokenizer, data_source=data_source, binaries=binaries)
    except AsmoptError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    for task_id, why in report.skipped:
        err.print(f"skipped {task_id}: {why}", markup=False)
    err.print(f"{report.written} rows written to {out_path}; {len(report.dropped)} dropped over "
              f"{max_prompt_tokens} prompt tokens (counted: {report.counter})", markup=False)

