"""The TRL reward functions, called the way GRPOTrainer calls them: keyword arguments
prompts / completions / completion_ids / trainer_state / log_extra / log_metric plus every
dataset column; plain and conversational; sync and async. When trl is installed, TRL's
own `GRPOTrainer._calculate_rewards` drives them too."""

from __future__ import annotations

import asyncio
import json
import math
import threading

import pytest

from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.errors import AsmoptError
from asmopt.rl.service import RewardService
from asmopt.rl.trl import AsmoptReward, AsyncAsmoptReward, completion_text

CANDS = {(c["task_id"], c["label"]): c["asm"]
         for c in map(json.loads, BUILTIN_CANDIDATES["examples"].read_text().splitlines())}
ROWS = [("popcount_sum", "faster"), ("popcount_sum", "wrong"), ("word_reverse", "crash"), ("prefix_sums", None)]
EXPECT = ["AC", "WA", "RE", "CE"]


def answer(task_id: str, label: str | None) -> str:
    if label is None:
        return "I would rather not."  # no ```assembly block: judged as empty, CE
    return f"```assembly\n{CANDS[task_id, label]}```"


@pytest.fixture(scope="module")
def service():
    # Scored by instructions: the adapter's mechanics, on rewards that load cannot move.
    with RewardService("examples", jobs=2, timeout_s=60, max_tests=3, cost="instructions") as svc:
        yield svc


def trl_kwargs(conversational: bool) -> tuple[dict, dict]:
    """Arguments as GRPOTrainer._calculate_rewards builds them, and what got logged."""
    logged: dict = {"extra": {}, "metric": {}}
    if conversational:
        prompts = [[{"role": "user", "content": f"optimise {t}"}] for t, _ in ROWS]
        completions = [[{"role": "assistant", "content": answer(t, lab)}] for t, lab in ROWS]
    else:
        prompts = [f"optimise {t}" for t, _ in ROWS]
        completions = [answer(t, lab) for t, lab in ROWS]
    kwargs = dict(
        prompts=prompts, completions=completions, completion_ids=[[1, 2, 3]] * len(ROWS),
        task_id=[t for t, _ in ROWS], question=["q"] * len(ROWS), extra_info=[{"index": i} for i in range(len(ROWS))],
        trainer_state=None,
        log_extra=lambda name, values: logged["extra"].__setitem__(name, list(values)),
        log_metric=lambda name, value: logged["metric"].__setitem__(name, value),
    )
    return kwargs, logged


@pytest.mark.parametrize("conversational", [False, True])
def test_sync_reward_as_grpo_calls_it(service, conversational):
    func = AsmoptReward(service=service)
    assert func.__name__ == "asmopt_log_speedup"
    kwargs, logged = trl_kwargs(conversational)
    rewards = func(**kwargs)
    assert len(rewards) == len(ROWS) and all(isinstance(r, float) for r in rewards)
    assert [s.verdict for s in func.last] == EXPECT
    assert rewards[0] > 0 and -0.5 <= rewards[1] < -0.25 and rewards[2] == -0.5 and rewards[3] == -1.0
    assert logged["extra"]["asmopt_log_speedup/verdict"] == EXPECT
    assert logged["extra"]["asmopt_log_speedup/speedup"][0] > 1.0
    assert math.isnan(logged["extra"]["asmopt_log_speedup/speedup"][1])
    assert logged["metric"]["asmopt_log_speedup/correct"] == pytest.approx(0.25)


def test_async_reward_is_detected_and_awaited(service):
    func = AsyncAsmoptReward(service=service)
    assert asyncio.iscoroutinefunction(func)  # how TRL up to 1.x told async reward functions apart
    kwargs, _ = trl_kwargs(conversational=True)
    sync = AsmoptReward(service=service)(**trl_kwargs(conversational=True)[0])
    assert asyncio.run(func(**kwargs)) == sync


def test_missing_column_and_old_trl_without_logging(service):
    func = AsmoptReward(service=service)
    with pytest.raises(AsmoptError, match="task_id"):
        func(prompts=["p"], completions=["c"])
    # Older TRL passes neither log_extra nor log_metric.
    assert func(prompts=["p"], completions=[answer("prefix_sums", None)], task_id=["prefix_sums"]) == [-1.0]


def test_completion_text():
    assert completion_text("abc") == "abc"
    turns = [{"role": "assistant", "content": "first"}, {"role": "tool", "content": "```assembly\nx```"},
             {"role": "assistant", "content": [{"type": "text", "text": "second"}]}]
    assert completion_text(turns) == "first\nsecond"  # a tool's output is never the answer


def test_trl_itself_drives_both(service):
    """TRL's own reward loop (GRPOTrainer._calculate_rewards) on a minimal trainer."""
    pytest.importorskip("trl")
    torch = pytest.importorskip("torch")
    from trl.trainer.grpo_trainer import GRPOTrainer, is_async_callable

    sync, async_ = AsmoptReward(service=service), AsyncAsmoptReward(service=service)
    assert is_async_callable(async_) and not is_async_callable(sync)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    class Trainer:  # what _calculate_rewards reads of a GRPOTrainer
        accelerator = type("Acc", (), {"device": torch.device("cpu"), "is_main_process": True})()
        args = type("Args", (), {"report_to": []})()
        state = type("State", (), {"global_step": 0})()
        reward_funcs = [sync, async_]
        reward_processing_classes = [None, None]
        reward_func_names = [sync.__name__, async_.__name__]
        environments = None
        async_loop = loop
        logged: dict = {}

        def _log_completion_extra(self, column, values):
            self.logged[column] = values

        def _log_metric(self, name, value):
            self.logged[name] = value

    kwargs, _ = trl_kwargs(conversational=False)
    inputs = [{"prompt": p, "task_id": t} for p, t in zip(kwargs["prompts"], kwargs["task_id"])]
    try:
        rewards = GRPOTrainer._calculate_rewards(Trainer(), inputs, kwargs["prompts"], kwargs["completions"],
                                                 kwargs["completion_ids"])
    finally:
        loop.call_soon_threadsafe(loop.stop)
    assert tuple(rewards.shape) == (len(ROWS), 2)
    assert torch.equal(rewards[:, 0], rewards[:, 1])
    assert rewards[0, 0] > 0 and rewards[3, 0] == -1.0
    assert Trainer.logged["asmopt_log_speedup/verdict"] == EXPECT
