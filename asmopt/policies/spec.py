"""Policies by name: what `--policy` names (offline, compiler, learned[:PATH], llm, hf:PATH) and the
options that configure it, picklable so worker processes build the policy themselves."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from asmopt.errors import AsmoptError
from asmopt.policies import Policy
from asmopt.policies.llm import LLMConfig

POLICIES = ("offline", "compiler", "learned[:PATH]", "llm", "hf:PATH")


@dataclass(frozen=True)
class PolicySpec:
    """A policy named on the command line, with the options that configure it (picklable)."""

    name: str = "offline"  # offline | compiler | learned[:PATH] | llm | hf:PATH
    llm: LLMConfig = LLMConfig()  # model, server and sampling (the hf policy uses prompt/sampling fields)
    unsafe: bool = False

    def build(self) -> Policy:
        """The policy itself. Offline is the other offline policies' portfolio when installed, else the compiler search."""
        if self.name == "offline":
            try:
                from asmopt.policies.portfolio import default_portfolio
            except ImportError:
                return _compiler(self.unsafe)
            return default_portfolio()
        if self.name == "compiler":
            return _compiler(self.unsafe)
        if self.name == "learned" or self.name.startswith("learned:"):
            from asmopt.policies.learned import LearnedPolicy

            return LearnedPolicy(self.name.partition(":")[2] or None)  # no path: the shipped one
        if self.name == "llm":
            from asmopt.policies.llm import LLMPolicy

            return LLMPolicy(self.llm)
        if self.name.startswith("hf:") and len(self.name) > 3:
            from asmopt.policies.hf import HFConfig, HFPolicy

            c = self.llm
            return HFPolicy(HFConfig(self.name[3:], prompt=c.prompt, temperature=c.temperature, top_p=c.top_p,
                                     max_new_tokens=c.max_tokens, seed=c.seed, max_turns=c.max_turns))
        raise AsmoptError(f"unknown policy {self.name!r} (known: {', '.join(POLICIES)})")

    def describe(self) -> dict[str, Any]:
        """What to record about the policy: never the API key."""
        d: dict[str, Any] = {"policy": self.name}
        if self.name == "llm" or self.name.startswith("hf:"):
            llm = dataclasses.asdict(self.llm)
            llm.pop("api_key", None)
            d["options"] = llm
        return d


def _compiler(unsafe: bool) -> Policy:
    from asmopt.policies.compiler import CompilerSearch

    return CompilerSearch(unsafe=unsafe)
