"""A local Hugging Face `transformers` model, from a folder on disk, as a policy.

For a checkpoint a user already has (the released SuperCoder policy, a model
they trained): `AutoModelForCausalLM` and `AutoTokenizer` load the folder with
`local_files_only=True`, so nothing is ever fetched from a hub. The prompt,
refinement turns and answer extraction are the same as the server policy's
(`asmopt.policies.chat`), rendered with the tokenizer's chat template. Decoding
is greedy by default (2,000 new tokens, as the paper evaluated); several
samples use temperature 0.5 unless given.

Needs the `hf` extra: `pip install 'asmopt[hf]'` (transformers, torch).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asmopt.answer import extract_assembly
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.policies import Feedback, chat
from asmopt.policies.llm import REPLY_KEEP, SAMPLE_TEMPERATURE
from asmopt.task import Task


@dataclass(frozen=True)
class HFConfig:
    """Where the model is and how to decode."""

    path: str
    prompt: str = "asm"
    temperature: float | None = None  # None: greedy for one sample, SAMPLE_TEMPERATURE for several
    top_p: float | None = None
    max_new_tokens: int = 2000
    max_prompt_tokens: int | None = None  # longer prompts give an empty (CE) candidate, as the paper dropped them
    device: str = "cpu"  # "cpu", "cuda", "auto"
    dtype: str = "auto"  # "auto", "float32", "bfloat16", "float16"
    seed: int | None = None
    max_turns: int = 3

    def temperature_for(self, n: int) -> float:
        if self.temperature is not None:
            return self.temperature
        return 0.0 if n <= 1 else SAMPLE_TEMPERATURE


class HFPolicy:
    """Proposes candidates by generating with a local causal language model."""

    def __init__(self, cfg: HFConfig) -> None:
        if not Path(cfg.path).is_dir():
            raise AsmoptError(f"hf policy: model folder {cfg.path} does not exist")
        self.cfg = cfg
        self.name = f"hf:{Path(cfg.path).name}"
        self._model: Any = None
        self._tokenizer: Any = None

    def __getstate__(self) -> dict[str, Any]:
        # Weights are loaded again in each worker process rather than pickled across.
        return {**self.__dict__, "_model": None, "_tokenizer": None}

    def load(self) -> tuple[Any, Any]:
        """The model and tokenizer, loaded once, from disk only."""
        if self._model is None:
            try:
                import torch
                import transformers
                from transformers import AutoModelForCausalLM, AutoTokenizer
            except ImportError as exc:
                raise AsmoptError("the hf policy needs transformers and torch: pip install 'asmopt[hf]'") from exc
            dtype = "auto" if self.cfg.dtype == "auto" else getattr(torch, self.cfg.dtype)
            # transformers renamed torch_dtype to dtype in 4.56.
            major, minor = (int(x) for x in transformers.__version__.split(".")[:2])
            dtype_kw = {"dtype" if (major, minor) >= (4, 56) else "torch_dtype": dtype}
            try:
                tok = AutoTokenizer.from_pretrained(self.cfg.path, local_files_only=True)
                model = AutoModelForCausalLM.from_pretrained(self.cfg.path, local_files_only=True, **dtype_kw)
            except (OSError, ValueError) as exc:
                raise AsmoptError(f"hf policy: cannot load a model from {self.cfg.path}: {exc}") from None
            if tok.chat_template is None:
                raise AsmoptError(f"hf policy: the tokenizer in {self.cfg.path} has no chat template")
            device = ("cuda" if torch.cuda.is_available() else "cpu") if self.cfg.device == "auto" else self.cfg.device
            self._model, self._tokenizer = model.to(device).eval(), tok
        return self._model, self._tokenizer

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        """`n` samples: a fresh prompt on the first round, else a turn continuing an earlier candidate's chat."""
        if n < 1:
            return []
        temperature = self.cfg.temperature_for(n)
        out = []
        for i, parent in enumerate(chat.parents(history, n)):
            messages = chat.conversation(task, self.cfg.prompt, history, parent, self.cfg.max_turns)
            meta: dict[str, Any] = {
                "policy": "hf", "model": self.cfg.path, "prompt": self.cfg.prompt, "temperature": temperature,
                "uid": chat.new_uid(), "parent": parent.candidate.meta.get("uid") if parent else None,
                "turn": (len(messages) + 1) // 2, "sample_in_call": i,
            }
            text, usage = self._generate(messages, temperature, i)
            meta.update(usage)
            if text is None:
                out.append(Candidate(task.id, "", meta))
                continue
            asm = extract_assembly(text)
            if asm is None:
                meta.update(reply=text[:REPLY_KEEP], error="no ```assembly block in the reply")
                asm = ""
            out.append(Candidate(task.id, asm, meta))
        return out

    def _generate(self, messages: list[chat.Message], temperature: float, index: int) -> tuple[str | None, dict]:
        """One completion and its token counts; None (with an error) when the prompt is too long."""
        import torch

        model, tok = self.load()
        ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                      return_dict=True)
        input_ids = ids["input_ids"].to(model.device)
        prompt_tokens = int(input_ids.shape[1])
        if self.cfg.max_prompt_tokens is not None and prompt_tokens > self.cfg.max_prompt_tokens:
            return None, {"prompt_tokens": prompt_tokens, "completion_tokens": 0,
                          "error": f"prompt of {prompt_tokens} tokens over the {self.cfg.max_prompt_tokens} limit"}
        kwargs: dict[str, Any] = {"max_new_tokens": self.cfg.max_new_tokens,
                                  "attention_mask": ids["attention_mask"].to(model.device)}
        if temperature > 0:
            kwargs.update(do_sample=True, temperature=temperature)
            if self.cfg.top_p is not None:
                kwargs["top_p"] = self.cfg.top_p
            if self.cfg.seed is not None:
                torch.manual_seed(self.cfg.seed + index)
        else:
            kwargs.update(do_sample=False)
        if tok.pad_token_id is None and tok.eos_token_id is not None:
            kwargs["pad_token_id"] = tok.eos_token_id
        start = time.monotonic()
        with torch.inference_mode():
            generated = model.generate(input_ids, **kwargs)
        new = generated[0, prompt_tokens:]
        text = tok.decode(new, skip_special_tokens=True)
        finish = "stop" if tok.eos_token_id is not None and bool((new == tok.eos_token_id).any()) else "length"
        return text, {"prompt_tokens": prompt_tokens, "completion_tokens": int(new.shape[0]),
                      "finish_reason": finish, "latency_s": round(time.monotonic() - start, 3)}
