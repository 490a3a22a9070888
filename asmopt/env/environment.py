"""The optimisation task as a Gymnasium environment.

An episode is one task. The state is the program's current assembly (the
baseline, gcc -O3, at reset); an action (`asmopt.env.actions`) makes a
candidate from it, which the harness judges on the *visible* tests in the
sandbox and measures by the search cost (short interleaved timing against the
baseline: the cost `asmopt bench cost` calibrated against time; instruction
counts when `timing=False`, a fast uncalibrated signal for tests).

Reward: the change of the cost's log, log(speedup after) - log(speedup
before), when the candidate is correct (it becomes the state, slower or not);
the failure penalty of `asmopt.rl.rewards.penalty` when it is not (CE -1,
crash -0.5, WA -0.5..-0.25; the state stays); 0 for an action that changes
nothing. Without failures an episode's rewards therefore sum to the log of
the final state's measured speedup. Hidden tests never reach the reward.

The episode ends on `stop` or after `max_steps` actions. With `verify=True`
the final state is then checked as `asmopt optimize` checks its answer: its
gain confirmed in time on the visible tests (full protocol), else the answer
is the baseline, then judged on all tests, hidden included (`info["final"]`).

Observations (`observation_space`, a Dict that stable-baselines3 and CleanRL
take as it is): `features`, a vector of what the assembly says and what the
harness measured (`asmopt.env.observation`), and `action_mask`. With
`observation="text"` (for language-model policies) also `asm`, the current
assembly, and `profile`, where it spends its instructions per function.

Judgements are cached on disk (`asmopt.cache`, keyed by the CPU, the task's
tests and the assembly), so a second pass over the same programs, such as a
training run after a sweep, measures nothing again.
"""

from __future__ import annotations

import math
import string
from collections.abc import Sequence
from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from asmopt import cache
from asmopt.candidate import Candidate
from asmopt.ceiling import Ceiling
from asmopt.env import observation as obs
from asmopt.env.actions import VOCABULARY, Action
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.result import Result
from asmopt.rl.rewards import penalty
from asmopt.strategies import Verifier
from asmopt.task import Task

OBSERVATIONS = ("features", "text")
#: Longest assembly a text observation holds (longer text is cut, and says so).
MAX_TEXT = 1 << 18
CHARSET = frozenset(string.printable)
_VERSION = "env-v1"


def machine() -> str:
    """What cached measurements are keyed by: the CPU as LLVM names it and its model name."""
    from asmopt.measure.mca import host_cpu

    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except OSError:
        pass
    return f"{host_cpu()}|{model}"


def load_tasks(dataset: str, split: str | None, task_ids: Sequence[str] | None = None) -> list[Task]:
    """The tasks of a dataset split, sorted by id (AsmoptError when none)."""
    from asmopt import datasets

    ds = datasets.load(dataset, split=split)
    tasks = ds.tasks
    if task_ids:
        missing = [t for t in task_ids if t not in tasks]
        if missing:
            raise AsmoptError(f"tasks not in dataset {dataset!r} split {split!r}: {', '.join(missing)}")
        tasks = {t: tasks[t] for t in task_ids}
    if not tasks:
        raise AsmoptError(f"dataset {dataset!r} split {split!r} holds no tasks"
                          + (f" ({ds.errors[0]})" if ds.errors else ""))
    return [tasks[k] for k in sorted(tasks)]


