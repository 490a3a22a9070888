"""A small learned policy: which transformation to try on which program.

A tiny causal language model over a closed vocabulary of words: a program's
features (`asmopt.env.environment.prompt_words`: instruction classes in loops,
library I/O calls, which rewrite passes match) are the prompt, and the next
word is an action of `asmopt.env.actions.VOCABULARY`. Ranking the actions by
the model's next-word logits (those this machine can apply, stop excluded)
gives the order in which the policy proposes candidates: one per action, so a
budget of k samples spends k judgements on the k actions it rates highest.

`init_model` writes a model folder with random weights (the untrained
policy); `asmopt.rl.learn` trains one with GRPO. `--policy learned` uses the
one shipped in `asmopt/data/policy` (trained on the built-in train split),
`--policy learned:PATH` any other folder. Needs torch and transformers (the
`hf` or `train` extra).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asmopt.candidate import Candidate, normalise_asm
from asmopt.env import observation as obs
from asmopt.env.actions import VOCABULARY, Action
from asmopt.errors import AsmoptError
from asmopt.policies import Feedback
from asmopt.task import Task

SPECIALS = ("<pad>", "<unk>", "<bos>", "<eos>")
POLICY_FILE = "policy.json"
KIND = "asmopt-learned-policy"
#: The policy trained on the built-in train split, shipped with the package.
SHIPPED = Path(__file__).resolve().parent.parent / "data" / "policy"
#: Which of a program's prompt words a policy reads: "all" (instruction classes in loops and overall,
#: loops, functions, I/O calls, which rewrite passes match) or "passes" (which passes match, only).
FEATURES = ("all", "passes")


@dataclass(frozen=True)
class ModelSize:
    hidden_size: int = 64
    layers: int = 2
    heads: int = 4


def words(vocabulary: Sequence[Action] = VOCABULARY) -> list[str]:
    """The model's whole vocabulary: special tokens, every feature word, every action."""
    names = obs.prompt_names(obs.feature_names(vocabulary))
    return [*SPECIALS, *obs.word_vocabulary(names), *(a.name for a in vocabulary)]


def select_words(words: Sequence[str], features: str) -> list[str]:
    """The words of a program's prompt that a policy with these `features` reads."""
    if features not in FEATURES:
        raise AsmoptError(f"unknown features {features!r} (known: {', '.join(FEATURES)})")
    return list(words) if features == "all" else [w for w in words if w.startswith("applies_")]


def make_tokenizer(vocab: Sequence[str]) -> Any:
    """A word-level tokenizer (one token per word, split on blanks) as transformers wants one."""
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import WhitespaceSplit
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(WordLevel({w: i for i, w in enumerate(vocab)}, unk_token="<unk>"))
    tok.pre_tokenizer = WhitespaceSplit()
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", unk_token="<unk>",
                                   bos_token="<bos>", eos_token="<eos>", padding_side="left")


def init_model(path: Path, seed: int = 0, size: ModelSize = ModelSize(),
               vocabulary: Sequence[Action] = VOCABULARY, features: str = "all") -> Path:
    """Write a randomly initialised policy (model, tokenizer, policy.json) to `path`."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    vocab = words(vocabulary)
    tokenizer = make_tokenizer(vocab)
    config = LlamaConfig(vocab_size=len(vocab), hidden_size=size.hidden_size, intermediate_size=2 * size.hidden_size,
                         num_hidden_layers=size.layers, num_attention_heads=size.heads,
                         num_key_value_heads=size.heads, max_position_embeddings=128,
                         pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.bos_token_id,
                         eos_token_id=tokenizer.eos_token_id, tie_word_embeddings=True)
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    path.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    write_card(path, vocabulary, {"seed": seed, "trained": False, "features": features})
    return path


def write_card(path: Path, vocabulary: Sequence[Action], extra: dict[str, Any]) -> None:
    """policy.json: what the folder is, and the actions its output words mean."""
    card = {"kind": KIND, "actions": [a.name for a in vocabulary], **extra}
    (path / POLICY_FILE).write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")


def read_card(path: Path) -> dict[str, Any]:
    card_path = path / POLICY_FILE
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AsmoptError(f"learned policy: {path} has no {POLICY_FILE} (not a policy folder; "
                          "make one with `asmopt train policy`)") from None
    except json.JSONDecodeError as exc:
        raise AsmoptError(f"learned policy: {card_path} is not JSON ({exc})") from None
    if card.get("kind") != KIND:
        raise AsmoptError(f"learned policy: {card_path} is not an asmopt learned policy")
    return card


def prompt(task_words: Sequence[str]) -> str:
    """The prompt text of a program's words (what training and ranking both feed the model)."""
    return " ".join(task_words)


