"""The reward service on the example tasks: verdicts and rewards, duplicates, time-outs,
broken baselines, async and threaded callers."""

from __future__ import annotations

import asyncio
import math
import dataclasses
import json
import threading
import time

import pytest

from asmopt import datasets
from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.errors import AsmoptError
from asmopt.rl.rewards import reward
from asmopt.rl.service import RewardService, Sample, select_tests

TASKS = datasets.load("examples").tasks
CANDS = {(c["task_id"], c["label"]): c
         for c in map(json.loads, BUILTIN_CANDIDATES["examples"].read_text().splitlines())}


def asm(task_id: str, label: str) -> str:
    return CANDS[task_id, label]["asm"]


def reply(text: str) -> str:
    return f"Sure.\n```assembly\n{text}```\n"


@pytest.fixture(scope="module")
def svc():
    # Scored by instructions: the service's mechanics, on rewards that load cannot move.
    with RewardService("examples", jobs=2, timeout_s=60, max_tests=3, cost="instructions") as service:
        yield service


def test_rewards_follow_measured_time_by_default(monkeypatch):
    monkeypatch.delenv("ASMOPT_REWARD_COST", raising=False)
    labels = [("popcount_sum", "faster"), ("popcount_sum", "wrong"), ("word_reverse", "baseline")]
    with RewardService("examples", jobs=1, timeout_s=60, max_tests=3) as service:
        assert service.cost == "time" and service.cfg.timing and not service.cfg.instructions
        faster, wrong, same = service.score([Sample(t, reply(asm(t, lab))) for t, lab in labels])
    r = faster.result
    # Timed with the short protocol, not counted; paid only what time confirms.
    assert faster.verdict == "AC" and r.wall_p_value is not None and r.instr_cand is None
    assert faster.speedup == r.speedup_wall and faster.significant == r.significant
    assert faster.reward == (pytest.approx(math.log(r.speedup_wall)) if r.significant else 0.0)
    assert wrong.reward < 0 and same.identical and same.reward == 0.0
    with pytest.raises(AsmoptError, match="unknown reward cost"):
        RewardService([], cost="cycles")


def test_how_many_timed_tests_a_time_reward_reads(monkeypatch):
    from asmopt.rl.service import TIMED_TESTS

    monkeypatch.delenv("ASMOPT_TIMED_TESTS", raising=False)
    assert RewardService([], jobs=1).cfg.max_timed_tests == TIMED_TESTS
    assert RewardService([], jobs=1, timed_tests=2).cfg.max_timed_tests == 2
    assert RewardService([], jobs=1, timed_tests=None).cfg.max_timed_tests is None
    monkeypatch.setenv("ASMOPT_TIMED_TESTS", "all")
    assert RewardService([], jobs=1).cfg.max_timed_tests is None
    monkeypatch.setenv("ASMOPT_TIMED_TESTS", "3")
    assert RewardService([], jobs=1).cfg.max_timed_tests == 3
    monkeypatch.setenv("ASMOPT_TIMED_TESTS", "none")
    with pytest.raises(AsmoptError, match="ASMOPT_TIMED_TESTS"):
        RewardService([], jobs=1)


def test_batch_verdicts_and_rewards(svc):
    labels = [("popcount_sum", "faster"), ("popcount_sum", "wrong"), ("prefix_sums", "asm_error"),
              ("word_reverse", "baseline"), ("word_reverse", "crash")]
    batch = [Sample(t, reply(asm(t, lab))) for t, lab in labels]
    out = svc.score(batch)
    assert [s.verdict for s in out] == [CANDS[k]["expect"] for k in labels]
    for s in out:  # the service's reward is the named reward of the Result it reports
        assert s.reward == pytest.approx(reward("log_speedup", s.result))
    faster, wrong, broken, same, crash = out
    assert faster.reward > 0.1 and faster.speedup > 1.1 and faster.seconds > 0
    # Scored by instructions (untimed): a clear instruction drop, and no claim of speed.
    assert faster.result.instr_gain and faster.instr_gain and not faster.significant and faster.result.speedup_wall is None
    assert -0.5 <= wrong.reward < -0.25 and wrong.speedup is None
    assert broken.reward == -1.0 and same.identical and same.reward == 0.0 and crash.reward == -0.5
    assert all(s.task_id == t for s, (t, _) in zip(out, labels))


def test_no_assembly_block_is_ce_and_raw_assembly_is_taken_as_is(svc):
    text = asm("popcount_sum", "baseline")
    no_block, raw = svc.score([Sample("popcount_sum", text), Sample("popcount_sum", text, raw=True)])
    assert no_block.verdict == "CE" and no_block.reward == -1.0
    assert raw.verdict == "AC" and raw.identical


