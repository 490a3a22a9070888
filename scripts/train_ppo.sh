#!/usr/bin/env bash
# The SuperCoder paper's PPO recipe in verl, end to end: export a dataset's train and
# test splits as verl parquet (the paper's schema), then print, save and run the verl
# command (`asmopt train ppo`, hyperparameters from asmopt/rl/configs/ppo_paper.yaml).
#
# Usage: scripts/train_ppo.sh MODEL_DIR [DATASET] [OUT_DIR] [asmopt train ppo options ...]
#   MODEL_DIR  a local model folder (actor and critic start from it; never downloaded)
#   DATASET    builtin (default), examples, or a path `asmopt` can load
#   OUT_DIR    default out/ppo: data/, checkpoints/, rollouts/, metrics.jsonl, run_verl.sh
# e.g. scripts/train_ppo.sh ~/models/Qwen2.5-Coder-7B-Instruct builtin out/ppo --gpus 4 --reward paper2
#
# Needs GPUs and verl with vLLM installed beside asmopt (docs/training.md). Without verl it
# still exports the data and writes OUT_DIR/run_verl.sh, then stops with an error.
set -euo pipefail
model="${1:?usage: scripts/train_ppo.sh MODEL_DIR [DATASET] [OUT_DIR] [asmopt train ppo options ...]}"
dataset="${2:-builtin}"
out="${3:-out/ppo}"
shift $(( $# < 3 ? $# : 3 ))
asmopt="${ASMOPT:-asmopt}"

mkdir -p "$out/data"
# The paper validated on held-out programs; our splits are by problem (train / test).
$asmopt export verl --dataset "$dataset" --split train --out "$out/data/train.parquet"
$asmopt export verl --dataset "$dataset" --split test --out "$out/data/test.parquet"
exec $asmopt train ppo --model "$model" --train-files "$out/data/train.parquet" \
    --val-files "$out/data/test.parquet" --output-dir "$out" --write "$out/run_verl.sh" "$@"
