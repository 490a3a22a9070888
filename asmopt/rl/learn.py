"""A small policy that learns which transformation helps which program, trained by RL on CPU.

The policy is a tiny causal language model (`asmopt.policies.learned`) whose
prompt is a program's features as words (`asmopt.env.environment.prompt_words`)
and whose completion is one action of `asmopt.env.actions.VOCABULARY`. It is
trained with TRL's GRPOTrainer, the same code path as the LLM recipes
(`asmopt.rl.train`), on rewards from the environment (`asmopt.env`): the
change of log measured time of the action's candidate on the visible tests,
or the failure penalty.

Two stages, both resumable:
1. `sweep`: every available action of every training task through the
   environment once (its judgement is cached on disk per machine), written to
   `<output_dir>/rewards.jsonl` one task per line. The measuring is here: a
   few seconds of timing per distinct candidate, alone on the machine.
2. `train`: GRPO over those tasks; each completion's reward is the table's
   (the environment's) reward for that task and action, a word that is not an
   action costs the compile-failure penalty. One metrics line per step,
   checkpoints, `final/` with the model and its tokenizer.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asmopt.errors import AsmoptError
from asmopt.policies.learned import select_words
from asmopt.rl.rewards import PENALTY
from asmopt.rl.train import FINAL_DIR, METRICS_FILE, append_line, start_or_resume

TABLE_FILE = "rewards.jsonl"
CV_FILE = "cv.json"
#: The reward of a completion that names no action (the policy wrote a feature word).
NOT_AN_ACTION = PENALTY["CE"]


@dataclass
class PolicyRecipe:
    """Everything a run needs: where the tasks come from, the model's size, GRPO's settings."""

    output_dir: str = "out/policy"
    dataset: str = "builtin"
    split: str | None = "train"  # None: every task of the dataset
    task_ids: tuple[str, ...] = ()
    timing: bool = True  # False: instruction counts (fast, uncalibrated: for tests only)
    actions: tuple[str, ...] = ()  # only these actions are swept and sampled; () for every one
    seed: int = 0
    features: str = "all"  # which of a program's words the prompt holds (asmopt.policies.learned.FEATURES)
    # The model: a few hundred thousand parameters (a vocabulary of a few hundred words).
    hidden_size: int = 64
    layers: int = 2
    heads: int = 4
    # GRPO (TRL).
    # Chosen on the training split's rewards alone (never the test split): without the KL term
    # (lr 3e-3, 200 steps) one of three seeds collapsed onto a single action for every program.
    max_steps: int = 300
    budget: int = 2  # actions per completion: trained for a search that judges 1 to `budget` candidates
    prompts_per_step: int = 8
    num_generations: int = 8
    learning_rate: float = 1e-3
    temperature: float = 1.0
    kl_beta: float = 0.05
    save_steps: int = 50
    resume: bool = False

    def __post_init__(self) -> None:
        if self.num_generations < 2 or self.prompts_per_step < 1 or self.max_steps < 1 or self.budget < 1:
            raise AsmoptError("num_generations must be >= 2, prompts_per_step, max_steps and budget >= 1")
        select_words((), self.features)  # unknown features: the same error as at ranking
        from asmopt.env.actions import by_name

        for name in self.actions:
            by_name(name)  # an unknown action is an error now, not a silent no-op

    def proposable(self) -> set[str]:
        """The actions training samples from (stop excluded: a proposing policy never stops on its own)."""
        from asmopt.env.actions import VOCABULARY

        names = {a.name for a in VOCABULARY if a.kind != "stop"}
        return names & set(self.actions) if self.actions else names


@dataclass(frozen=True)
class Row:
    """One training task: its prompt words and the environment's reward for each available action."""

    task_id: str
    words: tuple[str, ...]
    rewards: dict[str, float]
    verdicts: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"task_id": self.task_id, "words": list(self.words), "rewards": self.rewards,
                "verdicts": self.verdicts}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Row:
        return cls(d["task_id"], tuple(d["words"]), dict(d["rewards"]), dict(d.get("verdicts", {})))


