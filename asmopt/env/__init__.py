"""The optimisation task as a Gymnasium environment (`gymnasium.make("asmopt/Asmopt-v0")`).

See `asmopt.env.environment` for the episode, reward and observation; the
actions are `asmopt.env.actions.VOCABULARY`.
"""

from __future__ import annotations

import gymnasium

from asmopt.env.actions import VOCABULARY, Action, by_name
from asmopt.env.environment import AsmoptEnv

ENV_ID = "asmopt/Asmopt-v0"

if ENV_ID not in gymnasium.registry:
    gymnasium.register(id=ENV_ID, entry_point="asmopt.env.environment:AsmoptEnv")

__all__ = ["ENV_ID", "VOCABULARY", "Action", "AsmoptEnv", "by_name"]
