"""Small results records for report tests, built the way `asmopt eval` writes them."""

from __future__ import annotations

import json
from pathlib import Path

from asmopt.result import Result, TestOutcome


def outcomes(visible: str = "AC", hidden: str = "AC", n: int = 5) -> list[TestOutcome]:
    """n visible then n hidden tests; the first of each group gets the given verdict, the rest AC."""
    return ([TestOutcome(f"v{i}", False, visible if i == 0 else "AC") for i in range(n)]
            + [TestOutcome(f"h{i}", True, hidden if i == 0 else "AC") for i in range(n)])


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def greedy_records(timed: bool = True) -> list[dict]:
    """One record per line of the shipped examples candidates file (index = line number).

    timed (as `asmopt eval` writes by default): each gain was confirmed in time
    (wall speedup = the instruction speedup, p = 0.001); an identical candidate
    times 1.0 without being run. timed=False: a file from before time was the
    truth, judged without timing, whose instruction gains were marked significant
    with no wall-time test: a report must not believe them.
    """
    rows = [  # task, verdict, instr speedup, significant, identical, tests, round
        ("popcount_sum", "AC", 1.0, False, True, outcomes(), 0),
        ("prefix_sums", "AC", 1.0, False, True, outcomes(), 0),
        ("collatz_max", "AC", 1.0, False, True, outcomes(), 0),
        ("word_reverse", "AC", 1.0, False, True, outcomes(), 0),
        ("popcount_sum", "AC", 3.30, True, False, outcomes(), 1),
        ("prefix_sums", "AC", 5.43, True, False, outcomes(), 1),
        ("collatz_max", "AC", 2.79, True, False, outcomes(), 2),
        ("popcount_sum", "WA", None, False, False, outcomes(hidden="WA"), 2),  # wrong on hidden only
        ("collatz_max", "TLE", None, False, False, outcomes(visible="TLE"), None),
        ("word_reverse", "RE", None, False, False, outcomes(visible="RE", hidden="RE"), None),
        ("prefix_sums", "CE", None, False, False, [], None),
        ("word_reverse", "RE", None, False, False, outcomes(visible="RE"), None),
    ]
    out = []
    for i, (task, verdict, sp, sig, ident, tests, rnd) in enumerate(rows, start=1):
        meta: dict = {"label": f"c{i}"}
        if rnd is not None:
            meta["round"] = rnd
        wall = sp if timed else None
        r = Result(task_id=task, verdict=verdict, tests_passed=sum(t.verdict == "AC" for t in tests),
                   tests_total=len(tests), identical=ident, speedup_instr=sp, speedup_instr_net=sp,
                   significant=sig, instr_gain=sig, index=i, tests=tests, meta=meta,
                   instr_base=1000 if sp else None, instr_cand=int(1000 / sp) if sp else None,
                   speedup_wall=wall, speedup_cpu=wall,
                   speedup_wall_ci=(wall * 0.95, wall * 1.05) if wall and not ident else None,
                   wall_p_value=0.001 if wall and sig else None)
        out.append(r.to_dict())
    return out


def llm_records() -> list[dict]:
    """A timed policy with three samples per task, all naming the same meta policy."""
    plan = {  # task -> (verdict, instr, wall, significant) per sample
        "popcount_sum": [("AC", 1.5, 1.2, True), ("WA", None, None, False), ("AC", 2.5, 1.8, True)],
        "collatz_max": [("AC", 1.01, 0.99, False), ("AC", 1.3, 1.1, True), ("CE", None, None, False)],
        "prefix_sums": [("RE", None, None, False), ("AC", 4.0, 2.0, True), ("AC", 1.2, 1.15, True)],
        "not_in_dataset": [("AC", 1.1, 1.05, True), ("AC", 1.0, 1.0, False), ("TLE", None, None, False)],
    }
    out, index = [], 0
    for task, samples in plan.items():
        for sample, (verdict, sp, wall, sig) in enumerate(samples):
            index += 1
            r = Result(task_id=task, verdict=verdict, tests_passed=10 if verdict == "AC" else 3,
                       tests_total=10, identical=False, speedup_instr=sp, speedup_wall=wall,
                       speedup_wall_ci=(wall * 0.95, wall * 1.05) if wall else None,
                       wall_p_value=0.001 if sig else 0.4, significant=sig, index=index,
                       tests=outcomes(visible=verdict if verdict not in ("AC", "CE") else "AC"),
                       meta={"policy": "llm-7b", "sample": sample})
            out.append(r.to_dict())
    return out
