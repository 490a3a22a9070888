"""End to end on the example dataset: every shipped candidate gets its expected verdict."""

from __future__ import annotations

import dataclasses

import json
import re
from pathlib import Path

import pytest

from asmopt import datasets, toolchain
from asmopt.batch import run_batch
from asmopt.candidate import Candidate
from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig, evaluate, prepare
from asmopt.measure import callgrind
from asmopt.sandbox import Limits

CANDIDATES = [json.loads(line) for line in BUILTIN_CANDIDATES["examples"].read_text().splitlines()]
FAST = EvalConfig(limits=Limits(wall_s=2.0, cpu_s=2.0))


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[int, dict]:
    out = tmp_path_factory.mktemp("eval") / "results.jsonl"
    report = run_batch("examples", BUILTIN_CANDIDATES["examples"], out, FAST, jobs=2)
    assert report.errors == []
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return {r["index"]: r for r in records}


@pytest.mark.parametrize("index", range(1, len(CANDIDATES) + 1),
                         ids=[f"{c['task_id']}-{c['label']}" for c in CANDIDATES])
def test_shipped_candidate_gets_expected_verdict(results, index):
    expected = CANDIDATES[index - 1]
    got = results[index]
    assert got["verdict"] == expected["expect"], got["message"]
    assert got["meta"]["label"] == expected["label"]  # free metadata is carried through
    if expected["label"] == "baseline":
        assert got["identical"] and got["speedup_instr"] == 1.0 and not got["significant"]
    if expected["label"] == "faster":
        assert not got["identical"]
        assert got["speedup_instr"] > 1.2 and got["significant"]
        assert got["instr_cand"] < got["instr_base"]
        assert all(t["instr_cand"] is not None for t in got["tests"])
    if expected["expect"] == "CE":
        assert re.search(r"Error: .*operands", got["message"]), got["message"]
        assert "/box/" not in got["message"]
    if expected["expect"] != "AC":
        assert got["speedup_instr"] is None and not got["significant"]


def test_results_count_every_test(results):
    for r in results.values():
        if r["verdict"] != "CE":
            assert r["tests_total"] == 10 and len(r["tests"]) == 10
            assert r["tests_total_visible"] == 5
    wrong = next(r for r in results.values() if r["meta"]["label"] == "wrong")
    assert 0 < wrong["tests_passed"] < wrong["tests_total"]


def test_instruction_count_is_repeatable():
    task = datasets.load("examples").tasks["popcount_sum"]
    binary = toolchain.build(task.baseline.asm).binary
    test = task.tests[-1]
    first = callgrind.count(binary, test.input)
    second = callgrind.count(binary, test.input)
    assert first.ok and first.instructions > 1_000_000
    assert first.instructions == second.instructions


def _task_with_tests(n: int):
    base = datasets.load("examples").tasks["popcount_sum"]
    tests = tuple(base.tests[i % len(base.tests)] for i in range(n))
    from dataclasses import replace

    from asmopt.task import Test

    return replace(base, id="many", tests=tuple(Test(f"t{i}", t.input, t.output, t.hidden) for i, t in enumerate(tests)))


def _slower(asm: str) -> str:
    """The baseline with a useless 200k-iteration loop at the start of main."""
    return asm.replace("main:\n", "main:\n\tmovl $200000, %r11d\n.Lwaste:\n\tdecl %r11d\n\tjnz .Lwaste\n", 1)


def test_paper_metric_uses_first_ten_tests_and_clips():
    task = _task_with_tests(12)
    paper = EvalConfig(metric="paper", limits=FAST.limits)
    strict = FAST
    slower = Candidate(task.id, _slower(task.baseline.asm))
    r_paper = evaluate(prepare(task, paper), slower, paper)
    r_strict = evaluate(prepare(task, strict), slower, strict)
    assert r_paper.verdict == r_strict.verdict == "AC"
    assert r_paper.tests_total == 10 and r_strict.tests_total == 12
    assert r_strict.speedup_instr < 1.0  # reported, not clipped
    assert r_paper.speedup_instr == 1.0  # the paper clips each test at 1
    assert not r_paper.significant and not r_strict.significant


