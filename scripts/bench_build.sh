#!/usr/bin/env bash
# Build time: `pynjit build` of a 10-function file at -O2, wall time
# (median of 11 runs, compiled runtime cached as in normal use), and the
# front end's share (parse to LLVM text) from `pynjit build -v`.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -buildvcs=auto -o bin/pynjit ./cmd/pynjit
src=testdata/bench/tenfuncs.py
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bin/pynjit build "$src" -O 2 -o "$out/warm.so" # fills the runtime cache
times=()
for i in $(seq 11); do
  s=$(date +%s%N)
  bin/pynjit build "$src" -O 2 -o "$out/t.so"
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
front=$(bin/pynjit build "$src" -O 2 -o "$out/v.so" -v 2>&1 |
  awk '$2 ~ /^(parse|resolve|ir|infer|codegen)$/ { s += $3 } END { printf "%.2f", s }')
echo "pynjit build $src (10 functions, -O2)"
awk -v us="$median" 'BEGIN { printf "wall, median of 11: %.3f s (goal: < 0.5 s)\n", us / 1e6 }'
echo "front end (parse to LLVM text): ${front} ms (goal: < 10 ms)"
