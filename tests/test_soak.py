"""The soak benchmark on a small scale: hostile candidates leave nothing behind.

`asmopt.bench.soak` judges good, bad and hostile candidates in batches and
counts what is left afterwards. Here it runs 60 of them (every hostile kind at
least once) and must leak nothing; the leak detectors themselves are checked
to see what they claim to see.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import tempfile
import threading
import time

import pytest
from rich.console import Console

from asmopt import datasets
from asmopt.bench import soak as soak_module
from asmopt.bench.soak import HOSTILE, soak
from asmopt.candidate import Candidate
from asmopt.evaluate import EvalConfig, evaluate, prepare
from asmopt.sandbox import NOBODY, Limits, execute


@pytest.fixture(scope="module")
def figures():
    # A private temporary folder: other asmopt runs on the same machine must not
    # count as this soak's leaks (the detectors glob the temporary folder).
    private = tempfile.mkdtemp(prefix="asmopt-soak-test-")
    os.chmod(private, 0o755)
    saved = tempfile.tempdir
    tempfile.tempdir = private
    try:
        console = Console(file=io.StringIO(), width=120)
        fig = soak(60, 2, console)
    finally:
        tempfile.tempdir = saved
    fig["printed"] = console.file.getvalue()
    leftovers = os.listdir(private)
    fig["private_leftovers"] = leftovers
    os.rmdir(private) if not leftovers else None
    return fig


def test_small_soak_leaks_nothing(figures):
    assert figures["leaked"] == 0, (figures["leaks"], figures["leaked_names"])
    assert figures["private_leftovers"] == []
    assert figures["fds_end"] == figures["fds_warm"]
    assert figures["memory_flat"], figures["rss_peak_growth_kib"]
    assert figures["passed"] and "PASS" in figures["printed"] and "leaked objects" in figures["printed"]


def test_small_soak_judges_every_candidate_as_its_kind_allows(figures):
    assert figures["missing"] == 0 and figures["errors"] == [], figures["errors"]
    assert figures["unexpected"] == [], figures["unexpected"]
    verdicts = figures["verdicts"]
    assert sum(sum(v.values()) for v in verdicts.values()) == 60
    # Every hostile kind ran, and none passed.
    for kind, (_, allowed, _) in HOSTILE.items():
        assert kind in verdicts, kind
        assert "AC" not in verdicts[kind] and set(verdicts[kind]) <= allowed, (kind, verdicts[kind])
    # The one hostile program that really prints the answer (and leaves a sleeper behind) is AC.
    assert set(verdicts["orphan_then_answer"]) == {"AC"}
    assert set(verdicts["baseline"]) == {"AC"}
    # The shipped candidates keep their verdicts under the soak's 1 s limits.
    shipped = {c["label"]: c["expect"] for c in map(json.loads, (datasets.BUILTIN["examples"] / "candidates.jsonl")
                                                        .read_text().splitlines())}
    for label, expect in shipped.items():
        assert set(verdicts[f"shipped_{label}"]) == {expect}, label


def test_harness_still_works_after_the_soak(figures):
    assert figures["harness_ok_after"]
    # A full evaluation with callgrind, in this process, after all that.
    shipped = [json.loads(line) for line in (datasets.BUILTIN["examples"] / "candidates.jsonl").read_text().splitlines()]
    faster = next(c for c in shipped if c["label"] == "faster" and c["task_id"] == "popcount_sum")
    cfg = EvalConfig(limits=Limits(wall_s=2.0, cpu_s=2.0))
    prep = prepare(datasets.load("examples").tasks["popcount_sum"], cfg)
    result = evaluate(prep, Candidate("popcount_sum", faster["asm"]), cfg)
    assert result.verdict == "AC" and result.speedup_instr > 2 and result.significant


def test_plan_covers_every_kind_first_and_rations_the_slow_ones():
    ds = datasets.load("examples")
    tasks = list(ds.tasks.values())
    shipped = [json.loads(line) for line in (datasets.BUILTIN["examples"] / "candidates.jsonl").read_text().splitlines()]
    every, _fast, slow = soak_module._soak_kinds(tasks, shipped)
    plan = soak_module._soak_plan(tasks, shipped, 2000)
    assert len(plan) == 2000 and plan[: len(every)] == every
    assert {i.kind for i in plan[:60]} >= set(HOSTILE)
    slow_share = sum(i in slow for i in plan[len(every):]) / (2000 - len(every))
    assert 0.03 < slow_share < 0.05


def test_leak_detectors_see_what_they_count(tmp_path):
    # A child of ours.
    before = soak_module._descendants(soak_module._processes(), os.getpid())
    child = subprocess.Popen(["sleep", "30"])
    try:
        seen = soak_module._descendants(soak_module._processes(), os.getpid()) - before
        assert child.pid in {pid for pid, _ in seen}
    finally:
        child.kill()
        child.wait()
    # A temporary directory of the kind the sandbox and toolchain make.
    before_dirs = soak_module._temp_dirs()
    made = tempfile.mkdtemp(prefix="asmopt-run-")
    try:
        assert soak_module._temp_dirs() - before_dirs == {os.path.basename(made)}
    finally:
        os.rmdir(made)
    # A staging directory of a process that is gone.
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tempfile.mkdtemp(prefix=f"asmopt-stage-{dead.pid}-")
    try:
        assert os.path.basename(stale) in soak_module._stale_staging()
    finally:
        os.rmdir(stale)
    # A sandbox of ours is told from other runs' sandboxes by its owner's staging directory.
    since = soak_module._boot_ticks_now() - 1
    runner = threading.Thread(target=execute, args=(["/usr/bin/sleep", "3"],), kwargs={"limits": Limits(wall_s=5)})
    runner.start()
    try:
        time.sleep(1.0)
        procs = soak_module._processes()
        ours = soak_module._sandbox_processes(procs, since, {os.getpid()})
        assert len(ours) >= 2  # bwrap, the shim, sleep
        assert not ours & soak_module._sandbox_processes(procs, since, {dead.pid})
    finally:
        runner.join()
    # A process of the sandbox user (needs root to become nobody).
    if os.geteuid() == 0:
        since = soak_module._boot_ticks_now() - 1
        nobody = subprocess.Popen(["/usr/bin/setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
                                   "--clear-groups", "--", "sleep", "30"])
        try:
            time.sleep(0.2)
            assert nobody.pid in {pid for pid, _ in soak_module._sandbox_processes(soak_module._processes(), since)}
        finally:
            nobody.kill()
            nobody.wait()
