#!/usr/bin/env bash
# The benchmark suite (bench/): hand-written C at -O3, pynjit, Numba and
# CPython side by side in one run, results checked to agree; prints the
# table and writes docs/benchmarks.md and docs/benchmarks.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Numba compiles for the CPU it runs on; C and pynjit do too here, so
# that all three may use the same instructions.
pynjit_flags=(-O 2 --cpu native)
c_flags=(-O3 -march=native)
bin/pynjit build bench/kernels.py "${pynjit_flags[@]}" --emit so,py,pyext -o "$tmp/kernels"
cc=$(command -v clang-14 || command -v clang || command -v cc)
"$cc" "${c_flags[@]}" -shared -fPIC bench/kernels.c -o "$tmp/c.so" -lm
BENCH_CC=$cc BENCH_CFLAGS="${c_flags[*]}" BENCH_PYNJIT_FLAGS="${pynjit_flags[*]}" \
    /usr/bin/python3 bench/run.py "$tmp" "$tmp/c.so" docs
