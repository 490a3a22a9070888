"""`asmopt data build|stats` and `asmopt baselines`: the corpus, its statistics, and the compiler settings a user
would try instead."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from asmopt import datasets
from asmopt.cli.common import JobsOpt, PlacementsOpt, RayOpt, SplitOpt, err, out, progress, ray_address
from asmopt.errors import AsmoptError

app = typer.Typer(no_args_is_help=True, help="The built-in benchmark corpus, and statistics of any dataset.")


def baselines_cmd(
    dataset: Annotated[str, typer.Option("--dataset", help="Task JSONL, task folder(s), 'builtin' or 'examples'.")] = "builtin",
    out_dir: Annotated[Path, typer.Option("-o", "--out", help="Folder for each setting's candidates and results (resumed).")] = Path("out/baselines"),
    split: SplitOpt = None,
    only: Annotated[Optional[list[str]], typer.Option("--setting", help="Run only these settings (repeat).")] = None,
    timing: Annotated[bool, typer.Option("--timing/--no-timing", help="Measure CPU and wall time (interleaved runs); --no-timing: instructions only, nothing claimed.")] = True,
    placements: PlacementsOpt = 1,
    jobs: JobsOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
    ray: RayOpt = None,
) -> None:
    """Judge the compiler settings a user would try instead (gcc -O2, -O3 -march=native, PGO, clang -O3).

    Example: asmopt baselines --split test --setting gcc-O2 --setting clang-O3
    """
    from dataclasses import asdict

    from asmopt.baselines import run_setting, settings
    from asmopt.batch import default_jobs
    from asmopt.evaluate import EvalConfig
    from asmopt.measure.timing import TimingConfig
    from asmopt.policies.compiler import BASELINES

    known = [b.name for b in BASELINES]
    unknown = [n for n in only or [] if n not in known]
    if unknown:
        raise AsmoptError(f"unknown setting {', '.join(unknown)} (known: {', '.join(known)})")
    ray = ray_address(ray, False)
    chosen, notes = settings(only)
    for note in notes:
        err.print(f"note: {note}", markup=False)
    cfg = EvalConfig(timing=timing, timing_cfg=TimingConfig(placements=placements))
    rows = []
    try:
        with progress() as bar:
            ids: dict[str, int] = {}

            def on_progress(label: str, done: int, total: int) -> None:
                if label not in ids:
                    ids[label] = bar.add_task(label, total=total)
                bar.update(ids[label], completed=done, total=total)

            for setting in chosen:
                rows.append(run_setting(dataset, setting, out_dir, cfg, jobs or default_jobs(), on_progress, split=split,
                                        ray_address=ray))
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

    from asmopt.report.metrics import INSTRUCTIONS_ONLY

    def x(v: Optional[float]) -> str:
        return "-" if v is None else f"{v:.3f}x"

    title = ("Speedup over gcc -O3: measured time (interleaved, stress tests) and instructions (callgrind, all tests)"
             if timing else f"Speedup over gcc -O3 in instructions (callgrind, all tests): {INSTRUCTIONS_ONLY}")
    table = Table(title=title)
    for col in ("setting", "command", "tasks", "compiled", "correct", "wrong on hidden",
                *(("wall geomean (AC)", "strict wall geomean") if timing else ()),
                "instr geomean (AC)", "strict instr geomean"):
        table.add_column(col, justify="left" if col in ("setting", "command") else "right")
    for r in rows:
        table.add_row(r.setting, r.command, str(r.tasks), f"{r.compiled:.1%}", f"{r.correct:.1%}",
                      str(r.wrong_hidden), *((x(r.wall_geomean), x(r.strict_wall_geomean)) if timing else ()),
                      f"{x(r.instr_geomean)} ({r.instr_measured})", x(r.strict_instr_geomean))
    out.print(table)
    out.print("geomean (AC): over correct tasks whose cost was measured (instructions: n in brackets); "
              "strict: every task, anything not correct and confirmed faster in time counts 1.0 "
              "(falls back to -O3), in time and in the instructions of those same gains.")


@app.command("build")
def data_build(
    names: Annotated[Optional[list[str]], typer.Argument(help="Programs to build (default: all).")] = None,
    root: Annotated[Optional[Path], typer.Option("--root", help="Corpus folder \\[default: benchmarks/builtin].")] = None,
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 when any file would change.")] = False,
    jobs: JobsOpt = None,
) -> None:
    """Regenerate the built-in corpus: tests, cross-checked expected outputs, baseline assembly.

    Example: asmopt data build --check
    """
    from asmopt import corpus
    from asmopt.batch import default_jobs

    folders = corpus.programs(root or corpus.ROOT)
    total = len(names) if names else len(folders)
    failed = changed = 0
    with progress() as bar:
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


@app.command("stats")
def data_stats(
    dataset: Annotated[str, typer.Argument(help="Dataset: 'builtin', 'examples', a task JSONL or folder.")] = "builtin",
    split: SplitOpt = None,
    jobs: JobsOpt = None,
    no_instructions: Annotated[bool, typer.Option("--no-instructions", help="Skip callgrind counts.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (rows and totals).")] = False,
    ray: RayOpt = None,
) -> None:
    """Per program: assembly lines, tests, -O0/-O3 ratio, -O3 instructions and CPU time on stress tests.

    Example: asmopt data stats builtin --split test --json
    """
    from asmopt import cluster
    from asmopt.batch import default_jobs
    from asmopt.datasets.stats import task_stats, totals

    ray = ray_address(ray, False)
    ds = datasets.load(dataset, split=split)
    for e in ds.errors:
        err.print(f"error: {e}", markup=False)
    tasks = [ds.tasks[k] for k in sorted(ds.tasks)]
    rows = []
    with progress() as bar, cluster.pool(jobs or default_jobs(), ray) as pool:
        task = bar.add_task("measuring", total=len(tasks))
        futures = [pool.submit(task_stats, t, instructions=not no_instructions) for t in tasks]
        for fut in futures:  # in task order, as the table prints them
            rows.append(fut.result())
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

