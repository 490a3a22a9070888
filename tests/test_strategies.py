"""Strategies: selection on visible tests, verdicts on all tests, refinement feedback, budgets."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest

from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.policies import Feedback
from asmopt.result import TIE, Result
from asmopt.strategies import (
    CONFIRM_TRIES,
    STRATEGIES,
    Budget,
    Observed,
    Verifier,
    best_of_n,
    instr_speedup,
    ranked,
    refine,
    single,
)
from asmopt.task import Task, Test

# A loop the compiler keeps, a closed form that is faster, and a closed form that
# is wrong only above 1.5 million: visible tests stay below, hidden tests go above.
# The hidden inputs are large enough that their runs clearly dominate the start-up floor, so
# the final judgement times them on any machine (at 2 million they sat at the threshold).
LOOP = r"""#include <stdio.h>
int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 1;
    long s = 0;
    for (long i = 0; i < n; i++) s += i % 7;
    printf("%ld\n", s);
    return 0;
}
"""
CLOSED = LOOP.replace("for (long i = 0; i < n; i++) s += i % 7;",
                      "long r = n % 7; s = (n / 7) * 21 + r * (r - 1) / 2;")
WRONG_ABOVE = CLOSED.replace("printf(", "if (n > 1500000) s += 1;\n    printf(")
WRONG_ALWAYS = CLOSED.replace("printf(", "s += 1;\n    printf(")


def expected(n: int) -> bytes:
    q, r = divmod(n, 7)  # sum(i % 7 for i in range(n)), without the loop: tests may use big n
    return f"{21 * q + r * (r - 1) // 2}\n".encode()


def mod7_task() -> Task:
    visible = [Test(f"tests/v{n}", f"{n}\n".encode(), expected(n)) for n in (1000, 999_999, 1_000_000)]
    hidden = [Test(f"hidden/h{n}", f"{n}\n".encode(), expected(n), hidden=True) for n in (6_000_000, 4_000_000)]
    return Task("mod7", LOOP, tuple(visible + hidden))


class Scripted:
    """A policy that proposes scripted assembly, one list per call, and records what it was shown."""

    name = "scripted"

    def __init__(self, rounds: list[list[str]]) -> None:
        self.rounds = list(rounds)
        self.histories: list[list[Feedback]] = []
        self.asked: list[int] = []

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        self.histories.append(list(history))
        self.asked.append(n)
        if not self.rounds:
            return []
        return [Candidate(task.id, asm, {"policy": "scripted", "k": i}) for i, asm in enumerate(self.rounds.pop(0))]


@pytest.fixture(scope="module")
def programs(gcc_asm) -> dict[str, str]:
    progs = {name: gcc_asm(src) for name, src in
             (("closed", CLOSED), ("wrong_above", WRONG_ABOVE), ("wrong_always", WRONG_ALWAYS))}
    progs["closed_O0"] = gcc_asm(CLOSED, ("-O0",))  # also far fewer instructions than the loop, a few more than -O3
    return progs


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    """Untimed: the search and the answer by instructions alone, deterministic. What time
    does to the answer is tested below with the timing protocol faked (`fake_timing`)."""
    return Verifier(mod7_task(), EvalConfig(timing=False))


def timed_verifier(search_cost: str = "time") -> Verifier:
    """A fresh verifier with the default config (answers are confirmed in time), ranking
    candidates by `search_cost` (the default: short-timed wall time)."""
    v = Verifier(mod7_task(), EvalConfig(search_cost=search_cost))
    assert v.cfg.timing and v.ranks_by == search_cost
    return v


def _result(verdict: str = "AC", base: int | None = 100, cand: int | None = 50, identical: bool = False,
            measure_error: str | None = None, wall: float | None = None) -> Result:
    return Result("t", verdict, 1, 1, identical, instr_base=base, instr_cand=cand, measure_error=measure_error,
                  speedup_wall=wall)


def _best(*results: Result) -> int | None:
    """Which of `results` (judged in this order) the search ranks first; None: none beats the baseline."""
    top = ranked([Feedback(Candidate("t", f"asm {i}"), r) for i, r in enumerate(results)])
    return int(top[0].candidate.asm.split()[1]) if top else None


def test_the_best_is_a_correct_changed_measured_gain() -> None:
    assert _best(_result()) == 0
    assert _best(_result(cand=100)) is None  # as fast as the baseline is no gain
    assert _best(_result(cand=120)) is None
    assert _best(_result("WA")) is None
    assert _best(_result(identical=True, cand=100)) is None
    assert _best(_result(measure_error="valgrind")) is None
    assert _best(_result(cand=50), _result(cand=40)) == 1 and _best(_result(cand=40), _result(cand=50)) == 0
    assert _best(_result("WA", cand=10), _result(cand=60)) == 1  # a wrong one is no bar
    # Without instruction counts, wall time decides.
    assert _best(_result(base=None, cand=None, wall=1.2), _result(base=None, cand=None, wall=1.5)) == 1
    # Timed, measured time decides even against the count (instructions are not time).
    assert _best(_result(cand=40, wall=1.1), _result(cand=80, wall=1.3)) == 1
    assert _best(_result(cand=40, wall=0.97)) is None  # fewer instructions, slower: no gain
    assert instr_speedup(_result()) == 2.0 and instr_speedup(_result(base=None)) is None


def test_a_timed_candidate_within_the_best_ones_interval_ties_with_it_and_the_earlier_wins() -> None:
    def wall(x: float, ci: tuple[float, float] | None = None) -> Result:
        return Result("t", "AC", 1, 1, False, speedup_wall=x, speedup_wall_ci=ci)

    # Within the best one's interval: the order of judging decides, whichever figure is higher this time.
    assert _best(wall(1.50, (1.40, 1.60)), wall(1.55, (1.45, 1.62))) == 0
    assert _best(wall(1.55, (1.45, 1.62)), wall(1.50, (1.40, 1.60))) == 0
    assert _best(wall(1.50, (1.45, 1.52)), wall(1.60, (1.55, 1.66))) == 1  # below it: the faster
    # Without an interval (or a narrower one) the band is at least TIE wide (1% each way).
    assert _best(wall(1.50), wall(1.51)) == 0 and _best(wall(1.50), wall(1.54)) == 1
    assert _best(wall(1.50, (1.499, 1.501)), wall(1.51, (1.509, 1.511))) == 0
    # The full order: each time, the earliest candidate at or above the fastest remaining one's low end.
    order = ranked([Feedback(Candidate("t", f"asm {i}"), wall(x, ci)) for i, (x, ci) in
                    enumerate(((1.30, (1.20, 1.40)), (1.50, (1.45, 1.58)), (1.60, (1.48, 1.64))))])
    assert [fb.candidate.asm for fb in order] == ["asm 1", "asm 2", "asm 0"]
    # Instruction counts are deterministic: no margin.
    assert _best(_result(cand=50), _result(cand=49)) == 1 and TIE == 0.02


def test_budget_is_checked() -> None:
    with pytest.raises(AsmoptError):
        Budget(samples=0)
    with pytest.raises(AsmoptError):
        Budget(seconds=0)
    assert set(STRATEGIES) == {"single", "best_of_n", "refine"}


def test_best_of_n_selects_on_visible_and_reports_all_tests(verifier: Verifier, programs: dict[str, str]) -> None:
    base = verifier.task.baseline.asm
    policy = Scripted([[programs["wrong_always"], "this is not assembly", programs["closed"], base]])
    outcome = best_of_n(verifier.task, policy, verifier, Budget(samples=4))
    assert policy.asked == [4] and policy.histories == [[]]
    assert [fb.result.verdict for fb in outcome.history] == ["WA", "CE", "AC", "AC"]
    assert outcome.best is not None and outcome.best.asm == programs["closed"]
    assert outcome.best.meta["sample"] == 3 and outcome.best.meta["round"] == 1
    # Selection saw the visible tests only; the final verdict covers hidden ones too.
    assert outcome.best_visible.tests_total == 3 and not any(t.hidden for t in outcome.best_visible.tests)
    assert outcome.final.tests_total == 5 and sum(t.hidden for t in outcome.final.tests) == 2
    # Untimed: the instruction count clearly dropped, and no gain is claimed.
    assert outcome.final.verdict == "AC" and outcome.final.instr_gain and not outcome.final.significant
    assert instr_speedup(outcome.final) > 2
    assert outcome.confirmations == [] and outcome.confirmed is None and not outcome.unconfirmed


def test_search_ranks_by_short_timing_and_confirms_with_the_full_protocol(fake_timing, programs) -> None:
    verifier = timed_verifier()
    fake_timing.set(programs["closed"], 1.0)  # the fewest instructions, not faster in time
    fake_timing.set(programs["closed_O0"], 1.5, short=1.3)
    fake_timing.set(programs["closed_O0"] + "\n# same code\n", 1.5)
    policy = Scripted([[programs["wrong_always"], programs["closed"], programs["closed_O0"]]])
    outcome = best_of_n(verifier.task, policy, verifier, Budget(samples=3))
    # The visible judgements measured time with the short protocol and counted nothing.
    assert all(fb.result.instr_cand is None for fb in outcome.history)
    assert [fb.result.search_speedup for fb in outcome.history] == [None, 1.0, 1.3]
    # Only what short timing put ahead of the baseline is confirmed, with the full protocol.
    tried = outcome.confirmations
    assert [c["sample"] for c in tried] == [3] and tried[0]["search_cost"] == "time"
    assert tried[0]["speedup_search"] == 1.3 and tried[0]["speedup_wall"] == 1.5 and tried[0]["confirmed"]
    assert outcome.best is not None and outcome.best.asm == programs["closed_O0"]
    assert outcome.search_cost == "time" and outcome.summary()["search_cost"] == "time"
    # Short rounds for the two correct candidates' ranking, then the full protocol: confirmation, final.
    assert fake_timing.rounds == [5, 5, 15, 15]
    assert outcome.final.verdict == "AC" and outcome.final.significant


def test_fewer_instructions_slower_in_time_never_leads_a_timed_search(fake_timing, programs) -> None:
    verifier = timed_verifier()
    fake_timing.set(programs["closed"], 0.9)  # the fewest instructions, slower in time
    outcome = best_of_n(verifier.task, Scripted([[programs["closed"]]]), verifier, Budget(samples=1))
    # Nothing ahead by time: no confirmation is spent, no gain claimed, no "unconfirmed" either.
    assert outcome.best is None and outcome.confirmations == [] and not outcome.unconfirmed
    assert outcome.final.identical and not outcome.final.significant


def test_the_answer_is_the_best_that_time_confirms(fake_timing, programs: dict[str, str]) -> None:
    verifier = timed_verifier("instructions")
    fake_timing.set(programs["closed"], 1.0)  # the fewest instructions, not faster in time
    fake_timing.set(programs["closed_O0"], 2.0)
    policy = Scripted([[programs["wrong_always"], programs["closed"], programs["closed_O0"]]])
    outcome = best_of_n(verifier.task, policy, verifier, Budget(samples=3))
    tried = outcome.confirmations
    # Timed best first by instructions; the wrong one never.
    assert [c["sample"] for c in tried] == [2, 3]
    assert tried[0]["speedup_instr"] > tried[1]["speedup_instr"] > 2
    assert [c["confirmed"] for c in tried] == [False, True]
    assert tried[1]["speedup_wall"] == 2.0 and tried[1]["ci"] == pytest.approx([1.8, 2.2])
    assert outcome.best is not None and outcome.best.asm == programs["closed_O0"] and not outcome.unconfirmed
    assert outcome.best_visible is not None and instr_speedup(outcome.best_visible) == tried[1]["speedup_instr"]
    assert outcome.confirmed is not None and outcome.confirmed.significant and outcome.confirmed.tests_total == 3
    assert outcome.summary()["confirmations"] == tried
    # The answer is judged on all tests, and confirmed in time there too.
    assert outcome.final.verdict == "AC" and outcome.final.tests_total == 5 and outcome.final.significant
    assert any(name.startswith("hidden/") for name in outcome.final.timed_tests)
    # Confirmation timed the visible tests only; the final judgement all of the heavy ones.
    visible = {t.input for t in verifier.task.visible_tests}
    *confirming, final = fake_timing.calls
    assert len(confirming) == 2 and all(set(inputs) <= visible for inputs in confirming)
    assert not set(final) <= visible


@pytest.mark.parametrize("search_cost", ["time", "instructions"])
def test_no_answer_unless_time_confirms_one(fake_timing, programs: dict[str, str], search_cost: str) -> None:
    verifier = timed_verifier(search_cost)
    closed, o0 = programs["closed"], programs["closed_O0"]
    # Four distinct candidates, all fewer instructions and ahead by short timing, none
    # faster in time by the full protocol.
    cands = [closed, o0, closed + "\n# again\n", o0 + "\n# again\n"]
    for i, asm in enumerate(cands):
        fake_timing.set(asm, 1.0, short=1.2 + i / 10)
    outcome = best_of_n(verifier.task, Scripted([cands]), verifier, Budget(samples=4))
    assert all((fb.result.search_speedup or 0) > 1.1 for fb in outcome.history)
    assert len(outcome.confirmations) == CONFIRM_TRIES < 4  # the best few are tried, not all
    assert not any(c["confirmed"] for c in outcome.confirmations)
    assert outcome.best is None and outcome.unconfirmed and outcome.confirmed is None
    assert outcome.final.identical and outcome.final.verdict == "AC" and not outcome.final.significant
    assert outcome.summary()["no_change"] is True


def test_selection_never_peeks_at_hidden_tests(fake_timing, programs: dict[str, str]) -> None:
    # Faster (by instructions and in time) and right on every visible test, wrong on the
    # hidden ones: it is chosen, and reported wrong.
    verifier = timed_verifier()
    fake_timing.set(programs["wrong_above"], 2.0)
    outcome = best_of_n(verifier.task, Scripted([[programs["wrong_above"]]]), verifier, Budget(samples=1))
    assert outcome.best is not None and outcome.best_visible.verdict == "AC"
    assert [c["confirmed"] for c in outcome.confirmations] == [True]
    assert outcome.final.verdict == "WA" and outcome.final.tests_passed == 3
    assert outcome.final.message.startswith("hidden/") and not outcome.final.significant
    # Its ranking and confirmation in time ran the visible tests only (a wrong answer is never timed).
    visible = {t.input for t in verifier.task.visible_tests}
    assert fake_timing.rounds == [5, 15] and all(set(call) <= visible for call in fake_timing.calls)


def test_nothing_better_means_no_change(verifier: Verifier, programs: dict[str, str]) -> None:
    base = verifier.task.baseline.asm
    outcome = single(verifier.task, Scripted([[base]]), verifier, Budget(samples=1))
    assert outcome.best is None and outcome.best_visible is None
    assert outcome.final.identical and outcome.final.verdict == "AC" and not outcome.final.significant
    assert outcome.summary()["no_change"] is True
    empty = best_of_n(verifier.task, Scripted([]), verifier, Budget(samples=2))
    assert empty.best is None and empty.stopped == "policy has nothing new" and not empty.history


def test_refine_feeds_back_what_the_harness_found(verifier: Verifier, programs: dict[str, str]) -> None:
    policy = Scripted([["garbage\n"], [programs["wrong_always"]], [programs["closed"]], []])
    outcome = refine(verifier.task, policy, verifier, Budget(samples=1, rounds=5))
    assert outcome.rounds == 3 and outcome.stopped == "policy has nothing new"
    assert [len(h) for h in policy.histories] == [0, 1, 2, 3]
    ce, wa, ac = policy.histories[3]
    assert isinstance(ce, Observed) and ce.result.verdict == "CE" and "garbage" in ce.result.message
    # The wrong answer comes with its first failing visible test and what it printed there.
    assert wa.result.verdict == "WA" and wa.failing_test is not None and not wa.failing_test.hidden
    assert wa.actual_output is not None and wa.actual_output != wa.failing_test.output
    assert int(wa.actual_output) == int(wa.failing_test.output) + 1
    # The correct one comes with its profile: functions, and lines of its own assembly.
    assert ac.result.verdict == "AC" and "Instructions by function" in ac.profile
    hot = ac.profile.split("Hottest lines of the assembly:\n")[1].splitlines()[0]
    number, text = hot.split(":", 1)[0].split()[1], hot.split(":", 1)[1].split("  --")[0].strip()
    assert ac.candidate.asm.splitlines()[int(number) - 1].strip() == text
    assert [fb.candidate.meta["round"] for fb in outcome.history] == [1, 2, 3]
    assert outcome.best is not None and outcome.best.asm == programs["closed"]
    assert outcome.final.verdict == "AC" and outcome.final.tests_total == 5


def test_time_budget_stops_the_search(verifier: Verifier, programs: dict[str, str]) -> None:
    class Slow(Scripted):
        def propose(self, task, n, history):
            time.sleep(0.3)
            return super().propose(task, n, history)

    policy = Slow([[programs["closed"]]] * 10)
    outcome = refine(verifier.task, policy, verifier, Budget(samples=1, rounds=10, seconds=0.2))
    # The first proposal ends after the budget: nothing more is judged or asked for.
    assert len(policy.asked) == 1 and outcome.stopped == "time budget" and not outcome.history
    assert outcome.best is None


def test_visible_results_are_cached_and_hidden_tests_cannot_be_run(verifier: Verifier, programs: dict[str, str]) -> None:
    cand = Candidate("mod7", programs["closed"], {"x": 1})
    first = verifier.visible(cand)
    judged = verifier.judged
    again = verifier.visible(Candidate("mod7", programs["closed"], {"x": 2}))
    assert verifier.judged == judged and again.meta == {"x": 2} and first.meta == {"x": 1}
    with pytest.raises(AsmoptError):
        verifier.output(cand, verifier.task.hidden_tests[0])


def test_a_task_without_visible_tests_is_refused() -> None:
    task = mod7_task()
    hidden_only = Task("h", task.c_source, task.hidden_tests)
    with pytest.raises(AsmoptError, match="no visible tests"):
        Verifier(hidden_only, EvalConfig(instructions=False))
