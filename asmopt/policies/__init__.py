"""Policies: what makes candidates (the compiler, an assembly search, a language model).

A policy proposes candidates for a task; a strategy (`asmopt.strategies`)
decides how many, judges them on the visible tests, and feeds back what the
harness found. The contract every policy keeps:

    class Policy(Protocol):
        name: str
        def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]

`task` always carries its baseline assembly. `history` holds the earlier
candidates of this search with their results on the visible tests (empty on the
first round); a policy never sees hidden tests or their outputs. A policy may
return fewer than `n` candidates (none when it has nothing new to offer), and
puts what it wants recorded (policy name, sample index, tokens, parent) in
`Candidate.meta`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from asmopt.candidate import Candidate
from asmopt.result import Result
from asmopt.task import Task


@dataclass(frozen=True)
class Feedback:
    """An earlier candidate and what the harness found on the visible tests."""

    candidate: Candidate
    result: Result  # judged on visible tests only
    profile: str = ""  # where the instructions are spent (callgrind per function), when measured


class Policy(Protocol):
    """Makes candidates for a task (see the module docstring for the contract)."""

    name: str

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]: ...
