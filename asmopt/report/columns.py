"""The policy table's columns, shared by the HTML and Markdown outputs so they never disagree.

Every number is read from `summarize()`'s Summary (or the few extras in
`metrics`); nothing is recomputed here, only picked and formatted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from asmopt.report.load import Policy
from asmopt.report.metrics import FAST_P_THRESHOLDS, SpeedupStats, Summary


@dataclass
class Row:
    """One policy's numbers: its Summary plus the two report-only metrics."""

    policy: Policy
    summary: Summary
    wall_ci: tuple[float, float] | None  # 95% interval of the strict wall geomean
    wrong_on_hidden: float  # share of records


@dataclass
class Column:
    """A table column: group ("paper"/"ours"), header, value and its text form."""

    group: str
    header: str
    value: Callable[[Row], float | None]  # machine-readable, for data-value and summary.json
    text: Callable[[Row], str]


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100.0 * x:.1f}%"


def times(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}x"


def _stat(get: Callable[[Summary], SpeedupStats | None], field: str) -> Callable[[Row], float | None]:
    def value(row: Row) -> float | None:
        st = get(row.summary)
        return None if st is None else getattr(st, field)
    return value


def _wall_text(row: Row) -> str:
    st = row.summary.strict_wall
    if st is None:
        return "untimed"
    if row.wall_ci is None:
        return times(st.geomean)
    return f"{times(st.geomean)} [{row.wall_ci[0]:.3f}, {row.wall_ci[1]:.3f}]"


def _col(group: str, header: str, value: Callable[[Row], float | None],
         fmt: Callable[[float | None], str]) -> Column:
    return Column(group, header, value, lambda row: fmt(value(row)))


def columns() -> list[Column]:
    """The paper's columns, computed the paper's way, then ours."""
    # Record and task counts sit in the verdicts table: this one is wide enough.
    cols = [
        _col("paper", "compile rate", lambda r: r.summary.compile_rate, pct),
        _col("paper", "test-pass rate", lambda r: r.summary.pass_rate, pct),
    ]
    for field in ("p25", "p50", "p75", "mean", "geomean"):
        cols.append(_col("paper", f"instr {field}", _stat(lambda s: s.paper_instr, field), times))
    for field in ("mean", "geomean"):
        cols.append(_col("paper", f"wall {field}", _stat(lambda s: s.paper_wall, field), times))
    cols += [
        # Time first: it is the truth; instruction columns are diagnostics of the same gains.
        Column("ours", "wall geomean [95% CI]", _stat(lambda s: s.strict_wall, "geomean"), _wall_text),
        _col("ours", "significant gain", lambda r: r.summary.significant_share, pct),
        _col("ours", "instr geomean", _stat(lambda s: s.strict_instr, "geomean"), times),
        _col("ours", "instr geomean, net of start-up", _stat(lambda s: s.strict_instr_net, "geomean"), times),
    ]
    for p in FAST_P_THRESHOLDS:
        key = f"{p:.1f}"
        cols.append(_col("ours", f"fast_{key}", lambda r, k=key: r.summary.fast_p.get(k), pct))
    cols += [
        _col("ours", "no change", lambda r: r.summary.no_change / r.summary.n, pct),
        _col("ours", "wrong on hidden", lambda r: r.wrong_on_hidden, pct),
    ]
    return cols
