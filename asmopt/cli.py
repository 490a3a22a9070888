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
export_app = typer.Typer(no_args_is_help=True, help="Export a dataset as training data for RL frameworks.")
app.add_typer(export_app, name="export")
train_app = typer.Typer(no_args_is_help=True, help="RL fine-tuning with the harness as the reward: GRPO (TRL), PPO (verl).")
app.add_typer(train_app, name="train")
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
    dataset: Annotated[str, typer.Option("--dataset", help="'builtin', 'examples', or a path (task JSONL, folders, parquet, HF folder, PIE JSONL).")] = "examples",
    split: Annotated[Optional[str], typer.Option("--split", help="Only this split (train, val, test; made by problem).")] = None,
    candidates: Annotated[str, typer.Option("--candidates", help="Candidates JSONL ({task_id, asm, ...}) or 'examples'.")] = "examples",
    out_path: Annotated[Path, typer.Option("--out", help="Results JSONL (appended; an existing file is resumed).")] = Path("results.jsonl"),
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
    timing: Annotated[bool, typer.Option("--timing/--no-timing", help="Measure CPU and wall time (interleaved runs on the tests where the program's own work dominates); a gain is claimed only when time confirms it. --no-timing: fast, instructions only, nothing claimed.")] = True,
    metric: Annotated[str, typer.Option("--metric", help="strict (ours) or paper (SuperCoder's conventions).")] = "strict",
    no_instructions: Annotated[bool, typer.Option("--no-instructions", help="Judge only; skip callgrind.")] = False,
    time_limit: Annotated[float, typer.Option("--time-limit", help="Per-test wall/CPU limit, seconds.")] = 10.0,
    memory_limit: Annotated[int, typer.Option("--memory-limit", help="Per-test address-space limit, MiB.")] = 1024,
    unsafe_no_sandbox: Annotated[bool, typer.Option("--unsafe-no-sandbox", help="Run untrusted binaries WITHOUT bubblewrap.")] = False,
    policy: PolicyOpt = None,
    strategy: StrategyOpt = None,
    samples: SamplesOpt = None,
    rounds: RoundsOpt = None,
    seconds: SecondsOpt = None,
    budget: BudgetOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    prompt: PromptOpt = "asm",
    temperature: TemperatureOpt = None,
    max_tokens: MaxTokensOpt = 2000,
    max_concurrency: ConcurrencyOpt = 4,
    request_timeout: RequestTimeoutOpt = 600.0,
    retries: RetriesOpt = 4,
    search_cost: SearchCostOpt = "time",
    ray: RayOpt = None,
    judge_all: Annotated[bool, typer.Option("--judge-all", help="With --policy: also judge every generated candidate on all tests (OUT.all.jsonl: best-of-N and refinement curves).")] = False,
) -> None:
    """Judge and measure every candidate; one result line per candidate in --out.

    With --policy, first run the policy and strategy over the dataset (OUT.candidates.jsonl,
    resumable), then judge each task's answer on all tests.
    """
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
        search_cost=search_cost,
    )
    ray = _ray_address(ray, cfg.unsafe)
    cand_file = _candidates_path(candidates)
    if policy is not None:
        cand_file = _eval_policy(dataset, out_path, cfg, jobs or default_jobs(), policy, strategy, samples, rounds,
                                 seconds, budget, model, base_url, api_key, prompt, temperature, max_tokens,
                                 max_concurrency, request_timeout, retries, split, ray)
    try:
        with _progress() as bar:
            task = bar.add_task("judging", total=None)
            report = run_batch(
                dataset, cand_file, out_path, cfg, jobs or default_jobs(),
                progress=lambda done, total: bar.update(task, completed=done, total=total), split=split,
                ray_address=ray,
            )
    except KeyboardInterrupt:
        err.print(f"interrupted: the results in {out_path} are kept; run the same command again to resume",
                  markup=False)
        raise typer.Exit(130) from None
    if policy is not None:
        report.errors = _policy_errors(report.errors)
    for line in report.errors:
        err.print(f"error: {line}", markup=False)
    err.print(f"{report.written} results written to {out_path}"
              + (f", {report.skipped} already there" if report.skipped else "")
              + (f", {report.outside_split} candidates outside split {split!r} passed over"
                 if report.outside_split else ""), markup=False)
    if policy is not None and judge_all:
        report.errors += _judge_all(dataset, out_path, cfg, jobs or default_jobs(), ray)
    if not cfg.timing:
        from asmopt.report.metrics import INSTRUCTIONS_ONLY

        err.print(f"note: {INSTRUCTIONS_ONLY}", markup=False)
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
    ray: RayOpt = None,
) -> None:
    """Candidates judged per second (judge only), and seconds per candidate with callgrind.

    With --ray: judge-only candidates per second on 1, 2, ... of the cluster's nodes.
    """
    from asmopt.bench import harness

    ray = _ray_address(ray, False)
    harness(dataset, candidates, jobs, out, ray)


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


