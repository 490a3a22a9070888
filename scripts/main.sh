#!/usr/bin/env bash
# Set up, then run the main job on the built-in default: judge the example
# candidates against the example tasks and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
mkdir -p out
.venv/bin/asmopt eval --dataset examples --candidates examples --out out/examples-results.jsonl "$@"
.venv/bin/asmopt summary out/examples-results.jsonl
