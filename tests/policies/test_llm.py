"""The OpenAI-compatible policy against a fake server on 127.0.0.1: prompt, extraction, retries,
concurrency, usage, and the whole refinement loop with feedback."""

from __future__ import annotations

import json
import pickle
import time

import pytest
from fake_openai import Delay, Fail, FakeOpenAI, fenced

from asmopt import datasets, prompt
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.policies import chat
from asmopt.policies.llm import LLMConfig, LLMPolicy
from asmopt.result import Result, TestOutcome
from asmopt.strategies import Budget, Observed, Verifier, refine
from asmopt.task import Task, Test


@pytest.fixture(scope="module")
def examples():
    return datasets.load("examples").tasks


@pytest.fixture(scope="module")
def known() -> dict[tuple[str, str], str]:
    """The shipped example candidates by (task, label): known verdicts."""
    rows = [json.loads(line) for line in (datasets.BUILTIN["examples"] / "candidates.jsonl").read_text().splitlines()]
    return {(r["task_id"], r["label"]): r["asm"] for r in rows}


def _policy(srv: FakeOpenAI, **kw) -> LLMPolicy:
    return LLMPolicy(LLMConfig(model="fake-model", base_url=srv.base_url, backoff_s=0.01, **kw))


def test_first_turn_is_the_papers_prompt_greedy(examples) -> None:
    task = examples["popcount_sum"]
    reply = "Here it is:\n```assembly\nmain:\n\tret\n```\nDone."
    with FakeOpenAI([reply]) as srv:
        cands = _policy(srv).propose(task, 1, [])
    (req,) = srv.requests
    assert req["messages"] == [{"role": "user", "content": prompt.for_task(task, "asm")}]
    assert req["temperature"] == 0.0 and req["max_tokens"] == 2000 and req["model"] == "fake-model"
    (cand,) = cands
    assert cand.asm == "main:\n\tret\n"  # the paper's extraction: after the last fence, cut at the last ```
    # Usage as the server reported it (the fake counts words).
    assert cand.meta["prompt_tokens"] == len(req["messages"][0]["content"].split())
    assert cand.meta["completion_tokens"] == len(reply.split())
    assert cand.meta["policy"] == "llm" and cand.meta["finish_reason"] == "stop" and cand.meta["attempts"] == 1


def test_c_only_prompt_and_sampling_temperature(examples) -> None:
    task = examples["popcount_sum"]
    with FakeOpenAI([fenced("nop")]) as srv:
        cands = _policy(srv, prompt="c_only", seed=7).propose(task, 3, [])
    assert len(cands) == 3 and srv.count == 3
    assert all(r["messages"] == [{"role": "user", "content": prompt.for_task(task, "c_only")}] for r in srv.requests)
    assert "Assembly Code:\n\n```assembly" not in srv.requests[0]["messages"][0]["content"]
    assert {r["temperature"] for r in srv.requests} == {0.5}
    assert sorted(r["seed"] for r in srv.requests) == [7, 8, 9]


def test_a_reply_without_an_assembly_block_is_an_empty_candidate(examples) -> None:
    with FakeOpenAI(["I cannot help with that."]) as srv:
        (cand,) = _policy(srv).propose(examples["popcount_sum"], 1, [])
    assert cand.asm == "" and cand.meta["reply"] == "I cannot help with that." and "no ```assembly" in cand.meta["error"]


def test_busy_and_broken_servers_are_retried(examples) -> None:
    with FakeOpenAI([Fail(503), Fail(429), fenced("ret")]) as srv:
        (cand,) = _policy(srv).propose(examples["popcount_sum"], 1, [])
    assert srv.count == 3 and cand.asm == "ret\n" and cand.meta["attempts"] == 3


def test_retries_run_out_then_the_task_fails(examples) -> None:
    with FakeOpenAI([Fail(500)]) as srv:
        with pytest.raises(AsmoptError, match="no answer after 3 attempts"):
            _policy(srv, retries=2).propose(examples["popcount_sum"], 1, [])
    assert srv.count == 3


def test_a_refused_request_is_a_ce_candidate_and_bad_credentials_are_fatal(examples) -> None:
    with FakeOpenAI([Fail(400, "prompt is too long")]) as srv:
        (cand,) = _policy(srv).propose(examples["popcount_sum"], 1, [])
    assert cand.asm == "" and "prompt is too long" in cand.meta["error"] and srv.count == 1
    with FakeOpenAI([Fail(401, "bad key")]) as srv:
        with pytest.raises(AsmoptError, match="HTTP 401"):
            _policy(srv).propose(examples["popcount_sum"], 1, [])


def test_a_slow_request_times_out_and_is_retried(examples) -> None:
    with FakeOpenAI([Delay(3.0, fenced("late")), fenced("quick")]) as srv:
        start = time.monotonic()
        (cand,) = _policy(srv, timeout_s=0.5).propose(examples["popcount_sum"], 1, [])
    assert cand.asm == "quick\n" and cand.meta["attempts"] == 2 and time.monotonic() - start < 2.5


def test_concurrency_is_bounded(examples) -> None:
    with FakeOpenAI([Delay(0.3, fenced("ret"))]) as srv:
        cands = _policy(srv, max_concurrency=2).propose(examples["popcount_sum"], 6, [])
    assert len(cands) == 6 and srv.max_in_flight == 2


