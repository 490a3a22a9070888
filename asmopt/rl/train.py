"""GRPO training through TRL, with the harness as the reward.

`GRPORecipe` is the configuration (a dataclass beside the trainer, as TRL keeps
`GRPOConfig` beside `GRPOTrainer`); its defaults are the SuperCoder paper's
training settings wherever the paper gives one (actor learning rate 1e-6,
batch 16 prompts, rollout temperature 0.5, prompts and completions up to
2,000 tokens with longer prompts dropped, one policy epoch per batch, clip
0.2, no KL, one epoch over the training split). The paper trained with PPO in
verl (`asmopt.rl.ppo`); it also reports a GRPO variant without its settings,
so the group size is ours.

`train(recipe)` loads a local model (never the hub), builds the dataset rows
{"prompt": the paper's single user turn, "task_id"} from a dataset split,
scores every completion with `asmopt.rl.trl.AsmoptReward` (judged and measured
in the sandbox), and appends one JSON line per optimizer step to
`<output_dir>/metrics.jsonl`, written as it happens so a killed run keeps its
log: TRL's reward mean and spread, the reward's verdict shares (correct,
compiled, significant, timed out) and the batch's pass rate and speedup
(`step_stats`).

torch, transformers, trl, datasets (and peft for LoRA) are imported only when
training starts: `pip install 'asmopt[train]'`.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asmopt.errors import AsmoptError
from asmopt.task import Task

METRICS_FILE = "metrics.jsonl"
FINAL_DIR = "final"


@dataclass
class GRPORecipe:
    """Everything a GRPO run needs; defaults are the paper's where it gives one."""

    model: str  # a local folder with the model and its tokenizer (no hub downloads)
    output_dir: str = "out/grpo"
    dataset: str = "builtin"
    split: str | None = "train"
    task_ids: tuple[str, ...] = ()  # keep only these tasks (all when empty)
    prompt_kind: str = "asm"  # "asm" (the paper's prompt) or "c_only"
    reward: str = "log_speedup"  # a name in asmopt.rl.rewards.REWARDS
    metric: str = "strict"  # "strict" (ours) or "paper"
    jobs: int | None = None  # reward worker processes (default: cores)
    timeout_s: float = 120.0  # per completion, judged and measured
    # The paper's settings.
    learning_rate: float = 1e-6  # actor lr
    temperature: float = 0.5  # rollout temperature
    max_prompt_length: int = 2000  # longer prompts are dropped, as the paper did
    max_completion_length: int = 2000
    prompts_per_step: int = 16  # batch 16
    num_iterations: int = 1  # one policy epoch per batch
    clip_epsilon: float = 0.2  # clip 0.2
    kl_beta: float = 0.0  # no KL
    num_train_epochs: float = 1.0  # one epoch over the training split
    # Ours (the paper gives no GRPO settings).
    num_generations: int = 8  # completions per prompt: the group GRPO normalises within
    micro_batch_size: int = 8  # completions per forward/backward pass
    max_steps: int = -1  # optimizer steps; -1: num_train_epochs decides
    save_steps: int = 50
    save_total_limit: int | None = 3
    lora_r: int = 0  # 0: full fine-tuning; > 0: peft LoRA of this rank on all linear layers
    lora_alpha: int | None = None  # default 2 * lora_r
    resume: bool = False  # continue from the last checkpoint in output_dir, if there is one
    seed: int = 42
    bf16: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # more GRPOConfig fields, passed as they are

    def __post_init__(self) -> None:
        if self.prompts_per_step < 1 or self.num_generations < 2:
            raise AsmoptError("prompts_per_step must be >= 1 and num_generations >= 2 (GRPO compares a group)")
        if self.micro_batch_size < 1:
            raise AsmoptError("micro_batch_size must be >= 1")
        if self.max_prompt_length < 1 or self.max_completion_length < 1:
            raise AsmoptError("max_prompt_length and max_completion_length must be >= 1")
        if self.lora_r < 0:
            raise AsmoptError("lora_r must be >= 0")

    @property
    def completions_per_step(self) -> int:
        """Completions scored per optimizer step: prompts_per_step x num_generations."""
        return self.prompts_per_step * self.num_generations


@dataclass(frozen=True)
class TrainOutcome:
    """What a run leaves behind."""

    output_dir: Path
    final_dir: Path
    metrics_path: Path
    steps: int
    tasks: int
    dropped: tuple[str, ...]  # task ids whose prompt was longer than max_prompt_length
    resumed_from: str | None


