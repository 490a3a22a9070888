"""The default offline portfolio: compiler settings and assembly rewrites, interleaved."""

from __future__ import annotations

import pytest

from asmopt import datasets, toolchain
from asmopt.candidate import Candidate, normalise_asm
from asmopt.policies import Feedback
from asmopt.policies.compiler import CompilerSearch, Setting
from asmopt.policies.passes import PASSES, cpu_flags, usable
from asmopt.policies.portfolio import Portfolio, default_portfolio, interleave
from asmopt.policies.search import AsmSearch, ranked_bases
from asmopt.result import Result

needs_popcnt = pytest.mark.skipif("popcnt" not in cpu_flags(), reason="CPU lacks popcnt")


def _c(tag: str) -> Candidate:
    return Candidate("t", tag)


def test_interleave_alternates_and_keeps_the_rest() -> None:
    out = interleave([_c("a1"), _c("a2"), _c("a3")], [_c("b1")])
    assert [c.asm for c in out] == ["a1", "b1", "a2", "a3"]
    assert interleave([], []) == []


def _accepted(cand: Candidate, instr: int) -> Feedback:
    return Feedback(cand, Result(cand.task_id, "AC", 1, 1, False, instr_base=1000, instr_cand=instr))


SMALL_GRID = (Setting("o2", flags=("-O2",)), Setting("o1", flags=("-O1",)), Setting("os", flags=("-Os",)),
              Setting("unroll", flags=("-O3", "-funroll-loops")))


@needs_popcnt
def test_idiom_rewrite_leads_then_settings_and_rewrites_of_them_alternate() -> None:
    task = toolchain.with_baseline(datasets.load("examples").tasks["popcount_sum"])
    policy = Portfolio(CompilerSearch(SMALL_GRID), AsmSearch())
    first = policy.propose(task, 4, [])
    assert first[0].meta["policy"] == "asm-search" and "popcount-libcall" in first[0].meta["passes"]
    assert [c.meta["policy"] for c in first] == ["asm-search", "compiler", "asm-search", "compiler"]
    keys = [normalise_asm(c.asm) for c in first]
    assert len(set(keys)) == len(keys) and normalise_asm(task.baseline.asm) not in keys
    # Rewrites of this round's compiler outputs come once the baseline's own run out.
    more = policy.propose(task, 8, [])
    parents = [c.meta.get("parent") for c in more if c.meta["policy"] == "asm-search"]
    assert parents[0] == "baseline" and any(p in ("o2", "o1", "os", "unroll") for p in parents)

    # Next round: the judged best comes first among the bases; nothing proposed repeats.
    o1 = next(c for c in first if c.meta.get("setting") == "o1")
    history = [_accepted(c, 900) for c in first if c is not o1] + [_accepted(o1, 500)]
    assert ranked_bases(task, history)[0] is o1
    second = policy.propose(task, 6, history)
    assert second and not {normalise_asm(c.asm) for c in second} & set(keys)
    assert any(c.meta.get("setting") == "unroll" for c in second)  # the setting not yet tried


def test_without_an_idiom_a_setting_leads() -> None:
    task = toolchain.with_baseline(datasets.load("examples").tasks["collatz_max"])
    # Every pass, padding included (off by default: time does not confirm it), so a clean-up applies.
    out = Portfolio(CompilerSearch(SMALL_GRID), AsmSearch(usable(PASSES))).propose(task, 8, [])
    assert out and out[0].meta["policy"] == "compiler"
    # Clean-up rewrites (here: padding) only of the judged baseline, not of unjudged compiler outputs.
    rewrites = [c for c in out if c.meta["policy"] == "asm-search"]
    assert rewrites and all(c.meta["parent"] == "baseline" for c in rewrites)
    assert Portfolio(CompilerSearch(SMALL_GRID), AsmSearch()).propose(task, 0, []) == []


def test_default_portfolio_runs_both_searches() -> None:
    policy = default_portfolio()
    assert policy.name == "portfolio"
    assert isinstance(policy.compiler, CompilerSearch) and isinstance(policy.asm, AsmSearch)
    assert len(policy.compiler.grid) >= 10


@needs_popcnt
def test_best_of_n_with_the_portfolio_finds_a_correct_faster_program() -> None:
    from asmopt.strategies import Budget, Verifier, best_of_n

    task = datasets.load("examples").tasks["popcount_sum"]
    policy = Portfolio(CompilerSearch(SMALL_GRID[:1]), AsmSearch())
    outcome = best_of_n(task, policy, Verifier(task), Budget(samples=2))
    assert outcome.best is not None and outcome.best.meta["policy"] == "asm-search"
    assert outcome.final is not None and outcome.final.verdict == "AC"  # hidden tests included
    assert outcome.final.speedup_instr is not None and outcome.final.speedup_instr > 1.5
