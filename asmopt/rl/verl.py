"""verl adapter: `compute_score` for `custom_reward_function.path`.

verl calls `compute_score(data_source, solution_str, ground_truth, extra_info)`
for every rollout. With the paper's parquet schema, `ground_truth` is the gcc
-O3 assembly and `extra_info` holds `c_code`, `inputs` and `outputs`; from
those a Task is made (once per process: baselines are built and measured only
on first sight), the rollout's assembly is extracted the paper's way, judged
in the sandbox, and scored.

Choose the reward and metric with `custom_reward_function.reward_kwargs`
(`reward`: paper1, paper2 or log_speedup; `metric`: strict or paper) or the
environment variables ASMOPT_REWARD / ASMOPT_METRIC. The default is ours,
`log_speedup` on instruction counts, which concurrent rollouts cannot disturb.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from asmopt.answer import extract_assembly
from asmopt.candidate import Candidate
from asmopt.evaluate import EvalConfig, Prepared, TaskError, evaluate, prepare
from asmopt.rl.rewards import REWARDS, reward
from asmopt.task import Baseline, Task, Test

_PREPARED: dict[tuple[str, str], Prepared | TaskError] = {}


def task_from_record(data_source: str, ground_truth: str, extra_info: dict[str, Any]) -> Task:
    """A Task from a verl record in the paper's schema (ground truth = baseline asm)."""
    inputs, outputs = extra_info.get("inputs"), extra_info.get("outputs")
    if not isinstance(inputs, list) or not isinstance(outputs, list) or len(inputs) != len(outputs) or not inputs:
        raise ValueError("extra_info needs equal, non-empty 'inputs' and 'outputs' lists")
    source = str(extra_info.get("c_code", ""))
    tests = tuple(Test(str(i + 1), _bytes(a), _bytes(b)) for i, (a, b) in enumerate(zip(inputs, outputs)))
    digest = hashlib.sha256((source + ground_truth).encode()).hexdigest()[:12]
    task_id = f"{data_source}-{extra_info.get('index', digest)}"
    return Task(task_id, source, tests, Baseline(ground_truth, "gcc", "", ("-O3",)))


def _bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode()


def compute_score(
    data_source: str,
    solution_str: str,
    ground_truth: str,
    extra_info: dict[str, Any] | None = None,
    **kwargs: Any,
) -> float:
    """The reward of one rollout, as verl's reward manager expects it."""
    name = kwargs.get("reward") or os.environ.get("ASMOPT_REWARD", "log_speedup")
    metric = kwargs.get("metric") or os.environ.get("ASMOPT_METRIC", "strict")
    if name not in REWARDS:
        raise ValueError(f"unknown reward {name!r} (known: {', '.join(REWARDS)})")
    cfg = EvalConfig(metric=metric)
    task = task_from_record(data_source, ground_truth, extra_info or {})
    key = (task.id, metric)
    if key not in _PREPARED:
        try:
            _PREPARED[key] = prepare(task, cfg)
        except TaskError as exc:
            _PREPARED[key] = exc
    prep = _PREPARED[key]
    if isinstance(prep, TaskError):
        raise prep  # a broken dataset record, not the policy's fault: stop loudly
    asm = extract_assembly(solution_str) or ""
    return reward(name, evaluate(prep, Candidate(task.id, asm), cfg))