def test_environment_supplies_server_model_and_key(examples, monkeypatch) -> None:
    with FakeOpenAI([fenced("ret")]) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        monkeypatch.setenv("ASMOPT_MODEL", "env-model")
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        policy = LLMPolicy(LLMConfig())
        policy.propose(examples["popcount_sum"], 1, [])
    assert srv.requests[0]["model"] == "env-model" and policy.cfg.api_key == "sk-test"
    monkeypatch.delenv("ASMOPT_MODEL")
    with pytest.raises(AsmoptError, match="--model"):
        LLMPolicy(LLMConfig())


def test_the_policy_pickles_for_worker_processes(examples) -> None:
    with FakeOpenAI([fenced("ret")]) as srv:
        policy = _policy(srv)
        policy.propose(examples["popcount_sum"], 1, [])
        copy = pickle.loads(pickle.dumps(policy))
        (cand,) = copy.propose(examples["popcount_sum"], 1, [])
    assert cand.asm == "ret\n" and srv.count == 2


def test_assembly_only_task_says_there_is_no_c_source(examples) -> None:
    task = examples["popcount_sum"]
    asm_only = Task("p", "", task.tests, task.baseline)
    text = chat.first_prompt(asm_only)
    assert "C source is not available" in text and "```c" not in text and task.baseline.asm in text
    assert text.endswith(prompt.for_task(task).split("```\n\n", 2)[-1])  # the paper's closing instructions
    with pytest.raises(AsmoptError, match="C-only"):
        chat.first_prompt(asm_only, "c_only")


def _fb(verdict: str, asm: str = "x", message: str = "", **kw) -> Observed:
    res = Result("t", verdict, 0, 3, False, message=message,
                 tests=[TestOutcome("tests/a", False, verdict, message="line 1: expected '2', got '3'")], **kw)
    return Observed(Candidate("t", asm, {}), res, **({} if verdict in ("AC", "CE") else {
        "failing_test": Test("tests/a", b"1 1\n", b"2\n"), "actual_output": b"3\n"}))


def test_feedback_messages_say_what_the_harness_found() -> None:
    ce = chat.feedback_text(_fb("CE", message="prog.s:3: Error: no such instruction: `fooq'"))
    assert "did not build" in ce and "no such instruction: `fooq'" in ce
    assert "no assembly" in chat.feedback_text(_fb("CE", asm=""))
    wa = chat.feedback_text(_fb("WA"))
    assert "Input:\n```\n1 1\n" in wa and "Expected output:\n```\n2\n" in wa and "printed:\n```\n3\n" in wa
    ac = Observed(Candidate("t", "x", {}), Result("t", "AC", 3, 3, False, instr_base=300, instr_cand=100),
                  "main: 90 (90.0%)")
    text = chat.feedback_text(ac)
    assert "3.000x" in text and "main: 90 (90.0%)" in text
    long_input = Observed(Candidate("t", "x", {}), Result("t", "WA", 0, 1, False),
                          failing_test=Test("a", b"9" * 10_000, b"1\n"), actual_output=b"")
    assert len(chat.feedback_text(long_input)) < 2000


def test_refinement_loop_end_to_end(examples, known) -> None:
    """Scripted replies: bad assembly, then a wrong program, then the known faster one, then the
    baseline again. Each turn must carry the harness's feedback on the previous answer, and the
    outcome must pick the faster program on the visible tests and report it on all tests."""
    task = examples["popcount_sum"]
    bad = known[("prefix_sums", "asm_error")]
    script = [fenced(bad), fenced(known[("popcount_sum", "wrong")]),
              "Sure!\n" + fenced(known[("popcount_sum", "faster")]), fenced(task.baseline.asm)]
    verifier = Verifier(task)
    with FakeOpenAI(script) as srv:
        outcome = refine(task, _policy(srv), verifier, Budget(samples=1, rounds=4))
    assert srv.count == 4
    first, second, third, fourth = (r["messages"] for r in srv.requests)
    assert len(first) == 1 and [m["role"] for m in second] == ["user", "assistant", "user"]
    # Turn 2 is told the assembler's error.
    assert second[1]["content"] == fenced(bad) and "did not build" in second[2]["content"]
    ce_message = outcome.history[0].result.message
    assert ce_message and ce_message.splitlines()[-1] in second[2]["content"]
    # Turn 3 is told the first failing visible test: input, expected and actual output.
    wrong_fb = outcome.history[1]
    failing = wrong_fb.failing_test
    assert failing is not None and not failing.hidden
    assert failing.output.decode() in third[-1]["content"] and wrong_fb.actual_output.decode() in third[-1]["content"]
    assert "Expected output" in third[-1]["content"] and len(third) == 5  # the whole chat so far
    # Turn 4 is told the measured speedup and where the instructions go.
    assert "speedup of" in fourth[-1]["content"] and "Instructions by function" in fourth[-1]["content"]
    assert not any(t.name.startswith("hidden/") for t in [failing])
    for req in srv.requests:  # hidden tests never reach the model
        text = json.dumps(req)
        assert all(t.input.decode()[:40] not in text for t in task.hidden_tests if len(t.input) > 20)
    assert [fb.result.verdict for fb in outcome.history] == ["CE", "WA", "AC", "AC"]
    assert outcome.best is not None and outcome.best.asm.strip() == known[("popcount_sum", "faster")].strip()
    assert outcome.best.meta["round"] == 3 and outcome.best.meta["completion_tokens"] > 0
    assert outcome.best.meta["parent"] == outcome.history[1].candidate.meta["uid"]
    assert outcome.final.verdict == "AC" and outcome.final.tests_total == 10 and outcome.final.significant
    assert outcome.final.speedup_instr > 2
