"""Does the learned policy show learning? (`asmopt bench policy`)

On programs never trained on (the built-in test split by default), each
variant runs as `asmopt eval --policy ... --strategy best_of_n --samples K`
would: K candidates judged on the visible tests, the best confirmed in time
(full interleaved protocol), the answer judged on all tests with timing. The
figure per program is the strict wall speedup over gcc -O3 (a gain counts only
when measured time confirms it, else 1.0), and per variant their geometric
mean and the judged candidates spent.

Variants: for each training run (one seed), the untrained policy (the run's
`init/`, random weights) with the largest K (its best chance) and the trained
one (`final/`) with each K;
plus results files given to compare (the exhaustive offline portfolio, single
compiler settings), read as they are. Every eval's results are kept in the
output folder, so a killed bench resumes where it stopped.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asmopt import jsonl
from asmopt.errors import AsmoptError, RecordError
from asmopt.report.metrics import effective_speedup

ROLLING = 20  # steps in the training curve's running mean


@dataclass
class Variant:
    """One row of the comparison: a label, its results file, and (after reading) its figures."""

    label: str
    results: Path
    kind: str = "compare"  # "untrained", "learned" or "compare"
    samples: int | None = None
    seed: str = ""
    speedups: dict[str, float] = field(default_factory=dict)  # task -> strict wall speedup
    evaluations: dict[str, int] = field(default_factory=dict)  # task -> candidates judged

    @property
    def geomean(self) -> float | None:
        v = list(self.speedups.values())
        return math.exp(sum(math.log(x) for x in v) / len(v)) if v else None

    @property
    def mean_evaluations(self) -> float | None:
        v = list(self.evaluations.values())
        return sum(v) / len(v) if v else None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "kind": self.kind, "samples": self.samples, "seed": self.seed,
                "results": str(self.results), "geomean": self.geomean, "evaluations": self.mean_evaluations,
                "speedups": self.speedups}


def read(variant: Variant, default_evaluations: int = 1) -> Variant:
    """Fill a variant's figures from its results file (strict wall speedups; evaluations from the
    search's record, else `default_evaluations`, e.g. 1 for a single compiler setting)."""
    if not variant.results.exists():
        raise AsmoptError(f"{variant.label}: no results file {variant.results}")
    for _, rec in jsonl.read(variant.results):
        if isinstance(rec, RecordError):
            continue
        tid = rec.get("task_id")
        if not isinstance(tid, str):
            continue
        variant.speedups[tid] = effective_speedup(rec, "speedup_wall", strict=True)
        meta = rec.get("meta") or {}
        variant.evaluations[tid] = int(meta.get("candidates", default_evaluations))
    return variant


def eval_command(policy: str, samples: int, out: Path, dataset: str, split: str | None, jobs: int) -> list[str]:
    """The `asmopt eval` command line of one variant (what a user would run to reproduce it)."""
    cmd = [sys.executable, "-m", "asmopt", "eval", "--policy", policy, "--strategy", "best_of_n",
           "--samples", str(samples), "--dataset", dataset, "--out", str(out), "-j", str(jobs)]
    return [*cmd, "--split", split] if split else cmd


def run(runs: Sequence[Path], samples: Sequence[int], out_dir: Path, dataset: str = "builtin",
        split: str | None = "test", jobs: int = 1, compare: Sequence[tuple[str, Path]] = (),
        log: Callable[[str], None] = print) -> list[Variant]:
    """Run (or resume) every variant's eval and read every figure."""
    out_dir.mkdir(parents=True, exist_ok=True)
    variants: list[Variant] = []
    for run_dir in runs:
        seed = run_dir.name
        for kind, folder in (("untrained", run_dir / "init"), ("learned", run_dir / "final")):
            if not (folder / "config.json").is_file():
                raise AsmoptError(f"{folder}: no model (train one with `asmopt train policy -o {run_dir}`)")
            # The untrained policy at the largest budget only: its best chance, the bar to clear.
            for k in (samples if kind == "learned" else [max(samples)]):
                results = out_dir / f"{seed}-{kind}-k{k}.jsonl"
                cmd = eval_command(f"learned:{folder}", k, results, dataset, split, jobs)
                log(" ".join(cmd[2:]))
                done = subprocess.run(cmd, check=False)
                if done.returncode != 0:
                    raise AsmoptError(f"{' '.join(cmd[2:])} failed (exit {done.returncode})")
                variants.append(read(Variant(f"{kind} {seed} k={k}", results, kind, k, seed)))
    for label, path in compare:
        variants.append(read(Variant(label, path)))
    return variants


def summary(variants: Sequence[Variant], reference: str | None = None) -> dict[str, Any]:
    """Means over seeds per (kind, K), and each as a share of the reference's gain (geomean - 1)."""
    groups: dict[tuple[str, int | None], list[float]] = {}
    for v in variants:
        if v.kind in ("untrained", "learned") and v.geomean is not None:
            groups.setdefault((v.kind, v.samples), []).append(v.geomean)
    ref = next((v for v in variants if v.label == reference), None)
    ref_gain = (ref.geomean - 1.0) if ref is not None and ref.geomean is not None else None
    out = {}
    for (kind, k), values in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        mean = sum(values) / len(values)
        spread = (min(values), max(values))
        out[f"{kind} k={k}"] = {"seeds": len(values), "mean_geomean": mean, "min": spread[0], "max": spread[1],
                                "share_of_reference_gain": ((mean - 1.0) / ref_gain) if ref_gain else None}
    return {"reference": reference, "reference_geomean": ref.geomean if ref is not None else None, "groups": out}


