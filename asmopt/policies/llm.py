"""A language model behind any OpenAI-compatible chat server, as a policy.

vLLM, SGLang, Ollama, llama.cpp's server and hosted APIs all speak
`/v1/chat/completions`; the `openai` client talks to each. The base URL, model
and key come from the config (the command line's --base-url, --model,
--api-key) or the environment (OPENAI_BASE_URL, ASMOPT_MODEL, OPENAI_API_KEY;
a local server that checks no key gets "EMPTY").

Prompting follows the paper (`asmopt.policies.chat`): its prompt or C-only
ablation, answers extracted after the last ```assembly fence, greedy decoding
by default with 2,000 new tokens. Several samples use temperature (0.5, the
paper's rollout temperature, unless given) and are requested one per call, in
parallel up to `max_concurrency` (not every server honours `n`). Connection
errors, time-outs, 429 and 5xx answers are retried with exponential back-off;
when retries run out the task fails (it is retried on resume), whereas a
request the server refuses as such (a prompt too long, 400/413/422) gives an
empty candidate, judged CE, with the server's message. Each candidate records
its token usage, latency, finish reason and place in the refinement chat.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from asmopt.answer import extract_assembly
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.policies import Feedback, chat
from asmopt.task import Task

SAMPLE_TEMPERATURE = 0.5  # the paper's rollout temperature, for more than one sample
REPLY_KEEP = 4000  # characters of a reply kept when no assembly could be read from it
#: HTTP statuses worth retrying: the server is busy or broke, not the request.
RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
#: HTTP statuses that refuse this one request (e.g. a prompt over the context length): a CE candidate.
REFUSED_STATUSES = frozenset({400, 413, 422})


@dataclass(frozen=True)
class LLMConfig:
    """How to reach the model and how to sample from it."""

    model: str = ""
    base_url: str | None = None
    api_key: str | None = None
    prompt: str = "asm"  # "asm" (the paper's prompt) or "c_only" (its ablation)
    temperature: float | None = None  # None: greedy for one sample, SAMPLE_TEMPERATURE for several
    top_p: float | None = None
    max_tokens: int = 2000
    seed: int | None = None  # per-sample seed = seed + sample index, for servers that honour it
    timeout_s: float = 600.0
    retries: int = 4
    backoff_s: float = 1.0
    max_concurrency: int = 4
    max_turns: int = 3  # earlier (answer, feedback) exchanges kept in a refinement chat

    def resolved(self) -> LLMConfig:
        """The config with the environment filled in; AsmoptError when no model is named."""
        model = self.model or os.environ.get("ASMOPT_MODEL", "")
        if not model:
            raise AsmoptError("no model named: pass --model (or set ASMOPT_MODEL) for the llm policy")
        base_url = self.base_url or os.environ.get("OPENAI_BASE_URL") or None
        api_key = self.api_key or os.environ.get("OPENAI_API_KEY") or "EMPTY"
        if self.max_concurrency < 1 or self.retries < 0 or self.max_tokens < 1:
            raise AsmoptError("llm policy: max_concurrency and max_tokens must be >= 1, retries >= 0")
        return replace(self, model=model, base_url=base_url, api_key=api_key)

    def temperature_for(self, n: int) -> float:
        if self.temperature is not None:
            return self.temperature
        return 0.0 if n <= 1 else SAMPLE_TEMPERATURE


@dataclass(frozen=True)
class Reply:
    """One completion: its text and what it cost."""

    text: str
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    latency_s: float
    attempts: int


class RequestRefused(Exception):
    """The server refused this request as such (not worth retrying)."""


class LLMPolicy:
    """Proposes candidates by asking a chat model; refinement rounds continue the model's own chat."""

    def __init__(self, cfg: LLMConfig) -> None:
        self.cfg = cfg.resolved()
        self.name = f"llm:{self.cfg.model}"
        self._client: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        # The HTTP client holds sockets and locks: each worker process makes its own.
        return {k: v for k, v in self.__dict__.items() if k not in ("_client", "_lock")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._client = None
        self._lock = threading.Lock()

    @property
    def client(self) -> Any:
        with self._lock:  # sample threads share one client (it pools connections)
            if self._client is None:
                self._client = self._make_client()
            return self._client

    def _make_client(self) -> Any:
        try:
            import openai
        except ImportError as exc:  # a core dependency, but say what to do if it is missing
            raise AsmoptError("the llm policy needs the openai package: pip install openai") from exc
        # Retries are ours (back-off that also covers refused connections), so the client's are off.
        return openai.OpenAI(base_url=self.cfg.base_url, api_key=self.cfg.api_key,
                             timeout=self.cfg.timeout_s, max_retries=0)

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        """`n` samples, each a fresh prompt (first round) or a turn continuing an earlier candidate's chat."""
        if n < 1:
            return []
        temperature = self.cfg.temperature_for(n)
        jobs = []
        for i, parent in enumerate(chat.parents(history, n)):
            messages = chat.conversation(task, self.cfg.prompt, history, parent, self.cfg.max_turns)
            jobs.append((i, parent, messages))
        workers = max(1, min(self.cfg.max_concurrency, len(jobs)))
        with ThreadPoolExecutor(workers, thread_name_prefix="asmopt-llm") as pool:
            replies = list(pool.map(lambda job: self._ask(job[2], temperature, job[0]), jobs))
        return [self._candidate(task, i, parent, messages, reply, temperature)
                for (i, parent, messages), reply in zip(jobs, replies)]

    def _candidate(self, task: Task, i: int, parent: Feedback | None, messages: list[chat.Message],
                   reply: Reply | str, temperature: float) -> Candidate:
        meta: dict[str, Any] = {
            "policy": "llm", "model": self.cfg.model, "prompt": self.cfg.prompt, "temperature": temperature,
            "uid": chat.new_uid(), "parent": parent.candidate.meta.get("uid") if parent else None,
            "turn": (len(messages) + 1) // 2, "sample_in_call": i,
        }
        if isinstance(reply, str):  # refused by the server: nothing to build
            return Candidate(task.id, "", {**meta, "error": reply})
        meta.update(prompt_tokens=reply.prompt_tokens, completion_tokens=reply.completion_tokens,
                    finish_reason=reply.finish_reason, latency_s=round(reply.latency_s, 3),
                    attempts=reply.attempts)
        asm = extract_assembly(reply.text)
        if asm is None:
            meta["reply"] = reply.text[:REPLY_KEEP]
            meta["error"] = "no ```assembly block in the reply"
            return Candidate(task.id, "", meta)
        return Candidate(task.id, asm, meta)

    def _ask(self, messages: list[chat.Message], temperature: float, index: int) -> Reply | str:
        """One completion with retries; a refusal's message as a str; AsmoptError when retries run out."""
        import openai

        kwargs: dict[str, Any] = {"model": self.cfg.model, "messages": messages,
                                  "temperature": temperature, "max_tokens": self.cfg.max_tokens}
        if self.cfg.top_p is not None:
            kwargs["top_p"] = self.cfg.top_p
        if self.cfg.seed is not None:
            kwargs["seed"] = self.cfg.seed + index
        last = ""
        for attempt in range(self.cfg.retries + 1):
            if attempt:
                # Exponential back-off with jitter, so parallel requests do not retry in lock-step.
                time.sleep(min(60.0, self.cfg.backoff_s * 2 ** (attempt - 1)) * (0.5 + random.random() / 2))
            start = time.monotonic()
            try:
                resp = self.client.chat.completions.create(**kwargs)
            except (openai.APIConnectionError, openai.APITimeoutError) as exc:
                last = f"{type(exc).__name__}: {exc}"
                continue
            except openai.APIStatusError as exc:
                if exc.status_code in RETRY_STATUSES:
                    last = f"HTTP {exc.status_code}: {_short(exc)}"
                    continue
                if exc.status_code in REFUSED_STATUSES:
                    return f"the server refused the request (HTTP {exc.status_code}): {_short(exc)}"
                raise AsmoptError(f"{self.cfg.base_url or 'the OpenAI API'}: HTTP {exc.status_code} for model "
                                  f"{self.cfg.model!r}: {_short(exc)}") from None
            latency = time.monotonic() - start
            if not resp.choices:
                last = "a reply with no choices"
                continue
            choice = resp.choices[0]
            usage = getattr(resp, "usage", None)
            return Reply(choice.message.content or "", choice.finish_reason,
                         getattr(usage, "prompt_tokens", None), getattr(usage, "completion_tokens", None),
                         latency, attempt + 1)
        raise AsmoptError(f"{self.cfg.base_url or 'the OpenAI API'}: no answer after {self.cfg.retries + 1} "
                          f"attempts ({last})")


def _short(exc: Exception, limit: int = 300) -> str:
    text = " ".join(str(getattr(exc, "message", exc)).split())
    return text if len(text) <= limit else text[:limit] + "..."
