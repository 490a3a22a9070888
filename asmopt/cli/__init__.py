"""The `asmopt` command line: one module per command group, registered here.

evaluate (eval, summary, report), optimize, data (data build|stats, baselines),
train (train grpo|policy|ppo, export verl), bench (bench harness|soak|cost|reward|policy);
what they share (consoles, options, sandbox and Ray checks) is in common.
"""

from __future__ import annotations

import sys
from typing import Optional

import typer

from asmopt.cli import bench, data, evaluate, optimize, train
from asmopt.cli.common import BUILTIN_CANDIDATES, err
from asmopt.errors import AsmoptError

__all__ = ["BUILTIN_CANDIDATES", "app", "main"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Make compiled C programs faster by rewriting their assembly; judge and measure every rewrite.",
)
app.command("eval")(evaluate.eval_cmd)
app.command("summary")(evaluate.summary_cmd)
app.command("report")(evaluate.report_cmd)
app.command("optimize")(optimize.optimize_cmd)
app.command("baselines")(data.baselines_cmd)
app.add_typer(data.app, name="data")
app.add_typer(bench.app, name="bench")
app.add_typer(train.export_app, name="export")
app.add_typer(train.app, name="train")


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point: AsmoptError becomes one line on stderr and exit status 2."""
    try:
        app(args=argv, standalone_mode=True)
    except AsmoptError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(2)
