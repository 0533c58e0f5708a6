#!/usr/bin/env bash
# NPBench's kernels through pynjit, checked against NPBench's NumPy version
# and timed beside its Numba, NumPy and Pythran versions in one run; writes
# docs/npbench.md. NPBench is not part of this repository: fetch
# spcl/npbench and give its location in NPBENCH_DIR (a git directory
# without a work tree is checked out to a temporary directory). Runs under
# nice with one BLAS/OpenMP thread: the machine is shared, and every
# version then runs on one core.
#   NPBENCH_DIR=... scripts/bench_npbench.sh [--preset S] [--only mvt,trmm] [--peers numba,numpy,pythran]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${NPBENCH_DIR:?set NPBENCH_DIR to a copy of github.com/spcl/npbench}"
scripts/setup.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=$NPBENCH_DIR
if [[ ! -d $src/bench_info ]]; then
  git --git-dir="$src" archive HEAD | tar -x -C "$tmp"
  src=$tmp
fi
out=()
if [[ " $* " != *" --only "* ]]; then out=(--out docs/npbench.md); fi
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 NUMBA_NUM_THREADS=1 \
    nice -n 10 .venv/bin/python scripts/npbench.py --npbench "$src" --pynjit "$PWD/bin/pynjit" "${out[@]}" "$@"
