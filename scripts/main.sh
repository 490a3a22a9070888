#!/usr/bin/env bash
# Set up, then run the main job on the built-in default: the offline policy
# portfolio (compiler settings search + assembly rewrites, no model needed)
# over the test split of the built-in benchmark (10 programs), judged on all
# tests (hidden included), then the summary. Each task's answer is confirmed in
# measured time on its visible tests before it is chosen, and judged with
# interleaved timing on its stress tests: a gain is claimed only when time
# confirms it. Resumable: run it again to go on.
# Extra arguments go to `asmopt eval` (e.g. -j 4, or --no-timing for a fast,
# instructions-only run that claims nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
mkdir -p out
.venv/bin/asmopt eval --policy offline --strategy refine --samples 6 --rounds 2 \
  --dataset builtin --split test --out out/builtin-test-offline.jsonl "$@"
.venv/bin/asmopt summary out/builtin-test-offline.jsonl