class AsmoptEnv(gym.Env[dict[str, Any], int]):
    """One task per episode; actions from `vocabulary`; reward: change of log measured speedup."""

    metadata = {"render_modes": ["ansi"], "render_fps": 1}

    def __init__(self, dataset: str = "builtin", split: str | None = "train", task_ids: Sequence[str] | None = None,
                 *, tasks: Sequence[Task] | None = None, max_steps: int = 2, timing: bool = True,
                 ceiling: bool = True, observation: str = "features", verify: bool = False,
                 use_cache: bool = True, unsafe: bool = False, render_mode: str | None = None,
                 vocabulary: Sequence[Action] = VOCABULARY) -> None:
        if max_steps < 1:
            raise AsmoptError(f"max_steps must be >= 1 (got {max_steps})")
        if observation not in OBSERVATIONS:
            raise AsmoptError(f"unknown observation {observation!r} (known: {', '.join(OBSERVATIONS)})")
        if render_mode is not None and render_mode not in self.metadata["render_modes"]:
            raise AsmoptError(f"unknown render mode {render_mode!r} (known: ansi)")
        self.tasks = list(tasks) if tasks is not None else load_tasks(dataset, split, task_ids)
        if not self.tasks:
            raise AsmoptError("the environment needs at least one task")
        self.vocabulary = tuple(vocabulary)
        self.max_steps = max_steps
        self.cfg = EvalConfig(timing=timing, unsafe=unsafe)
        self.use_ceiling = ceiling and timing  # a ceiling weighs measured time: none without timing
        self.observation_kind = observation
        self.verify = verify
        self.use_cache = use_cache
        self.render_mode = render_mode
        self.feature_names = obs.feature_names(self.vocabulary)
        n = len(self.vocabulary)
        space: dict[str, spaces.Space[Any]] = {
            "features": spaces.Box(-np.inf, np.inf, shape=(len(self.feature_names),), dtype=np.float32),
            "action_mask": spaces.MultiBinary(n),
        }
        if observation == "text":
            charset = "".join(sorted(CHARSET))
            space["asm"] = spaces.Text(max_length=MAX_TEXT, min_length=0, charset=charset)
            space["profile"] = spaces.Text(max_length=MAX_TEXT, min_length=0, charset=charset)
        self._profiles: dict[str, str] = {}
        self.observation_space = spaces.Dict(space)
        self.action_space = spaces.Discrete(n)
        self._machine = machine() if use_cache else ""
        self.verifier: Verifier | None = None

    # ------------------------------------------------------------------ episode

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None
              ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Start an episode on `options["task_id"]`, else on a task drawn with the env's seed."""
        super().reset(seed=seed)
        wanted = (options or {}).get("task_id")
        if wanted is not None:
            match = [t for t in self.tasks if t.id == wanted]
            if not match:
                raise AsmoptError(f"task {wanted!r} is not in this environment")
            task = match[0]
        else:
            task = self.tasks[int(self.np_random.integers(len(self.tasks)))]
        if self.verifier is None or self.verifier.task.id != task.id:
            # The same task again keeps its verifier: its baseline stays prepared.
            self.verifier = Verifier(task, self.cfg, final=False)
        self.task = self.verifier.task  # with its baseline assembly
        self.asm = self.verifier.baseline.asm
        self.speedup = 1.0
        self.steps = 0
        self.verdict = "none"
        self.done = False
        self.trail: list[dict[str, Any]] = []
        self.ceiling = self._ceiling() if self.use_ceiling else None
        return self._observe(), self._info()

    def step(self, action: int) -> tuple[dict[str, Any], float, bool, bool, dict[str, Any]]:
        if self.verifier is None:
            raise AsmoptError("call reset() before step()")
        if self.done:
            raise AsmoptError("the episode has ended: call reset()")
        if not self.action_space.contains(action):
            raise AsmoptError(f"action {action!r} is not in Discrete({self.action_space.n})")
        act = self.vocabulary[int(action)]
        self.steps += 1
        reward, record = self._apply(act)
        self.trail.append(record)
        terminated = act.kind == "stop"
        truncated = not terminated and self.steps >= self.max_steps
        self.done = terminated or truncated
        info = self._info()
        info["step"] = record
        if self.done and self.verify:
            info["final"] = self._final()
        return self._observe(), reward, terminated, truncated, info

    def _apply(self, act: Action) -> tuple[float, dict[str, Any]]:
        record: dict[str, Any] = {"action": act.name}
        if act.kind == "stop":
            self.verdict = "none"
            return 0.0, {**record, "changed": False}
        cand = act.apply(self.task, self.asm, unsafe=self.cfg.unsafe)
        if cand is None:
            self.verdict = "none"
            return 0.0, {**record, "changed": False}
        result = self.judge(cand)
        self.verdict = result.verdict
        record.update(changed=True, verdict=result.verdict, measure_error=result.measure_error)
        if result.verdict != "AC":
            return penalty(result), record
        speedup = 1.0 if result.identical else result.search_speedup
        if result.measure_error or speedup is None or speedup <= 0:
            return 0.0, record  # nothing measured: no reward, the state stays
        reward = math.log(speedup) - math.log(self.speedup)
        self.asm, self.speedup = cand.asm, speedup
        record["speedup"] = speedup
        return reward, record

    # ------------------------------------------------------------------ harness

    def judge(self, cand: Candidate) -> Result:
        """The candidate on the visible tests by the search cost (cached on disk per machine)."""
        assert self.verifier is not None
        key = ""
        if self.use_cache:
            tests = cache.digest(*(cache.digest(t.input, t.output) for t in self.task.visible_tests))
            key = cache.digest(_VERSION, self._machine, self.task.id, tests, self.task.baseline.asm if
                               self.task.baseline else "", cand.asm, self.verifier.ranks_by,
                               str(self.cfg.unsafe))
            hit = cache.get_json("env", key)
            if hit is not None:
                return Result.from_dict(hit)
        result = self.verifier.visible(cand)
        if self.use_cache and not result.measure_error:  # a failed measurement may pass next time
            cache.put_json("env", key, result.to_dict())
        return result

    def _ceiling(self) -> Ceiling | None:
        assert self.verifier is not None
        key = cache.digest(_VERSION, "ceiling", self._machine, self.task.id, self.verifier.baseline.asm,
                           *(t.input for t in self.task.visible_tests))
        if self.use_cache and (hit := cache.get_json("env", key)) is not None:
            return Ceiling(hit["time_s"], hit["floor_s"], hit["own_share"], hit["basis"], tuple(hit["tests"]))
        try:
            ceiling = self.verifier.ceiling()
        except AsmoptError:
            return None  # no ceiling is an observation too (ceiling_known=0), never a made-up one
        if ceiling is not None and self.use_cache:
            cache.put_json("env", key, ceiling.to_dict())
        return ceiling

    def _final(self) -> dict[str, Any]:
        """The answer as `optimize` gives it: confirmed in time on the visible tests, else the baseline;
        then judged on all tests."""
        assert self.verifier is not None
        answer: Candidate = self.verifier.baseline
        confirmed: Result | None = None
        if self.asm != answer.asm and self.speedup > 1.0:  # only a state ahead of the baseline can be the answer
            cand = Candidate(self.task.id, self.asm, {"policy": "env"})
            if self.cfg.timing:
                confirmed = self.verifier.confirm(cand)
                if confirmed.significant:
                    answer = cand
            else:
                answer = cand  # untimed: the answer by instructions, labelled so by its result
        final = self.verifier.final(answer)
        return {"no_change": answer.asm == self.verifier.baseline.asm,
                "confirmed": confirmed.to_dict() if confirmed is not None else None,
                "result": final.to_dict()}

    # ------------------------------------------------------------------ views

    def action_masks(self) -> np.ndarray:
        """Which actions can change something now (stop always can): for maskable PPO and samplers."""
        assert self.verifier is not None
        mask = np.zeros(len(self.vocabulary), dtype=np.int8)
        for i, a in enumerate(self.vocabulary):
            if a.kind == "stop":
                mask[i] = 1
            elif a.kind == "setting":
                mask[i] = a.available(self.task)
            else:
                mask[i] = a.matches(self.asm)
        return mask

    def features(self) -> np.ndarray:
        """The current state's feature vector (`asmopt.env.observation.feature_names` order)."""
        return obs.features(obs.static(self.asm), obs.matching(self.asm, self.vocabulary), self.ceiling,
                            self.speedup, self.steps / self.max_steps, self.verdict)

    def words(self) -> list[str]:
        """The current state as words: what a language-model policy reads."""
        return obs.words(self.feature_names, self.features())

    def _observe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"features": self.features(), "action_mask": self.action_masks()}
        if self.observation_kind == "text":
            out["asm"] = _fit(self.asm)
            out["profile"] = _fit(self.profile())
        return out

    def profile(self) -> str:
        """Where the current program spends its instructions on its heaviest visible test (callgrind per
        function; "" when it cannot be counted, e.g. AVX-512). Measured once per program."""
        assert self.verifier is not None
        if self.asm not in self._profiles:
            self._profiles[self.asm] = self.verifier.profile(Candidate(self.task.id, self.asm))
        return self._profiles[self.asm]

    def _info(self) -> dict[str, Any]:
        return {"task_id": self.task.id, "asm": self.asm, "speedup": self.speedup, "verdict": self.verdict,
                "steps": self.steps, "cost": "time" if self.cfg.timing else "instructions",
                "ceiling": self.ceiling.to_dict() if self.ceiling is not None else None}

    def render(self) -> str | None:
        if self.render_mode != "ansi" or self.verifier is None:
            return None
        lines = [f"{self.task.id}: step {self.steps}/{self.max_steps}, speedup {self.speedup:.3f}x "
                 f"({'time' if self.cfg.timing else 'instructions'})"]
        lines += [f"  {r['action']}: {r.get('verdict', 'no change')} "
                  f"{'' if 'speedup' not in r else format(r['speedup'], '.3f') + 'x'}" for r in self.trail]
        return "\n".join(lines)



def _fit(text: str) -> str:
    """Text as a Text space holds it: printable characters, at most MAX_TEXT of them (cut, and saying so)."""
    text = "".join(ch if ch in CHARSET else "?" for ch in text)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 9] + "\n# [cut]\n"


def prompt_words(asm: str, vocabulary: Sequence[Action] = VOCABULARY) -> list[str]:
    """What a policy reads of a program: its static features and which passes match, as words."""
    names = obs.feature_names(vocabulary)
    vector = obs.features(obs.static(asm), obs.matching(asm, vocabulary), None, 1.0, 0.0, "none")
    keep = set(obs.prompt_names(names))
    return [w for n, w in zip(names, obs.words(names, vector), strict=True) if n in keep]
