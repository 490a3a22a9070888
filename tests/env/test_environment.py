"""The Gymnasium environment: API conformance, rewards that telescope to the measured change,
penalties, masks, caching, reproducible seeds."""

from __future__ import annotations

import math

import gymnasium
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import asmopt.env  # noqa: F401  (registers asmopt/Asmopt-v0)
from asmopt.env import ENV_ID, AsmoptEnv, by_name
from asmopt.env.actions import VOCABULARY
from asmopt.errors import AsmoptError


def _index(name: str) -> int:
    return [a.name for a in VOCABULARY].index(name)


@pytest.fixture(scope="module")
def fast_env() -> AsmoptEnv:
    """Instruction counts as the cost (fast, deterministic): for API and bookkeeping tests."""
    return AsmoptEnv("examples", None, ["popcount_sum", "prefix_sums"], timing=False, max_steps=2)


def test_check_env_passes() -> None:
    env = gymnasium.make(ENV_ID, dataset="examples", split=None, task_ids=["prefix_sums"], timing=False)
    check_env(env.unwrapped, skip_render_check=True)


def test_text_observation_holds_the_assembly() -> None:
    env = AsmoptEnv("examples", None, ["prefix_sums"], timing=False, observation="text")
    o, info = env.reset(seed=1)
    assert env.observation_space.contains(o)
    assert o["asm"] == info["asm"] and "main:" in o["asm"]
    assert "main" in o["profile"]  # where its instructions go, per function (callgrind)


def test_same_seed_same_task_and_observation(fast_env: AsmoptEnv) -> None:
    picks = set()
    for seed in range(6):
        o1, i1 = fast_env.reset(seed=seed)
        o2, i2 = fast_env.reset(seed=seed)
        assert i1["task_id"] == i2["task_id"]
        np.testing.assert_array_equal(o1["features"], o2["features"])
        picks.add(i1["task_id"])
    assert picks == {"popcount_sum", "prefix_sums"}  # seeds draw both tasks


def test_rewards_sum_to_log_of_final_measured_cost(fast_env: AsmoptEnv) -> None:
    _, info = fast_env.reset(options={"task_id": "popcount_sum"})
    assert info["speedup"] == 1.0
    total = 0.0
    _, r1, term, trunc, info = fast_env.step(_index("pass:popcount-libcall"))
    total += r1
    assert info["step"]["verdict"] == "AC" and r1 > math.log(1.5)  # popcnt replaces a libcall loop
    assert not (term or trunc)
    _, r2, term, trunc, info = fast_env.step(_index("setting:gcc-O2"))  # compiled again: the rewrite is lost
    total += r2
    assert trunc and not term
    assert r2 < 0  # back to a program without popcnt: the cost rises again
    # The sum telescopes to the change of the cost: log(final speedup) against the baseline.
    assert total == pytest.approx(math.log(info["speedup"]), abs=1e-12)
    from asmopt.candidate import Candidate

    judged = fast_env.judge(Candidate(fast_env.task.id, info["asm"]))  # the final state, measured
    expected = 1.0 if judged.identical else judged.search_speedup
    assert info["speedup"] == pytest.approx(expected)


