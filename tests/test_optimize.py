"""`asmopt optimize` and `asmopt eval --policy`: tasks from files, differential testing, what gets
written and why, and both commands end to end against a fake OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI, fenced
from test_strategies import CLOSED, LOOP, WRONG_ABOVE, Scripted, expected

from asmopt import datasets
from asmopt.diff import diff_summary
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.inputs import hidden_names, make_task, read_tests
from asmopt.optimize import GenerationSpec, generate_for_task, optimize, record, report, write
from asmopt.policies.llm import LLMConfig
from asmopt.policies.spec import PolicySpec
from asmopt.report.metrics import INSTRUCTIONS_ONLY
from asmopt.strategies import Budget, parse_budget

EXAMPLES = datasets.BUILTIN["examples"]


def asmopt(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "asmopt", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def test_hidden_share_is_fixed_by_name_not_order() -> None:
    names = [f"t{i:02d}" for i in range(10)]
    hidden = hidden_names(names, 0.5)
    assert len(hidden) == 5 and hidden == hidden_names(list(reversed(names)), 0.5)
    assert hidden_names(names, 0.3) < hidden  # a smaller share is a subset: the ranking is the same
    assert hidden_names(["a"], 0.5) == set()  # one test stays visible
    assert len(hidden_names(["a", "b"], 0.1)) == 1  # two or more: at least one hidden
    assert hidden_names(names, 0.0) == set()
    with pytest.raises(AsmoptError):
        hidden_names(names, 1.0)


def test_budget_text() -> None:
    assert parse_budget("samples=3,rounds=2") == Budget(samples=3, rounds=2)
    assert parse_budget("seconds=9", samples=5) == Budget(samples=5, seconds=9.0)
    with pytest.raises(AsmoptError, match="bad budget"):
        parse_budget("tokens=5")


def test_differential_tests_take_outputs_from_the_baseline(tmp_path: Path) -> None:
    src = EXAMPLES / "popcount_sum"
    for sub in ("tests", "hidden"):
        for f in (src / sub).glob("*.in"):
            shutil.copy(f, tmp_path / f"{sub}_{f.name}")
    inputs = make_task(src / "prog.c", tmp_path)
    task = inputs.task
    assert inputs.differential == 10 and len(task.tests) == 10
    assert len(task.hidden_tests) == 5 and any("differential" in n for n in inputs.notes)
    for t in task.tests:  # the baseline's outputs are the reference outputs shipped with the example
        sub, name = t.name.split("_", 1)
        assert t.output == (src / sub / name).with_suffix(".out").read_bytes()


def test_tests_and_hidden_subfolders_are_kept_as_given() -> None:
    inputs = make_task(EXAMPLES / "popcount_sum" / "prog.c", EXAMPLES / "popcount_sum", hidden_fraction=0.9)
    names = {t.name: t.hidden for t in inputs.task.tests}
    assert sum(names.values()) == 5 and all(h == n.startswith("hidden/") for n, h in names.items())
    assert inputs.differential == 0 and any("--hidden-fraction is not used" in n for n in inputs.notes)


def test_bad_inputs_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(AsmoptError, match="no such file"):
        make_task(tmp_path / "nope.c", tmp_path)
    (tmp_path / "empty.c").write_text("  \n")
    with pytest.raises(AsmoptError, match="empty file"):
        make_task(tmp_path / "empty.c", tmp_path)
    (tmp_path / "tests").mkdir()
    with pytest.raises(AsmoptError, match="no test inputs"):
        read_tests(tmp_path / "tests")
    with pytest.raises(AsmoptError, match="no such tests folder"):
        read_tests(tmp_path / "missing")
    proc = asmopt("optimize", str(tmp_path / "nope.c"), "--tests", str(tmp_path / "tests"))
    assert proc.returncode == 2 and proc.stderr.strip().splitlines() == [f"error: {tmp_path / 'nope.c'}: no such file"]


def test_diff_summary_names_changed_functions() -> None:
    base = "\t.type f, @function\nf:\n\tmovl $1, %eax\n\tret\n\t.type main, @function\nmain:\n\tcall f\n\tret\n"
    new = base.replace("movl $1, %eax", "movl $2, %eax\n\tnop") + "\t.type g, @function\ng:\n\tret\n"
    d = diff_summary(base, new)
    assert (d.added, d.removed) == (5, 1) and d.changed_functions == ["f"] and d.new_functions == ["g"]
    assert "changed: f" in d.describe() and diff_summary(base, base).describe() == "no change"


def _mod7_files(folder: Path, visible=(1000, 999_999, 1_000_000), hidden=(6_000_000, 4_000_000)) -> Path:
    """A task folder (prog.c, tests/, hidden/) for the mod-7 loop of test_strategies."""
    (folder).mkdir(parents=True, exist_ok=True)
    (folder / "prog.c").write_text(LOOP)
    for sub, ns in (("tests", visible), ("hidden", hidden)):
        (folder / sub).mkdir()
        for n in ns:
            (folder / sub / f"n{n}.in").write_text(f"{n}\n")
            (folder / sub / f"n{n}.out").write_bytes(expected(n))
    return folder


# A second task no policy improves: its own loop dominates start-up by far, so its ceiling is
# clearly above the noise threshold and the search is never skipped (an a+b program's ceiling sat
# at the threshold: whether it was searched depended on the machine's noise).
MOD5 = LOOP.replace("i % 7", "i % 5")


def expected_mod5(n: int) -> bytes:
    q, r = divmod(n, 5)
    return f"{10 * q + r * (r - 1) // 2}\n".encode()


def test_a_candidate_wrong_on_hidden_tests_is_not_written(tmp_path: Path, gcc_asm, fake_timing) -> None:
    folder = _mod7_files(tmp_path / "mod7")
    inputs = make_task(folder / "prog.c", folder)
    for src in (WRONG_ABOVE, CLOSED):  # both confirmed faster in time on the visible tests
        fake_timing.set(gcc_asm(src), 2.0)
    policy = Scripted([[gcc_asm(WRONG_ABOVE)]])
    opt = optimize(inputs, policy, "best_of_n", Budget(samples=1), EvalConfig())
    assert opt.outcome.best is not None and not opt.kept  # chosen on visible tests, refused on all
    assert opt.best_final.verdict == "WA" and "fails on all tests" in opt.reason
    assert opt.answer.asm == inputs.task.baseline.asm and opt.final.identical
    out = tmp_path / "prog.opt.s"
    rec_path = write(opt, record(opt, PolicySpec("offline"), "best_of_n", Budget(samples=1), out), out)
    rec = json.loads(rec_path.read_text())
    assert out.read_text() == inputs.task.baseline.asm and rec["kept"] is False
    assert rec["best_final"]["verdict"] == "WA" and rec["final"]["identical"] is True

    good = optimize(inputs, Scripted([[gcc_asm(CLOSED)]]), "single", Budget(samples=1), EvalConfig())
    assert good.kept and good.final.verdict == "AC" and good.final.tests_total == 5 and good.final.significant
    assert good.diff.changed_functions == ["main"]


def test_what_is_written_is_what_time_confirms(tmp_path: Path, gcc_asm, fake_timing) -> None:
    folder = _mod7_files(tmp_path / "mod7")
    inputs = make_task(folder / "prog.c", folder)
    faster, o0 = gcc_asm(CLOSED), gcc_asm(CLOSED, ("-O0",))
    names = {t.name for t in inputs.task.tests}
    hidden_inputs = {t.input for t in inputs.task.hidden_tests}

    def run(asm: str, cfg: EvalConfig = EvalConfig()):
        return optimize(inputs, Scripted([[asm]]), "best_of_n", Budget(samples=1), cfg)

    # Confirmed in time on the visible tests and on all tests: written, and reported as faster.
    fake_timing.set(faster, 2.0)
    good = run(faster)
    assert good.kept and good.final.significant and set(good.final.timed_tests) <= names
    assert good.final.timed_tests
    lines = report(good, timing=True)
    assert ("timed on the visible tests (round 1, sample 1): short-timed wall 2.000x, "
            "wall 2.000x [1.800, 2.200]: confirmed") in lines
    assert "ranked by: measured time (short protocol: 1 warm-up, 5 rounds) on the visible tests" in lines
    assert (f"wall speedup on {', '.join(good.final.timed_tests)}: wall 2.000x [1.800, 2.200], p=0.0010; "
            "CPU 2.000x") in lines
    assert "confirmed faster in time: yes" in lines
    assert any(line.startswith("instruction speedup (a diagnostic, not speed): ") for line in lines)
    assert lines[-1] == "result: a faster program (confirmed in measured time), correct on all tests"
    assert INSTRUCTIONS_ONLY not in lines

    # Fewer instructions, not faster in time on the visible tests: the baseline is written.
    fake_timing.set(o0, 1.0, short=1.2)  # ahead by the short protocol, not by the full one
    slow = run(o0)
    assert not slow.kept and slow.best_final is None and slow.outcome.unconfirmed
    assert slow.answer.asm == inputs.task.baseline.asm and slow.final.identical
    assert slow.reason.startswith("no candidate's gain was confirmed in time on the visible tests (1 timed; "
                                  "best: instructions ")
    lines = report(slow, timing=True)
    assert lines[-1] == f"result: no change, the output is the baseline ({slow.reason})"
    assert any(line.startswith("timed on the visible tests (round 1, sample 1): ")
               and line.endswith("wall 1.000x [0.900, 1.100]: not confirmed") for line in lines)
    rec = record(slow, PolicySpec("offline"), "best_of_n", Budget(samples=1), tmp_path / "slow.s")
    assert rec["kept"] is False and rec["outcome"]["confirmations"][0]["confirmed"] is False

    # Confirmed on the visible tests, not on all of them: not written either.
    fake_timing.set(o0, lambda timed: 1.0 if hidden_inputs & set(timed) else 2.0)
    split = run(o0)
    assert not split.kept and split.best_final is not None and split.best_final.verdict == "AC"
    assert not split.best_final.significant and split.answer.asm == inputs.task.baseline.asm
    assert split.reason.startswith("the best candidate's gain is not confirmed in time on all tests "
                                   "(wall 1.000x [0.900, 1.100], p=0.5000; instructions ")
    assert "confirmed faster in time: no" in report(split, timing=True)

    # Untimed (--no-timing): the best by instructions is written, labelled as instructions only.
    calls = len(fake_timing.calls)
    untimed = run(o0, EvalConfig(timing=False))
    assert len(fake_timing.calls) == calls  # nothing was timed
    assert untimed.kept and untimed.final.instr_gain and not untimed.final.significant
    assert untimed.answer.asm == o0 and untimed.outcome.confirmations == []
    lines = report(untimed, timing=False)
    assert INSTRUCTIONS_ONLY in lines and "confirmed faster in time: yes" not in lines
    assert not any(line.startswith(("wall speedup", "timed on the visible tests")) for line in lines)
    assert lines[-1] == "result: fewer instructions, correct on all tests; instructions only: not confirmed in time"


def test_optimize_assembly_input_with_a_fake_server(tmp_path: Path, gcc_asm) -> None:
    # Heavy enough (the loop ~20 ms, the closed form ~1 ms) that real timing confirms the gain
    # on a loaded machine: the command times by default.
    folder = _mod7_files(tmp_path / "mod7", visible=(1000, 8_000_000, 10_000_000),
                         hidden=(12_000_000, 9_000_000))
    prog = tmp_path / "mod7.s"
    prog.write_text(gcc_asm(LOOP))
    faster = gcc_asm(CLOSED)
    args = ("optimize", str(prog), "--tests", str(folder), "--policy", "llm", "--model", "m",
            "--strategy", "best_of_n", "--samples", "1")
    with FakeOpenAI(["Sure.\n" + fenced(faster)]) as srv:
        proc = asmopt(*args, "--base-url", srv.base_url, "-o", str(tmp_path / "out" / "fast.s"))
        prompt_text = srv.requests[0]["messages"][0]["content"]
    assert proc.returncode == 0, proc.stderr
    assert "C source is not available" in prompt_text and "```c" not in prompt_text
    assert prog.read_text() in prompt_text
    assert (tmp_path / "out" / "fast.s").read_text().strip() == faster.strip()
    rec = json.loads((tmp_path / "out" / "fast.json").read_text())
    assert rec["kept"] is True and rec["policy"] == "llm" and "api_key" not in rec["options"]
    assert rec["final"]["verdict"] == "AC" and rec["final"]["tests_total"] == 5
    assert rec["final"]["meta"]["completion_tokens"] == len(fenced(faster).split()) + 1
    assert "verdict on all tests: AC (5/5 passed; 3 visible, 2 hidden)" in proc.stdout
    speed = float(proc.stdout.split("instruction speedup (a diagnostic, not speed): ")[1].split("x")[0])
    assert speed == pytest.approx(rec["final"]["instr_base"] / rec["final"]["instr_cand"], rel=1e-3) and speed > 2
    # Time is the truth: confirmed on the visible tests, then on all (heavy) tests.
    assert rec["final"]["significant"] and rec["final"]["wall_p_value"] < 0.05
    assert "timed on the visible tests (round 1, sample 1): " in proc.stdout
    assert ": confirmed\n" in proc.stdout
    wall = rec["final"]["speedup_wall"]
    lo, hi = rec["final"]["speedup_wall_ci"]
    assert 1 < lo <= wall <= hi
    assert f"wall speedup on {', '.join(rec['final']['timed_tests'])}: wall {wall:.3f}x [{lo:.3f}, {hi:.3f}], p=" \
        in proc.stdout
    assert len(rec["final"]["timed_tests"]) == 4  # the 1000 test is start-up only: not timed
    assert "confirmed faster in time: yes" in proc.stdout and INSTRUCTIONS_ONLY not in proc.stdout
    assert "changed: main" in proc.stdout
    assert "result: a faster program (confirmed in measured time), correct on all tests" in proc.stdout
    # --no-timing: the same answer, written as fewer instructions, nothing claimed in time.
    with FakeOpenAI(["Sure.\n" + fenced(faster)]) as srv:
        untimed = asmopt(*args, "--no-timing", "--base-url", srv.base_url, "-o", str(tmp_path / "out" / "few.s"))
    assert untimed.returncode == 0, untimed.stderr
    assert (tmp_path / "out" / "few.s").read_text().strip() == faster.strip()
    few = json.loads((tmp_path / "out" / "few.json").read_text())
    assert few["kept"] is True and few["final"]["instr_gain"] and not few["final"]["significant"]
    assert few["final"]["speedup_wall"] is None
    assert INSTRUCTIONS_ONLY in untimed.stdout and "confirmed faster in time" not in untimed.stdout
    assert "wall speedup" not in untimed.stdout and "timed on the visible tests" not in untimed.stdout
    assert "result: fewer instructions, correct on all tests; instructions only: not confirmed in time" \
        in untimed.stdout


def test_generation_for_eval_marks_one_answer_per_task(tmp_path: Path, gcc_asm, fake_timing) -> None:
    # Heavy enough that the task's ceiling is clearly above the noise (a search is not skipped).
    folder = _mod7_files(tmp_path / "mod7", visible=(1000, 3_000_000), hidden=(3_500_000,))
    task = datasets.load(str(folder)).tasks["mod7"]
    faster = gcc_asm(CLOSED)
    fake_timing.set(faster, 2.0)  # generation confirms the answer in time on the visible tests
    with FakeOpenAI(["no idea", fenced(faster)]) as srv:
        policy = PolicySpec("llm", LLMConfig(model="m", base_url=srv.base_url, max_concurrency=1))
        best = generate_for_task(GenerationSpec(policy, "best_of_n", Budget(samples=2)), task)
        single = generate_for_task(GenerationSpec(policy, "single", Budget(samples=1)), task)
    assert [c.meta["visible_verdict"] for c in best] == ["CE", "AC"]
    assert [c.meta["selected"] for c in best] == [False, True] and best[1].asm.strip() == faster.strip()
    assert best[1].meta["search_completion_tokens"] == 2 + len(fenced(faster).split())
    # single: the sample is the answer as it is (the paper's protocol), not judged here.
    assert len(single) == 1 and single[0].meta["selected"] and "visible_verdict" not in single[0].meta
    with FakeOpenAI(["no idea"]) as srv:
        policy = PolicySpec("llm", LLMConfig(model="m", base_url=srv.base_url))
        nothing = generate_for_task(GenerationSpec(policy, "best_of_n", Budget(samples=1)), task)
    assert [c.meta.get("no_change", False) for c in nothing] == [False, True]
    from asmopt import toolchain

    assert nothing[-1].asm == toolchain.with_baseline(task).baseline.asm and nothing[-1].meta["policy"] == "baseline"
    assert "unconfirmed" not in nothing[-1].meta and "confirmations" not in nothing[-1].meta  # nothing to time
    # Fewer instructions but not faster in time: the baseline is the answer, and says why.
    fake_timing.set(faster, 1.0, short=1.2)
    with FakeOpenAI([fenced(faster)]) as srv:
        policy = PolicySpec("llm", LLMConfig(model="m", base_url=srv.base_url))
        slow = generate_for_task(GenerationSpec(policy, "best_of_n", Budget(samples=1)), task)
    assert [c.meta["selected"] for c in slow] == [False, True] and slow[0].meta["visible_verdict"] == "AC"
    assert slow[1].meta["no_change"] and slow[1].meta["unconfirmed"] is True
    assert [c["confirmed"] for c in slow[1].meta["confirmations"]] == [False]


@pytest.mark.slow
def test_eval_with_a_policy_generates_judges_and_resumes(tmp_path: Path, gcc_asm) -> None:
    data = tmp_path / "data"
    # Heavy enough that real timing confirms the closed form's gain (the command times by default).
    _mod7_files(data / "mod7", visible=(1000, 10_000_000), hidden=(12_000_000,))
    (data / "mod5" / "tests").mkdir(parents=True)
    (data / "mod5" / "hidden").mkdir()
    (data / "mod5" / "prog.c").write_text(MOD5)
    for sub, n in (("tests", 10_000_000), ("hidden", 12_000_000)):
        (data / "mod5" / sub / "t.in").write_text(f"{n}\n")
        (data / "mod5" / sub / "t.out").write_bytes(expected_mod5(n))
    faster = gcc_asm(CLOSED)

    def reply(body: dict) -> str:  # the faster program for mod7, nothing useful for mod5
        return fenced(faster) if "i % 7" in body["messages"][0]["content"] else "no idea"

    out = tmp_path / "res" / "results.jsonl"
    args = ("eval", "--dataset", str(data), "--out", str(out), "--policy", "llm", "--model", "m",
            "--strategy", "best_of_n", "--samples", "2", "--judge-all", "-j", "2")
    with FakeOpenAI([reply]) as srv:
        proc = asmopt(*args, "--base-url", srv.base_url)
        assert proc.returncode == 0, proc.stderr
        assert srv.count == 4  # 2 samples x 2 tasks
        again = asmopt(*args, "--base-url", srv.base_url)
        assert again.returncode == 0 and srv.count == 4  # resumed: no new request, nothing judged twice
    assert "already there" in again.stderr
    cands = [json.loads(x) for x in (tmp_path / "res" / "results.candidates.jsonl").read_text().splitlines()]
    # 2 samples per task, plus the baseline as mod5's answer (nothing beat it).
    assert len(cands) == 5 and sum(c["selected"] for c in cands) == 2
    results = {r["task_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert results["mod7"]["verdict"] == "AC" and results["mod7"]["significant"]
    assert results["mod7"]["wall_p_value"] is not None and results["mod7"]["speedup_wall"] > 1.0
    mod7 = next(c for c in cands if c["task_id"] == "mod7" and c["selected"])
    assert mod7["asm"].strip() == faster.strip() and not mod7.get("no_change")
    assert "instructions only" not in proc.stderr
    assert results["mod7"]["tests_total"] == 3 and results["mod7"]["meta"]["search_completion_tokens"] > 0
    assert results["mod5"]["identical"] and results["mod5"]["meta"]["no_change"]
    every = [json.loads(x) for x in (tmp_path / "res" / "results.all.jsonl").read_text().splitlines()]
    assert len(every) == 5 and {r["meta"]["sample"] for r in every if r["meta"].get("policy") == "llm"} == {1, 2}
    assert sorted(r["verdict"] for r in every) == ["AC", "AC", "AC", "CE", "CE"]
    # Other settings on the same --out are refused rather than mixed.
    with FakeOpenAI([reply]) as srv:
        other = asmopt(*args[:-5], "--strategy", "refine", "--base-url", srv.base_url)
    assert other.returncode == 2 and "other policy settings" in other.stderr
