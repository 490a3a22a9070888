#!/usr/bin/env bash
# Set up, then run the default test suite (slow suites are behind `-m slow`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
exec .venv/bin/python -m pytest -m "not slow" "$@"
