"""The report's figures, each a function from plain numbers to PNG bytes.

Figures are drawn on `matplotlib.figure.Figure` with the Agg canvas directly,
never through pyplot: no global backend switch, no GUI, nothing left open
between calls, safe in worker processes and tests.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import (
    FixedLocator,
    MaxNLocator,
    NullFormatter,
    StrMethodFormatter,
)

from asmopt.report.aggregate import Point

_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
           "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")


def palette(names: Sequence[str]) -> dict[str, str]:
    """A fixed colour per policy, so a policy looks the same in every figure."""
    return {name: _COLORS[i % len(_COLORS)] for i, name in enumerate(names)}


def _figure(width: float = 7.0, height: float = 4.0) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


_NICE = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0)


def _log_axis(axis: object, lo: float, hi: float) -> None:
    """Log scale with plain labels (1.5, 2, 3) instead of matplotlib's 2x10^0."""
    ticks = [t for t in _NICE if lo / 1.05 <= t <= hi * 1.05] or [1.0]
    axis.set_major_locator(FixedLocator(ticks))
    axis.set_major_formatter(StrMethodFormatter("{x:g}"))
    axis.set_minor_formatter(NullFormatter())


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    # No "Software" stamp: the same data gives the same bytes across matplotlib versions' metadata.
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def speedup_cdf(strict: dict[str, list[float]], paper: dict[str, list[float]], colors: dict[str, str]) -> bytes:
    """Empirical CDF of per-candidate instruction speedups: strict solid, paper dashed."""
    fig, ax = _figure()
    for name, values in strict.items():
        for vals, style, label in ((values, "-", "strict"), (paper.get(name, []), "--", "paper")):
            if not vals:
                continue
            xs = sorted(vals)
            ys = [(i + 1) / len(xs) for i in range(len(xs))]
            ax.step(xs, ys, where="post", linestyle=style, color=colors[name], label=f"{name} ({label})")
    ax.set_xscale("log")
    every = [v for vals in (*strict.values(), *paper.values()) for v in vals] or [1.0]
    _log_axis(ax.xaxis, min(every), max(every))
    ax.set_xlabel("instruction speedup (x, log scale; fallbacks count 1.0)")
    ax.set_ylabel("share of candidates ≤ x")
    ax.set_ylim(0, 1.02)
    ax.set_title("Distribution of speedups per policy")
    ax.grid(True, alpha=0.3, which="both")
    ax.legend(fontsize=8)
    return _png(fig)


def fast_p(curves: dict[str, tuple[list[float], list[float]]], marks: dict[str, dict[float, float]],
           colors: dict[str, str]) -> bytes:
    """fast_p against p per policy; the reported thresholds are marked."""
    fig, ax = _figure()
    for name, (ps, shares) in curves.items():
        ax.plot(ps, shares, color=colors[name], label=name)
        pts = marks.get(name, {})
        ax.plot(list(pts), list(pts.values()), "o", color=colors[name], markersize=4)
    ax.set_xlabel("p (strict instruction speedup threshold)")
    ax.set_ylabel("fast_p (share of all candidates)")
    ax.set_ylim(0, 1.02)
    ax.set_title("fast_p: correct and at least p times faster")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    return _png(fig)


def program_bars(tasks: list[str], values: dict[str, list[float]], colors: dict[str, str], title: str,
                 split: int | None = None) -> bytes:
    """Grouped horizontal bars: best strict speedup per program, one bar per policy.

    `split`: number of top programs; a dashed line separates them from the bottom ones.
    """
    n_pol = max(1, len(values))
    height = max(2.5, 0.2 * len(tasks) * n_pol + 1.2)
    fig, ax = _figure(7.0, min(height, 30.0))
    bar = 0.8 / n_pol
    for k, (name, vals) in enumerate(values.items()):
        ys = [i + k * bar for i in range(len(tasks))]
        ax.barh(ys, vals, height=bar, color=colors[name], label=name)
    ax.set_yticks([i + 0.4 - bar / 2 for i in range(len(tasks))], labels=tasks, fontsize=8)
    if split is not None:
        ax.axhline(split - 0.1 - bar / 2, color="gray", linestyle="--", linewidth=0.8)
    ax.invert_yaxis()  # best program at the top
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xlabel("best strict instruction speedup (x)")
    ax.set_title(title)
    ax.grid(True, axis="x", alpha=0.3)
    ax.legend(fontsize=8)
    return _png(fig)


def curves(series: dict[str, list[tuple[float, float]]], colors: dict[str, str], *,
           xlabel: str, title: str) -> bytes:
    """Line per policy (best-of-N, refinement rounds): y is a geometric-mean speedup."""
    fig, ax = _figure()
    for name, pts in series.items():
        ax.plot([x for x, _ in pts], [y for _, y in pts], "o-", color=colors[name], label=name, markersize=4)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # sample counts and rounds are whole numbers
    ax.set_xlabel(xlabel)
    ax.set_ylabel("geomean over tasks of best strict speedup (x)")
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    return _png(fig)


def wall_vs_instr(points: dict[str, list[Point]], colors: dict[str, str]) -> bytes:
    """Measured wall speedup against instruction speedup; filled = significant, bars = 95% CI."""
    fig, ax = _figure(6.0, 5.0)
    lo, hi = 1.0, 1.0
    for name, pts in points.items():
        for p in pts:
            lo, hi = min(lo, p.instr, p.wall), max(hi, p.instr, p.wall)
            if p.ci is not None:
                lo, hi = min(lo, p.ci[0]), max(hi, p.ci[1])
                ax.plot([p.instr, p.instr], list(p.ci), color=colors[name], alpha=0.5, linewidth=1)
        for sig, face in ((True, None), (False, "none")):
            sel = [p for p in pts if p.significant is sig]
            if sel:
                ax.scatter([p.instr for p in sel], [p.wall for p in sel], s=28, edgecolors=colors[name],
                           facecolors=face if face else colors[name],
                           label=f"{name} ({'significant' if sig else 'not significant'})")
    ax.plot([lo / 1.1, hi * 1.1], [lo / 1.1, hi * 1.1], ":", color="gray", label="wall = instructions")
    ax.set_xscale("log")
    ax.set_yscale("log")
    _log_axis(ax.xaxis, lo, hi)
    _log_axis(ax.yaxis, lo, hi)
    ax.set_xlabel("instruction speedup (x)")
    ax.set_ylabel("wall speedup (x)")
    ax.set_title("Wall time against instruction count (correct, timed candidates)")
    ax.grid(True, alpha=0.3, which="both")
    ax.legend(fontsize=7)
    return _png(fig)