def test_failure_is_penalised_and_state_kept(fast_env: AsmoptEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    from asmopt.candidate import Candidate
    from asmopt.env.actions import Action

    _, info = fast_env.reset(options={"task_id": "prefix_sums"})
    before = info["asm"]
    # A setting whose compiler output does not assemble: judged CE, penalised, the state stays.
    monkeypatch.setattr(Action, "apply", lambda self, task, asm, unsafe=False: Candidate(task.id, "garbage!\n"))
    _, reward, _, _, info = fast_env.step(_index("setting:clang-O3"))
    assert info["step"]["verdict"] == "CE" and reward == -1.0
    assert info["asm"] == before and info["speedup"] == 1.0 and info["verdict"] == "CE"
    o = fast_env._observe()
    names = fast_env.feature_names
    assert o["features"][names.index("verdict_CE")] == 1.0


def test_no_change_and_stop(fast_env: AsmoptEnv) -> None:
    _, info = fast_env.reset(options={"task_id": "prefix_sums"})
    mask = fast_env.action_masks()
    assert mask[_index("pass:popcount-libcall")] == 0  # matches nowhere in prefix_sums
    _, reward, term, _, info = fast_env.step(_index("pass:popcount-libcall"))
    assert reward == 0.0 and info["step"]["changed"] is False and not term
    _, reward, term, trunc, _ = fast_env.step(0)  # stop
    assert term and not trunc and reward == 0.0
    with pytest.raises(AsmoptError, match="ended"):
        fast_env.step(0)


def test_bad_input_is_a_clear_error(fast_env: AsmoptEnv) -> None:
    with pytest.raises(AsmoptError, match="not in this environment"):
        fast_env.reset(options={"task_id": "nope"})
    fast_env.reset(seed=0)
    with pytest.raises(AsmoptError, match="Discrete"):
        fast_env.step(len(VOCABULARY))
    with pytest.raises(AsmoptError, match="unknown action"):
        by_name("setting:nope")
    with pytest.raises(AsmoptError, match="max_steps"):
        AsmoptEnv("examples", None, timing=False, max_steps=0)
    with pytest.raises(AsmoptError, match="unknown observation"):
        AsmoptEnv("examples", None, timing=False, observation="pixels")


def test_judgements_are_cached_on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    env = AsmoptEnv("examples", None, ["popcount_sum"], timing=False)
    env.reset(seed=0)
    _, r1, *_ = env.step(_index("pass:popcount-libcall"))
    fresh = AsmoptEnv("examples", None, ["popcount_sum"], timing=False)
    fresh.reset(seed=0)

    def no_judging(*args, **kwargs):
        raise AssertionError("judged again although cached")

    monkeypatch.setattr(fresh.verifier, "visible", no_judging)
    _, r2, *_ = fresh.step(_index("pass:popcount-libcall"))
    assert r2 == r1


def test_timed_episode_reward_is_measured_time_and_verified() -> None:
    from asmopt.candidate import Candidate

    """With timing (the default), the reward is the short interleaved timing's wall ratio, and the
    episode's end checks the answer as optimize does: confirmed in time, then judged on all tests."""
    env = AsmoptEnv("examples", None, ["popcount_sum"], max_steps=1, verify=True, use_cache=False)
    _, info = env.reset(seed=0)
    assert info["cost"] == "time" and info["ceiling"] is not None
    _, reward, _, trunc, info = env.step(_index("pass:popcount-libcall"))
    assert trunc
    judged = env.verifier.visible(Candidate(env.task.id, info["asm"]))  # remembered: not judged again
    assert judged.speedup_wall == pytest.approx(info["speedup"])  # the reward reads measured wall time
    assert judged.instr_cand is None  # ... and no instruction count
    assert reward == pytest.approx(math.log(info["speedup"]))
    assert info["speedup"] > 1.15  # popcnt instead of a libcall per number: a gain time shows (~1.35x here)
    final = info["final"]
    assert final["no_change"] is False
    assert final["confirmed"]["significant"] is True
    assert final["result"]["verdict"] == "AC"
    assert final["result"]["tests_total"] > final["confirmed"]["tests_total"]  # hidden tests too


def test_stable_baselines3_ppo_runs_on_it_without_glue() -> None:
    from stable_baselines3 import PPO

    env = AsmoptEnv("examples", None, ["popcount_sum"], timing=False, max_steps=2)
    model = PPO("MultiInputPolicy", env, n_steps=8, batch_size=8, n_epochs=1, seed=0, device="cpu")
    model.learn(total_timesteps=8)
    action, _ = model.predict(env.reset(seed=0)[0], deterministic=True)
    assert env.action_space.contains(int(action))
