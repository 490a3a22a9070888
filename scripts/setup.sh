#!/usr/bin/env bash
# Install what asmopt needs, idempotently: system tools (gcc, binutils, valgrind,
# bubblewrap, llvm-mca) from Debian, and a virtualenv in .venv with the package.
# Usage: scripts/setup.sh [extra,...]   (default extra: dev)
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-dev}"

need=()
command -v gcc >/dev/null || need+=(gcc libc6-dev)
command -v as >/dev/null || need+=(binutils)
command -v valgrind >/dev/null || need+=(valgrind)
command -v bwrap >/dev/null || need+=(bubblewrap)
command -v chromium >/dev/null || need+=(chromium)  # the report test renders the page headless
command -v clang >/dev/null || need+=(clang)  # a baseline and a compiler-search policy
# The cycles model's pipeline: LLVM 19 has scheduling models of Sapphire Rapids and Zen 3/4.
command -v llvm-mca-19 >/dev/null || need+=(llvm-19)
py=""
for cand in python3.11 python3; do
  if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    py="$cand"; break
  fi
done
[ -n "$py" ] || need+=(python3 python3-venv)
if [ -n "$py" ] && ! "$py" -c 'import ensurepip, venv' 2>/dev/null; then need+=(python3-venv); fi

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} with apt-get" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  [ -n "$py" ] || py=python3
fi

stamp=".venv/.asmopt-installed"
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1) $extras"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[$extras]"
  echo "$want" > "$stamp"
fi
# A cheap check that the sandbox works here; asmopt refuses to run candidates without it.
.venv/bin/python -c 'from asmopt.sandbox import bwrap_problem as p; m = p(); print("setup: sandbox", "ok" if m is None else "UNAVAILABLE: " + m)' >&2