@bench_app.command("cost")
def bench_cost(
    dataset: Annotated[str, typer.Option("--dataset", help="Programs to pair: 'builtin', 'examples' or a path.")] = "builtin",
    programs: Annotated[Optional[list[str]], typer.Option("--program", help="Only these programs (repeat).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N programs (by name).")] = None,
    only: Annotated[Optional[list[str]], typer.Option("--setting", help="Compiler-grid settings to pair (repeat) \\[default: the whole grid].")] = None,
    search: Annotated[bool, typer.Option("--search/--no-search", help="Pair the assembly-search rewrites too.")] = True,
    with_traps: Annotated[bool, typer.Option("--traps/--no-traps", help="Pair the traps of benchmarks/traps too.")] = True,
    rounds: Annotated[int, typer.Option("--rounds", min=3, help="Measured rounds of the interleaved timing (the truth).")] = 15,
    out_path: Annotated[Path, typer.Option("-o", "--out", help="Rows JSONL (appended; an existing file is resumed).")] = Path("out/cost.jsonl"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
) -> None:
    """Calibrate the cheap costs (instructions, cycles model, short timing) against measured time.

    Pairs: every program under each compiler-grid setting, the assembly-search
    rewrites and the traps. Run it alone on a quiet machine: it times.
    """
    from dataclasses import asdict

    from asmopt import calibration, datasets
    from asmopt.policies.compiler import GRID

    _require_sandbox(False)
    known = {s.name: s for s in GRID}
    unknown = [n for n in only or [] if n not in known]
    if unknown:
        raise AsmoptError(f"unknown setting {', '.join(unknown)} (known: {', '.join(known)})")
    settings = [known[n] for n in only] if only else list(GRID)
    names = programs
    if limit is not None:
        names = (names or sorted(datasets.load(dataset).tasks))[:limit]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    cfg = calibration.default_cfg(rounds)
    try:
        with _progress() as bar:
            task = bar.add_task("pairs", total=None)
            rows = calibration.run(
                calibration.pairs(dataset, names, settings, search=search, with_traps=with_traps), out_path, cfg,
                progress=lambda pair, n: bar.update(task, completed=n - 1, description=pair))
            bar.update(task, description="pairs", completed=len(rows), total=len(rows))
    except KeyboardInterrupt:
        err.print(f"interrupted: the rows in {out_path} are kept; run the same command again to resume", markup=False)
        raise typer.Exit(130) from None
    table = calibration.stats(rows)
    traps_table = calibration.trap_rows(rows)
    if as_json:
        print(json.dumps({"costs": [{**asdict(s), "sign_share": s.sign_share} for s in table],
                          "traps": traps_table, "rows": len(rows)}, indent=2))
        return
    _print_cost_table(table, traps_table, rows, out_path)


def _print_cost_table(table: list, traps_table: list, rows: list, out_path: Path) -> None:
    from rich.table import Table

    from asmopt import calibration

    def f(v, fmt: str) -> str:
        return "-" if v is None else format(v, fmt)

    timed = calibration.timed_rows(rows)
    cpu = rows[0]["cpu"] if rows else "?"
    t = Table(title=f"Costs against measured time: {len(timed)} timed pairs of {len(rows)} (CPU {cpu}; {out_path})")
    for col in ("cost", "pairs", "Spearman", "sign agreement (significant pairs)", "median |log error|",
                "s / evaluation", "traps ranked right", "no number"):
        t.add_column(col, justify="left" if col == "cost" else "right")
    for s in table:
        share = f"{s.sign_agree}/{s.sign_total} ({s.sign_share:.0%})" if s.sign_total else "-"
        t.add_row(s.cost, str(s.pairs), f(s.spearman, ".3f"), share, f(s.median_abs_log_error, ".3f"),
                  f(s.seconds_per_eval, ".2f"), f"{s.traps_right}/{s.traps_total}", str(s.errors))
    out.print(t)
    if traps_table:
        tt = Table(title="Traps: ratio baseline/candidate (> 1: candidate faster or cheaper)")
        for col in ("trap", "expect", "verdict", "time [95% CI]", *calibration.COSTS):
            tt.add_column(col, justify="left" if col in ("trap", "expect", "verdict") else "right")
        for r in traps_table:
            ci = f" [{r['ci'][0]:.3f}, {r['ci'][1]:.3f}]" if r.get("ci") else ""
            tt.add_row(r["trap"], str(r["expect"]), str(r["verdict"]), f(r["time"], ".3f") + ci,
                       *(f(r[c], ".3f") for c in calibration.COSTS))
        out.print(tt)
    out.print("time: median of interleaved round ratios on the stress tests (the truth); Spearman and |log error| "
              "against it; sign agreement over pairs whose 95% interval excludes 1; cycles_fit: coefficients "
              "fitted on every other program (leave one program out); short_timing_1: the short protocol on "
              "the one timed test with the smallest input.")


@app.command("baselines")
def baselines_cmd(
    dataset: Annotated[str, typer.Option("--dataset", help="Task JSONL, task folder(s), 'builtin' or 'examples'.")] = "builtin",
    out_dir: Annotated[Path, typer.Option("-o", "--out", help="Folder for each setting's candidates and results (resumed).")] = Path("out/baselines"),
    split: Annotated[Optional[str], typer.Option("--split", help="Only this split (train, val, test; made by problem).")] = None,
    only: Annotated[Optional[list[str]], typer.Option("--setting", help="Run only these settings (repeat).")] = None,
    timing: Annotated[bool, typer.Option("--timing/--no-timing", help="Measure CPU and wall time (interleaved runs); --no-timing: instructions only, nothing claimed.")] = True,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
    ray: RayOpt = None,
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
    ray = _ray_address(ray, False)
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
                rows.append(run_setting(dataset, setting, out_dir, cfg, jobs or default_jobs(), progress, split=split,
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
    split: Annotated[Optional[str], typer.Option("--split", help="Only this split (train, val, test; made by problem).")] = None,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")] = None,
    no_instructions: Annotated[bool, typer.Option("--no-instructions", help="Skip callgrind counts.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (rows and totals).")] = False,
    ray: RayOpt = None,
) -> None:
    """Per program: assembly lines, tests, -O0/-O3 ratio, -O3 instructions and CPU time on stress tests."""
    from asmopt import cluster
    from asmopt.batch import default_jobs
    from asmopt.datasets.stats import task_stats, totals

    ray = _ray_address(ray, False)
    ds = datasets.load(dataset, split=split)
    for e in ds.errors:
        err.print(f"error: {e}", markup=False)
    tasks = [ds.tasks[k] for k in sorted(ds.tasks)]
    rows = []
    with _progress() as bar, cluster.pool(jobs or default_jobs(), ray) as pool:
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


# Options shared by `optimize` and `eval --policy` (resolved by typer when a command runs).
PolicyOpt = Annotated[Optional[str], typer.Option("--policy", help="offline (default for optimize: the offline search portfolio), compiler, learned (the small RL-trained policy shipped with asmopt) or learned:PATH (one from `asmopt train policy`), llm (an OpenAI-compatible server), or hf:PATH (a local transformers model folder).")]
StrategyOpt = Annotated[Optional[str], typer.Option("--strategy", help="single, best_of_n or refine \\[optimize: refine; eval: single].")]
SamplesOpt = Annotated[Optional[int], typer.Option("--samples", min=1, help="Candidates per round (best-of-N's N).")]
RoundsOpt = Annotated[Optional[int], typer.Option("--rounds", min=1, help="Refinement rounds.")]
SecondsOpt = Annotated[Optional[float], typer.Option("--seconds", help="Wall-clock budget of the search per task, seconds.")]
BudgetOpt = Annotated[Optional[str], typer.Option("--budget", help="Budget as samples=N,rounds=N,seconds=S (the flags above win).")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="Model name on the server (llm policy) \\[env ASMOPT_MODEL].")]
BaseUrlOpt = Annotated[Optional[str], typer.Option("--base-url", help="OpenAI-compatible server, e.g. http://localhost:8000/v1 \\[env OPENAI_BASE_URL].")]
ApiKeyOpt = Annotated[Optional[str], typer.Option("--api-key", help="API key \\[env OPENAI_API_KEY; 'EMPTY' when unset].")]
PromptOpt = Annotated[str, typer.Option("--prompt", help="asm (the paper's prompt) or c_only (its ablation).")]
TemperatureOpt = Annotated[Optional[float], typer.Option("--temperature", help="Sampling temperature \\[default: 0 (greedy) for one sample, 0.5 for several].")]
MaxTokensOpt = Annotated[int, typer.Option("--max-tokens", min=1, help="New tokens per reply.")]
ConcurrencyOpt = Annotated[int, typer.Option("--max-concurrency", min=1, help="Requests in flight at once (llm policy).")]
RequestTimeoutOpt = Annotated[float, typer.Option("--request-timeout", help="Seconds per request before it is retried.")]
RetriesOpt = Annotated[int, typer.Option("--retries", min=0, help="Retries of a failed request (back-off doubles).")]
RayOpt = Annotated[Optional[str], typer.Option("--ray", metavar="ADDRESS", envvar="ASMOPT_RAY_ADDRESS", show_envvar=False, help="Run on a Ray cluster's CPU nodes instead of local workers: 'auto' joins the cluster this machine is part of, HOST:PORT a given one, 'local' starts one here (needs asmopt[ray]) \\[env ASMOPT_RAY_ADDRESS].")]
SearchCostOpt = Annotated[str, typer.Option("--search-cost", help="What a search ranks candidates by on the visible tests: time (short interleaved timing, calibrated) or instructions (callgrind counts: deterministic, not time). --no-timing implies instructions.")]


def _policy_spec(policy: str, model: Optional[str], base_url: Optional[str], api_key: Optional[str], prompt: str,
                 temperature: Optional[float], max_tokens: int, max_concurrency: int, request_timeout: float,
                 retries: int, unsafe: bool):
    from asmopt.optimize import PolicySpec
    from asmopt.policies.llm import LLMConfig
    from asmopt.prompt import KINDS

    if prompt not in KINDS:
        raise AsmoptError(f"unknown prompt {prompt!r} (known: {', '.join(KINDS)})")
    llm = LLMConfig(model=model or "", base_url=base_url, api_key=api_key, prompt=prompt, temperature=temperature,
                    max_tokens=max_tokens, max_concurrency=max_concurrency, timeout_s=request_timeout,
                    retries=retries)
    spec = PolicySpec(policy, llm, unsafe)
    if policy == "llm":
        llm.resolved()  # a missing model is reported now, before any work
    if policy == "learned" or policy.startswith("learned:"):
        built = spec.build()  # a missing or foreign policy folder is reported now (the model loads on first use)
        if (note := built.machine_note()) is not None:
            err.print(f"note: {note}", markup=False)
    return spec


@app.command("optimize")
def optimize_cmd(
    program: Annotated[Path, typer.Argument(help="The program: prog.c (baseline: gcc -O3 -S) or prog.s (the baseline itself).")],
    tests: Annotated[Path, typer.Option("--tests", help="Folder of NAME.in (+ NAME.out) tests, or with tests/ and hidden/ subfolders. An .in without .out takes its expected output from the baseline.")],
    out_asm: Annotated[Optional[Path], typer.Option("-o", "--out", help="Assembly to write \\[default: PROG.opt.s]; the JSON record goes beside it (.json).")] = None,
    policy: PolicyOpt = None,
    strategy: StrategyOpt = None,
    samples: SamplesOpt = None,
    rounds: RoundsOpt = None,
    seconds: SecondsOpt = None,
    budget: BudgetOpt = None,
    hidden_fraction: Annotated[Optional[float], typer.Option("--hidden-fraction", help="Share of the tests hidden from the search (picked by name hash) \\[default: 0.5].")] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    prompt: PromptOpt = "asm",
    temperature: TemperatureOpt = None,
    max_tokens: MaxTokensOpt = 2000,
    max_concurrency: ConcurrencyOpt = 4,
    request_timeout: RequestTimeoutOpt = 600.0,
    retries: RetriesOpt = 4,
    timing: Annotated[bool, typer.Option("--timing/--no-timing", help="Confirm the answer in measured time (interleaved runs, with an interval) before writing it; --no-timing: instructions only, not confirmed in time.")] = True,
    search_cost: SearchCostOpt = "time",
    time_limit: Annotated[float, typer.Option("--time-limit", help="Per-test wall/CPU limit, seconds.")] = 10.0,
    memory_limit: Annotated[int, typer.Option("--memory-limit", help="Per-test address-space limit, MiB.")] = 1024,
    unsafe_no_sandbox: Annotated[bool, typer.Option("--unsafe-no-sandbox", help="Run untrusted binaries WITHOUT bubblewrap.")] = False,
) -> None:
    """Search for faster assembly of one program; write the best verified one and a JSON record."""
    from rich.progress import SpinnerColumn

    from asmopt import optimize as opt_mod
    from asmopt.evaluate import EvalConfig
    from asmopt.sandbox import Limits
    from asmopt.strategies import Budget

    strategy = strategy or "refine"
    chosen = opt_mod.parse_budget(budget, samples, rounds, seconds,
                                  Budget(samples=4, rounds=2 if strategy == "refine" else 1))
    if strategy == "single":
        chosen = Budget(samples=1, rounds=1, seconds=chosen.seconds)
    if unsafe_no_sandbox:
        err.print("[bold red]WARNING: --unsafe-no-sandbox: candidate binaries run with your user's rights, "
                  "network and files.[/]")
    cfg = EvalConfig(limits=Limits(wall_s=time_limit, cpu_s=time_limit, memory_bytes=memory_limit << 20),
                     timing=timing, unsafe=unsafe_no_sandbox, search_cost=search_cost)
    spec = _policy_spec(policy or "offline", model, base_url, api_key, prompt, temperature, max_tokens,
                        max_concurrency, request_timeout, retries, unsafe_no_sandbox)
    _require_sandbox(cfg.unsafe)
    out_asm = out_asm or opt_mod.default_output(program)
    inputs = opt_mod.make_task(program, tests, hidden_fraction, cfg)
    if inputs.program.asm is not None and (spec.name == "llm" or spec.name.startswith("hf:")):
        err.print("note: assembly input: the model is shown the assembly only (no C source)", markup=False)
    pol = spec.build()
    state = {"judged": 0, "best": None}
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        row = bar.add_task(f"{pol.name} / {strategy}: preparing the baseline", total=None)

        def on_propose(call: int, n: int) -> None:
            bar.update(row, description=f"{pol.name} / {strategy}: asking for {n} candidate(s) (round {call}); "
                                        f"{state['judged']} judged, best {_speed(state['best'])}")

        def on_result(cand, result) -> None:
            state["judged"] += 1
            s = result.search_speedup if result.verdict == "AC" and not result.identical else None
            if s is not None and (state["best"] is None or s > state["best"]):
                state["best"] = s
            bar.update(row, description=f"{pol.name} / {strategy}: {state['judged']} judged "
                                        f"(last: {result.verdict}), best on visible tests {_speed(state['best'])}")

        try:
            result = opt_mod.optimize(inputs, pol, strategy, chosen, cfg, on_propose=on_propose, on_result=on_result)
        except KeyboardInterrupt:
            err.print("interrupted: nothing written", markup=False)
            raise typer.Exit(130) from None
    rec = opt_mod.record(result, spec, strategy, chosen, out_asm)
    json_path = opt_mod.write(result, rec, out_asm)
    for line in opt_mod.report(result, timing):
        out.print(line, markup=False)
    out.print(f"wrote {out_asm} ({'optimized' if result.kept else 'baseline copy'}) and {json_path}", markup=False)


def _speed(x) -> str:
    return "-" if x is None else f"{x:.3f}x"


def _eval_policy(dataset: str, out_path: Path, cfg, jobs: int, policy: str, strategy: Optional[str],
                 samples: Optional[int], rounds: Optional[int], seconds: Optional[float], budget: Optional[str],
                 model: Optional[str], base_url: Optional[str], api_key: Optional[str], prompt: str,
                 temperature: Optional[float], max_tokens: int, max_concurrency: int, request_timeout: float,
                 retries: int, split: Optional[str] = None, ray: Optional[str] = None) -> Path:
    """`eval --policy`: the policy spec and budget from the options, then generation."""
    from asmopt.optimize import parse_budget
    from asmopt.strategies import Budget

    strategy = strategy or "single"
    chosen = parse_budget(budget, samples, rounds, seconds,
                          Budget(samples=1 if strategy == "single" else 8, rounds=2 if strategy == "refine" else 1))
    if strategy == "single" and (chosen.samples, chosen.rounds) != (1, 1):
        raise AsmoptError("--strategy single takes one sample in one round; use best_of_n or refine for more")
    spec = _policy_spec(policy, model, base_url, api_key, prompt, temperature, max_tokens, max_concurrency,
                        request_timeout, retries, cfg.unsafe)
    return _generate_with_policy(dataset, out_path, cfg, jobs, spec, strategy, chosen, split, ray)


def _policy_errors(errors: list[str]) -> list[str]:
    """A model's reply without assembly is a CE candidate, not bad input: not an error of the run."""
    return [e for e in errors if not e.endswith("has empty assembly (judged as CE)")]


def _judge_all(dataset: str, out_path: Path, cfg, jobs: int, ray: Optional[str] = None) -> list[str]:
    """`eval --policy --judge-all`: every generated candidate judged on all tests, into OUT.all.jsonl."""
    from asmopt.batch import run_batch

    stem = out_path.with_suffix("")
    cand_file = stem.with_name(stem.name + ".candidates.jsonl")
    all_file = stem.with_name(stem.name + ".all.jsonl")
    with _progress() as bar:
        row = bar.add_task("judging every candidate", total=None)
        report = run_batch(dataset, cand_file, all_file, cfg, jobs,
                           progress=lambda done, total: bar.update(row, completed=done, total=total),
                           ray_address=ray)
    errors = _policy_errors(report.errors)
    for line in errors:
        err.print(f"error: {line}", markup=False)
    err.print(f"{report.written} results written to {all_file}"
              + (f", {report.skipped} already there" if report.skipped else ""), markup=False)
    return errors


def _generate_with_policy(dataset: str, out_path: Path, cfg, jobs: int, spec, strategy: str, budget_,
                          split: Optional[str] = None, ray: Optional[str] = None) -> Path:
    """`eval --policy`: generate candidates beside --out (resumable), and return the answers file to judge."""
    import dataclasses
    from functools import partial

    from asmopt import generate as gen
    from asmopt.optimize import GenerationSpec, answers, generate_for_task

    stem = out_path.with_suffix("")
    cand_file = stem.with_name(stem.name + ".candidates.jsonl")
    answers_file = stem.with_name(stem.name + ".answers.jsonl")
    settings_file = stem.with_name(stem.name + ".generation.json")
    # Generation confirms each task's answer in time on its visible tests when cfg times (the default).
    gspec = GenerationSpec(spec, strategy, budget_, cfg)
    settings = json.dumps(gspec.describe(), sort_keys=True, default=str)
    if settings_file.exists() and settings_file.read_text().strip() != settings and cand_file.exists():
        raise AsmoptError(f"{cand_file} was generated with other policy settings ({settings_file}); "
                          "use a new --out to start over")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(settings + "\n")
    with _progress() as bar:
        row = bar.add_task(f"generating ({spec.name}, {strategy})", total=None)
        report = gen.generate(dataset, partial(generate_for_task, gspec), cand_file, jobs, split=split,
                              progress=lambda done, total: bar.update(row, completed=done, total=total),
                              ray_address=ray, unsafe=cfg.unsafe)
    for line in report.errors:
        err.print(f"error: {line}", markup=False)
    err.print(f"{report.written} candidates written to {cand_file}"
              + (f", {report.tasks_skipped} tasks already there" if report.tasks_skipped else ""), markup=False)
    n = answers(cand_file, answers_file)
    err.print(f"{n} answers (one per task) in {answers_file}", markup=False)
    if report.errors and n == 0:
        raise AsmoptError("no task produced candidates; see the errors above")
    return answers_file


@train_app.command("grpo")
def train_grpo(
    model: Annotated[Path, typer.Option("--model", help="Local model folder (weights, config, tokenizer with a chat template); never downloaded.")],
    dataset: Annotated[str, typer.Option("--dataset", help="Tasks: 'builtin', 'examples', or a path.")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="train, val, test or all.")] = "train",
    task: Annotated[Optional[list[str]], typer.Option("--task", help="Train on these task ids only (repeat).")] = None,
    reward: Annotated[str, typer.Option("--reward", help="log_speedup (ours), paper1 or paper2.")] = "log_speedup",
    metric: Annotated[str, typer.Option("--metric", help="strict (ours) or paper.")] = "strict",
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o", help="Checkpoints, final model, metrics.jsonl.")] = Path("out/grpo"),
    max_steps: Annotated[int, typer.Option("--max-steps", help="Optimizer steps; -1: one epoch over the split.")] = -1,
    prompts_per_step: Annotated[int, typer.Option("--prompts-per-step", min=1, help="Prompts per optimizer step (paper: batch 16).")] = 16,
    num_generations: Annotated[int, typer.Option("--num-generations", min=2, help="Completions per prompt (the GRPO group).")] = 8,
    micro_batch_size: Annotated[int, typer.Option("--micro-batch-size", min=1, help="Completions per forward/backward pass.")] = 8,
    learning_rate: Annotated[float, typer.Option("--learning-rate", help="Paper: 1e-6.")] = 1e-6,
    temperature: Annotated[float, typer.Option("--temperature", help="Sampling temperature (paper: 0.5).")] = 0.5,
    max_prompt_length: Annotated[int, typer.Option("--max-prompt-length", min=1, help="Longer prompts are dropped (paper: 2000).")] = 2000,
    max_completion_length: Annotated[int, typer.Option("--max-completion-length", min=1, help="Paper: 2000.")] = 2000,
    lora_r: Annotated[int, typer.Option("--lora", min=0, help="LoRA rank on all linear layers (peft); 0: full fine-tuning.")] = 0,
    lora_alpha: Annotated[Optional[int], typer.Option("--lora-alpha", min=1, help="LoRA alpha \\[default: 2 x rank].")] = None,
    save_steps: Annotated[int, typer.Option("--save-steps", min=1, help="Checkpoint every N optimizer steps.")] = 50,
    resume: Annotated[bool, typer.Option("--resume", help="Continue from the last checkpoint in --output-dir (if any).")] = False,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Reward worker processes \\[default: cores].")] = None,
    seed: Annotated[int, typer.Option("--seed")] = 42,
) -> None:
    """GRPO with TRL: sample completions, judge and measure each in the sandbox, update the policy."""
    from asmopt.rl.train import GRPORecipe, train

    _require_sandbox(False)
    recipe = GRPORecipe(
        model=str(model), output_dir=str(output_dir), dataset=dataset, split=split, task_ids=tuple(task or ()),
        reward=reward, metric=metric, jobs=jobs, learning_rate=learning_rate, temperature=temperature,
        max_prompt_length=max_prompt_length, max_completion_length=max_completion_length,
        prompts_per_step=prompts_per_step, num_generations=num_generations, micro_batch_size=micro_batch_size,
        max_steps=max_steps, save_steps=save_steps, lora_r=lora_r, lora_alpha=lora_alpha, resume=resume, seed=seed,
    )
    try:
        outcome = train(recipe, log=lambda line: err.print(line, markup=False))
    except KeyboardInterrupt:
        err.print(f"interrupted: checkpoints and {output_dir}/metrics.jsonl are kept; run again with --resume",
                  markup=False)
        raise typer.Exit(130) from None
    err.print(f"{outcome.steps} steps on {outcome.tasks} tasks; model in {outcome.final_dir}, "
              f"metrics in {outcome.metrics_path}", markup=False)


@train_app.command("policy")
def train_policy(
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o", help="rewards.jsonl (the sweep), init/ (the untrained model), checkpoints, final/, metrics.jsonl.")] = Path("out/policy"),
    dataset: Annotated[str, typer.Option("--dataset", help="Tasks: 'builtin', 'examples', or a path.")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="train, val, test or all.")] = "train",
    task: Annotated[Optional[list[str]], typer.Option("--task", help="Train on these task ids only (repeat).")] = None,
    max_steps: Annotated[int, typer.Option("--max-steps", min=1, help="GRPO optimizer steps.")] = 300,
    prompts_per_step: Annotated[int, typer.Option("--prompts-per-step", min=1, help="Programs per step.")] = 8,
    num_generations: Annotated[int, typer.Option("--num-generations", min=2, help="Actions sampled per program (the GRPO group).")] = 8,
    learning_rate: Annotated[float, typer.Option("--learning-rate")] = 1e-3,
    kl_beta: Annotated[float, typer.Option("--kl-beta", min=0.0, help="KL penalty towards the initial model (0: none); keeps the policy from collapsing onto one action.")] = 0.05,
    timing: Annotated[bool, typer.Option("--timing/--no-timing", help="Rewards from measured time (default) or, --no-timing, from instruction counts (fast, not time: for trying the pipeline).")] = True,
    resume: Annotated[bool, typer.Option("--resume", help="Continue from the last checkpoint in --output-dir (the sweep always resumes).")] = False,
    seed: Annotated[int, typer.Option("--seed", help="Seeds the model's initial weights and the sampling.")] = 0,
) -> None:
    """Train the small learned policy on CPU: sweep every action through the environment, then GRPO (TRL).

    Example: asmopt train policy -o out/policy-seed0 --seed 0
    """
    from asmopt.rl.learn import PolicyRecipe, train

    _require_sandbox(False)
    recipe = PolicyRecipe(output_dir=str(output_dir), dataset=dataset, split=None if split == "all" else split,
                          task_ids=tuple(task or ()), timing=timing, seed=seed, max_steps=max_steps,
                          prompts_per_step=prompts_per_step, num_generations=num_generations,
                          learning_rate=learning_rate, kl_beta=kl_beta, resume=resume)
    try:
        outcome = train(recipe, log=lambda line: err.print(line, markup=False))
    except KeyboardInterrupt:
        err.print(f"interrupted: the sweep's rewards, checkpoints and metrics in {output_dir} are kept; run again "
                  "with --resume", markup=False)
        raise typer.Exit(130) from None
    err.print(f"{outcome.steps} steps on {outcome.tasks} tasks; policy in {outcome.final_dir} "
              f"(use it: --policy learned:{outcome.final_dir}), metrics in {outcome.metrics_path}", markup=False)


