"""The red-team suite (issue 5): hostile candidates, each judged as it should be.

Every tests/redteam/cases/NAME.s is a candidate for the small task in
tests/redteam/task, with its expected outcome in NAME.expect (see
tests/redteam/README.md): adding a case is adding those two files. All cases
are judged in one batch, as `asmopt eval` would (2 workers, 2 s limits), and
afterwards the harness must be healthy: nothing of the candidates still
running, nobody connected to the port the socket case dials, no temporary
directories left, and the baseline judged and counted exactly as before.

NAME.expect keys: "verdict" (required); "significant" (bool; null where
measured time decides and the hostile part cannot move it); "message" and
"measure_error" (a regex searched in the result's field; null: must be empty);
"host" (a condition of this machine the case's trick depends on, see HOST;
where it does not hold the program acts honestly: AC, not significant);
"known_hole" (a hole this suite found and the harness does not close yet: the
case is an expected failure, strict, so fixing the hole makes the suite say
so and the key is then removed).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from asmopt import datasets, toolchain
from asmopt.batch import run_batch
from asmopt.evaluate import EvalConfig
from asmopt.judge import Verdict, judge_run
from asmopt.measure import callgrind
from asmopt.sandbox import NOBODY, Limits, execute

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "tests" / "redteam"
TASK = HERE / "task"
CASES = sorted(p.stem for p in (HERE / "cases").glob("*.s"))
PORT = 47123  # hard-coded in cases/socket_connect.c
CFG = EvalConfig(limits=Limits(wall_s=2.0, cpu_s=2.0))


def expectation(name: str) -> dict:
    return json.loads((HERE / "cases" / f"{name}.expect").read_text())


def candidate_asm(name: str) -> str:
    """The case's text, with @REPO@ standing for this checkout's absolute path."""
    return (HERE / "cases" / f"{name}.s").read_text().replace("@REPO@", str(REPO))


class _Listener:
    """A server on 127.0.0.1:PORT that records every connection made to it."""

    def __init__(self) -> None:
        self.connections: list[tuple] = []
        self.error: str | None = None  # could not listen (the port is taken): the check is skipped
        self.works = False  # saw the connection it made to itself
        self._stop = threading.Event()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._sock.bind(("127.0.0.1", PORT))
            self._sock.listen(16)
        except OSError as exc:
            self.error = f"cannot listen on 127.0.0.1:{PORT}: {exc}"
            return
        self._sock.settimeout(0.1)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self._self_check()

    def _self_check(self) -> None:
        """Connect once from here: the listener must see it, or it would see nothing."""
        with socket.create_connection(("127.0.0.1", PORT), timeout=3) as conn:
            conn.recv(64)
        deadline = time.monotonic() + 3
        while not self.connections and time.monotonic() < deadline:
            time.sleep(0.01)
        self.works = bool(self.connections)
        self.connections.clear()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, addr = self._sock.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            self.connections.append(addr)
            try:
                conn.sendall(b"the answer is 42\n")
            finally:
                conn.close()

    def close(self) -> None:
        self._stop.set()
        if self.error is None:
            self._thread.join()
        self._sock.close()


def _baseline_health() -> list[tuple[str, int | None]]:
    """The baseline judged natively and counted under callgrind, uncached, on every test."""
    task = datasets.load(str(TASK)).tasks["task"]
    binary = toolchain.build(task.baseline.asm).binary
    assert binary is not None
    outcome = []
    for test in task.tests:
        run = execute(["/box/prog"], stdin=test.input, ro_files={"prog": binary}, limits=CFG.limits)
        verdict, _ = judge_run(run, test.output, CFG.limits, task.checker)
        count = callgrind.count(binary, test.input)
        outcome.append((verdict.value, count.instructions if count.ok and count.stdout == test.output else None))
    return outcome


def _ours(private_tmp: Path) -> list[str]:
    """Processes of uid nobody that belong to this suite's sandboxes (their mounts come
    from its private temporary directory), as 'pid cmdline'. Other suites running on
    the same machine at the same time are not ours."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if proc.stat().st_uid != NOBODY:
                continue
            mounts = (proc / "mountinfo").read_text()
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # gone meanwhile
        if str(private_tmp) in mounts:
            found.append(f"{proc.name} {cmdline.strip()}")
    return found


class _PrivateTmp:
    """A private temporary directory for the batch's workers (forked, they inherit
    tempfile's choice; TMPDIR covers other start methods): sandboxes stage binaries
    and inputs and make their run directories there, which tells this suite's
    processes and leftovers apart from those of anything else running on the machine.
    The main process stages nothing while it is in force."""

    def __enter__(self) -> Path:
        self.path = Path(tempfile.mkdtemp(prefix="asmopt-redteam-"))
        os.chmod(self.path, 0o755)  # the sandbox user reaches the staged files through it
        self.saved = tempfile.tempdir, os.environ.get("TMPDIR")
        tempfile.tempdir = os.environ["TMPDIR"] = str(self.path)
        return self.path

    def __exit__(self, *exc) -> None:
        tempfile.tempdir = self.saved[0]
        if self.saved[1] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = self.saved[1]


def _sleeper(seconds: float) -> None:
    execute(["/bin/sleep", str(seconds)], limits=Limits(wall_s=seconds + 1))


