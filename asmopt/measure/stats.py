"""Statistics for paired timing measurements: is the candidate really faster?

The rounds are paired (baseline and candidate ran back to back in the same
round), so everything works on the per-round ratio base/cand: a slow round
(machine busy, frequency dip) slows both programs and mostly cancels out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

MIN_ROUNDS = 5


@dataclass(frozen=True)
class RatioStats:
    """A speedup estimate (base/cand, > 1 means the candidate is faster) and its evidence."""

    ratio: float  # median over rounds of base[i] / cand[i]
    ci_low: float
    ci_high: float
    p_value: float  # one-sided: the candidate is faster
    significant: bool
    n: int


def _costs(name: str, values: Sequence[float]) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim != 1:
        raise ValueError(f"{name} costs must be a flat sequence of numbers")
    if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
        raise ValueError(f"{name} costs must be finite and positive, got {arr.tolist()}")
    return arr


def paired_ratio_stats(
    base: Sequence[float],
    cand: Sequence[float],
    *,
    threshold: float = 0.02,
    alpha: float = 0.05,
    confidence: float = 0.95,
    n_boot: int = 2000,
    seed: int = 0,
) -> RatioStats:
    """Median speedup of `cand` over `base` from paired per-round costs, with a
    bootstrap confidence interval and a one-sided Wilcoxon signed-rank p-value.

    Significant only when all three agree: p < alpha, the median speedup is at
    least 1 + threshold, and the interval lies above 1. The threshold keeps a
    real but negligible gain (or a systematic bias of the set-up) from counting.
    """
    b = _costs("baseline", base)
    c = _costs("candidate", cand)
    if b.shape != c.shape:
        raise ValueError(f"paired costs differ in length: {b.size} baseline vs {c.size} candidate rounds")
    n = int(b.size)
    if n < MIN_ROUNDS:
        raise ValueError(f"need at least {MIN_ROUNDS} paired rounds for timing statistics, got {n}")
    if not 0 < alpha < 1 or not 0 < confidence < 1:
        raise ValueError("alpha and confidence must lie strictly between 0 and 1")
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")

    ratios = b / c
    ratio = float(np.median(ratios))
    logs = np.log(b) - np.log(c)

    if np.all(ratios == ratios[0]):
        # Resampling a constant gives a constant; scipy would warn about a degenerate distribution.
        ci_low = ci_high = ratio
    else:
        res = stats.bootstrap(
            (ratios,),
            np.median,
            n_resamples=n_boot,
            confidence_level=confidence,
            # Percentile, not BCa: BCa's jackknife is unstable for the median of few, tied values.
            method="percentile",
            vectorized=True,
            rng=np.random.default_rng(seed),
        )
        ci_low = float(res.confidence_interval.low)
        ci_high = float(res.confidence_interval.high)

    if np.all(logs == 0):
        p_value = 1.0  # no difference at all is no evidence of a gain
    else:
        # zsplit: tied rounds count half for, half against, rather than being dropped.
        p_value = float(stats.wilcoxon(logs, alternative="greater", zero_method="zsplit").pvalue)
        if not math.isfinite(p_value):
            p_value = 1.0

    significant = bool(p_value < alpha and ratio >= 1 + threshold and ci_low > 1)
    return RatioStats(ratio, ci_low, ci_high, p_value, significant, n)


def clipped_mean_speedup(per_test: Sequence[float]) -> float:
    """The SuperCoder paper's program speedup: mean over tests of max(1, s).

    Slowdowns count as 1 (no gain), so this can never fall below 1; kept only
    to compare with the paper's numbers.
    """
    arr = np.asarray(per_test, dtype=float)
    if arr.size == 0:
        raise ValueError("clipped_mean_speedup needs at least one per-test speedup")
    if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
        raise ValueError(f"per-test speedups must be finite and positive, got {arr.tolist()}")
    return float(np.mean(np.maximum(1.0, arr)))
