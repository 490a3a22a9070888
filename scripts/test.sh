#!/usr/bin/env bash
# Set up, then run the default test suite (slow suites are behind `-m slow`; training
# end-to-end runs behind `-m train`, see scripts/test-train.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
exec .venv/bin/python -m pytest -m "not slow and not train" "$@"
