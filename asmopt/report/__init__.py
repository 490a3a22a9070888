"""Reports over results files: the paper's metrics and our stricter ones.

`build_report` / `report_command` live in `asmopt.report.build`; they are
loaded on first use so `asmopt summary` does not pay for importing matplotlib.
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_report", "report_command"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from asmopt.report import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