def read_table(path: Path) -> dict[str, Row]:
    """The rows of a rewards table (a line cut by a kill is skipped: its task is swept again)."""
    rows: dict[str, Row] = {}
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = Row.from_dict(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
        rows[row.task_id] = row
    return rows


def sweep(recipe: PolicyRecipe, on_action: Callable[[str, str, float], None] | None = None) -> dict[str, Row]:
    """Every available action of every task through the environment once (one step from the
    baseline); appends a row per task to the table, skipping tasks already there."""
    from asmopt.env.environment import AsmoptEnv, prompt_words

    out = Path(recipe.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    table = out / TABLE_FILE
    rows = read_table(table)
    env = AsmoptEnv(recipe.dataset, recipe.split, recipe.task_ids or None, max_steps=1, timing=recipe.timing,
                    ceiling=False)
    wanted = recipe.proposable()
    for task in env.tasks:
        if task.id in rows:
            continue
        _, info = env.reset(options={"task_id": task.id})
        words = tuple(prompt_words(info["asm"], env.vocabulary))
        mask = env.action_masks()
        rewards: dict[str, float] = {}
        verdicts: dict[str, str] = {}
        for i, act in enumerate(env.vocabulary):
            if not mask[i] or act.name not in wanted:
                continue
            env.reset(options={"task_id": task.id})
            _, reward, _, _, step = env.step(i)
            rewards[act.name] = reward
            verdicts[act.name] = step["step"].get("verdict", "no change")
            if on_action is not None:
                on_action(task.id, act.name, reward)
        row = Row(task.id, words, rewards, verdicts)
        append_line(table, row.to_dict())
        rows[task.id] = row
    return rows


@dataclass(frozen=True)
class PolicyOutcome:
    output_dir: Path
    final_dir: Path
    metrics_path: Path
    steps: int
    tasks: int
    resumed_from: str | None


def budget_reward(rewards: Sequence[float]) -> float:
    """What a list of actions is worth to a search that judges its first k, for every k up to its
    length, averaged: with k judged, the answer is the best of them (a failure's penalty counts
    only when nothing better was judged). Rewards the best first action and the best complement."""
    if not rewards:
        return NOT_AN_ACTION
    return sum(max(rewards[:k]) for k in range(1, len(rewards) + 1)) / len(rewards)


class TableReward:
    """The reward TRL calls: a completion is a list of actions (one per judged candidate); each
    action's reward is the sweep's (the environment's) for the task, combined by `budget_reward`."""

    __name__ = "asmopt_env"

    def __init__(self, rows: dict[str, Row], actions: Sequence[str]) -> None:
        self.rows = rows
        self.actions = set(actions)

    def action_rewards(self, completion: Any, task_id: str) -> list[float]:
        """Each word's reward in order: NOT_AN_ACTION for a word that is no action; 0 for an action the
        sweep did not judge (it changes nothing here) and for a repeat (no new program to judge)."""
        out: list[float] = []
        seen: set[str] = set()
        for word in (completion if isinstance(completion, str) else str(completion)).split():
            if word not in self.actions:
                out.append(NOT_AN_ACTION)
            else:
                out.append(0.0 if word in seen else self.rows[task_id].rewards.get(word, 0.0))
                seen.add(word)
        return out

    def __call__(self, prompts: Any = None, completions: Sequence[Any] = (), task_id: Sequence[str] = (),
                 **kwargs: Any) -> list[float]:
        return [budget_reward(self.action_rewards(c, t)) for c, t in zip(completions, task_id, strict=True)]


def grpo_config(recipe: PolicyRecipe, banned: Sequence[int] = ()) -> Any:
    """TRL's GRPOConfig for the small policy: `budget` words (actions) per completion, on CPU.
    `banned`: token ids sampling never produces (every word that is not an action to propose)."""
    from trl import GRPOConfig

    total = recipe.prompts_per_step * recipe.num_generations
    return GRPOConfig(
        output_dir=recipe.output_dir, learning_rate=recipe.learning_rate, temperature=recipe.temperature,
        max_completion_length=recipe.budget, num_generations=recipe.num_generations, per_device_train_batch_size=total,
        gradient_accumulation_steps=1, beta=recipe.kl_beta, max_steps=recipe.max_steps,
        lr_scheduler_type="constant", save_strategy="steps",
        # Advantages scaled by the batch's spread, not each group's: a program where every action is
        # within timing noise then moves the policy little, instead of as much as a real gain.
        scale_rewards="batch", save_steps=recipe.save_steps, save_total_limit=2,
        logging_steps=1, remove_unused_columns=False, report_to="none", seed=recipe.seed, use_cpu=True,
        bf16=False, disable_tqdm=True,
        generation_kwargs={"bad_words_ids": [[i] for i in banned]} if banned else None)


def train(recipe: PolicyRecipe, log: Callable[[str], None] = print,
          rows: dict[str, Row] | None = None) -> PolicyOutcome:
    """Sweep (if not done), then GRPO on the table; returns where the model and the log went.
    `rows`: train on these instead of sweeping (a fold of a cross-validation)."""
    try:
        import datasets as hf_datasets
        from transformers import AutoModelForCausalLM, PrinterCallback
        from transformers.utils import logging as hf_logging
        from trl import GRPOTrainer
    except ImportError as exc:
        raise AsmoptError(f"training needs the train extra: pip install 'asmopt[train]' ({exc})") from None
    from asmopt.env.actions import VOCABULARY
    from asmopt.env.environment import machine
    from asmopt.policies.learned import ModelSize, init_model, make_tokenizer, prompt, words, write_card
    from asmopt.rl.train import metrics_log

    hf_logging.disable_progress_bar()  # no bar per checkpoint written: one progress line per tenth instead
    out = Path(recipe.output_dir)
    if rows is None:
        rows = sweep(recipe, on_action=lambda t, a, r: log(f"sweep {t} {a}: reward {r:+.4f}"))
    if not rows:
        raise AsmoptError("no training task")
    init_dir = out / "init"
    if not (init_dir / "config.json").is_file():
        init_model(init_dir, recipe.seed, ModelSize(recipe.hidden_size, recipe.layers, recipe.heads),
                   features=recipe.features)
    tokenizer = make_tokenizer(words(VOCABULARY))
    model = AutoModelForCausalLM.from_pretrained(init_dir, local_files_only=True)
    resume = start_or_resume(out, recipe.resume, log)
    data = hf_datasets.Dataset.from_list([{"prompt": prompt(select_words(rows[t].words, recipe.features)),
                                           "task_id": t} for t in sorted(rows)])
    proposable = recipe.proposable()  # sampling draws these actions only
    banned = [i for w, i in tokenizer.get_vocab().items() if w not in proposable]
    trainer = GRPOTrainer(model=model, reward_funcs=TableReward(rows, [a.name for a in VOCABULARY]),
                          args=grpo_config(recipe, banned), train_dataset=data, processing_class=tokenizer,
                          callbacks=[metrics_log(out / METRICS_FILE), _progress(log, recipe)])
    trainer.remove_callback(PrinterCallback)  # our own one-line progress instead of dicts
    (out / "recipe.json").write_text(json.dumps(dataclasses.asdict(recipe), indent=2) + "\n", encoding="utf-8")
    trainer.train(resume_from_checkpoint=resume)
    final = out / FINAL_DIR
    trainer.save_model(str(final))
    tokenizer.save_pretrained(final)
    write_card(final, VOCABULARY, {"seed": recipe.seed, "trained": True, "steps": trainer.state.global_step,
                                   "dataset": recipe.dataset, "split": recipe.split, "tasks": len(rows),
                                   "cost": "time" if recipe.timing else "instructions", "budget": recipe.budget,
                                   "features": recipe.features,
                                   "machine": machine()})  # the rewards were measured on this CPU
    return PolicyOutcome(out, final, out / METRICS_FILE, trainer.state.global_step, len(rows), resume)


def _best_of_first(orders: Sequence[Sequence[str]], rows: Sequence[Row], samples: Sequence[int]) -> dict[int, float]:
    """Per budget k, the mean over `rows` of the best reward among the first k actions of each row's
    order (a loss counts 0; an action the sweep did not judge there is skipped, as a search skips it)."""
    scores = dict.fromkeys(samples, 0.0)
    for order, row in zip(orders, rows, strict=True):
        judged = [a for a in order if a in row.rewards]
        for k in samples:
            scores[k] += max([0.0, *(row.rewards[a] for a in judged[:k])]) / len(rows)
    return scores


def score_rows(policy: Any, rows: Sequence[Row], samples: Sequence[int]) -> dict[int, float]:
    """How a policy (`asmopt.policies.learned.LearnedPolicy`) does on swept programs, read from their
    rewards (no measuring): per budget k, the mean over `rows` of the best reward among its first k
    actions (a loss counts 0; an action the sweep did not judge is skipped, as a search skips it)."""
    usable = [a for a in policy.actions if a.kind != "stop"]
    return _best_of_first([[a.name for a in policy.rank_words(r.words, usable)] for r in rows], rows, samples)


def best_action_score(rows: Sequence[Row]) -> float:
    """The mean over `rows` of each program's best action's reward (what knowing it would give)."""
    return sum(max([0.0, *r.rewards.values()]) for r in rows) / len(rows)


def fixed_actions(rows: Sequence[Row], budget: int) -> list[str]:
    """The same actions for every program, chosen on `rows`: the best action on average, then its
    best complement (the one adding most to the best of those before it), up to `budget`; scored as
    `fixed_score` scores them (an action a program's sweep lacks is skipped there, as a search skips
    it). The baseline a learned policy must beat: a two-setting portfolio needs no learning."""
    names = sorted({a for r in rows for a in r.rewards})
    chosen: list[str] = []
    for k in range(1, min(budget, len(names)) + 1):
        gain = {a: fixed_score([*chosen, a], rows, [k])[k] for a in names if a not in chosen}
        chosen.append(max(sorted(gain), key=lambda a: gain[a]))
    return chosen


def fixed_score(actions: Sequence[str], rows: Sequence[Row], samples: Sequence[int]) -> dict[int, float]:
    """`score_rows` for a fixed list of actions (one the sweep did not judge on a program is skipped)."""
    return _best_of_first([list(actions)] * len(rows), rows, samples)


def folds_of(task_ids: Sequence[str], folds: int) -> list[list[str]]:
    """`task_ids` dealt into `folds` groups after a fixed shuffle (the same folds for every recipe,
    so designs are compared on the same splits)."""
    import random

    if not 2 <= folds <= len(task_ids):
        raise AsmoptError(f"folds must be between 2 and the number of programs ({len(task_ids)}), got {folds}")
    ids = sorted(task_ids)
    random.Random(0).shuffle(ids)
    return [sorted(ids[f::folds]) for f in range(folds)]


def cross_validate(recipe: PolicyRecipe, table: Path, folds: int,
                   log: Callable[[str], None] = print) -> dict[str, Any]:
    """K-fold cross-validation of a recipe on a sweep's table: for each fold, GRPO on the other
    programs (`<output_dir>/fold-<i>/`), then the untrained and the trained policy scored on the
    fold's programs by their rewards (`score_rows`), beside the fixed actions chosen on the other
    programs (`fixed_actions`). To choose features and settings on training programs alone. A fold
    whose `final/` exists is not trained again (a killed run resumes; one trained with other settings
    is refused, not mixed in); the summary goes to `<output_dir>/cv.json`."""
    from asmopt.policies.learned import LearnedPolicy

    rows = read_table(table)
    if not rows:
        raise AsmoptError(f"{table}: no rows (a rewards table written by `asmopt train policy`)")
    out = Path(recipe.output_dir)
    samples = sorted({1, recipe.budget})
    per_fold: list[dict[str, Any]] = []
    for f, held_ids in enumerate(folds_of(list(rows), folds)):
        fold_dir = out / f"fold-{f}"
        held = [rows[t] for t in held_ids]
        fold_recipe = dataclasses.replace(recipe, output_dir=str(fold_dir), resume=False)
        _same_settings(fold_dir, fold_recipe)
        if not (fold_dir / FINAL_DIR / "config.json").is_file():
            log(f"fold {f + 1}/{folds}: training on {len(rows) - len(held)} programs")
            train(fold_recipe, log=log, rows={t: r for t, r in rows.items() if t not in held_ids})
        fixed = fixed_actions([r for t, r in rows.items() if t not in held_ids], recipe.budget)
        scores = {"untrained": score_rows(LearnedPolicy(fold_dir / "init"), held, samples),
                  "learned": score_rows(LearnedPolicy(fold_dir / FINAL_DIR), held, samples),
                  "fixed": fixed_score(fixed, held, samples)}
        per_fold.append({"held_out": held_ids, "best_action": best_action_score(held), "fixed_actions": fixed,
                         **{kind: {str(k): v for k, v in sc.items()} for kind, sc in scores.items()}})
        log(f"fold {f + 1}/{folds}: " + ", ".join(f"{kind} k={k} {v:+.4f}" for kind, sc in scores.items()
                                                   for k, v in sc.items()))

    def mean(kind: str, k: int) -> float:  # weighted by the fold's programs: a mean over all programs
        return sum(p[kind][str(k)] * len(p["held_out"]) for p in per_fold) / len(rows)

    summary = {"recipe": dataclasses.asdict(recipe), "table": str(table), "folds": folds, "programs": len(rows),
               "mean": {kind: {str(k): mean(kind, k) for k in samples} for kind in ("untrained", "learned", "fixed")},
               "best_action": best_action_score(list(rows.values())), "per_fold": per_fold}
    out.mkdir(parents=True, exist_ok=True)
    (out / CV_FILE).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


def _same_settings(folder: Path, recipe: PolicyRecipe) -> None:
    """Refuse a folder a run with other settings wrote (its recipe.json), rather than mix the two."""
    path = folder / "recipe.json"
    if not path.is_file():
        return
    mine = json.loads(json.dumps(dataclasses.asdict(recipe)))
    theirs = json.loads(path.read_text(encoding="utf-8"))
    differ = sorted(k for k in mine if k not in ("output_dir", "resume") and theirs.get(k) != mine[k])
    if differ:
        raise AsmoptError(f"{folder} was written with other settings ({', '.join(differ)}): use another "
                          "--output-dir")


def _progress(log: Callable[[str], None], recipe: PolicyRecipe) -> Any:
    """A callback that logs the mean reward every tenth of the run."""
    from transformers import TrainerCallback

    every = max(1, recipe.max_steps // 10)

    class Progress(TrainerCallback):
        def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None,
                   **kwargs: Any) -> None:
            if logs and "reward" in logs and (state.global_step % every == 0 or state.global_step == 1):
                log(f"step {state.global_step}/{recipe.max_steps}: mean reward {logs['reward']:+.4f}")

    return Progress()