@train_app.command("ppo")
def train_ppo(
    model: Annotated[Path, typer.Option("--model", help="Local model folder: actor and critic start from it.")],
    train_files: Annotated[Path, typer.Option("--train-files", help="Parquet in the paper's schema (asmopt export verl).")],
    val_files: Annotated[Optional[Path], typer.Option("--val-files", help="Validation parquet \\[default: the training files].")] = None,
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o", help="Checkpoints, rollouts, metrics.jsonl.")] = Path("out/ppo"),
    reward: Annotated[str, typer.Option("--reward", help="log_speedup (ours), paper1, or paper2 (the paper's default).")] = "log_speedup",
    metric: Annotated[str, typer.Option("--metric", help="strict (ours) or paper.")] = "strict",
    gpus: Annotated[Optional[int], typer.Option("--gpus", min=1, help="GPUs per node \\[default: the recipe's, 4].")] = None,
    nnodes: Annotated[Optional[int], typer.Option("--nnodes", min=1, help="Nodes \\[default: the recipe's, 1].")] = None,
    recipe: Annotated[Optional[Path], typer.Option("--recipe", help="Recipe YAML \\[default: the paper's, asmopt/rl/configs/ppo_paper.yaml].")] = None,
    overrides: Annotated[Optional[list[str]], typer.Option("--set", help="More verl overrides, key=value (repeat).")] = None,
    no_resume: Annotated[bool, typer.Option("--no-resume", help="Start afresh even if --output-dir has checkpoints.")] = False,
    write: Annotated[Optional[Path], typer.Option("--write", help="Also write the command as a shell script here.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print (and --write) the command; do not run it.")] = False,
) -> None:
    """PPO with verl and the paper's hyperparameters: prints the verl command, runs it when verl is installed."""
    from asmopt.rl.ppo import PAPER_RECIPE, PPORun, launch, shell_script, verl_available
    from asmopt.rl.rewards import REWARDS

    if reward not in REWARDS:
        raise AsmoptError(f"unknown reward {reward!r} (known: {', '.join(REWARDS)})")
    run = PPORun(model=str(model), train_files=str(train_files), val_files=str(val_files) if val_files else None,
                 output_dir=str(output_dir), reward=reward, metric=metric, gpus=gpus, nnodes=nnodes,
                 resume=not no_resume, recipe=recipe or PAPER_RECIPE, overrides=tuple(overrides or ()))
    script = shell_script(run)
    print(script, end="")
    if write is not None:
        write.parent.mkdir(parents=True, exist_ok=True)
        write.write_text(script, encoding="utf-8")
        write.chmod(0o755)
        err.print(f"command written to {write}", markup=False)
    if dry_run:
        return
    if not verl_available():
        raise AsmoptError("verl is not installed here, so the command above was not run. PPO needs GPUs and "
                          "verl with vLLM in its own environment (see TRAINING.md); --dry-run only prints it")
    for path in (model, train_files):
        if not path.exists():
            raise AsmoptError(f"{path} does not exist")
    status = launch(run)
    if status:
        raise typer.Exit(status)


