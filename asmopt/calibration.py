"""Calibration: how far each cheap cost can be trusted to rank candidates as time does.

`asmopt bench cost` builds real candidate/baseline pairs (built-in programs
under the settings of the compiler grid, the assembly-search rewrites, and the
traps of `benchmarks/traps`), measures each pair's time ratio with the strict
interleaved protocol on the tests where the program's own work dominates, and
beside it every cost a search or a reward could use instead:

* `instructions`: callgrind counts (exact, a diagnostic);
* `cycles`: the deterministic model of `measure/cycles.py` with its prior
  coefficients;
* `cycles_fit`: the same terms with coefficients fitted to measured time by
  non-negative least squares, each program predicted by a fit that never saw
  it (leave one program out), so the figure is an honest out-of-sample one;
* `short_timing`: the interleaved protocol cut to 1 warm-up and 5 rounds;
* `short_timing_1`: the same on one timed test only (the smallest input): the
  cheapest reading a reward can take, calibrated against the full protocol on
  all of them.

Per cost: Spearman correlation of its ratio with the measured wall ratio, sign
agreement on the pairs whose measured change is significant, median |log
error| and seconds per evaluation, and whether every trap is ranked the right
way. Each pair is one JSONL row, appended as it is measured, so a killed run
resumes; a row measured before a cost was added gets that cost measured on
resuming (the row's time, the truth, is kept). Time measurements need a quiet
machine: run it alone.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from asmopt import cache, datasets, jsonl, toolchain, traps
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig, Prepared, evaluate, fewest_timed, prepare
from asmopt.measure import callgrind, cycles, mca
from asmopt.measure import timing as walltime
from asmopt.policies.compiler import GRID, Setting, candidate as compiled
from asmopt.policies.passes import usable
from asmopt.task import Task

COSTS = ("instructions", "cycles", "cycles_fit", "short_timing", "short_timing_1")
#: The costs a row measures (cycles_fit is computed from the rows' cycles terms).
MEASURED = tuple(c for c in COSTS if c != "cycles_fit")
#: The cycles terms a fit weighs (CyclesCost fields), and one start-up term per run.
TERMS = ("own_cycles", "library_instr", "l1_misses", "ll_misses", "mispredicts", "rep_iterations",
         "padding_nops")
SHORT = walltime.SHORT
_VERSION = "cost-v1"


@dataclass(frozen=True)
class Pair:
    """A candidate against its task's baseline, and where the candidate came from."""

    task: Task
    candidate: Candidate
    kind: str  # "grid", "search" or "trap"
    source: str  # the setting, pass or trap name
    expect: str | None = None  # a trap's expected direction

    @property
    def id(self) -> str:
        return f"{self.task.id}/{self.kind}:{self.source}"


def pairs(dataset: str = "builtin", programs: Sequence[str] | None = None,
          settings: Sequence[Setting] = GRID, search: bool = True, with_traps: bool = True,
          unsafe: bool = False) -> Iterator[Pair]:
    """The calibration pairs, program by program (then the traps); made lazily, since
    compiling every setting of every program takes minutes. `programs` None: every program."""
    tasks = datasets.load(dataset).tasks
    unknown = [p for p in programs or () if p not in tasks]
    if unknown:
        raise AsmoptError(f"no program {', '.join(unknown)} in dataset {dataset!r}")
    for name in sorted(tasks) if programs is None else programs:
        task = toolchain.with_baseline(tasks[name], unsafe=unsafe)
        assert task.baseline is not None
        for setting in settings:
            if setting.available:
                yield Pair(task, compiled(task, setting, unsafe=unsafe), "grid", setting.name)
        if search:
            for p in usable():
                asm = p.apply(task.baseline.asm)
                if asm is not None:
                    yield Pair(task, Candidate(task.id, asm, {"pass": p.name}), "search", p.name)
    if with_traps:
        for trap in traps.all_traps():
            if trap.missing():
                continue
            t = traps.task(trap, EvalConfig(unsafe=unsafe))
            yield Pair(t, traps.candidate(trap, t, unsafe=unsafe), "trap", trap.name, trap.expect)


