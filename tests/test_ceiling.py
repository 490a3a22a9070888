"""Ceilings (asmopt.ceiling): Amdahl on measured time, and searches skipped below the noise."""

from __future__ import annotations

import pytest

from asmopt import datasets, toolchain
from asmopt.ceiling import Ceiling, measure, reach
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.measure.timing import sandbox_runner
from asmopt.policies.compiler import CompilerSearch
from asmopt.policies.portfolio import Portfolio
from asmopt.policies.search import AsmSearch
from asmopt.strategies import Budget, Verifier, best_of_n
from asmopt.task import Task, Test


def test_amdahl_arithmetic_and_reasons() -> None:
    c = Ceiling(time_s=0.010, floor_s=0.002, own_share=0.5, basis="cycles", tests=("a",))
    assert c.above_floor == pytest.approx(5.0)
    assert c.own == pytest.approx(0.010 / (0.010 - 0.004))  # own code: half of the 8 ms above the floor
    assert c.reason("own", 0.02) == "" and c.reason("above_floor", 0.02) == ""
    tiny = Ceiling(time_s=0.00101, floor_s=0.001, own_share=0.9, basis="cycles", tests=("a",))
    assert tiny.own < 1.02 and "ceiling below the noise threshold" in tiny.reason("own", 0.02)
    assert "everything above the start-up floor" in tiny.reason("above_floor", 0.02)
    with pytest.raises(AsmoptError):
        c.of("everything")
    assert c.to_dict()["own"] == pytest.approx(c.own)


def test_reach_of_policies() -> None:
    assert reach(CompilerSearch()) == reach(AsmSearch()) == reach(Portfolio()) == "own"
    assert reach(object()) == "above_floor"  # a model may rewrite library calls too


def test_measured_ceiling_of_a_heavy_and_a_startup_bound_program() -> None:
    task = toolchain.with_baseline(datasets.load("examples").tasks["collatz_max"])
    runner = sandbox_runner(EvalConfig().limits)
    heavy = measure(task, tuple(t for t in task.tests if "stress" in t.name), runner)
    assert heavy.basis == "cycles" and 0.5 < heavy.own_share <= 1.0  # collatz's loop is its own code
    assert heavy.time_s > heavy.floor_s and heavy.own > 1.1 and heavy.above_floor >= heavy.own
    # A one-line input: the process start-up is nearly all of it.
    light = measure(task, (Test("one", b"1\n1\n", b""),), runner)
    assert light.own < heavy.own


SCANF_ONLY = r"""#include <stdio.h>
int main(void) { long a, b; if (scanf("%ld %ld", &a, &b) != 2) return 1; printf("%ld\n", a + b); return 0; }
"""


class Counting:
    name = "counting"
    reach = "own"

    def __init__(self) -> None:
        self.calls = 0

    def propose(self, task, n, history):
        self.calls += 1
        return []


def test_a_search_below_its_ceiling_is_skipped_with_the_reason() -> None:
    tests = tuple(Test(f"tests/t{i}", f"{i} {i}\n".encode(), f"{2 * i}\n".encode()) for i in range(3))
    task = Task("add", SCANF_ONLY, tests)
    policy = Counting()
    outcome = best_of_n(task, policy, Verifier(task, EvalConfig()), Budget(samples=4))
    assert policy.calls == 0  # never asked: no gain could be confirmed in time
    assert outcome.stopped.startswith("ceiling below the noise threshold")
    assert outcome.best is None and outcome.ceiling is not None and outcome.ceiling["own"] < 1.02
    # Untimed, there is no ceiling to weigh: the search runs.
    untimed = best_of_n(task, policy, Verifier(task, EvalConfig(timing=False)), Budget(samples=4))
    assert policy.calls == 1 and untimed.ceiling is None


def test_a_ceiling_that_cannot_be_measured_skips_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    tests = tuple(Test(f"tests/t{i}", f"{i} {i}\n".encode(), f"{2 * i}\n".encode()) for i in range(3))
    task = Task("add", SCANF_ONLY, tests)

    def fails(self: Verifier) -> Ceiling:
        raise AsmoptError("baseline binary failed on test 0 (run 3)")

    monkeypatch.setattr(Verifier, "ceiling", fails)
    policy = Counting()
    outcome = best_of_n(task, policy, Verifier(task, EvalConfig()), Budget(samples=4))
    assert policy.calls == 1 and outcome.ceiling is None and outcome.stopped == "policy has nothing new"