def _detector_works(private_tmp: Path) -> bool:
    """Whether _ours sees a sandboxed process started like the batch's workers start theirs."""
    proc = multiprocessing.get_context("fork").Process(target=_sleeper, args=(5,))
    proc.start()
    try:
        deadline = time.monotonic() + 3
        while not _ours(private_tmp) and time.monotonic() < deadline:
            time.sleep(0.02)
        return bool(_ours(private_tmp))
    finally:
        proc.kill()  # bwrap dies with its parent, and the sandbox with bwrap
        proc.join()
        deadline = time.monotonic() + 3
        while _ours(private_tmp) and time.monotonic() < deadline:
            time.sleep(0.02)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    work = tmp_path_factory.mktemp("redteam")
    cands = work / "candidates.jsonl"
    cands.write_text("".join(json.dumps({"task_id": "task", "asm": candidate_asm(n), "case": n}) + "\n"
                             for n in CASES))
    out = work / "results.jsonl"
    before = _baseline_health()
    listener = _Listener()
    staged_privately = []
    try:
        with _PrivateTmp() as private_tmp:
            detector_works = _detector_works(private_tmp)

            def progress(done: int, total: int) -> None:
                if done:
                    staged_privately.append(any(private_tmp.glob("asmopt-stage-*")))

            start = time.perf_counter()
            report = run_batch(str(TASK), cands, out, CFG, jobs=2, progress=progress)
            seconds = time.perf_counter() - start
        deadline = time.monotonic() + 1.0
        while (left := _ours(private_tmp)) and time.monotonic() < deadline:
            time.sleep(0.05)
        leftover_dirs = sorted(p.name for p in private_tmp.iterdir())
    finally:
        listener.close()
    after = _baseline_health()
    shutil.rmtree(private_tmp, ignore_errors=True)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return SimpleNamespace(results={r["meta"]["case"]: r for r in records}, report=report, seconds=seconds,
                           before=before, after=after, leftover_processes=left, leftover_dirs=leftover_dirs,
                           listener=listener, detector_works=detector_works,
                           staged_privately=bool(staged_privately) and all(staged_privately))


def _params() -> list:
    params = []
    for name in CASES:
        hole = expectation(name).get("known_hole")
        marks = [pytest.mark.xfail(strict=True, reason=f"known hole: {hole}")] if hole else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def _valgrind_cpuid_differs() -> bool:
    """Whether valgrind's emulated CPUID vendor differs from the CPU's (it passes Intel's through)."""
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "v.c"
        src.write_text('#include <cpuid.h>\n#include <stdio.h>\n#include <string.h>\nint main(void){unsigned a,b,c,d;'
                       'char v[13]={0};__cpuid(0,a,b,c,d);memcpy(v,&b,4);memcpy(v+4,&d,4);memcpy(v+8,&c,4);'
                       'puts(v);return 0;}\n')
        subprocess.run(["gcc", str(src), "-o", str(Path(tmp) / "v")], check=True)
        native = subprocess.run([str(Path(tmp) / "v")], capture_output=True, text=True).stdout
        under = subprocess.run(["valgrind", "-q", str(Path(tmp) / "v")], capture_output=True, text=True).stdout
    return native != under


#: Host conditions a case's trick needs (key "host" in NAME.expect).
HOST = {"valgrind_cpuid_differs": _valgrind_cpuid_differs}


def expected_here(name: str) -> dict:
    """The case's expectation on this machine: honest (AC, no gain) where its trick cannot work."""
    exp = expectation(name)
    if "host" in exp and not HOST[exp["host"]]():
        return {"verdict": "AC", "significant": False}
    return exp


def test_every_case_has_an_expectation():
    assert len(CASES) >= 30
    for name in CASES:
        exp = expectation(name)
        assert exp["verdict"] in {v.value for v in Verdict}, name
        assert set(exp) <= {"verdict", "significant", "message", "measure_error", "known_hole", "host"}, name
        assert exp.get("host") in (None, *HOST), name
        if exp["verdict"] == "AC":
            # Not a gain, or (null) a gain only measured time can grant, which the trick cannot touch.
            assert "significant" in exp and exp["significant"] in (False, None), \
                f"{name}: a hostile AC case must not count as a gain"


@pytest.mark.parametrize("name", _params())
def test_case_gets_its_verdict(batch, name):
    exp = expected_here(name)
    got = batch.results.get(name)
    assert got is not None, f"no result for {name}: {batch.report.errors}"
    detail = f"{name}: {got['verdict']} {got['message']!r} measure_error={got['measure_error']!r} " \
             f"speedup={got['speedup_instr']} tests={[(t['name'], t['verdict'], t['message']) for t in got['tests']]}"
    assert got["verdict"] == exp["verdict"], detail
    if exp.get("significant") is not None:
        assert got["significant"] is exp["significant"], detail
    for key in ("message", "measure_error"):
        if key in exp:
            if exp[key] is None:
                assert not got[key], detail
            else:
                assert got[key] and re.search(exp[key], got[key]), detail


def test_batch_reports_no_errors(batch):
    assert batch.report.errors == []
    assert batch.report.written == len(CASES)


def test_nothing_of_the_candidates_is_left_running(batch):
    # The check can see what it looks for: a sandboxed process of this suite, and the
    # batch's workers staging in the private directory.
    assert batch.detector_works and batch.staged_privately
    assert batch.leftover_processes == []


def test_nobody_connected_to_the_listening_port(batch):
    if batch.listener.error:
        pytest.skip(batch.listener.error)
    assert batch.listener.works, "the listener did not see a connection made to it"
    assert batch.listener.connections == []


def test_no_temporary_directories_are_left(batch):
    # Neither run directories (asmopt-run-*) nor the workers' staging (asmopt-stage-*).
    assert batch.leftover_dirs == []


def test_harness_is_healthy_afterwards(batch):
    assert [v for v, _ in batch.before] == ["AC"] * len(batch.before)
    assert all(n is not None for _, n in batch.before)
    assert batch.after == batch.before  # same verdicts, same instruction counts


def test_suite_runs_in_reasonable_time(batch):
    assert batch.seconds < 120, f"the red-team batch took {batch.seconds:.0f} s"
