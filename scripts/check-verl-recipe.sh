#!/usr/bin/env bash
# Check, without GPUs or a verl install, that every override `asmopt train ppo` passes
# is a key of verl's real PPO config: verl's wheel is downloaded (not installed), and
# Hydra composes its ppo_trainer config with our overrides (an unknown or misspelt
# key fails). Usage: scripts/check-verl-recipe.sh [VERL_VERSION]   (default 0.9.1)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-0.9.1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q hydra-core pyyaml
"$work/venv/bin/pip" download -q --no-deps "verl==$version" -d "$work"
python3 -m zipfile -e "$work"/verl-*.whl "$work/verl"
.venv/bin/python -c '
import json, sys
from asmopt.rl.ppo import PPORun, overrides
json.dump(overrides(PPORun(model="/models/m", train_files="/data/train.parquet")), sys.stdout)' > "$work/overrides.json"
"$work/venv/bin/python" - "$work" <<'PY'
import json, sys
from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf
work = sys.argv[1]
args = json.load(open(f"{work}/overrides.json"))
with initialize_config_dir(config_dir=f"{work}/verl/verl/trainer/config", version_base=None):
    cfg = compose(config_name="ppo_trainer", overrides=args)
for arg in args:
    key, _, value = arg.lstrip("+").partition("=")
    print(f"{key} = {OmegaConf.select(cfg, key)}")
print(f"ok: {len(args)} overrides compose with verl's ppo_trainer config")
PY
