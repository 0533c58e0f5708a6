#!/usr/bin/env bash
# The benchmark suite (bench/): hand-written C at -O3, pynjit, Numba and
# CPython side by side in one run, results checked to agree; prints the
# table and writes docs/benchmarks.md and docs/benchmarks.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin/pynjit build bench/kernels.py -O 2 --emit so,py,pyext -o "$tmp/kernels"
cc=$(command -v clang-14 || command -v clang || command -v cc)
"$cc" -O3 -shared -fPIC bench/kernels.c -o "$tmp/c.so" -lm
BENCH_CC=$cc /usr/bin/python3 bench/run.py "$tmp" "$tmp/c.so" docs
