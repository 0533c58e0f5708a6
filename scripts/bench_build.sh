#!/usr/bin/env bash
# Build time of a 10-function file at -O2, wall time, median of 11 runs:
# cold (empty cache: the runtime is compiled too), a changed file (the
# runtime cached, the file's code compiled: what an edit costs), and an
# unchanged rebuild (the library from the build cache); plus the front
# end's share (parse to LLVM text) from `pynjit build -v`.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -buildvcs=auto -o bin/pynjit ./cmd/pynjit
src=testdata/bench/tenfuncs.py
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
median() { # runs "$@" 11 times (with $i set), prints the median in s
  local times=() s e
  for i in $(seq 11); do
    s=$(date +%s%N)
    "$@"
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 6p | awk '{ printf "%.3f", $1 / 1e6 }'
}
cold() { PYNJIT_CACHE="$out/cold$i" bin/pynjit build "$src" -O 2 -o "$out/t.so"; }
changed() {
  { cat "$src"; printf '\n\n@njit("int64(int64)")\ndef bench_edit(x):\n    return x + %d\n' "$i$RANDOM"; } > "$out/edited.py"
  PYNJIT_CACHE="$out/cache" bin/pynjit build "$out/edited.py" -O 2 -o "$out/t.so"
}
unchanged() { PYNJIT_CACHE="$out/cache" bin/pynjit build "$src" -O 2 -o "$out/t.so"; }
PYNJIT_CACHE="$out/cache" bin/pynjit build "$src" -O 2 -o "$out/warm.so" # fills the cache
t_cold=$(median cold)
t_changed=$(median changed)
t_unchanged=$(median unchanged)
front=$(PYNJIT_CACHE=off bin/pynjit build "$src" -O 2 -o "$out/v.so" -v 2>&1 |
  awk '$2 ~ /^(parse|resolve|ir|infer|codegen)$/ { s += $3 } END { printf "%.2f", s }')
echo "pynjit build $src (10 functions, -O2), wall, median of 11:"
echo "  cold (empty cache):               ${t_cold} s (goal: < 0.3 s)"
echo "  changed file (runtime cached):    ${t_changed} s (goal: < 0.3 s)"
echo "  unchanged rebuild (build cache):  ${t_unchanged} s (goal: < 0.03 s)"
echo "front end (parse to LLVM text): ${front} ms (goal: < 10 ms)"