@export_app.command("verl")
def export_verl_cmd(
    dataset: Annotated[str, typer.Option("--dataset", help="Dataset: 'builtin', 'examples', or a path.")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="train, val, test, or all.")] = "train",
    out_path: Annotated[Path, typer.Option("--out", help="Parquet file to write.")] = Path("train.parquet"),
    tests: Annotated[Optional[str], typer.Option("--tests", help="all | visible \\[default: visible for train, all otherwise].")] = None,
    max_prompt_tokens: Annotated[int, typer.Option("--max-prompt-tokens", min=1, help="Drop prompts longer than this.")] = 2000,
    tokenizer: Annotated[Optional[Path], typer.Option("--tokenizer", help="Local tokenizer folder to count tokens with \\[default: ~3 bytes per token].")] = None,
    data_source: Annotated[Optional[str], typer.Option("--data-source", help="The rows' data_source \\[default: the dataset's name].")] = None,
    binaries: Annotated[bool, typer.Option("--binaries", help="Also store the baseline binary (extra_info.unoptimized_compiled).")] = False,
) -> None:
    """Rows in the SuperCoder paper's verl schema (prompt, reward_model, extra_info, task_id)."""
    from asmopt.rl.export import export_verl

    try:
        report = export_verl(dataset, out_path, split=split, tests=tests, max_prompt_tokens=max_prompt_tokens,
                             tokenizer=tokenizer, data_source=data_source, binaries=binaries)
    except AsmoptError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    for task_id, why in report.skipped:
        err.print(f"skipped {task_id}: {why}", markup=False)
    err.print(f"{report.written} rows written to {out_path}; {len(report.dropped)} dropped over "
              f"{max_prompt_tokens} prompt tokens (counted: {report.counter})", markup=False)


