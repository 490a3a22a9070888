"""The verl adapter, called the way verl's reward manager calls it."""

import json

import pytest

from asmopt import datasets
from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.rl.verl import compute_score

TASK = datasets.load("examples").tasks["popcount_sum"]
FASTER = next(c["asm"] for c in map(json.loads, BUILTIN_CANDIDATES["examples"].read_text().splitlines())
              if c["task_id"] == TASK.id and c["label"] == "faster")
# A record in the paper's schema (only the fields the reward needs).
EXTRA = {"index": 7, "c_code": TASK.c_source,
         "inputs": [t.input.decode() for t in TASK.tests], "outputs": [t.output.decode() for t in TASK.tests],
         "unoptimized_assembly": f"```assembly\n{TASK.baseline.asm}```"}


def reply(asm: str) -> str:
    return f"Here it is:\n```assembly\n{asm}```"


def test_faster_rollout_earns_reward():
    by_count = compute_score("codenet", reply(FASTER), TASK.baseline.asm, EXTRA, cost="instructions")
    paper2 = compute_score("codenet", reply(FASTER), TASK.baseline.asm, EXTRA, reward="paper2", cost="instructions")
    assert by_count > 1.0  # log of a ~3.3x instruction gain
    assert paper2 > 3.0
    # By default the reward reads measured time: these small tests are mostly process start-up
    # and I/O, so time sees far less than the count (or, on a noisy machine, confirms nothing).
    by_time = compute_score("codenet", reply(FASTER), TASK.baseline.asm, EXTRA)
    assert 0.0 <= by_time < by_count


def test_unchanged_broken_and_missing_answers():
    assert compute_score("codenet", reply(TASK.baseline.asm), TASK.baseline.asm, EXTRA) == 0.0
    assert compute_score("codenet", reply(TASK.baseline.asm), TASK.baseline.asm, EXTRA, reward="paper1") == 1.0
    assert compute_score("codenet", reply("main: frobnicate"), TASK.baseline.asm, EXTRA) == -1.0
    assert compute_score("codenet", "I cannot do that.", TASK.baseline.asm, EXTRA) == -1.0  # no block: CE


def test_bad_record_and_reward_name():
    with pytest.raises(ValueError, match="inputs"):
        compute_score("codenet", reply(FASTER), TASK.baseline.asm, {"c_code": "x"})
    with pytest.raises(ValueError, match="unknown reward"):
        compute_score("codenet", reply(FASTER), TASK.baseline.asm, EXTRA, reward="bogus")
