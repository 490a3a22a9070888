"""`asmopt optimize`: one program, searched and verified."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import Progress, TextColumn, TimeElapsedColumn

from asmopt.cli.common import (
    ApiKeyOpt,
    BaseUrlOpt,
    BudgetOpt,
    ConcurrencyOpt,
    MaxTokensOpt,
    MemoryLimitOpt,
    ModelOpt,
    PlacementsOpt,
    PolicyOpt,
    PromptOpt,
    RequestTimeoutOpt,
    RetriesOpt,
    RoundsOpt,
    SamplesOpt,
    SearchCostOpt,
    SecondsOpt,
    StrategyOpt,
    TemperatureOpt,
    TimeLimitOpt,
    UnsafeOpt,
    err,
    limits,
    out,
    policy_spec,
    require_sandbox,
    warn_unsafe,
)


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
    placements: PlacementsOpt = 1,
    time_limit: TimeLimitOpt = 10.0,
    memory_limit: MemoryLimitOpt = 1024,
    unsafe_no_sandbox: UnsafeOpt = False,
) -> None:
    """Search for faster assembly of one program; write the best verified one and a JSON record.

    Example: asmopt optimize prog.c --tests tests/ -o prog.opt.s
    """
    from rich.progress import SpinnerColumn

    from asmopt import optimize as opt_mod
    from asmopt.evaluate import EvalConfig
    from asmopt.inputs import make_task
    from asmopt.measure.timing import TimingConfig
    from asmopt.strategies import Budget, parse_budget

    strategy = strategy or "refine"
    chosen = parse_budget(budget, samples, rounds, seconds,
                                  Budget(samples=4, rounds=2 if strategy == "refine" else 1))
    if strategy == "single":
        chosen = Budget(samples=1, rounds=1, seconds=chosen.seconds)
    warn_unsafe(unsafe_no_sandbox)
    cfg = EvalConfig(limits=limits(time_limit, memory_limit), timing=timing, unsafe=unsafe_no_sandbox,
                     search_cost=search_cost, timing_cfg=TimingConfig(placements=placements))
    spec = policy_spec(policy or "offline", model, base_url, api_key, prompt, temperature, max_tokens,
                        max_concurrency, request_timeout, retries, unsafe_no_sandbox)
    require_sandbox(cfg.unsafe)
    out_asm = out_asm or opt_mod.default_output(program)
    inputs = make_task(program, tests, hidden_fraction, cfg)
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