@bench_app.command("reward")
def bench_reward(
    dataset: Annotated[str, typer.Option("--dataset", help="Dataset the rollouts are made for.")] = "builtin",
    batch: Annotated[int, typer.Option("--batch", min=1, help="Rollouts in the main batch.")] = 64,
    small: Annotated[int, typer.Option("--small", min=1, help="Rollouts in the small batch.")] = 16,
    tests: Annotated[str, typer.Option("--tests", help="all | visible: the tests a reward runs.")] = "all",
    max_tests: Annotated[Optional[int], typer.Option("--max-tests", min=1, help="Only the first K of those tests.")] = None,
    reward: Annotated[str, typer.Option("--reward", help="paper1, paper2 or log_speedup.")] = "log_speedup",
    cost: Annotated[str, typer.Option("--cost", help="What the reward reads: time (short interleaved timing, the default) or instructions (callgrind counts, not time).")] = "time",
    timed_tests: Annotated[Optional[str], typer.Option("--timed-tests", help="With --cost time: how many of the timed tests (smallest inputs) the timing reads, or 'all' \\[default: the service's].")] = None,
    jobs: Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Worker processes \\[default: cores].")] = None,
    warm_cache: Annotated[bool, typer.Option("--warm-cache", help="Use the existing cache: baselines may be counted already.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the measurements as JSON.")] = False,
    ray: RayOpt = None,
) -> None:
    """Rollouts scored per second by the reward service: cold baselines, then warm batches.

    With --ray: the same on 1, 2, ... of the cluster's nodes (one scoring actor per node).
    """
    from asmopt import cluster
    from asmopt.rl import bench

    ray = _ray_address(ray, False)
    # Node subsets, most CPUs first: [None] is the local pool.
    nodes = cluster.largest_first(cluster.connect(ray)) if ray else []
    subsets = [[n.node_id for n in nodes[:k]] for k in range(1, len(nodes) + 1)] if ray else [None]
    results = []
    try:
        for subset in subsets:
            results.append(bench.run(dataset, batch=batch, small=small, tests=tests, max_tests=max_tests,
                                     reward=reward, jobs=jobs, fresh_cache=not warm_cache, cost=cost,
                                     timed_tests=_timed_tests(timed_tests), ray_address=ray, ray_nodes=subset,
                                     log=lambda msg: err.print(msg, markup=False)))
    except AsmoptError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    if as_json:  # on Ray, a list: one report per number of nodes
        data = [r.to_dict() for r in results] if ray else results[0].to_dict()
        out.print(json.dumps(data, indent=2), markup=False)
    else:
        for r in results:
            out.print(bench.render(r), markup=False)


