"""Which figures a report has, and the numbers behind each (drawn by `plots`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from asmopt.report import plots
from asmopt.report.aggregate import (
    Best,
    best_of_n,
    cumulative_best,
    strict_values,
    wall_vs_instr,
)
from asmopt.report.load import Policy
from asmopt.report.metrics import FAST_P_THRESHOLDS, Summary, fast_p_curve

TOP_BOTTOM = 10  # programs shown at each end of the per-program bars


@dataclass
class Figure:
    """One embedded figure: file name under plots/, heading, what it shows, PNG bytes."""

    name: str
    title: str
    caption: str
    png: bytes


def make_figures(policies: list[Policy], summaries: dict[str, Summary],
                 bests: dict[str, dict[str, Best]]) -> list[Figure]:
    """Every figure the data supports; optional ones are left out when nothing carries their data."""
    colors = plots.palette([p.name for p in policies])
    figs = [_cdf(policies, colors), _fast_p(policies, summaries, colors)]
    bars = _bars(policies, bests, colors)
    if bars is not None:
        figs.append(bars)
    for key, title, xlabel in (("sample", "Best of N samples", "N (samples per task)"),
                               ("round", "Refinement rounds", "round")):
        series = {}
        for p in policies:
            curve = best_of_n(p.records) if key == "sample" else cumulative_best(p.records, "round")
            if curve is not None:
                series[p.name] = curve
        if series:
            figs.append(Figure(f"{key}s.png", title,
                               f"Geometric mean over tasks of the best strict speedup found up to each "
                               f"{'N' if key == 'sample' else 'round'} (meta[\"{key}\"]); a task with no "
                               f"candidate yet counts 1.0.",
                               plots.curves(series, colors, xlabel=xlabel, title=title)))
    points = {p.name: pts for p in policies if (pts := wall_vs_instr(p.records))}
    if points:
        figs.append(Figure("wall_vs_instr.png", "Wall against instruction speedup",
                           "Correct candidates measured both ways. Filled: significant; hollow: not; "
                           "vertical bars: 95% interval of the wall speedup; dotted: equal gains.",
                           plots.wall_vs_instr(points, colors)))
    return figs


def _cdf(policies: list[Policy], colors: dict[str, str]) -> Figure:
    strict = {p.name: strict_values(p.records) for p in policies}
    paper = {p.name: strict_values(p.records, "speedup_instr", strict=False) for p in policies}
    return Figure("speedup_cdf.png", "Distribution of speedups",
                  "Empirical CDF of every candidate's speedup; solid: strict wall speedup (AC and "
                  "confirmed faster in time, else 1.0), dashed: the paper's instruction speedup (AC, else 1.0).",
                  plots.speedup_cdf(strict, paper, colors))


def _fast_p(policies: list[Policy], summaries: dict[str, Summary], colors: dict[str, str]) -> Figure:
    top = max([2.2] + [v * 1.05 for p in policies for v in strict_values(p.records)])
    ps = sorted(set(np.linspace(1.0, top, 300).tolist()) | set(FAST_P_THRESHOLDS))
    curves = {p.name: (ps, fast_p_curve(p.records, ps)) for p in policies}
    # The dots are summarize()'s own fast_p values: the table's numbers, on the curve.
    marks = {p.name: {float(k): v for k, v in summaries[p.name].fast_p.items()} for p in policies}
    return Figure("fast_p.png", "fast_p curves",
                  "Share of all candidates that are correct and at least p times faster (strict "
                  "wall speedup, confirmed in time); dots: the table's fast_1.0/1.1/1.5/2.0.",
                  plots.fast_p(curves, marks, colors))


def _bars(policies: list[Policy], bests: dict[str, dict[str, Best]], colors: dict[str, str]) -> Figure | None:
    top = {}
    for per in bests.values():
        for tid, b in per.items():
            top[tid] = max(top.get(tid, 0.0), b.speedup)
    if not top:
        return None
    ranked = sorted(top, key=lambda t: (-top[t], t))
    if len(ranked) > 2 * TOP_BOTTOM:
        shown, split = ranked[:TOP_BOTTOM] + ranked[-TOP_BOTTOM:], TOP_BOTTOM
        title = f"Top and bottom {TOP_BOTTOM} of {len(ranked)} programs"
    else:
        shown, split, title = ranked, None, f"All {len(ranked)} programs"
    # NaN draws no bar: a policy that never tried a program is not shown as "no gain".
    values = {p.name: [bests[p.name][t].speedup if t in bests[p.name] else math.nan for t in shown]
              for p in policies}
    return Figure("programs.png", "Per-program speedups",
                  "Best strict wall speedup (confirmed in time) each policy reached on each program, ranked by the "
                  "best over policies.", plots.program_bars(shown, values, colors, title, split))