@dataclass
class Measured:
    """One cost of one pair: baseline/candidate ratio (> 1: candidate cheaper), or why none."""

    ratio: float | None = None
    seconds: float | None = None  # to evaluate the candidate (the baseline's side is cached)
    error: str | None = None
    terms: dict[str, dict[str, float]] = field(default_factory=dict)  # cycles: summed terms, base and cand


def _instructions(prep: Prepared, binary: Path, cfg: EvalConfig) -> Measured:
    start = time.monotonic()
    base = cand = 0
    for i in prep.timed:
        test = prep.tests[i]
        b = callgrind.cached_count(prep.binary, test.input, unsafe=cfg.unsafe)
        c = callgrind.count(binary, test.input, unsafe=cfg.unsafe)
        if not (b.ok and c.ok):
            return Measured(error=f"{test.name}: {c.error or b.error}")
        base += b.instructions or 0
        cand += c.instructions or 0
    return Measured(base / cand if cand else None, time.monotonic() - start)


def _cycles(prep: Prepared, asm: str, cfg: EvalConfig) -> Measured:
    assert prep.task.baseline is not None
    start = time.monotonic()
    sums: dict[str, dict[str, float]] = {"base": dict.fromkeys(TERMS, 0.0), "cand": dict.fromkeys(TERMS, 0.0)}
    base_total = cand_total = 0.0
    try:
        for i in prep.timed:
            stdin = prep.tests[i].input
            b = cycles.cached_cycles(prep.task.baseline.asm, stdin, unsafe=cfg.unsafe)
            c = cycles.cycles(asm, stdin, unsafe=cfg.unsafe)
            base_total += b.total()
            cand_total += c.total()
            for side, cost in (("base", b), ("cand", c)):
                for term in TERMS:
                    sums[side][term] += float(getattr(cost, term))
    except (cycles.CyclesError, AsmoptError) as exc:
        return Measured(error=str(exc).splitlines()[0][:300])
    return Measured(base_total / cand_total if cand_total else None, time.monotonic() - start, terms=sums)


def _short_timing(prep: Prepared, binary: Path, cfg: EvalConfig, limit: int | None = None) -> Measured:
    start = time.monotonic()
    inputs = [prep.tests[i].input for i in fewest_timed(prep.tests, prep.timed, limit)]
    try:
        with walltime.exclusive():
            t = walltime.interleaved(prep.binary, binary, inputs, walltime.sandbox_runner(cfg.limits, cfg.unsafe),
                                     SHORT)
    except walltime.TimingError as exc:
        return Measured(error=str(exc)[:300])
    return Measured(t.speedup_wall, time.monotonic() - start)


def measure(pair: Pair, cfg: EvalConfig, prep: Prepared | None = None) -> dict[str, Any]:
    """One pair: verdict, measured time (the truth) and every cost. A JSON-ready row."""
    row: dict[str, Any] = {"pair": pair.id, "task_id": pair.task.id, "kind": pair.kind, "source": pair.source,
                           "expect": pair.expect, "cpu": mca.host_cpu()}
    if not pair.candidate.asm.strip():
        row.update(verdict="CE", message=str(pair.candidate.meta.get("error", "no assembly"))[:300])
        return row
    prep = prep or prepare(pair.task, cfg)
    result = evaluate(prep, pair.candidate, cfg)
    row.update(verdict=result.verdict, identical=result.identical, message=result.message[:300],
               timed_tests=result.timed_tests)
    if result.verdict != "AC" or result.identical:
        return row
    row["time"] = {"ratio": result.speedup_wall, "ci": list(result.speedup_wall_ci or ()),
                   "p_value": result.wall_p_value, "significant": result.significant,
                   "cpu_ratio": result.speedup_cpu, "base_s": result.base_wall_s, "cand_s": result.cand_wall_s,
                   "error": result.measure_error}
    row["costs"] = measure_costs(pair, cfg, prep, MEASURED)
    return row


