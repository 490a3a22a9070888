"""verl adapter: `compute_score` for `custom_reward_function.path`.

verl calls `compute_score(data_source, solution_str, ground_truth, extra_info)`
for every rollout (reward manager "naive"). With the paper's parquet schema,
`ground_truth` is the gcc -O3 assembly and `extra_info` holds `c_code`,
`inputs` and `outputs`; from those a Task is made, the rollout's assembly is
extracted the paper's way, judged in the sandbox, and scored.

Scoring goes through one `asmopt.rl.service.RewardService` per process and
(reward, metric): baselines are built and measured once, on first sight; a
rollout that runs past the time limit scores as a time-out without holding up
the others. With reward manager "batch", point `custom_reward_function.name`
at `compute_score_batch`: a whole batch is then judged in parallel.

Choose the reward, metric and cost with `custom_reward_function.reward_kwargs`
(`reward`: paper1, paper2 or log_speedup; `metric`: strict or paper; `cost`:
time or instructions) or the environment variables ASMOPT_REWARD /
ASMOPT_METRIC / ASMOPT_REWARD_COST. The default is ours, `log_speedup` on
measured time (short interleaved timing, serialised so that concurrent rollouts
do not time each other); `cost=instructions` scores by callgrind counts instead
(deterministic, not time).
ASMOPT_JOBS (worker processes, default: cores) and ASMOPT_TIMEOUT (seconds per
rollout, default 120) set the service up.

A record whose baseline does not build or fails its own tests raises: that is
the dataset's fault, not the policy's, and training on it would be noise.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

from asmopt.datasets.supercoder import task_from_record  # the paper's schema lives there
from asmopt.evaluate import TaskError
from asmopt.rl.rewards import REWARDS
from asmopt.rl.service import RewardService, Sample, Scored

__all__ = ["compute_score", "compute_score_batch", "task_from_record"]

_SERVICES: dict[tuple[str, str, str], RewardService] = {}
_LOCK = threading.Lock()


Settings = tuple[str, str, str]  # reward, metric, cost


def _settings(kwargs: dict[str, Any]) -> Settings:
    name = kwargs.get("reward") or os.environ.get("ASMOPT_REWARD", "log_speedup")
    metric = kwargs.get("metric") or os.environ.get("ASMOPT_METRIC", "strict")
    cost = kwargs.get("cost") or os.environ.get("ASMOPT_REWARD_COST") or "time"
    if name not in REWARDS:
        raise ValueError(f"unknown reward {name!r} (known: {', '.join(REWARDS)})")
    return name, metric, cost


def _service(settings: Settings) -> RewardService:
    with _LOCK:
        if settings not in _SERVICES:
            name, metric, cost = settings
            jobs = os.environ.get("ASMOPT_JOBS")
            _SERVICES[settings] = RewardService(
                [], reward=name, metric=metric, cost=cost, jobs=int(jobs) if jobs else None,
                timeout_s=float(os.environ.get("ASMOPT_TIMEOUT", "120")))
        return _SERVICES[settings]


def _score(settings: Settings, records: Sequence[tuple[str, str, str, dict[str, Any] | None]]) -> list[Scored]:
    service = _service(settings)
    samples = []
    for data_source, solution_str, ground_truth, extra_info in records:
        task_id = service.register(task_from_record(data_source, ground_truth, dict(extra_info or {})))
        samples.append(Sample(task_id, solution_str))
    scored = service.score(samples)
    for s in scored:
        if s.error:
            raise TaskError(s.error)  # a broken dataset record, not the policy's fault: stop loudly
    return scored


def compute_score(
    data_source: str,
    solution_str: str,
    ground_truth: str,
    extra_info: dict[str, Any] | None = None,
    **kwargs: Any,
) -> float:
    """The reward of one rollout, as verl's reward manager expects it."""
    reward = _score(_settings(kwargs), [(data_source, solution_str, ground_truth, extra_info)])[0].reward
    assert reward is not None
    return reward


def compute_score_batch(
    data_sources: Sequence[str],
    solution_strs: Sequence[str],
    ground_truths: Sequence[str],
    extra_infos: Sequence[dict[str, Any] | None],
    **kwargs: Any,
) -> list[dict[str, float]]:
    """Rewards of a batch, for verl's "batch" reward manager: one dict per rollout with
    "score" (the reward) and what verl logs beside it (speedup, correct, compiled)."""
    settings = _settings(kwargs)
    if not (len(data_sources) == len(solution_strs) == len(ground_truths) == len(extra_infos)):
        raise ValueError("data_sources, solution_strs, ground_truths and extra_infos differ in length")
    scored = _score(settings, list(zip(data_sources, solution_strs, ground_truths, extra_infos)))
    return [{"score": float(s.reward if s.reward is not None else 0.0),
             "speedup": float(s.speedup if s.speedup is not None else 1.0),
             "correct": 1.0 if s.verdict == "AC" else 0.0,
             "compiled": 0.0 if s.verdict == "CE" else 1.0} for s in scored]
