"""The command line as a user meets it: bad input gives one line, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from asmopt import datasets
from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.report.metrics import INSTRUCTIONS_ONLY

EXAMPLES = datasets.BUILTIN["examples"]


def asmopt(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "asmopt", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, env=os.environ.copy())


def error_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("error:")]


def assert_clean_failure(proc: subprocess.CompletedProcess) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert error_lines(proc), proc.stderr


def good_candidate(task_id: str = "popcount_sum") -> dict:
    return {"task_id": task_id, "asm": (EXAMPLES / task_id / "baseline.s").read_text()}


def test_missing_candidates_file(tmp_path):
    proc = asmopt("eval", "--candidates", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "r.jsonl"))
    assert_clean_failure(proc)
    assert "nope.jsonl" in error_lines(proc)[0]


def test_candidates_path_is_a_directory(tmp_path):
    proc = asmopt("eval", "--candidates", str(tmp_path), "--out", str(tmp_path / "r.jsonl"))
    assert_clean_failure(proc)


def test_missing_dataset(tmp_path):
    proc = asmopt("eval", "--dataset", str(tmp_path / "none"), "--out", str(tmp_path / "r.jsonl"))
    assert_clean_failure(proc)
    assert "not found" in error_lines(proc)[0]


def test_bad_records_are_reported_and_the_rest_evaluated(tmp_path):
    cands = tmp_path / "cands.jsonl"
    with open(cands, "wb") as f:
        f.write(b"{not json\n")  # line 1: malformed
        f.write(b'{"task_id": "popcount_sum", "asm": "\xff\xfe"}\n')  # line 2: not UTF-8
        f.write(json.dumps({"task_id": "popcount_sum", "asm": "   \n"}).encode() + b"\n")  # 3: empty
        f.write(json.dumps({"task_id": "popcount_sum", "asm": "x" * (10 << 20)}).encode() + b"\n")  # 4: 10 MB
        f.write(json.dumps({"task_id": "no_such_task", "asm": "main:"}).encode() + b"\n")  # 5
        f.write(json.dumps(good_candidate()).encode() + b"\n")  # line 6: fine
        f.write(b"[1, 2]\n")  # line 7: not an object
    out = tmp_path / "r.jsonl"
    proc = asmopt("eval", "--candidates", str(cands), "--out", str(out), "-j", "1")
    assert_clean_failure(proc)
    errors = "\n".join(error_lines(proc))
    for number, words in [(1, "malformed JSON"), (2, "not UTF-8"), (3, "empty assembly"),
                          (4, "over the"), (5, "unknown task id"), (7, "JSON object")]:
        assert f"cands.jsonl:{number}:" in errors and words in errors, (number, errors)
    results = {r["index"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(results) == {3, 6}
    assert results[6]["verdict"] == "AC" and results[6]["identical"]
    assert results[3]["verdict"] == "CE" and results[3]["message"] == "empty assembly"


def test_task_without_tests_is_reported_and_others_evaluated(tmp_path):
    good = json.loads(json.dumps({
        "id": "double", "c_source": '#include <stdio.h>\nint main(){int n;scanf("%d",&n);printf("%d\\n",2*n);}',
        "tests": [{"name": "a", "input": "21\n", "output": "42\n"}]}))
    bad = {"id": "empty", "c_source": "int main(){}", "tests": []}
    data = tmp_path / "tasks.jsonl"
    data.write_text(json.dumps(bad) + "\n" + json.dumps(good) + "\n")
    cands = tmp_path / "c.jsonl"
    cands.write_text(json.dumps({"task_id": "double", "asm": "garbage here"}) + "\n")
    out = tmp_path / "r.jsonl"
    proc = asmopt("eval", "--dataset", str(data), "--candidates", str(cands), "--out", str(out))
    assert_clean_failure(proc)
    assert any("tasks.jsonl:1" in line and "no tests" in line for line in error_lines(proc))
    [result] = map(json.loads, out.read_text().splitlines())
    assert result["task_id"] == "double" and result["verdict"] == "CE"


def test_summary_text_and_json(tmp_path):
    out = tmp_path / "r.jsonl"
    cands = tmp_path / "c.jsonl"
    cands.write_text(json.dumps(good_candidate()) + "\n" + json.dumps({"task_id": "popcount_sum", "asm": "bad"}) + "\n")
    proc = asmopt("eval", "--candidates", str(cands), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "instructions only" not in proc.stderr  # eval times by default
    text = asmopt("summary", str(out))
    assert text.returncode == 0 and "compile rate" in text.stdout and "50.0%" in text.stdout
    assert INSTRUCTIONS_ONLY not in text.stdout  # timed (an identical program times 1.0 without running)
    as_json = json.loads(asmopt("summary", str(out), "--json").stdout)
    assert as_json["n"] == 2 and as_json["compile_rate"] == 0.5 and as_json["no_change"] == 1
    assert as_json["timed"] is True


def test_summary_of_missing_or_empty_file(tmp_path):
    assert_clean_failure(asmopt("summary", str(tmp_path / "none.jsonl")))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert_clean_failure(asmopt("summary", str(empty)))


def test_rerun_resumes_without_duplicates(tmp_path):
    out = tmp_path / "r.jsonl"
    cands = tmp_path / "c.jsonl"
    cands.write_text("\n".join(json.dumps(good_candidate(t)) for t in ("popcount_sum", "word_reverse")) + "\n")
    assert asmopt("eval", "--candidates", str(cands), "--out", str(out), "--no-instructions").returncode == 0
    first = out.read_text()
    # A kill mid-write leaves a partial last line: it is dropped and redone.
    with open(out, "a") as f:
        f.write('{"index": 3, "task_id": "popc')
    again = asmopt("eval", "--candidates", str(cands), "--out", str(out), "--no-instructions")
    assert again.returncode == 0, again.stderr
    assert out.read_text() == first
    assert "2 already there" in again.stderr
    # Other settings with the same --out are refused instead of mixed in.
    mixed = asmopt("eval", "--candidates", str(cands), "--out", str(out))
    assert_clean_failure(mixed)
    assert "different input or settings" in error_lines(mixed)[0]


def test_sigkill_midway_then_resume_equals_uninterrupted_run(tmp_path):
    cands = tmp_path / "c.jsonl"
    lines = [json.loads(line) for line in BUILTIN_CANDIDATES["examples"].read_text().splitlines()]
    lines = [c for c in lines if c["expect"] != "TLE"]
    cands.write_text("".join(json.dumps(c) + "\n" for c in lines))
    args = ["eval", "--candidates", str(cands), "-j", "2", "--time-limit", "2"]
    whole = tmp_path / "whole.jsonl"
    assert asmopt(*args, "--out", str(whole)).returncode == 0
    killed = tmp_path / "killed.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "asmopt", *args, "--out", str(killed)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and (not killed.exists() or killed.read_text().count("\n") < 2):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = killed.read_text().count("\n")
    assert 2 <= partial < len(lines), "the kill should land mid-run"
    assert asmopt(*args, "--out", str(killed)).returncode == 0

    def essentials(path: Path) -> dict:
        recs = [json.loads(line) for line in path.read_text().splitlines()]
        return {r["index"]: (r["verdict"], r["instr_base"], r["instr_cand"], r["tests_passed"]) for r in recs}

    resumed = [json.loads(line)["index"] for line in killed.read_text().splitlines()]
    assert len(resumed) == len(set(resumed)) == len(lines)
    assert essentials(killed) == essentials(whole)


@pytest.mark.parametrize("args", [["eval", "--metric", "fast"], ["eval", "-j", "0x"], ["nonsense"]])
def test_usage_errors(args, tmp_path):
    proc = asmopt(*args, "--out", str(tmp_path / "r.jsonl")) if args[0] == "eval" else asmopt(*args)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr


def test_ctrl_c_keeps_results_and_says_how_to_resume(tmp_path):
    out = tmp_path / "r.jsonl"
    args = [sys.executable, "-m", "asmopt", "eval", "--out", str(out), "--time-limit", "2", "-j", "1"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 1):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "Traceback" not in stderr and "run the same command again to resume" in stderr
    kept = [json.loads(line) for line in out.read_text().splitlines()]  # every line whole
    assert 1 <= len(kept) < 12


def test_eval_split_passes_over_candidates_of_other_splits(tmp_path: Path) -> None:
    """--split test keeps the candidates of test-split tasks and says how many it passed over."""
    test_ids = set(datasets.load("examples", split="test").tasks)
    assert test_ids == {"collatz_max"}  # the hash split of the four example tasks
    out = tmp_path / "r.jsonl"
    proc = subprocess.run([sys.executable, "-m", "asmopt", "eval", "--dataset", "examples", "--candidates", "examples",
                           "--split", "train", "--out", str(out), "--no-instructions", "-j", "2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    judged = {json.loads(line)["task_id"] for line in out.read_text().splitlines()}
    train_ids = set(datasets.load("examples", split="train").tasks)
    assert judged == train_ids and not (judged & test_ids)
    assert "3 candidates outside split 'train' passed over" in proc.stderr
