"""The local transformers policy on a tiny Qwen2-style model built here from a config (random
weights, a tokenizer trained on a few strings): no hub, no download. Its replies are noise; the
test checks the pipeline: chat template, generation, token counts, extraction, a CE verdict."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from asmopt import datasets
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.strategies import Budget, Verifier, best_of_n

TEMPLATE = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
            "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    # Imported here, not at collection: a run that deselects this test does not pay for torch.
    transformers = pytest.importorskip("transformers")
    torch = pytest.importorskip("torch")
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    dest = tmp_path_factory.mktemp("tiny-qwen")
    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)  # any text encodes, byte by byte
    tk.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    task = datasets.load("examples").tasks["popcount_sum"]
    tk.train_from_iterator([task.c_source, task.baseline.asm, "```assembly\n```"], trainer)
    tok = transformers.PreTrainedTokenizerFast(tokenizer_object=tk, eos_token="<|im_end|>",
                                               pad_token="<|endoftext|>")
    tok.chat_template = TEMPLATE
    tok.save_pretrained(dest)
    torch.manual_seed(0)
    config = transformers.Qwen2Config(vocab_size=len(tok), hidden_size=32, intermediate_size=64,
                                      num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                                      max_position_embeddings=8192, eos_token_id=tok.eos_token_id,
                                      pad_token_id=tok.pad_token_id)
    transformers.Qwen2ForCausalLM(config).save_pretrained(dest)
    return dest


def test_tiny_local_model_proposes_candidates_that_are_judged(tiny_model: Path) -> None:
    from asmopt.policies.hf import HFConfig, HFPolicy

    task = datasets.load("examples").tasks["popcount_sum"]
    policy = HFPolicy(HFConfig(str(tiny_model), max_new_tokens=12))
    cands = policy.propose(task, 2, [])
    assert len(cands) == 2
    _, tok = policy.load()
    from asmopt.policies.chat import conversation

    prompt_len = len(tok.apply_chat_template(conversation(task, "asm", [], None), add_generation_prompt=True,
                                             return_dict=True)["input_ids"])
    for cand in cands:
        assert cand.meta["policy"] == "hf" and cand.meta["temperature"] == 0.5
        assert cand.meta["prompt_tokens"] == prompt_len > 500
        assert 1 <= cand.meta["completion_tokens"] <= 12
        assert cand.asm == "" and "no ```assembly" in cand.meta["error"]  # noise holds no answer block
    assert pickle.loads(pickle.dumps(policy))._model is None  # workers load their own copy

    # Through a strategy: the noise is judged, and it is a compile error, never a gain.
    verifier = Verifier(task, EvalConfig(instructions=False))
    outcome = best_of_n(task, HFPolicy(HFConfig(str(tiny_model), max_new_tokens=8, temperature=0.0)), verifier,
                        Budget(samples=1))
    assert [fb.result.verdict for fb in outcome.history] == ["CE"] and outcome.best is None


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    from asmopt.policies.hf import HFConfig, HFPolicy

    with pytest.raises(AsmoptError, match="does not exist"):
        HFPolicy(HFConfig(str(tmp_path / "nope")))
    (tmp_path / "empty").mkdir()
    pytest.importorskip("transformers")
    with pytest.raises(AsmoptError, match="cannot load"):
        HFPolicy(HFConfig(str(tmp_path / "empty"))).load()