def test_timing_measures_a_real_gain():
    # collatz_max's faster candidate has the largest wall-time gain (~2x), so the
    # check holds even on a loaded machine.
    task = datasets.load("examples").tasks["collatz_max"]
    faster = next(c for c in CANDIDATES if c["task_id"] == task.id and c["label"] == "faster")
    cfg = EvalConfig(limits=FAST.limits, timing=True)
    result = evaluate(prepare(task, cfg), Candidate(task.id, faster["asm"]), cfg)
    assert result.verdict == "AC"
    assert result.speedup_wall is not None and result.speedup_wall > 1.0
    lo, hi = result.speedup_wall_ci
    assert lo <= result.speedup_wall <= hi
    assert 0.0 <= result.wall_p_value <= 1.0
    assert result.floor_wall_s is not None and result.floor_wall_s > 0


def _under_valgrind(asm: str, action: str) -> str:
    """The baseline, changed to do `action` first when valgrind's preload is in the environment."""
    return asm.replace("main:\n", f"""main:
\tpushq %rbx
\tleaq .Lvgname(%rip), %rdi
\tcall getenv@PLT
\ttestq %rax, %rax
\tpopq %rbx
\tje .Lnative
{action}
.Lnative:
""", 1) + '\t.section .rodata\n.Lvgname:\n\t.string "LD_PRELOAD"\n.Lcheap:\n\t.string "0"\n'


def test_program_that_answers_differently_under_valgrind_is_wrong():
    task = datasets.load("examples").tasks["popcount_sum"]
    cheat = _under_valgrind(task.baseline.asm, "\tleaq .Lcheap(%rip), %rdi\n\tcall puts@PLT\n\txorl %eax, %eax\n\tret")
    result = evaluate(prepare(task, FAST), Candidate(task.id, cheat), FAST)
    assert result.verdict == "WA"
    assert "under measurement" in result.message
    assert result.tests_passed == result.tests_total - 1
    assert not result.significant


def test_program_that_crashes_only_under_valgrind_gets_no_count_gain_and_no_wrong_verdict():
    # Untimed: what is checked is the count's failure, not time. Timed, this program (the baseline plus
    # a getenv check) may genuinely run at another speed (its hot loop moves), so "no gain" cannot be asserted.
    untimed = dataclasses.replace(FAST, timing=False)
    task = datasets.load("examples").tasks["popcount_sum"]
    crash = _under_valgrind(task.baseline.asm, "\tmovl $0, (0)")
    result = evaluate(prepare(task, untimed), Candidate(task.id, crash), untimed)
    assert result.verdict == "AC"
    assert "under valgrind" in result.measure_error
    assert result.speedup_instr is None and not result.instr_gain and not result.significant


def test_avx512_candidate_is_not_called_wrong_when_valgrind_cannot_count():
    # valgrind 3.19 cannot decode AVX-512: a measuring failure, never a wrong verdict.
    task = datasets.load("examples").tasks["popcount_sum"]
    asm = task.baseline.asm.replace("main:\n", "main:\n\tvpxord %zmm16, %zmm16, %zmm16\n", 1)
    if "avx512f" not in Path("/proc/cpuinfo").read_text():
        pytest.skip("this CPU has no AVX-512, so the candidate cannot run natively")
    result = evaluate(prepare(task, FAST), Candidate(task.id, asm), FAST)
    assert result.verdict == "AC"
    assert result.measure_error and "decode" in result.measure_error
    assert result.speedup_instr is None and not result.instr_gain
    # Time is still measured (the count is a diagnostic): one more instruction is no gain.
    assert result.speedup_wall is not None and result.timed_tests and not result.significant


def _named(*names: str):
    from asmopt.task import Test

    return tuple(Test(n, b"", b"") for n in names)


def test_timed_tests_prefer_stress_then_own_work_then_all():
    from asmopt.evaluate import timed_tests

    tests = _named("tests/small", "tests/stress_00", "hidden/edge", "hidden/stress_01")
    # The dataset's stress tests, whatever the times say.
    assert timed_tests(tests, [0.05, 0.001, 0.05, 0.001], 0.001) == (1, 3)
    plain = _named("a", "b", "c")
    # Otherwise tests taking at least 3x an empty program's wall time.
    assert timed_tests(plain, [0.0015, 0.004, 0.0031], 0.001) == (1, 2)
    # Start-up dominated everywhere (or no floor measured): all tests.
    assert timed_tests(plain, [0.0011, 0.0012, 0.0013], 0.001) == (0, 1, 2)
    assert timed_tests(plain, [0.1, 0.2, 0.3], None) == (0, 1, 2)


