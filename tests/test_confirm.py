"""Strategies rank by measured time and confirm their answer in time (real timing, no fake):
a search ranking by instructions does not take the best by count on trust, the next best is
tried, and nothing is written that time does not confirm; a search ranking by time (the
default) never even tries the `div` loop that instructions put first."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from asmopt import toolchain
from asmopt.candidate import Candidate
from asmopt.evaluate import EvalConfig
from asmopt.measure import callgrind
from asmopt.policies import Feedback
from asmopt.strategies import CONFIRM_TRIES, Budget, Verifier, best_of_n, instr_speedup
from asmopt.task import Task, Test
from test_strategies import LOOP, expected

# A running remainder instead of `i % 7`: fewer instructions and less time than -O3's loop.
COUNTER = LOOP.replace("for (long i = 0; i < n; i++) s += i % 7;",
                       "for (long i = 0, r = 0; i < n; i++) { s += r; r = r == 6 ? 0 : r + 1; }")


def mod7_task() -> Task:
    visible = [Test(f"tests/{name}", f"{n}\n".encode(), expected(n))
               for name, n in (("small", 1000), ("stress_a", 12_000_000), ("stress_b", 10_000_000))]
    hidden = [Test(f"hidden/{name}", f"{n}\n".encode(), expected(n), hidden=True)
              for name, n in (("edge", 0), ("stress_c", 11_000_000))]
    return Task("mod7-time", LOOP, tuple(visible + hidden))


class Scripted:
    name = "scripted"

    def __init__(self, asms: list[str]) -> None:
        self.asms = asms

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        return [Candidate(task.id, a, {"k": i}) for i, a in enumerate(self.asms)]


@pytest.fixture(scope="module")
def programs(gcc_asm) -> dict[str, str]:
    # gcc -Os computes i % 7 with idiv: the fewest instructions, and the slowest loop.
    return {"div": gcc_asm(LOOP, ("-Os",)), "counter": gcc_asm(COUNTER)}


def _instructions(asm: str, n: int) -> int:
    count = callgrind.count(toolchain.build(asm).binary, f"{n}\n".encode())
    assert count.ok
    return count.instructions


def test_the_best_by_instructions_is_not_confirmed_and_the_next_is(programs) -> None:
    # The premise: -Os's div loop ranks first by instructions.
    assert _instructions(programs["div"], 1_000_000) < _instructions(programs["counter"], 1_000_000)
    verifier = Verifier(mod7_task(), EvalConfig(search_cost="instructions"))
    outcome = best_of_n(verifier.task, Scripted([programs["div"], programs["counter"]]), verifier, Budget(samples=2))
    tried = outcome.confirmations
    assert [c["sample"] for c in tried] == [1, 2]  # best by instructions first
    assert not tried[0]["confirmed"] and tried[0]["speedup_wall"] < 1.0  # div: slower in time
    assert tried[1]["confirmed"] and tried[1]["ci"][0] > 1.0
    assert outcome.best is not None and outcome.best.asm == programs["counter"]
    assert outcome.confirmed is not None and outcome.confirmed.significant
    assert outcome.final is not None and outcome.final.verdict == "AC" and outcome.final.significant
    assert outcome.summary()["confirmations"] == tried


def test_ranked_by_time_the_div_loop_is_never_tried(programs) -> None:
    verifier = Verifier(mod7_task(), EvalConfig())
    outcome = best_of_n(verifier.task, Scripted([programs["div"], programs["counter"]]), verifier, Budget(samples=2))
    div, counter = (fb.result for fb in outcome.history)
    # Short timing (1 warm-up, 5 rounds) already sees the div loop is slower.
    assert div.search_speedup < 1.0 < counter.search_speedup
    assert [c["sample"] for c in outcome.confirmations] == [2] and outcome.confirmations[0]["confirmed"]
    assert outcome.best is not None and outcome.best.asm == programs["counter"]
    assert outcome.final is not None and outcome.final.significant


def test_nothing_confirmed_means_no_change(programs) -> None:
    verifier = Verifier(mod7_task(), EvalConfig(search_cost="instructions"))
    outcome = best_of_n(verifier.task, Scripted([programs["div"]]), verifier, Budget(samples=1))
    assert instr_speedup(outcome.history[0].result) > 1.5  # instructions say 1.7x...
    assert outcome.best is None and outcome.unconfirmed  # ...time says no
    assert outcome.final is not None and outcome.final.identical  # the answer is the baseline
    assert len(outcome.confirmations) == 1 and CONFIRM_TRIES >= 2


def test_untimed_search_takes_the_best_by_instructions(programs) -> None:
    verifier = Verifier(mod7_task(), EvalConfig(timing=False))
    outcome = best_of_n(verifier.task, Scripted([programs["div"], programs["counter"]]), verifier, Budget(samples=2))
    assert outcome.best is not None and outcome.best.asm == programs["div"]
    assert outcome.confirmations == [] and outcome.confirmed is None
    assert outcome.final is not None and outcome.final.instr_gain and not outcome.final.significant
