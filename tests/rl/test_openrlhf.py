"""The OpenRLHF reward function, loaded and called the way OpenRLHF does: the file given
as --remote_rm_url is executed as a module named "reward_func", and
`reward_func(queries, prompts, labels)` is called from worker threads
(asyncio.to_thread, one sample each) or with a whole batch."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys

import pytest

import asmopt.rl.openrlhf as adapter
from asmopt import datasets
from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.prompt import for_task

TASKS = datasets.load("examples").tasks
CANDS = {(c["task_id"], c["label"]): c["asm"]
         for c in map(json.loads, BUILTIN_CANDIDATES["examples"].read_text().splitlines())}


def chat(task_id: str) -> str:
    """A prompt as OpenRLHF hands it over: the paper's question in a chat template."""
    return f"<|im_start|>user\n{for_task(TASKS[task_id])}<|im_end|>\n<|im_start|>assistant\n"


def query(prompt: str, response: str) -> str:
    return prompt + response + "<|im_end|>"


@pytest.fixture(scope="module")
def reward_module():
    mp = pytest.MonkeyPatch()
    for key, value in {"ASMOPT_DATASET": "examples", "ASMOPT_JOBS": "2", "ASMOPT_MAX_TESTS": "3",
                       "ASMOPT_TIMEOUT": "60", "ASMOPT_REWARD_COST": "instructions"}.items():
        mp.setenv(key, value)
    # Exactly OpenRLHF's loading: a file path, executed as module "reward_func".
    spec = importlib.util.spec_from_file_location("reward_func", adapter.__file__)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yield module
    module.service().close()
    mp.undo()


def as_list(values):
    return values.tolist() if hasattr(values, "tolist") else list(values)


def test_threaded_single_sample_calls(reward_module):
    faster = query(chat("popcount_sum"), f"```assembly\n{CANDS['popcount_sum', 'faster']}```")
    # No answer block: the baseline's block in the prompt must not be read as the answer.
    silent = query(chat("prefix_sums"), "I cannot improve on this.")
    wrong = query(chat("popcount_sum"), f"```assembly\n{CANDS['popcount_sum', 'wrong']}```")
    rows = [(faster, chat("popcount_sum"), "popcount_sum"), (silent, chat("prefix_sums"), "prefix_sums"),
            (wrong, chat("popcount_sum"), "popcount_sum")]

    async def run():
        return await asyncio.gather(*(asyncio.to_thread(reward_module.reward_func, [q], [p], [lab])
                                      for q, p, lab in rows))

    out = asyncio.run(run())
    rewards = [as_list(o["rewards"])[0] for o in out]
    scores = [as_list(o["scores"])[0] for o in out]
    assert rewards[0] > 0 and rewards[1] == -1.0 and -0.5 <= rewards[2] < -0.25
    assert scores == [1.0, 0.0, 0.0]
    assert as_list(out[0]["extra_logs"]["asmopt_speedup"])[0] > 1.0
    assert as_list(out[1]["extra_logs"]["asmopt_compiled"])[0] == 0.0


def test_batch_call_and_prompt_not_given_back_verbatim(reward_module):
    baseline = CANDS["word_reverse", "baseline"]
    # The tokenizer's decode may not give the prompt back byte for byte.
    mangled = query(chat("word_reverse").replace("  ", " ") + " ", f"```assembly\n{CANDS['word_reverse', 'crash']}```")
    ok = query(chat("word_reverse"), f"```assembly\n{baseline}```")
    out = reward_module.reward_func([mangled, ok], [chat("word_reverse") + "x", chat("word_reverse")],
                                    ["word_reverse", "word_reverse"])
    assert as_list(out["rewards"]) == [-0.5, 0.0]  # RE, and the unchanged baseline earns nothing
    assert as_list(out["scores"]) == [0.0, 1.0]
    with pytest.raises(ValueError, match="lengths differ"):
        reward_module.reward_func(["q"], [], ["popcount_sum"])


def test_tensors_with_torch_lists_without(reward_module, monkeypatch):
    torch = pytest.importorskip("torch")
    scored = reward_module.service().score([reward_module.Sample("prefix_sums", "no answer")])
    packed = reward_module._pack(scored)
    assert isinstance(packed["rewards"], torch.Tensor) and packed["rewards"].dtype == torch.float32
    monkeypatch.setitem(sys.modules, "torch", None)  # torch absent: import fails
    packed = reward_module._pack(scored)
    assert packed["rewards"] == [-1.0] and packed["scores"] == [0.0]


def test_response_of():
    assert adapter.response_of("PROMPT reply", "PROMPT ") == "reply"
    assert adapter.response_of("xx PROMPT reply", "PROMPT ") == "reply"
    assert adapter.response_of("Q\nOptimized Assembly Code:\n<a>reply", "other") == "\n<a>reply"
    assert adapter.response_of("just text", "other") == "just text"
