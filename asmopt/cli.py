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
data_app = typer.Typer(no_args_is_help=True, help="The built-in benchmark corpus, and statistics of any dataset.")
app.add_typer(data_app, name="data")
err = Console(stderr=True, highlight=False, soft_wrap=True)
# Piped output keeps wide tables readable instead of folding them to 80 columns.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)

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


@app.command("baselines")
def baselines_cmd(
    dataset: Annotated[str, typer.Option("--dataset", help="Task JSONL, task folder(s), 'builtin' or 'examples'.")] = "builtin",
    out_dir: Annotated[Path, typer.Option("-o", "--out", help="Folder for each setting's candidates and results (resumed).")] = Path("out/baselines"),
    only: Annotated[Optional[list[str]], typer.Option("--setting", help="Run only these settings (repeat).")] = None,
    timing: Annotated[bool, typer.Option("--timing", help="Also measure wall time (interleaved runs).")] = False,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
) -> None:
    """Judge the compiler settings a user would try instead (gcc -O2, -O3 -march=native, PGO, clang -O3)."""
    from dataclasses import asdict

    from asmopt.baselines import run_setting, settings
    from asmopt.batch import default_jobs
    from asmopt.evaluate import EvalConfig
    from asmopt.policies.compiler import BASELINES

    known = [b.name for b in BASELINES]
    unknown = [n for n in only or [] if n not in known]
    if unknown:
        raise AsmoptError(f"unknown setting {', '.join(unknown)} (known: {', '.join(known)})")
    _require_sandbox(False)
    chosen, notes = settings(only)
    for note in notes:
        err.print(f"note: {note}", markup=False)
    cfg = EvalConfig(timing=timing)
    rows = []
    try:
        with _progress() as bar:
            ids: dict[str, int] = {}

            def progress(label: str, done: int, total: int) -> None:
                if label not in ids:
                    ids[label] = bar.add_task(label, total=total)
                bar.update(ids[label], completed=done, total=total)

            for setting in chosen:
                rows.append(run_setting(dataset, setting, out_dir, cfg, jobs or default_jobs(), progress))
    except KeyboardInterrupt:
        err.print(f"interrupted: files in {out_dir} are kept; run the same command again to resume", markup=False)
        raise typer.Exit(130) from None
    if as_json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
    else:
        _print_baselines(rows, timing)
    errors = [e for r in rows for e in r.errors]
    for line in errors[:20]:
        err.print(f"error: {line}", markup=False)
    if len(errors) > 20:
        err.print(f"... and {len(errors) - 20} more errors", markup=False)


def _print_baselines(rows: list, timing: bool) -> None:
    from rich.table import Table

    def x(v: Optional[float]) -> str:
        return "-" if v is None else f"{v:.3f}x"

    table = Table(title="Speedup over gcc -O3 (instructions: callgrind, summed over all tests)")
    for col in ("setting", "command", "tasks", "compiled", "correct", "wrong on hidden",
                "instr geomean (AC)", "strict instr geomean", *(("wall geomean (AC)",) if timing else ())):
        table.add_column(col, justify="left" if col in ("setting", "command") else "right")
    for r in rows:
        table.add_row(r.setting, r.command, str(r.tasks), f"{r.compiled:.1%}", f"{r.correct:.1%}",
                      str(r.wrong_hidden), f"{x(r.instr_geomean)} ({r.instr_measured})", x(r.strict_instr_geomean),
                      *((x(r.wall_geomean),) if timing else ()))
    out.print(table)
    out.print("instr geomean (AC): over correct tasks whose count was measured (n in brackets); "
              "strict: every task, anything not correct and significantly faster counts 1.0 (falls back to -O3).")


