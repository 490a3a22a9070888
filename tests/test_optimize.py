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
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.optimize import (
    GenerationSpec,
    PolicySpec,
    diff_summary,
    generate_for_task,
    hidden_names,
    make_task,
    optimize,
    parse_budget,
    read_tests,
    record,
    write,
)
from asmopt.policies.llm import LLMConfig
from asmopt.strategies import Budget

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


def _mod7_files(folder: Path, visible=(1000, 999_999, 1_000_000), hidden=(2_000_000, 1_600_000)) -> Path:
    """A task folder (prog.c, tests/, hidden/) for the mod-7 loop of test_strategies."""
    (folder).mkdir(parents=True, exist_ok=True)
    (folder / "prog.c").write_text(LOOP)
    for sub, ns in (("tests", visible), ("hidden", hidden)):
        (folder / sub).mkdir()
        for n in ns:
            (folder / sub / f"n{n}.in").write_text(f"{n}\n")
            (folder / sub / f"n{n}.out").write_bytes(expected(n))
    return folder


ADD = "#include <stdio.h>\nint main(void) { long a, b; if (scanf(\"%ld %ld\", &a, &b) != 2) return 1; " \
      "printf(\"%ld\\n\", a + b); return 0; }\n"


def test_a_candidate_wrong_on_hidden_tests_is_not_written(tmp_path: Path, gcc_asm) -> None:
    folder = _mod7_files(tmp_path / "mod7")
    inputs = make_task(folder / "prog.c", folder)
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


def test_optimize_assembly_input_with_a_fake_server(tmp_path: Path, gcc_asm) -> None:
    folder = _mod7_files(tmp_path / "mod7", visible=(1000, 150_000, 200_000), hidden=(300_000, 250_000))
    prog = tmp_path / "mod7.s"
    prog.write_text(gcc_asm(LOOP))
    faster = gcc_asm(CLOSED)
    with FakeOpenAI(["Sure.\n" + fenced(faster)]) as srv:
        proc = asmopt("optimize", str(prog), "--tests", str(folder), "--policy", "llm", "--model", "m",
                      "--base-url", srv.base_url, "--strategy", "best_of_n", "--samples", "1",
                      "-o", str(tmp_path / "out" / "fast.s"))
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
    speed = float(proc.stdout.split("instruction speedup: ")[1].split("x")[0])
    assert speed == pytest.approx(rec["final"]["instr_base"] / rec["final"]["instr_cand"], rel=1e-3) and speed > 2
    assert "changed: main" in proc.stdout and "result: a faster program" in proc.stdout


def test_generation_for_eval_marks_one_answer_per_task(tmp_path: Path, gcc_asm) -> None:
    folder = _mod7_files(tmp_path / "mod7", visible=(1000, 200_000), hidden=(300_000,))
    task = datasets.load(str(folder)).tasks["mod7"]
    faster = gcc_asm(CLOSED)
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


@pytest.mark.slow
def test_eval_with_a_policy_generates_judges_and_resumes(tmp_path: Path, gcc_asm) -> None:
    data = tmp_path / "data"
    _mod7_files(data / "mod7", visible=(1000, 200_000), hidden=(300_000,))
    (data / "add" / "tests").mkdir(parents=True)
    (data / "add" / "hidden").mkdir()
    (data / "add" / "prog.c").write_text(ADD)
    for sub, (a, b) in (("tests", (1, 2)), ("hidden", (40, 2))):
        (data / "add" / sub / "t.in").write_text(f"{a} {b}\n")
        (data / "add" / sub / "t.out").write_text(f"{a + b}\n")
    faster = gcc_asm(CLOSED)

    def reply(body: dict) -> str:  # the faster program for mod7, nothing useful for add
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
    # 2 samples per task, plus the baseline as add's answer (nothing beat it).
    assert len(cands) == 5 and sum(c["selected"] for c in cands) == 2
    results = {r["task_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert results["mod7"]["verdict"] == "AC" and results["mod7"]["significant"]
    assert results["mod7"]["tests_total"] == 3 and results["mod7"]["meta"]["search_completion_tokens"] > 0
    assert results["add"]["identical"] and results["add"]["meta"]["no_change"]
    every = [json.loads(x) for x in (tmp_path / "res" / "results.all.jsonl").read_text().splitlines()]
    assert len(every) == 5 and {r["meta"]["sample"] for r in every if r["meta"].get("policy") == "llm"} == {1, 2}
    assert sorted(r["verdict"] for r in every) == ["AC", "AC", "AC", "CE", "CE"]
    # Other settings on the same --out are refused rather than mixed.
    with FakeOpenAI([reply]) as srv:
        other = asmopt(*args[:-5], "--strategy", "refine", "--base-url", srv.base_url)
    assert other.returncode == 2 and "other policy settings" in other.stderr
