"""PPO through verl: the paper's recipe as a command line.

The SuperCoder paper trained with PPO in verl. Its settings are shipped as a
recipe, `asmopt/rl/configs/ppo_paper.yaml`: a flat mapping of verl's Hydra
overrides (actor lr 1e-6, critic lr 1e-5, batch 16, one PPO epoch, clip 0.2,
temperature 0.5, 2,000/2,000 tokens with longer prompts dropped, no KL, GAE
with gamma = lambda = 1, one epoch, 4 GPUs). `command(run)` adds what belongs
to one run (the local model as actor and critic, the parquet files from
`asmopt export verl`, the output folder, the reward: `compute_score` of
`asmopt/rl/verl.py` with its reward and metric) and returns the argv of
`python -m verl.trainer.main_ppo`; `launch` runs it.

verl is not a dependency: it needs GPUs, vLLM and a transformers older than
the train extra's, so it lives in its own environment (see docs/training.md).
Building and printing the command needs neither verl nor a GPU.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asmopt.errors import AsmoptError
from asmopt.rl.train import set_aside

PAPER_RECIPE = Path(__file__).resolve().parent / "configs" / "ppo_paper.yaml"
REWARD_MODULE = Path(__file__).resolve().parent / "verl.py"
ENTRY = "verl.trainer.main_ppo"
METRICS_FILE = "metrics.jsonl"

#: A Hydra string that needs no quotes (anything else is single-quoted).
_PLAIN = re.compile(r"[A-Za-z0-9_./~+\-:@]+")


@dataclass(frozen=True)
class PPORun:
    """One PPO run: what the recipe does not fix."""

    model: str  # local model folder; actor and critic both start from it, as in the paper
    train_files: str  # parquet in the paper's schema (`asmopt export verl`)
    val_files: str | None = None  # default: the training files (validation then measures training tasks)
    output_dir: str = "out/ppo"
    reward: str = "log_speedup"  # asmopt.rl.rewards name; "paper2" is the paper's default reward
    metric: str = "strict"  # "strict" (ours) or "paper"
    gpus: int | None = None  # per node; default: the recipe's (the paper's 4)
    nnodes: int | None = None
    resume: bool = True  # verl resume_mode auto: continue from the last checkpoint in output_dir
    recipe: Path = PAPER_RECIPE
    overrides: tuple[str, ...] = ()  # more key=value Hydra overrides, applied last


def load_recipe(path: Path = PAPER_RECIPE) -> dict[str, Any]:
    """A recipe file: a flat YAML mapping of verl override keys to values."""
    try:
        import yaml
    except ImportError:
        raise AsmoptError("reading a PPO recipe needs PyYAML: pip install 'asmopt[train]'") from None
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AsmoptError(f"cannot read recipe {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise AsmoptError(f"recipe {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise AsmoptError(f"recipe {path} must be a flat mapping of override keys to values")
    for key, value in data.items():
        if isinstance(value, dict):
            raise AsmoptError(f"recipe {path}: {key} holds a mapping; write each leaf as a dotted key")
    return data


def hydra_value(value: Any) -> str:
    """A value in Hydra's override syntax."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(hydra_value(v) for v in value) + "]"
    text = str(value)
    if _PLAIN.fullmatch(text):
        return text
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def settings(run: PPORun, recipe: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Every override of a run, by key: the recipe's, then the run's own."""
    values = dict(load_recipe(run.recipe) if recipe is None else recipe)
    out = Path(run.output_dir).resolve()
    model = str(Path(run.model).expanduser().resolve())
    values.update({
        "data.train_files": str(Path(run.train_files).resolve()),
        "data.val_files": str(Path(run.val_files or run.train_files).resolve()),
        "actor_rollout_ref.model.path": model,
        "critic.model.path": model,
        "trainer.default_local_dir": str(out / "checkpoints"),
        "trainer.rollout_data_dir": str(out / "rollouts"),  # every rollout with its score, as JSONL
        "trainer.resume_mode": "auto" if run.resume else "disable",
        "reward.custom_reward_function.path": str(REWARD_MODULE),
        "reward.custom_reward_function.name": "compute_score",
        # verl passes reward_kwargs to compute_score; the key is absent from its
        # defaults, hence "++" (add or override) when rendered.
        "reward.custom_reward_function.reward_kwargs.reward": run.reward,
        "reward.custom_reward_function.reward_kwargs.metric": run.metric,
    })
    if run.gpus is not None:
        values["trainer.n_gpus_per_node"] = run.gpus
    if run.nnodes is not None:
        values["trainer.nnodes"] = run.nnodes
    return values


#: Keys missing from verl's default config: Hydra must be told to add them.
_ADDED = ("reward.custom_reward_function.reward_kwargs.",)


def overrides(run: PPORun, recipe: Mapping[str, Any] | None = None) -> list[str]:
    """The Hydra overrides of a run, `key=value` each, the run's extra ones last."""
    args = []
    for key, value in settings(run, recipe).items():
        prefix = "++" if key.startswith(_ADDED) else ""
        args.append(f"{prefix}{key}={hydra_value(value)}")
    for extra in run.overrides:
        if "=" not in extra:
            raise AsmoptError(f"override {extra!r} is not key=value")
        args.append(extra)
    return args


def command(run: PPORun, recipe: Mapping[str, Any] | None = None, python: str = sys.executable) -> list[str]:
    """argv of the verl run."""
    return [python, "-m", ENTRY, *overrides(run, recipe)]


def environment(run: PPORun) -> dict[str, str]:
    """Variables the run needs beside the command line: the reward choice also for
    reward workers that do not get reward_kwargs, and where verl's file logger
    writes its per-step metrics."""
    return {
        "ASMOPT_REWARD": run.reward,
        "ASMOPT_METRIC": run.metric,
        "VERL_FILE_LOGGER_PATH": str(Path(run.output_dir).resolve() / METRICS_FILE),
        "HF_HUB_OFFLINE": "1",
    }


def shell_script(run: PPORun, recipe: Mapping[str, Any] | None = None, python: str = "python3") -> str:
    """The run as a shell script a person can read, edit and start."""
    env = "".join(f"export {k}={shlex.quote(v)}\n" for k, v in environment(run).items())
    head = " ".join(shlex.quote(a) for a in (python, "-m", ENTRY))
    body = " \\\n    ".join([head, *(shlex.quote(a) for a in overrides(run, recipe))])
    return f"#!/usr/bin/env bash\n# asmopt train ppo: the SuperCoder paper's PPO recipe in verl.\nset -euo pipefail\n{env}{body}\n"


def verl_available() -> bool:
    """Whether verl can be imported here."""
    return importlib.util.find_spec("verl") is not None


def launch(run: PPORun, recipe: Mapping[str, Any] | None = None, python: str = sys.executable) -> int:
    """Run verl and wait; returns its exit status. An earlier metrics file is kept
    under a new name (verl's file logger would overwrite it)."""
    if not verl_available():
        raise AsmoptError("verl is not installed here: PPO needs verl with vLLM on GPUs "
                          "(pip install 'verl[vllm]' in its own environment, see docs/training.md)")
    out = Path(run.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    set_aside(out / METRICS_FILE)
    env = {**os.environ, **environment(run)}
    return subprocess.call(command(run, recipe, python), env=env)