class LearnedPolicy:
    """Proposes the actions its model rates highest for the task, one candidate each."""

    reach = "own"  # compiler settings and rewrites of the program's own code

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else SHIPPED
        if not self.path.is_dir():
            raise AsmoptError(f"learned policy: {self.path} is not a folder")
        card = read_card(self.path)
        known = {a.name: a for a in VOCABULARY}
        unknown = [n for n in card["actions"] if n not in known]
        if unknown:
            raise AsmoptError(f"learned policy {self.path}: actions this version lacks: {', '.join(unknown)}")
        self.actions = [known[n] for n in card["actions"]]
        self.card = card
        self.name = "learned" if self.path == SHIPPED else f"learned:{self.path.name}"
        self._model: Any = None
        self._tokenizer: Any = None

    def machine_note(self) -> str | None:
        """A warning when the policy's rewards were measured on another CPU than this one (the best
        settings differ between CPUs, AVX-512 above all); None when they match or it is unknown."""
        from asmopt.env.environment import machine

        trained_on, here = self.card.get("machine"), machine()
        if not trained_on or trained_on == here:
            return None
        return (f"the learned policy {self.path} was trained on rewards measured on {trained_on}; this machine is "
                f"{here}: its choices may not suit this CPU (retrain it here: asmopt train policy)")

    def _load(self) -> None:
        if self._model is not None:
            return
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForCausalLM, PreTrainedTokenizerFast
        except ImportError as exc:
            raise AsmoptError(f"the learned policy needs torch and transformers: pip install 'asmopt[hf]' "
                              f"({exc})") from None
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a 400 KB model: no loading bar in eval's output
        self._tokenizer = PreTrainedTokenizerFast.from_pretrained(self.path, local_files_only=True)
        self._model = AutoModelForCausalLM.from_pretrained(self.path, local_files_only=True).eval()

    def scores(self, task_words: Sequence[str]) -> dict[str, float]:
        """The model's next-word logit of each action after the program's words (and any actions
        already chosen)."""
        import torch

        self._load()
        ids = self._tokenizer(prompt(task_words), return_tensors="pt", add_special_tokens=False)
        with torch.no_grad():
            logits = self._model(**ids).logits[0, -1]
        return {a.name: float(logits[self._tokenizer.convert_tokens_to_ids(a.name)]) for a in self.actions}

    def rank(self, task: Task, asm: str) -> list[Action]:
        """The actions this machine can apply to `asm`, best first (stop excluded): decoded greedily,
        each next action chosen given the ones before it (the model was trained to name the best
        first action, then its best complement), up to the trained budget; the rest by the first
        position's scores."""
        from asmopt.env.environment import prompt_words

        return self.rank_words(prompt_words(asm, VOCABULARY),
                               [a for a in self.actions if a.kind != "stop" and a.available(task)])

    def rank_words(self, words: Sequence[str], usable: Sequence[Action]) -> list[Action]:
        """`rank` on a program's prompt words (all of them: the policy reads those its card names),
        among `usable` actions."""
        words = select_words(words, self.card.get("features", "all"))
        first = self.scores(words)
        chosen: list[Action] = []
        for _ in range(min(int(self.card.get("budget", 1)), len(usable))):
            scores = self.scores([*words, *(a.name for a in chosen)]) if chosen else first
            chosen.append(max((a for a in usable if a not in chosen), key=lambda a: scores[a.name]))
        return [*chosen, *sorted((a for a in usable if a not in chosen), key=lambda a: -first[a.name])]

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        if n <= 0 or task.baseline is None:
            return []
        tried = {fb.candidate.meta.get("action") for fb in history}
        seen = {normalise_asm(fb.candidate.asm) for fb in history} | {normalise_asm(task.baseline.asm)}
        out: list[Candidate] = []
        for rank, act in enumerate(self.rank(task, task.baseline.asm)):
            if len(out) >= n:
                break
            if act.name in tried:
                continue
            cand = act.apply(task, task.baseline.asm)
            if cand is None or not cand.asm:
                continue
            key = normalise_asm(cand.asm)
            if key in seen:
                continue  # another action already made this program: no judgement wasted on it
            seen.add(key)
            out.append(Candidate(task.id, cand.asm, {**cand.meta, "policy": self.name, "rank": rank}))
        return out
