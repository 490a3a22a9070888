"""Ray: eval, baselines' judging and data stats on a local multi-node cluster.

The `ray_cluster` fixture (conftest) starts a head without CPUs and two worker
nodes with one CPU each, on this machine, each with its own raylet and object
store: tasks really move between nodes, and a node can be killed mid-run.
Results are compared with a local run on what is deterministic: verdicts,
tests passed, identity and instruction counts (time differs run to run).
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import pytest

from asmopt import cluster, datasets
from asmopt.batch import run_batch
from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.policies.compiler import BASELINES, candidate

CFG = EvalConfig(timing=False)  # verdicts and instruction counts: the deterministic part
SAME = ("task_id", "index", "verdict", "tests_passed", "tests_total", "identical", "instr_base", "instr_cand",
        "speedup_instr", "measure_error", "key")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _deterministic(path: Path) -> dict[str, dict]:
    rows = _rows(path)
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys)), "a candidate was judged twice"
    return {r["key"]: {f: r.get(f) for f in SAME} for r in rows}


@pytest.fixture(scope="module")
def local_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "results.jsonl"
    report = run_batch("examples", BUILTIN_CANDIDATES["examples"], out, CFG, jobs=2)
    assert report.errors == [] and report.written == 12
    return out


@pytest.fixture(scope="module")
def local_examples(local_file) -> dict[str, dict]:
    return _deterministic(local_file)


def test_eval_on_ray_equals_local(ray_cluster, local_examples, tmp_path):
    out = tmp_path / "ray.jsonl"
    report = run_batch("examples", BUILTIN_CANDIDATES["examples"], out, CFG, ray_address=ray_cluster.address)
    assert report.errors == [] and report.written == 12
    assert _deterministic(out) == local_examples
    # The comparison covers accepted, wrong, unbuildable and endless candidates.
    verdicts = {r["verdict"] for r in local_examples.values()}
    assert {"AC", "WA", "CE", "TLE"} <= verdicts  # TLE: the time limit holds on the nodes


@pytest.mark.slow  # two minutes of callgrind on stress tests: run with -m slow
def test_builtin_slice_on_ray_equals_local(ray_cluster, tmp_path):
    ds = datasets.load("builtin", split="test")
    tasks = [ds.tasks[t] for t in sorted(ds.tasks)[:2]]
    cands = tmp_path / "cands.jsonl"
    with cands.open("w") as fh:
        for task in tasks:
            for setting in (BASELINES[0], BASELINES[3]):  # gcc -O2, clang -O3
                c = candidate(task, setting)
                assert c.asm, c.meta
                fh.write(json.dumps({"task_id": c.task_id, "asm": c.asm}) + "\n")
    local, remote = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    assert run_batch("builtin", cands, local, CFG, jobs=2).errors == []
    assert run_batch("builtin", cands, remote, CFG, ray_address=ray_cluster.address).errors == []
    got = _deterministic(remote)
    assert got == _deterministic(local)
    assert all(r["verdict"] == "AC" and r["instr_cand"] for r in got.values())


def test_killed_node_loses_nothing_and_duplicates_nothing(ray_cluster, local_examples, tmp_path):
    out = tmp_path / "killed.jsonl"
    victim = ray_cluster.worker_nodes_list[0]
    killed = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 2 and not killed.is_set():
            killed.set()
            ray_cluster.remove_node(victim, allow_graceful=False)  # mid-run: its tasks are lost

    try:
        report = run_batch("examples", BUILTIN_CANDIDATES["examples"], out, CFG, progress=progress,
                           ray_address=ray_cluster.address)
    finally:
        ray_cluster.replace_worker(victim)
    assert killed.is_set()
    assert report.errors == [] and report.written == 12
    assert _deterministic(out) == local_examples  # every result, exactly once


def test_resumed_driver_skips_finished_candidates(ray_cluster, local_file, local_examples, tmp_path):
    out = tmp_path / "resumed.jsonl"
    lines = local_file.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:5]) + lines[5][:40])  # killed mid-write: a torn last line
    report = run_batch("examples", BUILTIN_CANDIDATES["examples"], out, CFG, ray_address=ray_cluster.address)
    assert (report.skipped, report.written) == (5, 7)
    assert _deterministic(out) == local_examples


def test_node_without_sandbox_is_refused_by_name(ray_cluster):
    bad = ray_cluster.add_node(num_cpus=1, env_vars={"PATH": "/nonexistent"})
    try:
        ray_cluster.wait_for_nodes()
        with pytest.raises(AsmoptError, match=r"refusing Ray node\(s\) whose sandbox cannot run: .*"
                                              r"bubblewrap \(bwrap\) is not installed"):
            cluster.connect(ray_cluster.address)
        nodes = cluster.connect(ray_cluster.address, unsafe=True)  # explicitly unsandboxed: allowed
        assert [n.node_id for n in nodes if n.sandbox_problem] == [bad.node_id]
    finally:
        ray_cluster.remove_node(bad)
    assert all(n.sandbox_problem is None for n in cluster.connect(ray_cluster.address))


def test_data_stats_and_cli_on_ray(ray_cluster, monkeypatch, capsys):
    from asmopt.cli import main

    monkeypatch.setenv(cluster.ADDRESS_ENV, ray_cluster.address)
    with pytest.raises(SystemExit) as exit_:
        main(["data", "stats", "examples", "--no-instructions", "--json"])
    assert exit_.value.code in (0, None)
    captured = capsys.readouterr()
    rows = json.loads(captured.out)["rows"]
    assert [r["task_id"] for r in rows] == sorted(datasets.load("examples").tasks)
    assert "ray: 2 node(s), 2 CPUs" in captured.err


def test_without_ray_the_option_says_how_to_install(monkeypatch, tmp_path, capsys):
    from asmopt.cli import main

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails, as without the extra
    with pytest.raises(AsmoptError, match=r"--ray needs Ray.*pip install 'asmopt\[ray\]'"):
        cluster.pool(1, "auto")
    with pytest.raises(SystemExit) as exit_:
        main(["eval", "--ray", "auto", "--no-timing", "--out", str(tmp_path / "r.jsonl")])
    assert exit_.value.code == 2
    assert "asmopt[ray]" in capsys.readouterr().err
    assert not (tmp_path / "r.jsonl").exists()


def test_address_from_option_or_environment(monkeypatch):
    monkeypatch.delenv(cluster.ADDRESS_ENV, raising=False)
    assert cluster.address_of(None) is None
    assert cluster.address_of("auto") == "auto"
    monkeypatch.setenv(cluster.ADDRESS_ENV, "10.0.0.1:6379")
    assert cluster.address_of(None) == "10.0.0.1:6379"
    assert cluster.address_of("local") == "local"  # the option wins
    monkeypatch.setenv(cluster.ADDRESS_ENV, "  ")
    assert cluster.address_of(None) is None


def test_bench_harness_by_number_of_nodes(ray_cluster, capsys):
    from rich.console import Console

    from asmopt.bench.harness import harness

    figures = harness("examples", 8, None, Console(width=200), ray_cluster.address)
    assert [r["nodes"] for r in figures["by_nodes"]] == [1, 2]
    assert [r["cpus"] for r in figures["by_nodes"]] == [1, 2]
    assert all(r["judge_only_candidates_per_s"] > 0 for r in figures["by_nodes"])
    assert figures["callgrind_s_per_candidate_per_core"] > 0
    assert "judge only: candidates/s" in capsys.readouterr().out


def test_bench_reward_by_number_of_nodes(ray_cluster, monkeypatch, capsys):
    from asmopt.cli import main

    monkeypatch.setenv(cluster.ADDRESS_ENV, ray_cluster.address)
    with pytest.raises(SystemExit) as exit_:
        main(["bench", "reward", "--dataset", "examples", "--batch", "8", "--small", "3", "--max-tests", "2",
              "--cost", "instructions", "--json"])
    assert exit_.value.code in (0, None)
    reports = json.loads(capsys.readouterr().out)
    assert [(r["ray_nodes"], r["ray_cpus"]) for r in reports] == [(1, 1), (2, 2)]
    for r in reports:
        assert r["main"]["size"] == 8 and sum(r["main"]["verdicts"].values()) == 8
        assert {"CE", "WA", "RE"} <= set(r["main"]["verdicts"]) and r["cold_failed"] == {}


def test_once_per_node_computes_once_for_all_workers_of_a_node(ray_cluster):
    node = ray_cluster.add_node(num_cpus=2)
    try:
        ray_cluster.wait_for_nodes()

        def job(_: int) -> tuple[int, tuple[int, float]]:
            import os
            import time

            from asmopt import cluster as c

            def make() -> tuple[int, float]:
                time.sleep(1.0)  # long enough that the node's other worker asks meanwhile
                return os.getpid(), time.time()

            return os.getpid(), c.once_per_node("baseline-x", make)

        with cluster.RayExecutor(ray_cluster.address, nodes=[node.node_id]) as pool:
            got = [f.result(timeout=120) for f in [pool.submit(job, i) for i in range(6)]]
    finally:
        ray_cluster.remove_node(node)
    workers = {pid for pid, _ in got}
    values = {value for _, value in got}
    assert len(workers) >= 2  # two CPUs: two worker processes asked
    assert len(values) == 1  # and one computed it for both
    assert cluster.once_per_node("here", lambda: 7) == 7  # outside Ray: simply computed


def test_a_dead_worker_process_s_task_is_retried(ray_cluster, tmp_path):
    marker = tmp_path / "died-once"

    def dies_once(path: str) -> str:
        import os
        from pathlib import Path

        if not Path(path).exists():
            Path(path).write_text("x")
            os._exit(1)  # the worker process dies mid-task, as a crash or an OOM kill would
        return "second try"

    with cluster.RayExecutor(ray_cluster.address) as pool:
        assert pool.submit(dies_once, str(marker)).result(timeout=120) == "second try"
    assert marker.exists()


def test_eval_with_a_policy_generates_on_ray(ray_cluster, monkeypatch, tmp_path, capsys):
    """`eval --policy ... --ray`: each program's generation (requests to the model server,
    the search on visible tests) runs as a Ray task; the answers are judged there too."""
    from fake_openai import FakeOpenAI, fenced

    from asmopt.cli import main

    tasks = datasets.load("examples").tasks

    def reply(body: dict) -> str:  # the baseline back for popcount_sum, no assembly for the rest
        prompt = body["messages"][0]["content"]
        hit = tasks["popcount_sum"].baseline.asm
        return fenced(hit) if tasks["popcount_sum"].c_source.strip()[:200] in prompt else "no idea"

    out = tmp_path / "res.jsonl"
    with FakeOpenAI([reply]) as srv:
        with pytest.raises(SystemExit) as exit_:
            main(["eval", "--dataset", "examples", "--out", str(out), "--policy", "llm", "--model", "m",
                  "--base-url", srv.base_url, "--no-timing", "--ray", ray_cluster.address])
        assert exit_.value.code in (0, None), capsys.readouterr().err
        assert srv.count == len(tasks)  # one request per program, from the Ray workers
    results = {r["task_id"]: r for r in _rows(out)}
    assert set(results) == set(tasks)
    # A single sample is the answer as it is: the baseline back (AC, no change), else no assembly (CE).
    assert results["popcount_sum"]["verdict"] == "AC" and results["popcount_sum"]["identical"]
    assert {r["verdict"] for t, r in results.items() if t != "popcount_sum"} == {"CE"}


def test_baselines_on_ray(ray_cluster, tmp_path, capsys):
    from asmopt.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["baselines", "--dataset", "examples", "--setting", "gcc-O2", "--no-timing", "-o", str(tmp_path),
              "--json", "--ray", ray_cluster.address])
    assert exit_.value.code in (0, None)
    (row,) = json.loads(capsys.readouterr().out)
    assert row["setting"] == "gcc-O2" and row["tasks"] == 4 and row["correct"] == 1.0
    assert len(_rows(tmp_path / "gcc-O2.candidates.jsonl")) == 4  # compiled on the nodes


def test_bench_cost_on_ray_measures_on_the_nodes_and_resumes(ray_cluster, tmp_path, capsys):
    from asmopt.cli import main
    from asmopt.measure.mca import host_cpu

    out = tmp_path / "cost.jsonl"
    args = ["bench", "cost", "--dataset", "examples", "--program", "collatz_max", "--setting", "gcc-O2",
            "--no-search", "--no-traps", "--rounds", "5", "-o", str(out), "--json", "--ray", ray_cluster.address]
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code in (0, None)
    table = json.loads(capsys.readouterr().out)
    assert table["rows"] == 1
    (row,) = _rows(out)
    assert row["pair"] == "collatz_max/grid:gcc-O2" and row["verdict"] == "AC" and row["cpu"] == host_cpu()
    assert row["time"]["ratio"] > 0 and set(row["costs"]) >= {"instructions", "short_timing"}
    # Again: the finished program is not measured twice.
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code in (0, None)
    assert json.loads(capsys.readouterr().out)["rows"] == 1 and _rows(out) == [row]