# ---------------------------------------------------------------- dataset


def load_tasks(recipe: GRPORecipe) -> list[Task]:
    """The tasks of the recipe's dataset split (and task ids), sorted by id, each with
    its baseline assembly (made with gcc -O3 when the dataset has none)."""
    from asmopt import datasets
    from asmopt.toolchain import with_baseline

    ds = datasets.load(recipe.dataset, split=recipe.split)
    if ds.errors and not ds.tasks:
        raise AsmoptError(f"dataset {recipe.dataset!r}: no task loaded ({ds.errors[0]})")
    tasks = ds.tasks
    if recipe.task_ids:
        missing = [t for t in recipe.task_ids if t not in tasks]
        if missing:
            raise AsmoptError(f"tasks not in dataset {recipe.dataset!r} split {recipe.split!r}: {', '.join(missing)}")
        tasks = {t: tasks[t] for t in recipe.task_ids}
    if not tasks:
        raise AsmoptError(f"dataset {recipe.dataset!r} split {recipe.split!r} holds no tasks")
    if recipe.prompt_kind == "c_only":
        return [tasks[k] for k in sorted(tasks)]
    return [with_baseline(tasks[k]) for k in sorted(tasks)]


def build_rows(tasks: Sequence[Task], kind: str = "asm") -> list[dict[str, Any]]:
    """TRL's conversational rows: the paper's single user turn and the task id,
    which TRL hands to the reward function as the `task_id` column."""
    from asmopt.prompt import for_task, messages

    return [{"prompt": messages(for_task(t, kind)), "task_id": t.id} for t in tasks]


def prompt_length(tokenizer: Any, prompt: list[dict[str, str]]) -> int:
    """Tokens of a prompt as the model sees it: chat template and generation prompt."""
    text = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=False)
    return len(tokenizer(text, add_special_tokens=False)["input_ids"])


def drop_long(rows: Sequence[dict[str, Any]], length: Callable[[list[dict[str, str]]], int],
              limit: int) -> tuple[list[dict[str, Any]], list[str]]:
    """(rows whose prompt fits in `limit` tokens, task ids of those that do not).

    The paper dropped longer prompts rather than cutting them: a cut prompt loses
    the end of the assembly it asks to optimise."""
    kept, dropped = [], []
    for row in rows:
        (kept if length(row["prompt"]) <= limit else dropped).append(row)
    return kept, [r["task_id"] for r in dropped]


# ---------------------------------------------------------------- TRL config


def grpo_args(recipe: GRPORecipe, num_processes: int = 1) -> Any:
    """The `trl.GRPOConfig` of a recipe.

    One optimizer step consumes one generation batch of prompts_per_step x
    num_generations completions (TRL generates once per step when
    steps_per_generation equals gradient_accumulation_steps, its default), split
    into micro batches of micro_batch_size completions per process.
    """
    from trl import GRPOConfig

    total = recipe.completions_per_step
    micro = min(recipe.micro_batch_size, total)
    if total % (micro * num_processes):
        raise AsmoptError(f"prompts_per_step x num_generations ({total}) must be a multiple of "
                          f"micro_batch_size x processes ({micro} x {num_processes})")
    kwargs: dict[str, Any] = {
        "output_dir": recipe.output_dir,
        "learning_rate": recipe.learning_rate,
        "temperature": recipe.temperature,
        "max_completion_length": recipe.max_completion_length,
        "num_generations": recipe.num_generations,
        "per_device_train_batch_size": micro,
        "gradient_accumulation_steps": total // (micro * num_processes),
        "num_iterations": recipe.num_iterations,
        "epsilon": recipe.clip_epsilon,
        "beta": recipe.kl_beta,
        "num_train_epochs": recipe.num_train_epochs,
        "lr_scheduler_type": "constant",  # verl's default (the paper names none); TRL's decays linearly
        "max_steps": recipe.max_steps,
        "save_strategy": "steps",
        "save_steps": recipe.save_steps,
        "save_total_limit": recipe.save_total_limit,
        "logging_steps": 1,  # a metrics line per optimizer step
        "remove_unused_columns": False,  # the reward needs the task_id column
        "report_to": "none",
        "seed": recipe.seed,
        "bf16": recipe.bf16,
        "use_cpu": not _has_accelerator(),
    }
    kwargs.update(recipe.extra)
    return GRPOConfig(**kwargs)