@bench_app.command("policy")
def bench_policy(
    run: Annotated[list[Path], typer.Option("--run", help="A training run's folder (asmopt train policy -o ...); repeat for seeds.")],
    samples: Annotated[Optional[list[int]], typer.Option("--samples", min=1, help="Judged candidates per program (repeat) \\[default: 1 and 2].")] = None,
    compare: Annotated[Optional[list[str]], typer.Option("--compare", help="LABEL=RESULTS.jsonl to show beside (repeat), e.g. the offline portfolio's results.")] = None,
    reference: Annotated[Optional[str], typer.Option("--reference", help="The --compare label whose gain the learned policy is measured against.")] = None,
    dataset: Annotated[str, typer.Option("--dataset")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="Programs never trained on.")] = "test",
    out_dir: Annotated[Path, typer.Option("--out", help="Each variant's eval files, bench-policy.json and .png.")] = Path("out/bench-policy"),
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=1, help="Eval workers (1: timing alone on the machine).")] = 1,
) -> None:
    """Untrained vs learned policy (each seed, each budget) on held-out programs, in measured time.

    Example: asmopt bench policy --run out/policy-seed0 --run out/policy-seed1 --compare portfolio=out/builtin-test-offline.jsonl --reference portfolio
    """
    from asmopt.rl import policy_bench

    pairs = []
    for item in compare or ():
        label, sep, path = item.partition("=")
        if not sep or not label or not path:
            raise typer.BadParameter(f"--compare {item!r}: expected LABEL=RESULTS.jsonl")
        pairs.append((label, Path(path)))
    if reference is not None and reference not in {label for label, _ in pairs}:
        raise typer.BadParameter(f"--reference {reference!r} is not a --compare label")
    _require_sandbox(False)
    variants = policy_bench.run(run, samples or [1, 2], out_dir, dataset, split, jobs, pairs,
                                log=lambda line: err.print(line, markup=False))
    training = {r.name: policy_bench.table_scores(r, samples or [1, 2]) for r in run}
    for line in [*policy_bench.render(variants, reference), "", *policy_bench.render_table_scores(training)]:
        out.print(line, markup=False)
    policy_bench.write(variants, out_dir / "bench-policy.json", reference, training)
    png = policy_bench.plot(variants, run, out_dir / "bench-policy.png")
    err.print(f"figures in {out_dir / 'bench-policy.json'} and {png}", markup=False)


def _timed_tests(value: Optional[str]) -> int | None | str:
    """--timed-tests: a positive count, 'all' (None), or unset ('default': the service's own)."""
    from asmopt.rl.service import parse_timed_tests

    if value is None:
        return "default"
    try:
        return parse_timed_tests(value, "--timed-tests")
    except AsmoptError as exc:
        raise typer.BadParameter(str(exc)) from None


def _ray_address(option: Optional[str], unsafe: bool) -> Optional[str]:
    """The Ray cluster to run on (None: local workers), and its sandboxes checked now: the
    cluster joined and its nodes probed, else this machine's sandbox, so a missing Ray or a
    node without a sandbox is reported before any work starts."""
    from asmopt import cluster

    address = cluster.address_of(option)
    if address is None:
        _require_sandbox(unsafe)
    else:
        nodes = cluster.connect(address, unsafe=unsafe)
        err.print(f"ray: {len(nodes)} node(s), {int(sum(n.cpus for n in nodes))} CPUs: "
                  + ", ".join(n.name for n in nodes), markup=False)
    return address


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
