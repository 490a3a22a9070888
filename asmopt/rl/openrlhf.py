"""OpenRLHF adapter: `reward_func` for `--remote_rm_url <path of this file>`.

OpenRLHF loads a Python file given as `--remote_rm_url` (a path ending in .py)
and calls its `reward_func(queries, prompts, labels)`: `queries` are the
decoded prompt + response texts, `prompts` the prompts, `labels` the dataset
column named by `--label_key`. It may call from several threads at once (one
sample each, through `asyncio.to_thread`). It reads back a dict: "rewards"
(for the advantages), "scores" (0..1, for `--dynamic_filtering`) and
"extra_logs" (logged), each a tensor with one value per query.

Here `labels` are task ids (`--label_key task_id`, a column `asmopt export verl`
writes) and the tasks come from ASMOPT_DATASET (default "builtin"). The
response is the query after its prompt (after the paper prompt's closing line
when the prompt is not found verbatim), so the baseline's ```assembly block in
the prompt is never read as the answer. "scores" is 1 for a correct candidate
(AC), else 0. A sample that cannot be scored for a reason not the policy's
(broken baseline) gets reward 0: OpenRLHF has no way to skip one.

Settings, from the environment (OpenRLHF passes none): ASMOPT_DATASET,
ASMOPT_REWARD (log_speedup), ASMOPT_METRIC (strict), ASMOPT_JOBS (cores),
ASMOPT_TIMEOUT (120 s per sample), ASMOPT_TESTS (all | visible),
ASMOPT_MAX_TESTS (none). Values are tensors when torch can be imported, lists
otherwise.

Usage: `--remote_rm_url $(python -c 'import asmopt.rl.openrlhf as m; print(m.__file__)')
--label_key task_id`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

from asmopt.rl.service import RewardService, Sample, Scored

__all__ = ["reward_func", "response_of"]

#: The last line of the paper's prompt (asmopt.prompt): what follows it is the reply.
_PROMPT_END = "Optimized Assembly Code:"

_SERVICE: RewardService | None = None
_LOCK = threading.Lock()


def service() -> RewardService:
    """The process's reward service, made on first use from the ASMOPT_* settings."""
    global _SERVICE
    with _LOCK:
        if _SERVICE is None:
            max_tests = os.environ.get("ASMOPT_MAX_TESTS")
            jobs = os.environ.get("ASMOPT_JOBS")
            _SERVICE = RewardService(
                os.environ.get("ASMOPT_DATASET", "builtin"),
                reward=os.environ.get("ASMOPT_REWARD", "log_speedup"),
                metric=os.environ.get("ASMOPT_METRIC", "strict"),
                jobs=int(jobs) if jobs else None,
                timeout_s=float(os.environ.get("ASMOPT_TIMEOUT", "120")),
                tests=os.environ.get("ASMOPT_TESTS", "all"),
                max_tests=int(max_tests) if max_tests else None,
            )
        return _SERVICE


def response_of(query: str, prompt: str) -> str:
    """The reply inside a query (prompt + reply, as OpenRLHF decodes it)."""
    if prompt and query.startswith(prompt):
        return query[len(prompt):]
    at = query.rfind(prompt) if prompt else -1
    if at >= 0:
        return query[at + len(prompt):]
    # Decoding may not give the prompt back byte for byte: cut after the prompt's last line.
    at = query.rfind(_PROMPT_END)
    return query[at + len(_PROMPT_END):] if at >= 0 else query


def reward_func(queries: Sequence[str], prompts: Sequence[str], labels: Sequence[str], **kwargs: Any) -> dict[str, Any]:
    """Rewards of a batch of OpenRLHF rollouts: {"rewards", "scores", "extra_logs"}."""
    if not (len(queries) == len(prompts) == len(labels)):
        raise ValueError(f"{len(queries)} queries, {len(prompts)} prompts, {len(labels)} labels: lengths differ")
    samples = [Sample(str(label), response_of(q, p)) for q, p, label in zip(queries, prompts, labels)]
    scored = service().score(samples)
    return _pack(scored)


def _pack(scored: list[Scored]) -> dict[str, Any]:
    rewards = [s.reward if s.reward is not None else 0.0 for s in scored]
    correct = [1.0 if s.verdict == "AC" else 0.0 for s in scored]
    logs = {
        "asmopt_speedup": [s.speedup if s.speedup is not None else 1.0 for s in scored],
        "asmopt_compiled": [0.0 if s.verdict in ("CE", "error") else 1.0 for s in scored],
        "asmopt_significant": [1.0 if s.significant else 0.0 for s in scored],
        "asmopt_instr_gain": [1.0 if s.instr_gain else 0.0 for s in scored],
    }
    tensor = _tensor()
    return {"rewards": tensor(rewards), "scores": tensor(correct),
            "extra_logs": {k: tensor(v) for k, v in logs.items()}}


def _tensor() -> Any:
    try:
        import torch
    except ImportError:
        return list
    return lambda values: torch.tensor(values, dtype=torch.float32)
