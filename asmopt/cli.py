"""The `asmopt` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from asmopt import datasets
from asmopt.errors import AsmoptError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Make compiled C programs faster by rewriting their assembly; judge and measure every rewrite.",
)
bench_app = typer.Typer(no_args_is_help=True, help="Throughput benchmarks of asmopt itself.")
app.add_typer(bench_app, name="bench")
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False)

#: Candidate files shipped with the package, by name.
BUILTIN_CANDIDATES = {"examples": datasets.BUILTIN["examples"] / "candidates.jsonl"}


def _candidates_path(spec: str) -> Path:
    if spec in BUILTIN_CANDIDATES:
        return BUILTIN_CANDIDATES[spec]
    return Path(spec)


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )


@app.command("eval")
def eval_cmd(
    dataset: Annotated[str, typer.Option("--dataset", help="Task JSONL, task folder(s), or 'examples'.")] = "examples",
    candidates: Annotated[str, typer.Option("--candidates", help="Candidates JSONL ({task_id, asm, ...}) or 'examples'.")] = "examples",
    out_path: Annotated[Path, typer.Option("--out", help="Results JSONL (appended; an existing file is resumed).")] = Path("results.jsonl"),
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
    timing: Annotated[bool, typer.Option("--timing", help="Also measure wall and CPU time (interleaved runs).")] = False,
    metric: Annotated[str, typer.Option("--metric", help="strict (ours) or paper (SuperCoder's conventions).")] = "strict",
    no_instructions: Annotated[bool, typer.Option("--no-instructions", help="Judge only; skip callgrind.")] = False,
    time_limit: Annotated[float, typer.Option("--time-limit", help="Per-test wall/CPU limit, seconds.")] = 10.0,
    memory_limit: Annotated[int, typer.Option("--memory-limit", help="Per-test address-space limit, MiB.")] = 1024,
    unsafe_no_sandbox: Annotated[bool, typer.Option("--unsafe-no-sandbox", help="Run untrusted binaries WITHOUT bubblewrap.")] = False,
) -> None:
    """Judge and measure every candidate; one result line per candidate in --out."""
    from asmopt.batch import default_jobs, run_batch
    from asmopt.evaluate import EvalConfig
    from asmopt.sandbox import Limits

    if unsafe_no_sandbox:
        err.print("[bold red]WARNING: --unsafe-no-sandbox: candidate binaries run with your user's rights, "
                  "network and files.[/]")
    cfg = EvalConfig(
        metric=metric,
        limits=Limits(wall_s=time_limit, cpu_s=time_limit, memory_bytes=memory_limit << 20),
        instructions=not no_instructions,
        timing=timing,
        unsafe=unsafe_no_sandbox,
    )
    _require_sandbox(cfg.unsafe)
    try:
        with _progress() as bar:
            task = bar.add_task("judging", total=None)
            report = run_batch(
                dataset, _candidates_path(candidates), out_path, cfg, jobs or default_jobs(),
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except KeyboardInterrupt:
        err.print(f"interrupted: the results in {out_path} are kept; run the same command again to resume",
                  markup=False)
        raise typer.Exit(130) from None
    for line in report.errors:
        err.print(f"error: {line}", markup=False)
    err.print(f"{report.written} results written to {out_path}"
              + (f", {report.skipped} already there" if report.skipped else ""), markup=False)
    if report.errors:
        raise typer.Exit(1)


@app.command("summary")
def summary_cmd(
    results: Annotated[Path, typer.Argument(help="Results JSONL from `asmopt eval`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """The paper's columns and ours for one results file."""
    from asmopt import jsonl
    from asmopt.errors import RecordError
    from asmopt.report.metrics import render, summarize

    records, bad = [], 0
    for _, rec in jsonl.read(results):
        if isinstance(rec, RecordError):
            err.print(f"error: {rec}", markup=False)
            bad += 1
        else:
            records.append(rec)
    try:
        summary = summarize(records)
    except ValueError as exc:
        raise AsmoptError(f"{results}: {exc}") from None
    if as_json:
        print(json.dumps(summary.to_dict(), indent=2))
    else:
        print(render(summary))
    if bad:
        raise typer.Exit(1)


@app.command("report")
def report_cmd(
    results: Annotated[list[Path], typer.Argument(help="Results JSONL files, one per policy (a row each).")],
    out_dir: Annotated[Path, typer.Option("-o", "--out", help="Report folder (index.html, report.md, plots/, programs/).")] = Path("report"),
    dataset: Annotated[Optional[str], typer.Option("--dataset", help="Dataset the results came from, to link each program's source and baseline.")] = None,
    candidates: Annotated[Optional[list[str]], typer.Option("--candidates", help="Candidates JSONL of each results file, repeated in the same order; '-' for none; 'examples'.")] = None,
) -> None:
    """An HTML page and a Markdown file comparing one or more results files."""
    from asmopt.report import report_command

    index = report_command(results, out_dir, dataset, [Path(c) for c in candidates] if candidates else None)
    err.print(f"report written to {index}", markup=False)


@bench_app.command("harness")
def bench_harness(
    dataset: Annotated[str, typer.Option("--dataset", help="Dataset to draw candidates from.")] = "examples",
    candidates: Annotated[int, typer.Option("--candidates", "-n", min=1, help="Candidates to judge per phase.")] = 40,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
) -> None:
    """Candidates judged per second (judge only), and seconds per candidate with callgrind."""
    from asmopt.bench import harness

    _require_sandbox(False)
    harness(dataset, candidates, jobs, out)


@bench_app.command("soak")
def bench_soak(
    candidates: Annotated[int, typer.Option("--candidates", "-n", min=1, help="Candidates to judge: good, bad and hostile.")] = 2000,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
) -> None:
    """Judge many good, bad and hostile candidates; exit 1 when anything leaks or a verdict is off."""
    from asmopt.bench import soak

    _require_sandbox(False)
    if not soak(candidates, jobs, out)["passed"]:
        raise typer.Exit(1)


def _require_sandbox(unsafe: bool) -> None:
    from asmopt.sandbox import bwrap_problem

    if not unsafe and (problem := bwrap_problem()) is not None:
        raise AsmoptError(f"the sandbox cannot run: {problem}. Run the README's setup command, or pass "
                          "--unsafe-no-sandbox to run untrusted code without a sandbox")


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point: AsmoptError becomes one line on stderr and exit status 2."""
    try:
        app(args=argv, standalone_mode=True)
    except AsmoptError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(2)