def lora_config(recipe: GRPORecipe) -> Any:
    """A peft LoRA config on every linear layer, or None when lora_r is 0."""
    if recipe.lora_r == 0:
        return None
    from peft import LoraConfig

    return LoraConfig(r=recipe.lora_r, lora_alpha=recipe.lora_alpha or 2 * recipe.lora_r,
                      target_modules="all-linear", task_type="CAUSAL_LM")


def _has_accelerator() -> bool:
    import torch

    return torch.cuda.is_available()


# ---------------------------------------------------------------- logging


def metrics_log(path: Path) -> Any:
    """A TRL/transformers callback appending each optimizer step's metrics to `path` (see MetricsLog)."""
    return _metrics_callback_class()(path)


def _metrics_callback_class() -> type:
    """`MetricsLog`, defined on first use so that importing this module needs no transformers."""
    from transformers import TrainerCallback

    class MetricsLog(TrainerCallback):
        """Appends each optimizer step's logged metrics to a JSONL file, fsync'd per line.

        On resume, lines for steps after the checkpoint (from the run that was
        killed) are dropped first, so every step appears once."""

        def __init__(self, path: Path) -> None:
            self.path = path

        def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if state.is_world_process_zero:
                truncate_after(self.path, state.global_step)

        def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None,
                   **kwargs: Any) -> None:
            if not state.is_world_process_zero or not logs:
                return
            if "train_runtime" in logs:  # the end-of-training summary, not a step
                return
            record = {"step": state.global_step, "epoch": state.epoch, **_renamed(logs)}
            append_line(self.path, record)

    return MetricsLog


#: TRL's name for the batch's mean reward, and a plainer one beside it.
_RENAMES = {"reward": "reward_mean"}


def _renamed(logs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in logs.items():
        if isinstance(value, float) and not math.isfinite(value):
            value = None  # JSON has no NaN
        out[key] = value
        if key in _RENAMES:
            out[_RENAMES[key]] = value
    return out


def append_line(path: Path, record: dict[str, Any]) -> None:
    """Append one JSON line and fsync it: a killed run keeps every step it logged."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, default=str) + "\n")
        f.flush()
        os.fsync(f.fileno())


def truncate_after(path: Path, step: int) -> None:
    """Drop the lines of steps after `step` (a resumed run logs them again)."""
    if not path.exists():
        return
    kept = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            if json.loads(line).get("step", 0) <= step:
                kept.append(line)
        except (json.JSONDecodeError, AttributeError):
            continue  # a line cut by the kill
    path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")


def set_aside(path: Path) -> Path | None:
    """Rename an earlier run's log to the first free `<stem>.N<suffix>` (a fresh run
    starts its own), returning the new name; None when there was none."""
    if not path.exists():
        return None
    n = 1
    while (old := path.with_name(f"{path.stem}.{n}{path.suffix}")).exists():
        n += 1
    path.rename(old)
    return old


def read_metrics(path: Path) -> list[dict[str, Any]]:
    """The step records of a metrics.jsonl file."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- the run


def start_or_resume(output_dir: Path, resume: bool, log: Callable[[str], None]) -> str | None:
    """The checkpoint to resume from (None: a fresh start, whose earlier metrics log is set aside)."""
    checkpoint = last_checkpoint(output_dir) if resume else None
    if resume and checkpoint is None:
        log(f"no checkpoint in {output_dir}: starting from the initial model")
    if checkpoint is None and (kept := set_aside(output_dir / METRICS_FILE)) is not None:
        log(f"the earlier run's metrics are kept in {kept}")
    return checkpoint


def last_checkpoint(output_dir: Path) -> str | None:
    """The newest `checkpoint-N` folder in output_dir, or None."""
    from transformers.trainer_utils import get_last_checkpoint

    return get_last_checkpoint(str(output_dir)) if output_dir.is_dir() else None


def step_stats(scored: Sequence[Any]) -> dict[str, float]:
    """Pass rate and speedup of one batch of scored completions (`asmopt.rl.service.Scored`).

    speedup: mean over all completions, a completion that is not correct counting
    1.0 (it falls back to the baseline, as the paper counts it); speedup_max: the
    best correct one."""
    if not scored:
        return {}
    ups = [s.speedup if s.verdict == "AC" and s.speedup is not None else 1.0 for s in scored]
    return {
        "asmopt/pass_rate": sum(s.verdict == "AC" for s in scored) / len(scored),
        "asmopt/speedup": sum(ups) / len(ups),
        "asmopt/speedup_max": max(ups),
    }


