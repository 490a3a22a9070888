"""Aggregate metrics over Result records (the JSON dicts of a results JSONL file).

Two conventions are reported side by side:

* "paper" (SuperCoder): every candidate contributes; a correct (AC) candidate
  counts its stored speedup (identical ones included), anything else counts 1.0,
  i.e. "fall back to gcc -O3".
* "strict" (ours): a candidate's effective speedup is its measured speedup only
  when it is AC *and* its gain was confirmed in time (`significant` with a
  measured wall-time test, see `confirmed`); wrong, identical, unmeasured,
  untimed and noise-level candidates all count 1.0. A file judged without
  timing ("instructions only") therefore claims no gain at all.

Everything here is a pure function of the dicts, so reports can be rebuilt from
old files without re-running anything.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

FAST_P_THRESHOLDS: tuple[float, ...] = (1.0, 1.1, 1.5, 2.0)
VERDICT_ORDER: tuple[str, ...] = ("AC", "WA", "RE", "TLE", "OLE", "MLE", "CE", "SV")


@dataclass
class SpeedupStats:
    """Distribution of per-candidate speedups over all candidates (fallbacks included)."""

    p25: float
    p50: float
    p75: float
    mean: float
    geomean: float


@dataclass
class Summary:
    """Headline numbers of one results file."""

    n: int
    tasks: int
    compile_rate: float
    pass_rate: float
    paper_instr: SpeedupStats | None
    paper_wall: SpeedupStats | None
    strict_instr: SpeedupStats | None
    strict_wall: SpeedupStats | None
    significant_share: float
    strict_instr_net: SpeedupStats | None = None  # net of the start-up floor
    floor_instr: float | None = None  # median instructions of an empty program, per test
    floor_wall_s: float | None = None  # median wall time of an empty program
    fast_p: dict[str, float] = field(default_factory=dict)
    no_change: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    timed: bool = False  # False: instructions only, nothing confirmed in time

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (nested stats become dicts or None)."""
        return asdict(self)


def _speedup(value: Any) -> float | None:
    """A usable measured speedup, or None.

    Missing, non-numeric, non-finite or non-positive values are treated as
    "not measured": they cannot be a real cost ratio and would poison the
    geometric mean.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(v) or v <= 0.0:
        return None
    return v


measured_speedup = _speedup  # public name for other report modules


def _paper_value(rec: Mapping[str, Any], key: str) -> float:
    """Paper convention: stored speedup of an AC candidate, else 1.0."""
    if rec.get("verdict") != "AC":
        return 1.0
    v = _speedup(rec.get(key))
    return 1.0 if v is None else v


def confirmed(rec: Mapping[str, Any]) -> bool:
    """A gain measured time confirms: AC, significant, and a wall-time test was run.

    Files written before time was the truth marked instruction-only gains
    `significant`; without a measured p-value they are not believed.
    """
    return (rec.get("verdict") == "AC" and bool(rec.get("significant", False))
            and rec.get("wall_p_value") is not None and _speedup(rec.get("speedup_wall")) is not None)


def timed(records: Iterable[Mapping[str, Any]]) -> bool:
    """Whether any record was timed (else the file is "instructions only")."""
    return any(_speedup(r.get("speedup_wall")) is not None for r in records)


INSTRUCTIONS_ONLY = "instructions only: not confirmed in time (no gain is claimed)"


def _strict_value(rec: Mapping[str, Any], key: str) -> float:
    """Strict convention: measured speedup only for a gain confirmed in time, else 1.0."""
    if not confirmed(rec):
        return 1.0
    v = _speedup(rec.get(key))
    return 1.0 if v is None else v


def _stats(values: list[float]) -> SpeedupStats:
    arr = np.asarray(values, dtype=float)
    p25, p50, p75 = np.percentile(arr, [25, 50, 75])
    return SpeedupStats(
        p25=float(p25),
        p50=float(p50),
        p75=float(p75),
        mean=float(arr.mean()),
        geomean=float(np.exp(np.log(arr).mean())),
    )


def _maybe_stats(records: list[Mapping[str, Any]], key: str, strict: bool) -> SpeedupStats | None:
    # A column with no measurement anywhere (e.g. wall time when timing was
    # off) is reported as absent rather than as a misleading all-1.0 column.
    if not any(_speedup(r.get(key)) is not None for r in records):
        return None
    pick = _strict_value if strict else _paper_value
    return _stats([pick(r, key) for r in records])


def summarize(records: Iterable[Mapping[str, Any]]) -> Summary:
    """Summarise result dicts (as written by `Result.to_dict`).

    Only `verdict` is required; every other key is optional. Raises ValueError
    on empty input or on a record without a verdict.
    """
    recs = list(records)
    if not recs:
        raise ValueError("no results to summarise")
    for i, r in enumerate(recs):
        if not r.get("verdict"):
            raise ValueError(f"result record {i} has no verdict")
    n = len(recs)

    verdict_counts = Counter(str(r["verdict"]) for r in recs)
    # Known verdicts first in a fixed order so reports diff cleanly; unknown
    # ones (from newer writers) follow alphabetically rather than being dropped.
    verdicts = {v: verdict_counts[v] for v in VERDICT_ORDER if v in verdict_counts}
    verdicts.update({v: verdict_counts[v] for v in sorted(verdict_counts) if v not in verdicts})

    ac = [r for r in recs if r["verdict"] == "AC"]
    fast_p = {f"{p:.1f}": fast_p_share(recs, p) for p in FAST_P_THRESHOLDS}

    return Summary(
        n=n,
        tasks=len({r["task_id"] for r in recs if r.get("task_id") is not None}),
        compile_rate=sum(1 for r in recs if r["verdict"] != "CE") / n,
        pass_rate=len(ac) / n,
        paper_instr=_maybe_stats(recs, "speedup_instr", strict=False),
        paper_wall=_maybe_stats(recs, "speedup_wall", strict=False),
        strict_instr=_maybe_stats(recs, "speedup_instr", strict=True),
        strict_wall=_maybe_stats(recs, "speedup_wall", strict=True),
        significant_share=sum(1 for r in ac if confirmed(r)) / n,
        fast_p=fast_p,
        no_change=sum(1 for r in recs if r.get("identical", False)),
        verdicts=verdicts,
        strict_instr_net=_maybe_stats(recs, "speedup_instr_net", strict=True),
        floor_instr=_median_of(recs, "floor_instr"),
        floor_wall_s=_median_of(recs, "floor_wall_s"),
        timed=timed(recs),
    )


def effective_speedup(rec: Mapping[str, Any], key: str = "speedup_wall", *, strict: bool = True) -> float:
    """One record's speedup as the strict (default) or paper convention counts it."""
    return (_strict_value if strict else _paper_value)(rec, key)


