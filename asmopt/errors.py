"""User-facing errors: one line, no traceback, naming the problem and the record."""

from __future__ import annotations


class AsmoptError(Exception):
    """An error caused by the user's input or environment, printed as one line."""


class RecordError(AsmoptError):
    """One bad record in a file of many: reported, skipped, the rest still processed."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
