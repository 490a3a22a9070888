"""TRL adapter: reward functions for `GRPOTrainer(reward_funcs=[...])`.

TRL calls a reward function with keyword arguments only: `prompts`,
`completions` (strings, or for conversational data lists of messages),
`completion_ids`, `trainer_state`, every dataset column but "prompt" (one
entry per completion; ours need `task_id`, which `asmopt export verl` writes),
and in recent versions `log_extra` / `log_metric` callables. It wants one float
per completion back; None means "no reward from this function here" (TRL turns
it into NaN and leaves it out), which is what a sample gets when its task's
baseline is broken, never when the policy's answer is.

`AsmoptReward` is synchronous; `AsyncAsmoptReward` is a coroutine function as
TRL detects one (`asyncio.iscoroutinefunction`), which TRL awaits on its own
event loop next to its other async reward functions. Both score through one
`RewardService` (a process pool; baselines prepared once), started on first
use. With several training processes (accelerate, one per GPU) each has its
own service: give each `jobs` = its share of the cores.

Importing this module does not import trl.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Sequence
from typing import Any

from asmopt.errors import AsmoptError
from asmopt.rl.service import RewardService, Sample, Scored

__all__ = ["AsmoptReward", "AsyncAsmoptReward", "completion_text"]


def completion_text(completion: str | Sequence[dict[str, Any]]) -> str:
    """The text of one TRL completion: the string itself, or the assistant turns of
    a conversational completion joined (the answer is the last ```assembly block)."""
    if isinstance(completion, str):
        return completion
    parts = []
    for message in completion:
        if isinstance(message, dict) and message.get("role", "assistant") == "assistant":
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):  # content parts: [{"type": "text", "text": ...}]
                parts += [p.get("text", "") for p in content if isinstance(p, dict)]
    return "\n".join(parts)


class AsmoptReward:
    """A TRL reward function scoring assembly completions with an asmopt reward.

    dataset: where the tasks named by the `task_id` column come from ("builtin",
      "examples", a path); reward: paper1, paper2 or log_speedup; metric: strict or
      paper; jobs: worker processes; timeout_s: per-completion limit.
    tests / max_tests: which tests a reward runs ("all" or "visible", first K):
      the throughput lever (see `asmopt bench reward`).
    cost: "time" (short-timed, the default) or "instructions" (see asmopt.rl.service).
    """

    def __init__(
        self,
        dataset: str = "builtin",
        reward: str = "log_speedup",
        metric: str = "strict",
        jobs: int | None = None,
        timeout_s: float = 120.0,
        *,
        tests: str = "all",
        max_tests: int | None = None,
        service: RewardService | None = None,
        cost: str | None = None,
        backend: str | None = None,
        ray_address: str | None = None,
    ) -> None:
        self.service = service if service is not None else RewardService(
            dataset, reward=reward, metric=metric, jobs=jobs, timeout_s=timeout_s, tests=tests,
            max_tests=max_tests, cost=cost, backend=backend, ray_address=ray_address)
        # TRL names the reward in its logs by __name__.
        self.__name__ = f"asmopt_{self.service.reward}"
        self.last: list[Scored] = []  # the latest batch's full reports, for callbacks and debugging

    def _samples(self, completions: Sequence[Any], task_id: Sequence[str] | None) -> list[Sample]:
        if task_id is None:
            raise AsmoptError("the dataset has no 'task_id' column (write it with `asmopt export verl`, "
                              "and keep GRPOConfig(remove_unused_columns=False))")
        if len(task_id) != len(completions):
            raise AsmoptError(f"{len(completions)} completions but {len(task_id)} task ids")
        return [Sample(str(t), completion_text(c)) for t, c in zip(task_id, completions)]

    def _report(self, scored: list[Scored], kwargs: dict[str, Any]) -> list[float | None]:
        self.last = scored
        _log(kwargs.get("log_extra"), kwargs.get("log_metric"), self.__name__, scored)
        return [s.reward for s in scored]

    def __call__(self, prompts: Sequence[Any] | None = None, completions: Sequence[Any] = (),
                 task_id: Sequence[str] | None = None, **kwargs: Any) -> list[float | None]:
        return self._report(self.service.score(self._samples(completions, task_id)), kwargs)

    def close(self) -> None:
        self.service.close()


class AsyncAsmoptReward(AsmoptReward):
    """`AsmoptReward` as a coroutine function: TRL awaits it on its async reward loop."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # TRL tells async reward functions apart with asyncio.iscoroutinefunction, which
        # looks at functions, not at instances with an async __call__: mark the instance.
        marker = getattr(asyncio.coroutines, "_is_coroutine", None)
        if marker is not None:
            self._is_coroutine = marker  # Python <= 3.11 (and asyncio's check after)
        if hasattr(inspect, "markcoroutinefunction"):
            inspect.markcoroutinefunction(self)  # Python >= 3.12: inspect's marker

    async def __call__(self, prompts: Sequence[Any] | None = None, completions: Sequence[Any] = (),  # type: ignore[override]
                       task_id: Sequence[str] | None = None, **kwargs: Any) -> list[float | None]:
        return self._report(await self.service.ascore(self._samples(completions, task_id)), kwargs)


def _log(log_extra: Callable[..., Any] | None, log_metric: Callable[..., Any] | None, name: str,
         scored: list[Scored]) -> None:
    """Verdicts and speedups into TRL's completions table and metrics, where TRL offers them."""
    if callable(log_extra):
        log_extra(f"{name}/verdict", [s.verdict for s in scored])
        log_extra(f"{name}/speedup", [s.speedup if s.speedup is not None else float("nan") for s in scored])
    if callable(log_metric) and scored:
        n = len(scored)
        log_metric(f"{name}/correct", sum(s.verdict == "AC" for s in scored) / n)
        log_metric(f"{name}/significant", sum(s.significant for s in scored) / n)
        log_metric(f"{name}/instr_gain", sum(s.instr_gain for s in scored) / n)
        log_metric(f"{name}/compiled", sum(s.verdict not in ("CE", "error") for s in scored) / n)
        log_metric(f"{name}/timed_out", sum(s.timed_out for s in scored) / n)
