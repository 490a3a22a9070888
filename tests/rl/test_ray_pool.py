"""The reward service on Ray: the local pool's rewards, from actors on the cluster's nodes."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from asmopt.cli import BUILTIN_CANDIDATES
from asmopt.errors import AsmoptError
from asmopt.rl.service import RewardService, Sample
from asmopt.rl.trl import AsmoptReward


ROWS = [json.loads(line) for line in BUILTIN_CANDIDATES["examples"].read_text().splitlines()]


def _samples() -> list[Sample]:
    samples = [Sample(r["task_id"], r["asm"], raw=True) for r in ROWS]
    return samples + samples[:3]  # duplicates in a batch are scored once


def _endless() -> str:
    return next(r["asm"] for r in ROWS if r["task_id"] == "collatz_max" and r["label"] == "endless")


def _view(scored) -> list[tuple]:
    return [(s.task_id, s.verdict, s.reward, s.speedup, s.identical, s.error) for s in scored]


@pytest.fixture(scope="module")
def expected() -> list:
    """The local pool's scores of `_samples()`, counted by instructions (deterministic)."""
    with RewardService("examples", cost="instructions", jobs=2, max_tests=3) as local:
        return local.score(_samples())


def test_ray_rewards_equal_the_local_pools(ray_cluster, expected):
    samples = _samples()
    with RewardService("examples", cost="instructions", backend="ray", ray_address=ray_cluster.address,
                       max_tests=3) as remote:
        assert remote.backend == "ray"
        got = remote.score(samples)
        assert _view(got) == _view(expected)
        assert {s.verdict for s in got} >= {"AC", "WA", "CE"}
        assert [s.cached for s in got[-3:]] == [True, True, True]
        assert not any(s.error for s in got)
        # The async API scores through the same pool (remembered results come back at once).
        again = asyncio.run(remote.ascore(samples[:3]))
        assert _view(again) == _view(expected[:3]) and all(s.cached for s in again)


def test_ray_backend_from_the_environment_and_trl_adapter(ray_cluster, monkeypatch):
    monkeypatch.setenv("ASMOPT_RAY_ADDRESS", ray_cluster.address)
    samples = _samples()[:4]
    reward = AsmoptReward("examples", cost="instructions")
    try:
        assert reward.service.backend == "ray"
        got = reward(completions=[f"```assembly\n{s.text}\n```" for s in samples],
                     task_id=[s.task_id for s in samples])
    finally:
        reward.close()
    with RewardService("examples", cost="instructions", backend="local", jobs=2) as local:
        assert got == [s.reward for s in local.score(samples)]


def test_ray_sample_time_limit_holds(ray_cluster):
    with RewardService("examples", cost="instructions", backend="ray", ray_address=ray_cluster.address,
                       timeout_s=1.5, max_tests=3) as svc:
        svc.prepare(["collatz_max"])  # the baseline's time is not the sample's
        start = time.monotonic()
        endless, = svc.score([Sample("collatz_max", _endless(), raw=True)])
        assert time.monotonic() - start < 6.0  # the sandbox alone would let it run 10 s
    assert endless.timed_out and endless.verdict == "TLE" and endless.reward == svc.failure_reward


def test_a_dead_node_s_samples_are_scored_on_another(ray_cluster, expected):
    from concurrent.futures import FIRST_COMPLETED, wait

    samples = _samples()[:12]
    victim = ray_cluster.worker_nodes_list[1]
    svc = RewardService("examples", cost="instructions", backend="ray", ray_address=ray_cluster.address,
                        max_tests=3)
    try:
        plan = svc._plan(samples)
        futures = list(plan.futures.values())
        wait(futures, return_when=FIRST_COMPLETED)
        ray_cluster.remove_node(victim, allow_graceful=False)  # its in-flight samples are lost there
        got = svc._collect(plan, {k: f.result(timeout=300) for k, f in plan.futures.items()})
        resent = svc._pool.resent
    finally:
        svc.close()
        ray_cluster.replace_worker(victim)
    assert resent >= 1  # samples in flight on the dead node were scored on the other one
    assert _view(got) == _view(expected[:12])


def test_unknown_backend_is_refused():
    with pytest.raises(AsmoptError, match="unknown reward backend 'gpu'"):
        RewardService("examples", backend="gpu")


def test_verl_and_openrlhf_score_on_ray_when_the_address_is_set(ray_cluster, monkeypatch, expected):
    """ASMOPT_RAY_ADDRESS alone moves verl's and OpenRLHF's rewards onto the cluster."""
    import importlib.util

    import asmopt.rl.openrlhf as openrlhf_adapter
    from asmopt import datasets
    from asmopt.prompt import for_task
    from asmopt.rl import verl

    monkeypatch.setenv("ASMOPT_RAY_ADDRESS", ray_cluster.address)
    rows = ROWS[:4]
    want = [s.reward for s in expected[:4]]
    tasks = datasets.load("examples").tasks

    monkeypatch.setattr(verl, "_SERVICES", {})
    extra = [{"c_code": tasks[r["task_id"]].c_source,
              "inputs": [t.input.decode() for t in tasks[r["task_id"]].tests[:3]],
              "outputs": [t.output.decode() for t in tasks[r["task_id"]].tests[:3]],
              "unoptimized_assembly": f"```assembly\n{tasks[r['task_id']].baseline.asm}```"} for r in rows]
    try:
        got = verl.compute_score_batch(["codenet"] * 4, [f"```assembly\n{r['asm']}\n```" for r in rows],
                                       [tasks[r["task_id"]].baseline.asm for r in rows], extra,
                                       cost="instructions")
        (service,) = verl._SERVICES.values()
        assert service.backend == "ray" and service.ray_address == ray_cluster.address
    finally:
        for s in verl._SERVICES.values():
            s.close()
    assert [g["score"] for g in got] == want

    for key, value in {"ASMOPT_DATASET": "examples", "ASMOPT_MAX_TESTS": "3",
                       "ASMOPT_REWARD_COST": "instructions"}.items():
        monkeypatch.setenv(key, value)
    spec = importlib.util.spec_from_file_location("reward_func", openrlhf_adapter.__file__)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # exactly OpenRLHF's loading: a fresh module
    prompts = [f"<|im_start|>user\n{for_task(tasks[r['task_id']])}<|im_end|>\n<|im_start|>assistant\n"
               for r in rows]
    try:
        assert module.service().backend == "ray"
        out = module.reward_func([p + f"```assembly\n{r['asm']}\n```<|im_end|>" for p, r in zip(prompts, rows)],
                                 prompts, [r["task_id"] for r in rows])
    finally:
        module.service().close()
    rewards = out["rewards"]
    assert (rewards.tolist() if hasattr(rewards, "tolist") else list(rewards)) == pytest.approx(want)