def test_examples_time_their_stress_tests():
    task = datasets.load("examples").tasks["popcount_sum"]
    prep = prepare(task, FAST)
    assert [prep.tests[i].name for i in prep.timed] == [t.name for t in task.tests if "stress" in t.name]
    assert prep.floor_wall_s is not None and prep.floor_wall_s > 0


def test_without_timing_fewer_instructions_claim_nothing():
    task = datasets.load("examples").tasks["popcount_sum"]
    faster = next(c for c in CANDIDATES if c["task_id"] == task.id and c["label"] == "faster")
    cfg = EvalConfig(limits=FAST.limits, timing=False)
    result = evaluate(prepare(task, cfg), Candidate(task.id, faster["asm"]), cfg)
    assert result.verdict == "AC" and result.speedup_instr > 2.0
    assert result.instr_gain  # the diagnostic sees the drop...
    assert not result.significant  # ...but nothing untimed is called faster
    assert result.speedup_wall is None and result.timed_tests == []


def test_eval_no_timing_says_instructions_only(tmp_path):
    import subprocess
    import sys

    from asmopt.report.metrics import INSTRUCTIONS_ONLY

    cands = tmp_path / "c.jsonl"
    cands.write_text("".join(json.dumps(c) + "\n" for c in CANDIDATES if c["task_id"] == "popcount_sum"))
    out = tmp_path / "r.jsonl"
    run = subprocess.run([sys.executable, "-m", "asmopt", "eval", "--candidates", str(cands), "--out", str(out),
                          "--no-timing", "-j", "2"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert INSTRUCTIONS_ONLY in run.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert any(r["instr_gain"] for r in records) and not any(r["significant"] for r in records)
    summary = subprocess.run([sys.executable, "-m", "asmopt", "summary", str(out)], capture_output=True, text=True)
    assert summary.returncode == 0 and INSTRUCTIONS_ONLY in summary.stdout


def test_fewest_timed_keeps_the_smallest_inputs_in_order():
    from asmopt.evaluate import fewest_timed
    from asmopt.task import Test

    tests = tuple(Test(f"stress_{i}", b"x" * size, b"") for i, size in enumerate((50, 10, 30, 10)))
    assert fewest_timed(tests, (0, 1, 2, 3), None) == (0, 1, 2, 3)
    assert fewest_timed(tests, (0, 1, 2, 3), 1) == (1,)  # the smallest; the first of a tie
    assert fewest_timed(tests, (0, 1, 2, 3), 3) == (1, 2, 3)  # in their own order, not by size
    assert fewest_timed(tests, (0, 2), 5) == (0, 2)
    with pytest.raises(AsmoptError, match="max_timed_tests"):
        EvalConfig(max_timed_tests=0)


def test_timing_at_several_code_placements():
    """With placements, the baseline and the candidate are built and timed at each of them: a real
    gain still shows; a program that cannot be placed elsewhere gets a measure error, no claim."""
    from asmopt.layout import _PAD_LABEL
    from asmopt.measure.timing import TimingConfig

    task = datasets.load("examples").tasks["collatz_max"]
    faster = next(c for c in CANDIDATES if c["task_id"] == task.id and c["label"] == "faster")
    cfg = EvalConfig(limits=FAST.limits, instructions=False, timing_cfg=TimingConfig(rounds=5, placements=2))
    prep = prepare(task, cfg)
    result = evaluate(prep, Candidate(task.id, faster["asm"]), cfg)
    assert result.verdict == "AC" and result.measure_error is None
    assert result.meta["timing_placements"] == 2
    assert result.speedup_wall is not None and result.speedup_wall > 1.0
    # The pad's label taken by the program itself: it builds as written, not shifted.
    squatter = faster["asm"] + f"\t.text\n{_PAD_LABEL}:\n\tret\n"
    broken = evaluate(prep, Candidate(task.id, squatter), cfg)
    assert broken.verdict == "AC" and not broken.significant and broken.speedup_wall is None
    assert broken.measure_error and "timing:" in broken.measure_error and "does not build" in broken.measure_error
    with pytest.raises(AsmoptError, match="placements must be one of"):
        EvalConfig(timing_cfg=TimingConfig(placements=3))