@data_app.command("build")
def data_build(
    names: Annotated[Optional[list[str]], typer.Argument(help="Programs to build (default: all).")] = None,
    root: Annotated[Optional[Path], typer.Option("--root", help="Corpus folder \\[default: benchmarks/builtin].")] = None,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 when any file would change.")] = False,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
) -> None:
    """Regenerate the built-in corpus: tests, cross-checked expected outputs, baseline assembly."""
    from asmopt import corpus
    from asmopt.batch import default_jobs

    folders = corpus.programs(root or corpus.ROOT)
    total = len(names) if names else len(folders)
    failed = changed = 0
    with _progress() as bar:
        task = bar.add_task("checking" if check else "building", total=total)

        def done(rep: "corpus.ProgramReport") -> None:
            nonlocal failed, changed
            bar.advance(task)
            if not rep.ok:
                failed += 1
                bar.console.print(f"{rep.name}: FAILED", markup=False)
                for p in rep.problems:
                    bar.console.print(f"  - {p}", markup=False)
            elif rep.changed:
                changed += 1
                verb = "would change" if check else "updated"
                bar.console.print(f"{rep.name}: {verb}: {', '.join(rep.changed[:6])}"
                                  + (" ..." if len(rep.changed) > 6 else ""), markup=False)

        corpus.build(root or corpus.ROOT, names, write=not check, jobs=jobs or default_jobs(), on_done=done)
    err.print(f"{total} programs: {failed} failed, {changed} {'would change' if check else 'updated'}, "
              f"{total - failed - changed} unchanged", markup=False)
    if failed or (check and changed):
        raise typer.Exit(1)


@data_app.command("stats")
def data_stats(
    dataset: Annotated[str, typer.Argument(help="Dataset: 'builtin', 'examples', a task JSONL or folder.")] = "builtin",
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
    no_instructions: Annotated[bool, typer.Option("--no-instructions", help="Skip callgrind counts.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (rows and totals).")] = False,
) -> None:
    """Per program: assembly lines, tests, -O0/-O3 ratio, -O3 instructions and CPU time on stress tests."""
    import functools
    from concurrent.futures import ProcessPoolExecutor

    from asmopt.batch import default_jobs
    from asmopt.datasets.stats import task_stats, totals

    _require_sandbox(False)
    ds = datasets.load(dataset)
    for e in ds.errors:
        err.print(f"error: {e}", markup=False)
    tasks = [ds.tasks[k] for k in sorted(ds.tasks)]
    rows = []
    with _progress() as bar, ProcessPoolExecutor(jobs or default_jobs()) as pool:
        task = bar.add_task("measuring", total=len(tasks))
        for row in pool.map(functools.partial(task_stats, instructions=not no_instructions), tasks):
            rows.append(row)
            bar.advance(task)
    summary = totals(rows)
    if as_json:
        print(json.dumps({"rows": [r.to_dict() for r in rows], "totals": summary}, indent=2))
    else:
        _print_stats(rows, summary)
    if ds.errors or summary["failed"]:
        raise typer.Exit(1)


def _print_stats(rows: list, summary: dict) -> None:
    from rich.table import Table

    def f(v: Optional[float], fmt: str) -> str:
        return "-" if v is None else format(v, fmt)

    table = Table(title="Per program (stress tests: means; CPU time: least of 3 sandboxed runs)")
    for col in ("program", "asm instr", "asm lines", "tests vis/hid", "stress", "-O0/-O3 cpu", "-O3 instr",
                "-O3 cpu ms", "error"):
        table.add_column(col, justify="left" if col in ("program", "error") else "right")
    for r in rows:
        table.add_row(r.task_id, str(r.asm_instructions), str(r.asm_lines), f"{r.tests_visible}/{r.tests_hidden}",
                      str(r.stress_tests), f(r.o0_o3_ratio, ".2f"), f(r.o3_instr, ",.0f"), f(r.o3_cpu_ms, ".1f"),
                      r.error[:60])
    out.print(table)
    out.print(", ".join(f"{k}: {v:,.2f}" if isinstance(v, float) else f"{k}: {v}" for k, v in summary.items()),
              markup=False)


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
