"""Task: a C program, its tests and its baseline assembly.

A task is what a policy is asked to speed up. Tests carry a visible/hidden mark:
a search may look only at visible tests; verdicts use all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CHECKERS = ("exact", "lines", "tokens")


@dataclass(frozen=True)
class Test:
    """One test: stdin bytes and the exact stdout bytes expected."""

    __test__ = False  # not a pytest test class

    name: str
    input: bytes
    output: bytes
    hidden: bool = False


@dataclass(frozen=True)
class Baseline:
    """The baseline assembly and how it was made."""

    asm: str
    compiler: str = "gcc"
    version: str = ""
    flags: tuple[str, ...] = ("-O3",)


@dataclass(frozen=True)
class Task:
    """A program to optimise. `baseline` is None until the toolchain makes it."""

    id: str
    c_source: str
    tests: tuple[Test, ...]
    baseline: Baseline | None = None
    checker: str = "exact"
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def visible_tests(self) -> tuple[Test, ...]:
        return tuple(t for t in self.tests if not t.hidden)

    @property
    def hidden_tests(self) -> tuple[Test, ...]:
        return tuple(t for t in self.tests if t.hidden)