def render(variants: Sequence[Variant], reference: str | None = None) -> list[str]:
    """The comparison as text: one row per variant, one column per program, then the means."""
    tasks = sorted({t for v in variants for t in v.speedups})
    width = max([len(v.label) for v in variants] + [8])
    lines = ["strict wall speedup over gcc -O3 (measured time; 1.000 = no confirmed gain)",
             f"{'variant':<{width}}  {'geomean':>7}  {'evals':>5}  " + "  ".join(f"{t[:10]:>10}" for t in tasks)]
    for v in variants:
        g = f"{v.geomean:.3f}" if v.geomean is not None else "-"
        e = f"{v.mean_evaluations:.1f}" if v.mean_evaluations is not None else "-"
        cells = "  ".join(f"{v.speedups[t]:>10.3f}" if t in v.speedups else f"{'-':>10}" for t in tasks)
        lines.append(f"{v.label:<{width}}  {g:>7}  {e:>5}  {cells}")
    s = summary(variants, reference)
    if s["groups"]:
        lines.append("")
        lines.append("over seeds: mean geomean [min, max]" + (f"; share of {reference}'s gain" if reference else ""))
        for name, g in s["groups"].items():
            share = g["share_of_reference_gain"]
            lines.append(f"  {name}: {g['mean_geomean']:.3f} [{g['min']:.3f}, {g['max']:.3f}] over {g['seeds']} "
                         f"seed(s)" + (f"; {share:.0%}" if share is not None else ""))
    return lines


def plot(variants: Sequence[Variant], runs: Sequence[Path], path: Path) -> Path:
    """Training reward curves (one per run) beside the held-out geomeans, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from asmopt.rl.train import METRICS_FILE, read_metrics

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    for run_dir in runs:
        rows = [r for r in read_metrics(run_dir / METRICS_FILE) if r.get("reward") is not None]
        if rows:
            steps, values = [r["step"] for r in rows], [r["reward"] for r in rows]
            line, = left.plot(steps, values, alpha=0.2, linewidth=0.8)
            w = min(ROLLING, len(values))  # each step sees 8 programs: the mean over 20 steps reads better
            smooth = [sum(values[max(0, i - w + 1):i + 1]) / len(values[max(0, i - w + 1):i + 1])
                      for i in range(len(values))]
            left.plot(steps, smooth, color=line.get_color(), label=f"{run_dir.name} ({w}-step mean)")
    left.set(xlabel="GRPO step", ylabel="mean reward (log speedup, visible tests)", title="training")
    if left.get_legend_handles_labels()[0]:
        left.legend(fontsize=8)
    shown = [v for v in variants if v.geomean is not None]
    right.barh([v.label for v in shown], [v.geomean for v in shown], color=[
        {"untrained": "#999999", "learned": "#2a7ab9"}.get(v.kind, "#e0892b") for v in shown])
    right.axvline(1.0, color="black", linewidth=0.8)
    right.set(xlabel="geomean strict wall speedup over gcc -O3 (held out)", title="held-out programs")
    right.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def table_scores(run_dir: Path, samples: Sequence[int]) -> dict[str, dict[int, float]]:
    """How a run's untrained and trained policy do on the programs they were trained on, read from the
    run's sweep (no measuring): per budget k, the mean over programs of the best reward among the
    policy's first k actions (a loss counts 0), beside the same with each program's best action."""
    from asmopt.policies.learned import LearnedPolicy
    from asmopt.rl.learn import TABLE_FILE, best_action_score, read_table, score_rows

    rows = read_table(run_dir / TABLE_FILE)
    if not rows:
        raise AsmoptError(f"{run_dir}: no {TABLE_FILE} (the sweep of `asmopt train policy`)")
    out = {kind: score_rows(LearnedPolicy(folder), list(rows.values()), samples)
           for kind, folder in (("untrained", run_dir / "init"), ("learned", run_dir / "final"))}
    out["best action"] = dict.fromkeys(samples, best_action_score(list(rows.values())))
    return out


def render_table_scores(scores: dict[str, dict[str, dict[int, float]]]) -> list[str]:
    """The training-program scores of every run as text."""
    lines = ["on the training programs (the sweep's rewards: log measured speedup, visible tests; a loss "
             "counts 0): mean best reward among the first k actions"]
    for run, by_kind in scores.items():
        for kind, by_k in by_kind.items():
            lines.append(f"  {run} {kind}: " + ", ".join(f"k={k} {v:.3f}" for k, v in by_k.items()))
    return lines


def write(variants: Sequence[Variant], path: Path, reference: str | None,
          training: dict[str, dict[str, dict[int, float]]] | None = None) -> None:
    path.write_text(json.dumps({"variants": [v.to_dict() for v in variants],
                                "summary": summary(variants, reference),
                                "training_programs": training or {}}, indent=2) + "\n", encoding="utf-8")
