#!/usr/bin/env bash
# Set up with the train extra (torch CPU wheel, transformers, TRL, peft), then run the
# training end-to-end tests: a tiny Qwen2-style model built locally, GRPO steps on two
# example tasks, rewards from the real harness. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev,train
exec .venv/bin/python -m pytest -m train tests/rl "$@"