#: fast_p reads measured time: the strict wall speedup (1.0 unless confirmed in time).
FAST_P_KEY = "speedup_wall"


def fast_p_share(records: list[Mapping[str, Any]], p: float) -> float:
    """fast_p: share of all records that are AC with a strict wall speedup >= p.

    Non-AC records are in the denominator but never count, so fast_1.0 is the
    share correct (the paper's definition, with our strict speedups).
    """
    if not records:
        return 0.0
    hits = sum(1 for r in records if r.get("verdict") == "AC" and _strict_value(r, FAST_P_KEY) >= p)
    return hits / len(records)


def fast_p_curve(records: list[Mapping[str, Any]], ps: Iterable[float]) -> list[float]:
    """`fast_p_share` at every p in `ps` at once (vectorised, for plotting long curves)."""
    ps_arr = np.asarray(list(ps), dtype=float)
    if not records:
        return [0.0] * len(ps_arr)
    eff = np.asarray([_strict_value(r, FAST_P_KEY) for r in records if r.get("verdict") == "AC"],
                     dtype=float)
    hits = (eff[:, None] >= ps_arr[None, :]).sum(axis=0) if eff.size else np.zeros(len(ps_arr))
    return [float(h) / len(records) for h in hits]


def wrong_on_hidden(rec: Mapping[str, Any]) -> bool:
    """True when every visible test passed but some hidden test did not.

    These are the candidates a search that sees only visible tests would have
    accepted wrongly; they need per-test outcomes, so records without `tests`
    never count.
    """
    tests = rec.get("tests") or []
    visible = [t for t in tests if isinstance(t, Mapping) and not t.get("hidden", False)]
    hidden = [t for t in tests if isinstance(t, Mapping) and t.get("hidden", False)]
    return all(t.get("verdict") == "AC" for t in visible) and any(t.get("verdict") != "AC" for t in hidden)


def wrong_on_hidden_share(records: list[Mapping[str, Any]]) -> float:
    """Share of records that are wrong on hidden tests only (see `wrong_on_hidden`)."""
    return sum(1 for r in records if wrong_on_hidden(r)) / len(records) if records else 0.0


