"""Per-program and per-curve views of result records, built on the metrics' conventions.

Every speedup here is `metrics.effective_speedup` (strict unless said
otherwise), so plots and tables agree with `summarize()` by construction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from asmopt.report.metrics import effective_speedup, measured_speedup


@dataclass
class Best:
    """The best candidate of one policy for one task, and how many it tried."""

    record: dict[str, Any]
    speedup: float  # strict effective wall speedup (1.0 unless confirmed in time)
    count: int


def _rank(rec: Mapping[str, Any]) -> tuple[float, int, float]:
    # Highest strict speedup first; on a tie a correct candidate before a wrong
    # one (a "best" that is WA would mislead), then the lowest index.
    index = rec.get("index")
    idx = float(index) if isinstance(index, int) and not isinstance(index, bool) else math.inf
    return (-effective_speedup(rec), 0 if rec.get("verdict") == "AC" else 1, idx)


def best_per_task(records: list[dict[str, Any]]) -> dict[str, Best]:
    """Best candidate by task id; records without a task id belong to no program."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        tid = r.get("task_id")
        if isinstance(tid, str) and tid:
            groups.setdefault(tid, []).append(r)
    out: dict[str, Best] = {}
    for tid, recs in groups.items():
        best = min(recs, key=_rank)
        out[tid] = Best(record=best, speedup=effective_speedup(best), count=len(recs))
    return out


def strict_values(records: list[dict[str, Any]], key: str = "speedup_wall", *, strict: bool = True) -> list[float]:
    """Effective speedup of every record (fallbacks to 1.0 included)."""
    return [effective_speedup(r, key, strict=strict) for r in records]


def _meta_number(rec: Mapping[str, Any], key: str) -> float | None:
    value = (rec.get("meta") or {}).get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def cumulative_best(records: list[dict[str, Any]], key: str) -> list[tuple[float, float]] | None:
    """(meta[key] value, geomean over tasks of the best strict speedup among values <= it).

    This is the best-of-N curve for key "sample" and the refinement curve for
    "round". Only records carrying a number under meta[key] count; a task with
    nothing yet at some value counts 1.0 (the compiler's output is kept).
    None when no record carries the key.
    """
    tagged = [(v, r) for r in records if (v := _meta_number(r, key)) is not None
              and isinstance(r.get("task_id"), str)]
    if not tagged:
        return None
    tasks = sorted({r["task_id"] for _, r in tagged})
    best = {t: 1.0 for t in tasks}
    points: list[tuple[float, float]] = []
    tagged.sort(key=lambda vr: vr[0])
    i = 0
    while i < len(tagged):
        value = tagged[i][0]
        while i < len(tagged) and tagged[i][0] == value:
            rec = tagged[i][1]
            best[rec["task_id"]] = max(best[rec["task_id"]], effective_speedup(rec))
            i += 1
        points.append((value, math.exp(sum(math.log(b) for b in best.values()) / len(best))))
    return points


def best_of_n(records: list[dict[str, Any]]) -> list[tuple[float, float]] | None:
    """Best-of-N curve: x is N, the number of sample indices taken so far (1, 2, ...)."""
    curve = cumulative_best(records, "sample")
    return None if curve is None else [(float(n), y) for n, (_, y) in enumerate(curve, start=1)]


@dataclass
class Point:
    """One correct, timed candidate: measured instruction and wall speedups."""

    instr: float
    wall: float
    ci: tuple[float, float] | None
    significant: bool


def wall_vs_instr(records: list[dict[str, Any]]) -> list[Point]:
    """AC records measured both ways (raw measurements, not the strict fallbacks)."""
    points: list[Point] = []
    for r in records:
        if r.get("verdict") != "AC":
            continue
        instr, wall = measured_speedup(r.get("speedup_instr")), measured_speedup(r.get("speedup_wall"))
        if instr is None or wall is None:
            continue
        ci_raw = r.get("speedup_wall_ci")
        ci = None
        if isinstance(ci_raw, (list, tuple)) and len(ci_raw) == 2:
            lo, hi = measured_speedup(ci_raw[0]), measured_speedup(ci_raw[1])
            ci = (lo, hi) if lo is not None and hi is not None else None
        points.append(Point(instr, wall, ci, bool(r.get("significant", False))))
    return points