def test_identical_completions_are_scored_once(svc):
    text = asm("collatz_max", "faster")
    out = svc.score([Sample("collatz_max", reply(text)), Sample("collatz_max", f"Again:\n{reply(text)}"),
                     Sample("prefix_sums", reply(asm("prefix_sums", "baseline"))),
                     Sample("collatz_max", reply(text))])
    first, twin, other, again = out
    assert not first.cached and first.seconds > 0
    assert twin.cached and again.cached and twin.seconds == again.seconds == 0.0  # the same assembly
    assert twin.reward == again.reward == first.reward > 0
    assert not other.cached
    # Remembered across batches too.
    (later,) = svc.score([Sample("collatz_max", reply(text))])
    assert later.cached and later.reward == first.reward
    # Blanks inside a string literal change the program: never taken for a duplicate.
    quoted = text.replace('"%llu %d\\n"', '"%llu  %d\\n"')  # printf's format: two blanks printed
    assert quoted != text
    (changed,) = svc.score([Sample("collatz_max", reply(quoted))])
    assert not changed.cached and changed.verdict == "WA"


def test_async_entry_point_matches_sync(svc):
    batch = [Sample("popcount_sum", reply(asm("popcount_sum", "wrong"))),
             Sample("word_reverse", reply(asm("word_reverse", "exit1")))]
    sync = svc.score(batch)
    async_ = asyncio.run(svc.ascore(batch))
    assert [(s.verdict, s.reward) for s in async_] == [(s.verdict, s.reward) for s in sync]
    assert [s.verdict for s in sync] == ["WA", "RE"] and sync[1].reward == -0.5


def test_threaded_callers_each_get_their_own_answers(svc):
    # OpenRLHF calls the reward from several threads at once, one sample each.
    labels = [("popcount_sum", "wrong"), ("word_reverse", "crash"), ("prefix_sums", "asm_error"),
              ("collatz_max", "baseline")]
    got: dict[int, str] = {}

    def call(i: int) -> None:
        t, lab = labels[i]
        got[i] = svc.score([Sample(t, reply(asm(t, lab)))])[0].verdict

    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(labels))]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert [got[i] for i in range(len(labels))] == [CANDS[k]["expect"] for k in labels]


def test_unknown_task_is_refused(svc):
    with pytest.raises(AsmoptError, match="unknown task id"):
        svc.score([Sample("nope", "x")])


def test_stuck_sample_times_out_without_blocking_the_batch():
    with RewardService("examples", jobs=2, timeout_s=1.5, max_tests=3) as service:
        service.prepare(["collatz_max", "popcount_sum"])  # baselines first: their time is not the samples'
        start = time.monotonic()
        endless, wrong = service.score([Sample("collatz_max", reply(asm("collatz_max", "endless"))),
                                        Sample("popcount_sum", reply(asm("popcount_sum", "wrong")))])
        elapsed = time.monotonic() - start
        assert endless.timed_out and endless.verdict == "TLE"
        assert endless.reward == service.failure_reward == -0.5
        assert wrong.verdict == "WA" and not wrong.timed_out
        assert elapsed < 6.0  # the sandbox alone would let the endless loop run 10 s
        # The killed worker was replaced: the service still scores (and does not remember a time-out).
        again, ok = service.score([Sample("collatz_max", reply(asm("collatz_max", "endless"))),
                                   Sample("word_reverse", reply(asm("word_reverse", "crash")))])
        assert again.timed_out and not again.cached and ok.verdict == "RE"


def test_broken_baseline_is_an_error_not_a_reward():
    task = TASKS["word_reverse"]
    bad = dataclasses.replace(task, id="bad", tests=(dataclasses.replace(task.tests[0], output=b"nonsense\n"),))
    with RewardService([bad, TASKS["popcount_sum"]], jobs=1, timeout_s=30, reward="paper1") as service:
        broken, fine = service.score([Sample("bad", reply(task.baseline.asm)),
                                      Sample("popcount_sum", reply(asm("popcount_sum", "wrong")))])
        assert broken.reward is None and broken.verdict == "error" and "fails its own test" in broken.error
        assert fine.verdict == "WA" and fine.reward == pytest.approx(fine.result.tests_passed / fine.result.tests_total)
        start = time.monotonic()
        (again,) = service.score([Sample("bad", reply("x"))])  # known broken: answered at once
        assert again.error and time.monotonic() - start < 1.0
        assert service.prepare() == {"bad": again.error}


def test_register_keeps_same_named_tasks_apart():
    task = TASKS["popcount_sum"]
    service = RewardService([], jobs=1)
    other = dataclasses.replace(TASKS["prefix_sums"], id=task.id)
    assert service.register(task) == task.id
    assert service.register(task) == task.id  # the same task again: the same id
    renamed = service.register(other)
    assert renamed != task.id and renamed.startswith(task.id)
    assert service.tasks[renamed].c_source == other.c_source and service.tasks[task.id].c_source == task.c_source
    service.close()


def test_select_tests():
    task = dataclasses.replace(TASKS["popcount_sum"], tests=tuple(
        dataclasses.replace(t, hidden=i % 2 == 1) for i, t in enumerate(TASKS["popcount_sum"].tests)))
    assert len(select_tests(task).tests) == len(task.tests)
    visible = select_tests(task, "visible")
    assert visible.tests == task.visible_tests and not any(t.hidden for t in visible.tests)
    assert select_tests(task, "visible", 2).tests == task.visible_tests[:2]
    with pytest.raises(AsmoptError, match="test set"):
        select_tests(task, "some")
    with pytest.raises(AsmoptError, match="unknown reward"):
        RewardService([], reward="bogus")
