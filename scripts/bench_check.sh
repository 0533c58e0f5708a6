#!/usr/bin/env bash
# Check speed: `pynjit check` of a generated 5,000-line file of compiled
# functions (499 functions with signatures, loops, branches, math and
# calls between them), wall time, median of 11 runs. Goal: < 200 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -buildvcs=auto -o bin/pynjit ./cmd/pynjit
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
src=$dir/kernels5000.py
python3 scripts/gen_kernels.py 5000 "$src"
lines=$(wc -l < "$src")
bin/pynjit check "$src" # must be clean; set -e stops here otherwise
times=()
for i in $(seq 11); do
  s=$(date +%s%N)
  bin/pynjit check "$src"
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
echo "pynjit check of a generated file: $lines lines, $(grep -c '^def ' "$src") functions"
awk -v us="$median" 'BEGIN { printf "wall, median of 11: %.1f ms (goal: < 200 ms)\n", us / 1e3 }'
