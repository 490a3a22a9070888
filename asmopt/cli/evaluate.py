"""`asmopt eval`, `summary` and `report`: judge candidates (or a policy's answers), then read the results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from asmopt.cli.common import (
    ApiKeyOpt,
    BaseUrlOpt,
    BudgetOpt,
    ConcurrencyOpt,
    JobsOpt,
    MaxTokensOpt,
    MemoryLimitOpt,
    ModelOpt,
    PlacementsOpt,
    PolicyOpt,
    PromptOpt,
    RayOpt,
    RequestTimeoutOpt,
    RetriesOpt,
    RoundsOpt,
    SamplesOpt,
    SearchCostOpt,
    SecondsOpt,
    SplitOpt,
    StrategyOpt,
    TemperatureOpt,
    TimeLimitOpt,
    UnsafeOpt,
    candidates_path,
    err,
    limits,
    policy_spec,
    progress,
    ray_address,
    warn_unsafe,
)
from asmopt.errors import AsmoptError


def eval_cmd(
    dataset: Annotated[str, typer.Option("--dataset", help="'builtin', 'examples', or a path (task JSONL, folders, parquet, HF folder, PIE JSONL).")] = "examples",
    split: SplitOpt = None,
    candidates: Annotated[str, typer.Option("--candidates", help="Candidates JSONL ({task_id, asm, ...}) or 'examples'.")] = "examples",
    out_path: Annotated[Path, typer.Option("--out", help="Results JSONL (appended; an existing file is resumed).")] = Path("results.jsonl"),
    jobs: JobsOpt = None,
    timing: Annotated[bool, typer.Option("--timing/--no-timing", help="Measure CPU and wall time (interleaved runs on the tests where the program's own work dominates); a gain is claimed only when time confirms it. --no-timing: fast, instructions only, nothing claimed.")] = True,
    metric: Annotated[str, typer.Option("--metric", help="strict (ours) or paper (SuperCoder's conventions).")] = "strict",
    no_instructions: Annotated[bool, typer.Option("--no-instructions", help="Judge only; skip callgrind.")] = False,
    time_limit: TimeLimitOpt = 10.0,
    memory_limit: MemoryLimitOpt = 1024,
    unsafe_no_sandbox: UnsafeOpt = False,
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
    placements: PlacementsOpt = 1,
    ray: RayOpt = None,
    judge_all: Annotated[bool, typer.Option("--judge-all", help="With --policy: also judge every generated candidate on all tests (OUT.all.jsonl: best-of-N and refinement curves).")] = False,
) -> None:
    """Judge and measure every candidate; one result line per candidate in --out.

    With --policy, first run the policy and strategy over the dataset (OUT.candidates.jsonl,
    resumable), then judge each task's answer on all tests.

    Example: asmopt eval --dataset builtin --split test --policy offline --strategy refine --samples 6 --rounds 2 --out out/offline.jsonl
    """
    from asmopt.batch import default_jobs, run_batch
    from asmopt.evaluate import EvalConfig
    from asmopt.measure.timing import TimingConfig

    warn_unsafe(unsafe_no_sandbox)
    cfg = EvalConfig(
        metric=metric,
        limits=limits(time_limit, memory_limit),
        instructions=not no_instructions,
        timing=timing,
        unsafe=unsafe_no_sandbox,
        search_cost=search_cost,
        timing_cfg=TimingConfig(placements=placements),
    )
    ray = ray_address(ray, cfg.unsafe)
    cand_file = candidates_path(candidates)
    if policy is not None:
        cand_file = _eval_policy(dataset, out_path, cfg, jobs or default_jobs(), policy, strategy, samples, rounds,
                                 seconds, budget, model, base_url, api_key, prompt, temperature, max_tokens,
                                 max_concurrency, request_timeout, retries, split, ray)
    try:
        with progress() as bar:
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


def summary_cmd(
    results: Annotated[Path, typer.Argument(help="Results JSONL from `asmopt eval`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """The paper's columns and ours for one results file.

    Example: asmopt summary out/offline.jsonl --json
    """
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


def report_cmd(
    results: Annotated[list[Path], typer.Argument(help="Results JSONL files, one per policy (a row each).")],
    out_dir: Annotated[Path, typer.Option("-o", "--out", help="Report folder (index.html, report.md, plots/, programs/).")] = Path("report"),
    dataset: Annotated[Optional[str], typer.Option("--dataset", help="Dataset the results came from, to link each program's source and baseline.")] = None,
    candidates: Annotated[Optional[list[str]], typer.Option("--candidates", help="Candidates JSONL of each results file, repeated in the same order; '-' for none; 'examples'.")] = None,
) -> None:
    """An HTML page and a Markdown file comparing one or more results files.

    Example: asmopt report out/a.jsonl out/b.jsonl --candidates out/a.answers.jsonl --candidates out/b.answers.jsonl --dataset builtin -o report
    """
    from asmopt.report import report_command

    index = report_command(results, out_dir, dataset, [Path(c) for c in candidates] if candidates else None)
    err.print(f"report written to {index}", markup=False)


def _eval_policy(dataset: str, out_path: Path, cfg, jobs: int, policy: str, strategy: Optional[str],
                 samples: Optional[int], rounds: Optional[int], seconds: Optional[float], budget: Optional[str],
                 model: Optional[str], base_url: Optional[str], api_key: Optional[str], prompt: str,
                 temperature: Optional[float], max_tokens: int, max_concurrency: int, request_timeout: float,
                 retries: int, split: Optional[str] = None, ray: Optional[str] = None) -> Path:
    """`eval --policy`: the policy spec and budget from the options, then generation."""
    from asmopt.strategies import Budget, parse_budget

    strategy = strategy or "single"
    chosen = parse_budget(budget, samples, rounds, seconds,
                          Budget(samples=1 if strategy == "single" else 8, rounds=2 if strategy == "refine" else 1))
    if strategy == "single" and (chosen.samples, chosen.rounds) != (1, 1):
        raise AsmoptError("--strategy single takes one sample in one round; use best_of_n or refine for more")
    spec = policy_spec(policy, model, base_url, api_key, prompt, temperature, max_tokens, max_concurrency,
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
    with progress() as bar:
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
    with progress() as bar:
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

