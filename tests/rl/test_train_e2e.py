"""GRPO end to end on CPU: a tiny Qwen2-style model built here, rewards from the real harness.

Marked `train` (kept out of the default suite): it needs the train extra
(torch CPU wheel, transformers, TRL). Run it with scripts/test-train.sh.

Why the tokenizer holds two whole answers. A randomly initialised model writes
garbage, every garbage completion fails to assemble (CE, -1), and GRPO, which
learns from differences inside a group of completions of one prompt, then has
zero advantage everywhere: with no KL and no weight decay nothing would move,
and a test that "the weights changed" would pass only by accident. So besides
~40 words learnt from the prompts, the vocabulary has one token per task whose
text is that task's complete answer, "```assembly\\n<gcc -O3 assembly>\\n```".
A model sampling from ~45 tokens writes one of them in about a third of its
completions, so a group mixes garbage (CE, -1), its own task's answer (the
baseline again: correct, identical, 0) and the other task's answer (builds,
prints the wrong thing: WA, about -0.5). Those rewards come only from building,
running and judging in the sandbox; the test recomputes each one with the
harness directly, and checks that TRL's logged reward is their mean and that
the update moved the weights.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from asmopt import datasets
from asmopt.answer import extract_assembly
from asmopt.candidate import Candidate
from asmopt.evaluate import EvalConfig, evaluate, prepare
from asmopt.prompt import for_task
from asmopt.rl import rewards
from asmopt.rl.train import GRPORecipe, read_metrics, train

pytestmark = pytest.mark.train

TASKS = ("collatz_max", "popcount_sum")
CHAT_TEMPLATE = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
                 "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def answer(task) -> str:
    return f"```assembly\n{task.baseline.asm}\n```"


def build_tiny_model(folder: Path, tasks: list) -> None:
    """A Qwen2-style model (hidden 32, 2 layers, 2 heads) and a word-level tokenizer
    with a chat template, made from a config and a few hundred strings; no hub."""
    import torch
    from tokenizers import (
        AddedToken,
        Tokenizer,
        decoders,
        models,
        pre_tokenizers,
        trainers,
    )
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    texts = [for_task(t) for t in tasks] + [line for t in tasks for line in t.baseline.asm.splitlines()]
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.decoder = decoders.WordPiece(prefix="##", cleanup=False)
    specials = ["[UNK]", "<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tok.train_from_iterator(texts, trainers.WordLevelTrainer(vocab_size=40, special_tokens=specials))
    tok.add_tokens([AddedToken(answer(t), normalized=False) for t in tasks])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="<|endoftext|>",
                                   eos_token="<|im_end|>", chat_template=CHAT_TEMPLATE)
    fast.save_pretrained(folder)
    config = Qwen2Config(vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=4096,
                         eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id, tie_word_embeddings=False)
    torch.manual_seed(0)
    Qwen2ForCausalLM(config).save_pretrained(folder)


class Recorder:
    """Passes TRL's call to the real reward and keeps what went in and came out."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.__name__ = inner.__name__  # TRL names the logged reward after this
        self.calls: list[dict] = []

    def __call__(self, prompts, completions, task_id, **kwargs):
        out = self.inner(prompts, completions, task_id, **kwargs)
        texts = [c[-1]["content"] if isinstance(c, list) else c for c in completions]
        self.calls.append({"task_id": list(task_id), "texts": texts, "rewards": list(out)})
        return out


def _expected_reward(prepared: dict, task_id: str, text: str) -> float:
    """The reward of one completion, computed with the harness directly."""
    asm = extract_assembly(text) or ""
    return rewards.log_speedup(evaluate(prepared[task_id], Candidate(task_id, asm), EvalConfig()))


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("trl")
    folder = tmp_path_factory.mktemp("tiny-qwen2")
    ds = datasets.load("examples")
    build_tiny_model(folder, [ds.tasks[t] for t in TASKS])
    return folder


def test_grpo_steps_with_harness_rewards_change_the_weights(model_dir, tmp_path):
    from asmopt.rl.train import make_reward

    recipe = GRPORecipe(model=str(model_dir), output_dir=str(tmp_path / "run"), dataset="examples", split=None,
                        task_ids=TASKS, prompts_per_step=2, num_generations=4, micro_batch_size=8,
                        max_completion_length=8, temperature=1.0, learning_rate=1e-3, max_steps=2, save_steps=1,
                        jobs=2, seed=0)
    harness = make_reward(recipe)  # the real one: asmopt.rl.trl.AsmoptReward, sandboxed workers
    try:
        _check_run(recipe, Recorder(harness), model_dir, tmp_path)
    finally:
        harness.close()


def _check_run(recipe: GRPORecipe, reward: Recorder, model_dir: Path, tmp_path: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM

    before = AutoModelForCausalLM.from_pretrained(model_dir).state_dict()
    outcome = train(recipe, reward_funcs=reward)

    # The trainer called the harness reward once per step, for every completion.
    assert outcome.steps == 2 and len(reward.calls) == 2
    for call in reward.calls:
        assert len(call["rewards"]) == 2 * 4 and set(call["task_id"]) == set(TASKS)

    # Each reward is what the harness gives that completion: recomputed here.
    ds = datasets.load("examples")
    prepared = {t: prepare(ds.tasks[t], EvalConfig()) for t in TASKS}
    seen: dict = {}
    for call in reward.calls:
        for task_id, text, got in zip(call["task_id"], call["texts"], call["rewards"]):
            key = (task_id, extract_assembly(text))
            if key not in seen:
                seen[key] = _expected_reward(prepared, task_id, text)
            assert got == pytest.approx(seen[key]), (task_id, text[:200])
    values = {r for call in reward.calls for r in call["rewards"]}
    assert rewards.PENALTY["CE"] in values  # garbage fails to build
    assert len(values) >= 2  # the groups were not all equal: GRPO had something to learn from

    # metrics.jsonl: a line per step; its reward is the mean of the harness's rewards,
    # its pass rate the share of completions the harness found correct.
    lines = read_metrics(outcome.metrics_path)
    assert [line["step"] for line in lines] == [1, 2]
    for line, call in zip(lines, reward.calls):
        assert line["reward_mean"] == pytest.approx(sum(call["rewards"]) / len(call["rewards"]), abs=1e-6)
        passed = sum(r >= 0 for r in call["rewards"]) / len(call["rewards"])  # log_speedup: AC <=> >= 0
        assert line["asmopt/pass_rate"] == pytest.approx(passed)
        assert line["asmopt/speedup"] >= 1.0
    assert any(line["frac_reward_zero_std"] < 1 for line in lines)

    # The update moved the weights.
    after = AutoModelForCausalLM.from_pretrained(outcome.final_dir).state_dict()
    changed = [k for k in before if not torch.equal(before[k], after[k])]
    assert "lm_head.weight" in changed and len(changed) > len(before) // 2

    # Resume: one more step from the last checkpoint; every step logged once.
    more = train(GRPORecipe(**{**recipe.__dict__, "max_steps": 3, "resume": True}), reward_funcs=reward)
    assert more.resumed_from is not None and more.resumed_from.endswith("checkpoint-2")
    assert more.steps == 3 and len(reward.calls) == 3
    assert [line["step"] for line in read_metrics(outcome.metrics_path)] == [1, 2, 3]
    recipe_file = json.loads((tmp_path / "run" / "recipe.json").read_text())
    assert recipe_file["tasks"] == 2 and math.isclose(recipe_file["learning_rate"], 1e-3)
