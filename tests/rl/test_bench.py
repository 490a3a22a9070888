"""`asmopt bench reward` on a small slice: it scores what it says, and says what the reward read."""

from __future__ import annotations

import pytest

from asmopt.cli import main
from asmopt.rl import bench


@pytest.mark.parametrize("cost, timed_tests, says", [
    ("time", 1, "measured time (short protocol on 1 timed test(s)"),
    ("instructions", "default", "instruction counts (not time)"),
])
def test_reward_bench_scores_both_batches_and_says_what_it_read(cost, timed_tests, says) -> None:
    r = bench.run("examples", batch=6, small=4, per_task=4, max_tests=2, jobs=1, cost=cost,
                  timed_tests=timed_tests)
    assert r.cost == cost and r.timed_tests == (timed_tests if cost == "time" else None)
    assert r.main is not None and r.small is not None and r.main.size == 6 and r.small.size == 4
    # Every rollout got a verdict; the three broken stand-ins per task fail as built to.
    assert sum(r.main.verdicts.values()) == 6 and {"CE", "WA", "RE"} <= set(r.main.verdicts)
    assert r.cold_failed == {} and r.main.seconds > 0
    text = bench.render(r)
    assert says in text and "batch of 6" in text


def test_reward_bench_refuses_a_bad_timed_test_count(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["bench", "reward", "--timed-tests", "zero"])
    assert done.value.code == 2
    assert "--timed-tests" in capsys.readouterr().err
