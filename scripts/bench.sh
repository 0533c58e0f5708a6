#!/usr/bin/env bash
# The benchmark suite (bench/): hand-written C at -O3, pynjit, Numba (the
# project's .venv: today's), Pythran, Cython and CPython side by side in
# one run, results checked to agree; prints the table and writes its
# section of docs/benchmarks.md and docs/benchmarks.svg. Runs under nice:
# the machine is shared, so only the ratios within one run count.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Numba compiles for the CPU it runs on; the others do too here, so that
# all may use the same instructions. C, Cython's C and Pythran's C++ go
# through the same clang.
pynjit_flags=(-O 2 --cpu native)
c_flags=(-O3 -march=native)
cc=$(command -v clang-14 || command -v clang || command -v cc)
cxx=$(command -v clang++-14 || command -v clang++ || command -v c++)
bin/pynjit build bench/kernels.py "${pynjit_flags[@]}" --emit so,py,pyext -o "$tmp/kernels"
"$cc" "${c_flags[@]}" -shared -fPIC bench/kernels.c -o "$tmp/c.so" -lm
mkdir "$tmp/peers"
nice -n 10 .venv/bin/python bench/peers.py "$tmp/peers" "$cc" "$cxx" "${c_flags[@]}" 2>"$tmp/peers.log" || { cat "$tmp/peers.log" >&2; exit 1; }
BENCH_CC=$cc BENCH_CXX=$cxx BENCH_CFLAGS="${c_flags[*]}" BENCH_PYNJIT_FLAGS="${pynjit_flags[*]}" \
    nice -n 10 .venv/bin/python bench/run.py "$tmp" "$tmp/c.so" "$tmp/peers" docs
