#!/usr/bin/env bash
# pyccel-benchmarks' tests through pynjit, beside Numba, Pythran and
# CPython in one run, checked against CPython; writes its section of
# docs/benchmarks.md. pyccel-benchmarks is not part of this repository:
# fetch pyccel/pyccel-benchmarks and give its location in PYCCEL_BENCH_DIR
# (a git directory without a work tree is checked out to a temporary
# directory). Runs under nice: the machine is shared.
#   PYCCEL_BENCH_DIR=... scripts/bench_pyccel.sh [--only ackermann,md] [--repeat 5]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PYCCEL_BENCH_DIR:?set PYCCEL_BENCH_DIR to a copy of github.com/pyccel/pyccel-benchmarks}"
scripts/setup.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=$PYCCEL_BENCH_DIR
rev=$(git --git-dir="$src" rev-parse HEAD 2>/dev/null || git -C "$src" rev-parse HEAD 2>/dev/null || true)
if [[ ! -d $src/benchmarks ]]; then
  git --git-dir="$src" archive HEAD | tar -x -C "$tmp"
  src=$tmp
fi
out=()
if [[ " $* " != *" --only "* ]]; then out=(--out docs/benchmarks.md); fi
nice -n 10 .venv/bin/python bench/pyccel.py --src "$src" --pynjit "$PWD/bin/pynjit" --rev "$rev" "${out[@]}" "$@"
