#!/usr/bin/env bash
# Build time against source size: `pynjit build` (-O2, empty cache) of
# generated files of 10,000 and 20,000 lines (functions with loops,
# branches, math and calls), and the front end's time (parse to LLVM
# text, from -v) at 5,000, 10,000 and 20,000 lines: doubling the file
# should at most double it. Goals: 10,000 lines build in < 5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -buildvcs=auto -o bin/pynjit ./cmd/pynjit
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
front() { # median front-end ms of 5 builds to LLVM text
  for i in 1 2 3 4 5; do
    PYNJIT_CACHE=off bin/pynjit build "$1" --emit ll -o "$dir/x.ll" -v 2>&1 |
      awk '$2 ~ /^(parse|resolve|ir|infer|codegen)$/ { s += $3 } END { printf "%.1f\n", s }'
  done | sort -n | sed -n 3p
}
for n in 5000 10000 20000; do
  python3 scripts/gen_kernels.py $n "$dir/k$n.py"
  echo "front end, $n lines: $(front "$dir/k$n.py") ms"
done
for n in 10000 20000; do
  s=$(date +%s%N)
  PYNJIT_CACHE="$dir/cache$n" bin/pynjit build "$dir/k$n.py" -O 2 -o "$dir/k$n.so"
  e=$(date +%s%N)
  awk -v ns=$((e - s)) -v n=$n 'BEGIN { printf "build, %d lines (-O2, empty cache): %.2f s%s\n", n, ns / 1e9, n == 10000 ? " (goal: < 5 s)" : "" }'
done