def measure_costs(pair: Pair, cfg: EvalConfig, prep: Prepared, names: Sequence[str]) -> dict[str, Any]:
    """The named costs of a correct, changed pair (JSON-ready, by name)."""
    built = toolchain.build(pair.candidate.asm, unsafe=cfg.unsafe)
    assert built.binary is not None
    costs: dict[str, Measured] = {}
    with walltime.busy():
        if "instructions" in names:
            costs["instructions"] = _instructions(prep, built.binary, cfg)
        if "cycles" in names:
            costs["cycles"] = _cycles(prep, pair.candidate.asm, cfg)
    if "short_timing" in names:
        costs["short_timing"] = _short_timing(prep, built.binary, cfg)
    if "short_timing_1" in names:
        costs["short_timing_1"] = _short_timing(prep, built.binary, cfg, limit=1)
    return {name: {"ratio": m.ratio, "seconds": m.seconds, "error": m.error, **({"terms": m.terms} if m.terms else {})}
            for name, m in costs.items()}


def row_key(pair: Pair) -> str:
    """What resuming matches on: the pair, the candidate text and the machine's CPU."""
    return cache.digest(_VERSION, pair.id, pair.candidate.asm, mca.host_cpu())


def measure_pairs(pair_list: Iterator[Pair], done: dict[str, dict[str, Any]], cfg: EvalConfig,
                  progress: Callable[[str, int], None] | None = None,
                  on_row: Callable[[dict[str, Any], bool], None] | None = None) -> list[dict[str, Any]]:
    """A row per pair, measured on this machine unless `done` has it (by key); a done row missing a
    cost added since gets that cost measured (its time, the truth, kept). `on_row(row, new)` after
    each row measured or filled in; `done` is updated."""
    preps: dict[str, Prepared] = {}
    rows = []

    def prep_of(task: Task) -> Prepared:
        if task.id not in preps:
            preps.clear()  # one program at a time: pairs come grouped by program
            preps[task.id] = prepare(task, cfg)
        return preps[task.id]

    for n, pair in enumerate(pair_list, start=1):
        key = row_key(pair)
        if progress is not None:
            progress(pair.id, n)
        row = done.get(key)
        if row is not None:
            missing = [c for c in MEASURED if c not in row.get("costs", {})] if "costs" in row else []
            if missing:
                row["costs"] = {**row["costs"], **measure_costs(pair, cfg, prep_of(pair.task), missing)}
                if on_row is not None:
                    on_row(row, False)
            rows.append(row)
            continue
        row = {"key": key, **measure(pair, cfg, prep_of(pair.task))}
        done[key] = row
        if on_row is not None:
            on_row(row, True)
        rows.append(row)
    return rows


def run(pair_list: Iterator[Pair], out: Path, cfg: EvalConfig,
        progress: Callable[[str, int], None] | None = None) -> list[dict[str, Any]]:
    """Measure every pair not already in `out` (JSONL, appended and fsync'd row by row); all rows."""
    done = jsonl.by_key(out)

    def keep(row: dict[str, Any], new: bool) -> None:
        if new:
            jsonl.append(out, row)
        else:  # a cost added to an old row: rewrite the file
            _rewrite(out, done)

    return measure_pairs(pair_list, done, cfg, progress, keep)


@dataclass(frozen=True)
class Unit:
    """What one worker measures in one go: every pair of one program, compiled where it is measured
    (so -march=native means that machine's CPU), or (program None) the traps."""

    dataset: str
    program: str | None
    settings: tuple[str, ...]
    search: bool

    @property
    def label(self) -> str:
        return self.program or "traps"


def units(dataset: str, programs: Sequence[str] | None, settings: Sequence[Setting], search: bool,
          with_traps: bool) -> list[Unit]:
    """The work of a calibration run, a unit per program (then one for the traps)."""
    tasks = datasets.load(dataset).tasks
    unknown = [p for p in programs or () if p not in tasks]
    if unknown:
        raise AsmoptError(f"no program {', '.join(unknown)} in dataset {dataset!r}")
    names = [s.name for s in settings]
    out = [Unit(dataset, p, tuple(names), search) for p in (sorted(tasks) if programs is None else programs)]
    return [*out, Unit(dataset, None, (), False)] if with_traps else out


def measure_unit(unit: Unit, done: dict[str, dict[str, Any]], cfg: EvalConfig) -> list[dict[str, Any]]:
    """Every row of `unit`, measured on the machine this runs on (a Ray node); `done` rows reused."""
    known = {s.name: s for s in GRID}
    if unit.program is None:
        pair_list = pairs(unit.dataset, [], [], search=False, with_traps=True, unsafe=cfg.unsafe)
    else:
        pair_list = pairs(unit.dataset, [unit.program], [known[n] for n in unit.settings], search=unit.search,
                          with_traps=False, unsafe=cfg.unsafe)
    return measure_pairs(pair_list, dict(done), cfg)