class StepMetrics:
    """The reward TRL calls: a harness reward (`AsmoptReward`), and after each batch its
    pass rate and speedup handed to TRL's `log_metric`, so they land in every step's log."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.__name__ = getattr(inner, "__name__", "asmopt")  # TRL's name for the reward

    def __call__(self, prompts: Any = None, completions: Sequence[Any] = (), task_id: Any = None,
                 **kwargs: Any) -> list[float | None]:
        out = self.inner(prompts=prompts, completions=completions, task_id=task_id, **kwargs)
        log_metric = kwargs.get("log_metric")
        if callable(log_metric):
            for name, value in step_stats(getattr(self.inner, "last", [])).items():
                log_metric(name, value)
        return out

    def close(self) -> None:
        if hasattr(self.inner, "close"):
            self.inner.close()


def make_reward(recipe: GRPORecipe) -> StepMetrics:
    """The harness reward as TRL calls it: `asmopt.rl.trl.AsmoptReward` (judged and
    measured in the sandbox by a pool of worker processes; `close()` stops them)."""
    from asmopt.rl.trl import AsmoptReward

    return StepMetrics(AsmoptReward(dataset=recipe.dataset, reward=recipe.reward, metric=recipe.metric,
                                    jobs=recipe.jobs, timeout_s=recipe.timeout_s))


def train(recipe: GRPORecipe, *, reward_funcs: Any = None, callbacks: Sequence[Any] = (),
          log: Callable[[str], None] = print) -> TrainOutcome:
    """Run GRPO as the recipe says; returns where the model and the log went.

    reward_funcs: what TRL scores completions with (default: `make_reward(recipe)`).
    """
    model_dir = Path(recipe.model)
    if not (model_dir / "config.json").is_file():
        raise AsmoptError(f"--model {recipe.model}: not a local model folder (no config.json); "
                          "models are never downloaded")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local model only: never reach for the hub
    try:
        import datasets as hf_datasets
        from accelerate import PartialState
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from trl import GRPOTrainer
    except ImportError as exc:
        raise AsmoptError(f"training needs the train extra: pip install 'asmopt[train]' ({exc})") from None

    output_dir = Path(recipe.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    if tokenizer.chat_template is None:
        raise AsmoptError(f"{model_dir}: the tokenizer has no chat template (the prompt is a chat turn)")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token

    tasks = load_tasks(recipe)
    rows, dropped = drop_long(build_rows(tasks, recipe.prompt_kind),
                              lambda p: prompt_length(tokenizer, p), recipe.max_prompt_length)
    if dropped:
        log(f"dropped {len(dropped)} of {len(tasks)} tasks whose prompt is over "
            f"{recipe.max_prompt_length} tokens: {', '.join(dropped[:10])}{' ...' if len(dropped) > 10 else ''}")
    if not rows:
        raise AsmoptError(f"no task has a prompt within {recipe.max_prompt_length} tokens")

    args = grpo_args(recipe, PartialState().num_processes)
    model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True)
    resume = start_or_resume(output_dir, recipe.resume, log)
    owned = make_reward(recipe) if reward_funcs is None else None
    try:
        trainer = GRPOTrainer(
            model=model,
            reward_funcs=owned if owned is not None else reward_funcs,
            args=args,
            train_dataset=hf_datasets.Dataset.from_list(rows),
            processing_class=tokenizer,
            peft_config=lora_config(recipe),
            callbacks=[metrics_log(output_dir / METRICS_FILE), *callbacks],
        )
        _write_recipe(output_dir, recipe, len(rows), dropped)
        trainer.train(resume_from_checkpoint=resume)
    finally:
        if owned is not None:
            owned.close()  # the reward's worker processes
    final = output_dir / FINAL_DIR
    trainer.save_model(str(final))
    tokenizer.save_pretrained(final)
    return TrainOutcome(output_dir=output_dir, final_dir=final, metrics_path=output_dir / METRICS_FILE,
                        steps=trainer.state.global_step, tasks=len(rows), dropped=tuple(dropped),
                        resumed_from=resume)


def _write_recipe(output_dir: Path, recipe: GRPORecipe, tasks: int, dropped: Sequence[str]) -> None:
    """The recipe beside the checkpoints, so a run says how it was made."""
    record = {**dataclasses.asdict(recipe), "tasks": tasks, "dropped": list(dropped)}
    (output_dir / "recipe.json").write_text(json.dumps(record, indent=2, default=str) + "\n", encoding="utf-8")
