"""`asmopt bench harness|soak|cost|gate|reward|policy`: benchmarks of asmopt itself and of its costs and policies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from asmopt import datasets
from asmopt.cli.common import JobsOpt, RayOpt, err, out, progress, ray_address, require_sandbox
from asmopt.errors import AsmoptError

app = typer.Typer(no_args_is_help=True, help="Throughput benchmarks of asmopt itself.")


@app.command("harness")
def bench_harness(
    dataset: Annotated[str, typer.Option("--dataset", help="Dataset to draw candidates from.")] = "examples",
    candidates: Annotated[int, typer.Option("--candidates", "-n", min=1, help="Candidates to judge per phase.")] = 40,
    jobs: JobsOpt = None,
    ray: RayOpt = None,
) -> None:
    """Candidates judged per second (judge only), and seconds per candidate with callgrind.

    With --ray: judge-only candidates per second on 1, 2, ... of the cluster's nodes.

    Example: asmopt bench harness -n 40 -j 2
    """
    from asmopt.bench.harness import harness

    ray = ray_address(ray, False)
    harness(dataset, candidates, jobs, out, ray)


@app.command("soak")
def bench_soak(
    candidates: Annotated[int, typer.Option("--candidates", "-n", min=1, help="Candidates to judge: good, bad and hostile.")] = 2000,
    jobs: JobsOpt = None,
) -> None:
    """Judge many good, bad and hostile candidates; exit 1 when anything leaks or a verdict is off.

    Example: asmopt bench soak -n 2000
    """
    from asmopt.bench.soak import soak

    require_sandbox(False)
    if not soak(candidates, jobs, out)["passed"]:
        raise typer.Exit(1)


@app.command("cost")
def bench_cost(
    dataset: Annotated[str, typer.Option("--dataset", help="Programs to pair: 'builtin', 'examples' or a path.")] = "builtin",
    programs: Annotated[Optional[list[str]], typer.Option("--program", help="Only these programs (repeat).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N programs (by name).")] = None,
    only: Annotated[Optional[list[str]], typer.Option("--setting", help="Compiler-grid settings to pair (repeat) \\[default: the whole grid].")] = None,
    search: Annotated[bool, typer.Option("--search/--no-search", help="Pair the assembly-search rewrites too.")] = True,
    with_traps: Annotated[bool, typer.Option("--traps/--no-traps", help="Pair the traps of benchmarks/traps too.")] = True,
    rounds: Annotated[int, typer.Option("--rounds", min=5, help="Measured rounds of the interleaved timing (the truth; at least 5 for its statistics).")] = 15,
    out_path: Annotated[Path, typer.Option("-o", "--out", help="Rows JSONL (appended; an existing file is resumed).")] = Path("out/cost.jsonl"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
    ray: RayOpt = None,
) -> None:
    """Calibrate the cheap costs (instructions, cycles model, short timing) against measured time.

    Pairs: every program under each compiler-grid setting, the assembly-search
    rewrites and the traps. Run it alone on a quiet machine: it times. With
    --ray: a program's pairs per task, compiled and timed on one node (rows
    carry its CPU; resumed by whole programs).

    Example: asmopt bench cost --program bit_reverse --setting gcc-O3-native-nocontract -o out/cost.jsonl
    """
    from dataclasses import asdict

    from asmopt import calibration
    from asmopt.policies.compiler import GRID

    ray = ray_address(ray, False)
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
        with progress() as bar:
            if ray:
                work = calibration.units(dataset, names, settings, search, with_traps)
                task = bar.add_task("programs", total=len(work))
                rows = calibration.run_on_ray(work, out_path, cfg, ray,
                                              progress=lambda label, n: bar.update(task, completed=n, description=label))
                bar.update(task, description="programs")
            else:
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


@app.command("gate")
def bench_gate(
    dataset: Annotated[str, typer.Option("--dataset", help="Programs: 'builtin', 'examples' or a path.")] = "builtin",
    split: Annotated[str, typer.Option("--split", help="Only this split (train, val, test, or all).")] = "test",
    programs: Annotated[Optional[list[str]], typer.Option("--program", help="Only these programs (repeat).")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N programs (by name).")] = None,
    shifts: Annotated[Optional[list[int]], typer.Option("--shift", min=1, help="Code shifts to pair, bytes (repeat) \\[default: 16 and 48].")] = None,
    copy: Annotated[bool, typer.Option("--copy/--no-copy", help="Pair each baseline with a byte-identical copy.")] = True,
    rounds: Annotated[int, typer.Option("--rounds", min=5, help="Measured rounds of the interleaved timing (at least 5 for its statistics).")] = 15,
    placements: Annotated[int, typer.Option("--placements", help="Code placements our protocol cycles both programs through (1, 2 or 4: shifts spread over a 64-byte line); 1 times them as built.")] = 1,
    out_path: Annotated[Path, typer.Option("-o", "--out", help="Rows JSONL (appended; an existing file is resumed).")] = Path("out/gate.jsonl"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
) -> None:
    """How often a pair doing the same work is called faster: our timing gate against the paper's protocol.

    Each baseline is paired with a byte-identical copy of its binary and with its
    code shifted by a few bytes (same instructions, other addresses), then timed
    with the strict protocol on its timed tests and with the paper's protocol on
    its first 10 tests. With --placements 2 or 4, our protocol's rounds cycle
    both programs through that many code placements. Run it alone on a quiet
    machine: it times.

    Example: asmopt bench gate --split test --shift 16 --shift 48 -o out/gate.jsonl
    """
    from dataclasses import asdict

    from asmopt import calibration, layout
    from asmopt.bench import gate

    layout.shifts(placements)  # a count that does not spread evenly is bad input, said before any work

    names = programs
    if limit is not None:
        names = (names or sorted(datasets.load(dataset, split=split).tasks))[:limit]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    pair_list = list(gate.pairs(dataset, split, names, shifts if shifts is not None else gate.SHIFTS, copy))
    try:
        with progress() as bar:
            task = bar.add_task("pairs", total=len(pair_list))
            rows = gate.run(iter(pair_list), out_path, calibration.default_cfg(rounds),
                            progress=lambda pair, n: bar.update(task, completed=n - 1, description=pair),
                            placements=placements)
            bar.update(task, description="pairs", completed=len(rows))
    except KeyboardInterrupt:
        err.print(f"interrupted: the rows in {out_path} are kept; run the same command again to resume", markup=False)
        raise typer.Exit(130) from None
    table = gate.stats(rows)
    if as_json:
        print(json.dumps({"kinds": [asdict(k) for k in table], "rows": len(rows)}, indent=2))
        return
    from rich.table import Table

    def f(v, fmt: str = ".3f") -> str:
        return "-" if v is None else format(v, fmt)

    cpus = ", ".join(sorted({r["cpu"] for r in rows})) or "?"
    t = Table(title=f"Pairs doing the same work: what each protocol calls faster ({len(rows)} pairs, CPU {cpus}; {out_path})")
    for col in ("pair", "timed", "ours: claimed faster", "ours: median ratio [min, max]",
                "paper: mean speedup", "paper: > 1.00", "paper: >= 1.02", "paper: max", "errors"):
        t.add_column(col, justify="left" if col == "pair" else "right")
    for k in table:
        t.add_row(k.kind, str(k.pairs), f"{k.claimed}/{k.pairs}",
                  f"{f(k.strict_median)} [{f(k.strict_min)}, {f(k.strict_max)}]", f(k.paper_mean),
                  f"{k.paper_above_1}/{k.pairs}", f"{k.paper_above_102}/{k.pairs}", f(k.paper_max), str(k.errors))
    out.print(t)
    out.print("ours: the strict protocol's gate (p < 0.05, median wall ratio >= 1.02, 95% interval above 1, CPU "
              "not worse) on the timed tests; paper: its protocol (3 warm-ups, 10 runs, means, each test clipped "
              "at 1) on the first 10 tests. copy: the same binary, byte for byte (any gain is noise); shift:N: the "
              "same instructions N bytes further on (noise, or alignment no rewrite earned).")
    for r in rows:
        if r.get("error"):
            err.print(f"{r['pair']}: {r['error']}", markup=False)


def _print_cost_table(table: list, traps_table: list, rows: list, out_path: Path) -> None:
    from rich.table import Table

    from asmopt import calibration

    def f(v, fmt: str) -> str:
        return "-" if v is None else format(v, fmt)

    timed = calibration.timed_rows(rows)
    cpus = sorted({r["cpu"] for r in rows})
    # Rows timed on different CPUs (a mixed Ray cluster) mix in one table: say so.
    cpu = ", ".join(cpus) if cpus else "?"
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


@app.command("reward")
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

    Example: asmopt bench reward --batch 16 --small 4 --cost time
    """
    from asmopt import cluster
    from asmopt.rl import bench

    ray = ray_address(ray, False)
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


@app.command("policy")
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
    require_sandbox(False)
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

