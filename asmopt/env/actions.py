"""Actions: the transformations an agent may apply, as one fixed vocabulary.

An action is a compiler setting of the grid (the whole program compiled again
from its C source), one assembly rewrite pass of the search (applied to the
current assembly, at every place it matches), all passes composed, or stop.
The vocabulary is the same on every machine (a trained policy's output layer
depends on it); what this machine cannot run (a compiler that is not
installed, a pass whose instructions the CPU lacks) is masked, not removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.policies.compiler import GRID, Setting
from asmopt.policies.compiler import candidate as compiled
from asmopt.policies.passes import DEFAULT_PASSES, Pass, cpu_flags
from asmopt.task import Task

KINDS = ("stop", "setting", "pass", "passes")


@dataclass(frozen=True)
class Action:
    """One transformation. `name` is its word in the vocabulary (what a policy outputs)."""

    name: str
    kind: str  # one of KINDS
    setting: Setting | None = None
    passes: tuple[Pass, ...] = ()

    def available(self, task: Task) -> bool:
        """Whether this machine can apply it to the task (compiler installed, CPU has the pass's
        instructions, visible tests to train PGO on)."""
        if self.kind == "setting":
            assert self.setting is not None
            return self.setting.available and (not self.setting.pgo or bool(task.visible_tests))
        if self.kind in ("pass", "passes"):
            have = cpu_flags()
            return any(set(p.needs) <= have for p in self.passes)
        return True

    def matches(self, asm: str) -> bool:
        """For a pass action: whether one of its passes this CPU can run changes `asm`. Settings
        compile the C source whatever `asm` is (True); stop changes nothing (False)."""
        if self.kind == "setting":
            return True
        have = cpu_flags()
        return any(set(p.needs) <= have and p.apply(asm) not in (None, asm) for p in self.passes)

    def apply(self, task: Task, asm: str, *, unsafe: bool = False) -> Candidate | None:
        """The candidate this action makes from the current assembly `asm`; None when it changes
        nothing (a pass that matches nowhere, a setting that reproduces `asm`) or is unavailable.
        A compiler failure gives an empty candidate (judged CE), as the compiler policy does."""
        if self.kind == "stop" or not self.available(task):
            return None
        if self.kind == "setting":
            assert self.setting is not None
            cand = compiled(task, self.setting, unsafe=unsafe)
            if cand.asm == asm:
                return None
            return Candidate(task.id, cand.asm, {**cand.meta, "policy": "env", "action": self.name})
        have = cpu_flags()
        out, applied = asm, []
        for p in self.passes:
            if not set(p.needs) <= have:
                continue
            new = p.apply(out)
            if new is not None and new != out:
                out, applied = new, [*applied, p.name]
        if not applied:
            return None
        return Candidate(task.id, out, {"policy": "env", "action": self.name, "passes": applied})


STOP = Action("stop", "stop")


def _vocabulary(settings: Sequence[Setting], passes: Sequence[Pass]) -> tuple[Action, ...]:
    return (STOP,
            *(Action(f"setting:{s.name}", "setting", setting=s) for s in settings),
            *(Action(f"pass:{p.name}", "pass", passes=(p,)) for p in passes),
            Action("passes:all", "passes", passes=tuple(passes)))


#: The default vocabulary: stop, every setting of the compiler grid, every pass of the default
#: search, and all of them composed. Its order is part of a trained policy: append, never reorder.
VOCABULARY: tuple[Action, ...] = _vocabulary(GRID, DEFAULT_PASSES)


def by_name(name: str, vocabulary: Sequence[Action] = VOCABULARY) -> Action:
    """The action called `name`; AsmoptError naming the known ones otherwise."""
    for a in vocabulary:
        if a.name == name:
            return a
    raise AsmoptError(f"unknown action {name!r} (known: {', '.join(a.name for a in vocabulary)})")