def run_on_ray(work: Sequence[Unit], out: Path, cfg: EvalConfig, ray_address: str,
               progress: Callable[[str, int], None] | None = None) -> list[dict[str, Any]]:
    """`run` on a Ray cluster: a unit (a program's pairs, or the traps) per task, each compiled, judged
    and timed on one node (the machine-wide timing lock keeps timings alone there). Rows are appended
    as each unit finishes: a killed run keeps every finished unit. Rows carry their node's CPU."""
    from concurrent.futures import as_completed

    from asmopt import cluster

    done = jsonl.by_key(out)
    rows: list[dict[str, Any]] = []
    filled = False
    with cluster.pool(1, ray_address, unsafe=cfg.unsafe) as pool:
        futures = {}
        for unit in work:
            mine = {k: r for k, r in done.items()
                    if (r.get("kind") == "trap" if unit.program is None else r.get("task_id") == unit.program)}
            futures[pool.submit(measure_unit, unit, mine, cfg)] = unit
        for n, fut in enumerate(as_completed(futures), start=1):
            for row in fut.result():
                if row["key"] not in done:
                    jsonl.append(out, row)
                elif row != done[row["key"]]:
                    filled = True
                done[row["key"]] = row
                rows.append(row)
            if progress is not None:
                progress(futures[fut].label, n)
    if filled:
        _rewrite(out, done)
    return rows


def _rewrite(out: Path, rows: dict[str, dict[str, Any]]) -> None:
    """Replace `out` with `rows` atomically (a killed run leaves the old file or the new one)."""
    tmp = out.with_name(out.name + ".tmp")
    tmp.unlink(missing_ok=True)
    for row in rows.values():
        jsonl.append(tmp, row)
    tmp.replace(out)


# --- the table -----------------------------------------------------------------------------------


@dataclass
class CostStats:
    """How one cost agrees with measured time over the measured pairs."""

    cost: str
    pairs: int  # pairs with both a measured time and this cost
    spearman: float | None
    sign_agree: int  # on pairs whose measured change is significant (CI excludes 1)
    sign_total: int
    median_abs_log_error: float | None
    seconds_per_eval: float | None
    traps_right: int
    traps_total: int
    errors: int  # pairs where this cost gave no number

    @property
    def sign_share(self) -> float | None:
        return self.sign_agree / self.sign_total if self.sign_total else None