def geomean_interval(values: list[float], *, level: float = 0.95, n_boot: int = 2000,
                     seed: int = 0) -> tuple[float, float] | None:
    """Percentile-bootstrap interval of the geometric mean over candidates.

    Fixed seed: the same file always gives the same report. None for fewer
    than two values, where resampling says nothing.
    """
    if len(values) < 2:
        return None
    logs = np.log(np.asarray(values, dtype=float))
    rng = np.random.default_rng(seed)
    means = logs[rng.integers(0, len(logs), size=(n_boot, len(logs)))].mean(axis=1)
    lo, hi = np.percentile(means, [50 * (1 - level), 50 * (1 + level)])
    return float(np.exp(lo)), float(np.exp(hi))


def strict_wall_interval(records: list[Mapping[str, Any]]) -> tuple[float, float] | None:
    """95% interval of the strict wall geomean over candidates; None when untimed."""
    if not any(_speedup(r.get("speedup_wall")) is not None for r in records):
        return None
    return geomean_interval([_strict_value(r, "speedup_wall") for r in records])


def _median_of(records: list[Mapping[str, Any]], key: str) -> float | None:
    values = [v for r in records if (v := _speedup(r.get(key))) is not None]
    return float(np.median(values)) if values else None


def _pct(x: float) -> str:
    return f"{100.0 * x:.1f}%"


def _x(x: float) -> str:
    return f"{x:.3f}x"


def render(summary: Summary) -> str:
    """Plain-text report: the paper's columns, then ours."""
    import io

    from rich import box
    from rich.console import Console
    from rich.table import Table

    # Render into a throwaway buffer: callers get the text back and decide
    # where it goes, nothing leaks to stdout. ASCII boxes keep logs and
    # files readable in any terminal or encoding.
    console = Console(record=True, width=100, file=io.StringIO(), color_system=None)

    head = Table(title="paper columns", box=box.ASCII2)
    head.add_column("records", justify="right")
    head.add_column("tasks", justify="right")
    head.add_column("compile rate", justify="right")
    head.add_column("test-pass rate", justify="right")
    head.add_row(str(summary.n), str(summary.tasks), _pct(summary.compile_rate), _pct(summary.pass_rate))
    console.print(head)

    paper = Table(title="paper speedup (AC: stored speedup, else 1.0)", box=box.ASCII2)
    paper.add_column("metric")
    for col in ("p25", "p50", "p75", "mean", "geomean"):
        paper.add_column(col, justify="right")
    for label, st in (("instructions", summary.paper_instr), ("wall", summary.paper_wall)):
        if st is None:
            # Instructions are always shown (as n/a if unmeasured); wall only when timed.
            if label == "instructions":
                paper.add_row(label, *(["n/a"] * 5))
            continue
        paper.add_row(label, _x(st.p25), _x(st.p50), _x(st.p75), _x(st.mean), _x(st.geomean))
    console.print(paper)

    if not summary.timed:
        console.print(INSTRUCTIONS_ONLY)
    ours = Table(title="ours (strict: AC and faster in measured time, else 1.0)", box=box.ASCII2)
    ours.add_column("measure")
    ours.add_column("value", justify="right")
    for label, st in (("instructions", summary.strict_instr), ("wall", summary.strict_wall)):
        if st is None:
            ours.add_row(f"strict geomean / mean ({label})", "n/a")
        else:
            ours.add_row(f"strict geomean / mean ({label})", f"{_x(st.geomean)} / {_x(st.mean)}")
    if summary.strict_instr_net is not None:
        st = summary.strict_instr_net
        ours.add_row("strict geomean / mean (instructions net of start-up)", f"{_x(st.geomean)} / {_x(st.mean)}")
    if summary.floor_instr is not None:
        ours.add_row("start-up floor (empty program), instructions", f"{summary.floor_instr:,.0f}")
    if summary.floor_wall_s is not None:
        ours.add_row("start-up floor (empty program), wall", f"{summary.floor_wall_s * 1e3:.2f} ms")
    ours.add_row("significant share (confirmed in time)", _pct(summary.significant_share))
    for key, share in summary.fast_p.items():
        ours.add_row(f"fast_{key}", _pct(share))
    ours.add_row("no change (identical)", str(summary.no_change))
    ours.add_row("verdicts", "  ".join(f"{v}={c}" for v, c in summary.verdicts.items()))
    console.print(ours)

    return console.export_text()