def timed_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows whose pair was timed without error (correct, changed, measured)."""
    return [r for r in rows if r.get("time") and r["time"].get("ratio") and not r["time"].get("error")]


def _changed(row: dict[str, Any]) -> bool:
    """The measured change is significant either way: the interval excludes 1."""
    ci = row["time"].get("ci") or []
    return len(ci) == 2 and (ci[0] > 1.0 or ci[1] < 1.0)


def _trap_right(row: dict[str, Any], ratio: float) -> bool | None:
    """Whether a cost ranks a trap as time does: not above 1 beyond noise for `not_faster`,
    above 1 for `faster`; for a trap with no expectation, the measured direction decides."""
    if row.get("kind") != "trap":
        return None
    expect = row.get("expect")
    if expect == "not_faster":
        return ratio <= 1.0 + walltime.TimingConfig().threshold
    if expect == "faster":
        return ratio > 1.0
    if not _changed(row):
        return None
    return (ratio > 1.0) == (row["time"]["ratio"] > 1.0)


def fit_coefficients(rows: Sequence[dict[str, Any]]) -> np.ndarray | None:
    """Seconds per unit of each cycles term and per run, fitted by non-negative least squares
    on every measured binary (baseline and candidate sides), or None without enough data."""
    from scipy.optimize import nnls

    x, y = [], []
    for r in rows:
        terms = ((r.get("costs") or {}).get("cycles") or {}).get("terms")
        if not terms or not r.get("time"):
            continue
        runs = len(r.get("timed_tests") or ()) or 1
        for side, seconds in (("base", r["time"].get("base_s")), ("cand", r["time"].get("cand_s"))):
            if seconds:
                x.append([terms[side][t] for t in TERMS] + [runs])
                y.append(seconds)
    if len(y) < len(TERMS) + 1:
        return None
    a = np.asarray(x, dtype=float)
    scale = a.max(axis=0)
    scale[scale == 0] = 1.0
    coef, _ = nnls(a / scale, np.asarray(y, dtype=float))
    return coef / scale


def _predicted(coef: np.ndarray, r: dict[str, Any]) -> float | None:
    terms = r["costs"]["cycles"]["terms"]
    runs = len(r.get("timed_tests") or ()) or 1
    base = float(np.dot(coef, [terms["base"][t] for t in TERMS] + [runs]))
    cand = float(np.dot(coef, [terms["cand"][t] for t in TERMS] + [runs]))
    return base / cand if base > 0 and cand > 0 else None


def with_fitted(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with a `cycles_fit` cost: each program's pairs predicted by coefficients fitted
    on every other program's pairs (leave one program out)."""
    out = []
    usable_rows = [r for r in rows if ((r.get("costs") or {}).get("cycles") or {}).get("terms")]
    by_task = {r["task_id"] for r in usable_rows}
    fits = {t: fit_coefficients([r for r in usable_rows if r["task_id"] != t]) for t in by_task}
    for r in rows:
        terms = ((r.get("costs") or {}).get("cycles") or {}).get("terms")
        if not terms:
            out.append(r)
            continue
        coef = fits.get(r["task_id"])
        fitted = ({"ratio": _predicted(coef, r), "seconds": r["costs"]["cycles"]["seconds"], "error": None}
                  if coef is not None else {"ratio": None, "seconds": None, "error": "too few pairs to fit"})
        out.append({**r, "costs": {**r["costs"], "cycles_fit": fitted}})
    return out


def stats(rows: Sequence[dict[str, Any]], costs: Sequence[str] = COSTS) -> list[CostStats]:
    """The table: per cost, agreement with measured time over the timed pairs."""
    from scipy.stats import spearmanr

    timed = timed_rows(with_fitted(rows))
    out = []
    for name in costs:
        have = [(r, m["ratio"]) for r in timed
                if (m := (r.get("costs") or {}).get(name)) and m.get("ratio") and not m.get("error")]
        errors = sum(1 for r in timed if not ((r.get("costs") or {}).get(name) or {}).get("ratio"))
        truth = [r["time"]["ratio"] for r, _ in have]
        est = [v for _, v in have]
        rho = float(spearmanr(truth, est).statistic) if len(have) >= 3 and len(set(est)) > 1 else None
        changed = [(r, v) for r, v in have if _changed(r)]
        agree = sum(1 for r, v in changed if (v > 1.0) == (r["time"]["ratio"] > 1.0))
        errs = [abs(math.log(v / r["time"]["ratio"])) for r, v in have]
        secs = [s for r in timed if (s := ((r.get("costs") or {}).get(name) or {}).get("seconds")) is not None]
        verdicts = [ok for r, v in have if (ok := _trap_right(r, v)) is not None]
        out.append(CostStats(name, len(have), rho if rho is None or math.isfinite(rho) else None, agree,
                             len(changed), statistics.median(errs) if errs else None,
                             statistics.fmean(secs) if secs else None, sum(verdicts), len(verdicts), errors))
    return out


def trap_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per trap: measured time and each cost's ratio (for the printed table)."""
    out = []
    for r in with_fitted(rows):
        if r.get("kind") != "trap":
            continue
        t = r.get("time") or {}
        out.append({"trap": r["source"], "expect": r.get("expect"), "verdict": r.get("verdict"),
                    "time": t.get("ratio"), "ci": t.get("ci"),
                    **{c: ((r.get("costs") or {}).get(c) or {}).get("ratio") for c in COSTS}})
    return out


def default_cfg(rounds: int = 15, unsafe: bool = False) -> EvalConfig:
    """Judging for calibration: timed (the truth), instructions counted by the cost itself."""
    return EvalConfig(instructions=False, timing=True,
                      timing_cfg=replace(walltime.TimingConfig(), rounds=rounds), unsafe=unsafe)
