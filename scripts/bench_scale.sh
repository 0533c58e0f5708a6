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
gen() { # gen LINES FILE
  python3 - "$1" "$2" <<'PY'
import sys
lines, path = int(sys.argv[1]), sys.argv[2]
out = ["from numba import njit", "import math", "", "SCALE = 3", ""]
i = 0
while len(out) + 10 <= lines:
    callee = f"k{i - 1}(n, x)" if i else "x"
    out += ["", '@njit("float64(int64, float64)")', f"def k{i}(n, x):", "    s = 0.0",
            "    for j in range(n):", f"        if j % {i % 7 + 2} == 0:",
            "            s += math.sqrt(abs(x) + j) * SCALE", "        else:",
            "            s -= (j // 3) ** 2 / (j + 1)", f"    return s + {callee} if n < 0 else s"]
    i += 1
out += ["# padding"] * (lines - len(out))
open(path, "w").write("\n".join(out) + "\n")
PY
}
front() { # median front-end ms of 5 builds to LLVM text
  for i in 1 2 3 4 5; do
    PYNJIT_CACHE=off bin/pynjit build "$1" --emit ll -o "$dir/x.ll" -v 2>&1 |
      awk '$2 ~ /^(parse|resolve|ir|infer|codegen)$/ { s += $3 } END { printf "%.1f\n", s }'
  done | sort -n | sed -n 3p
}
for n in 5000 10000 20000; do
  gen $n "$dir/k$n.py"
  echo "front end, $n lines: $(front "$dir/k$n.py") ms"
done
for n in 10000 20000; do
  s=$(date +%s%N)
  PYNJIT_CACHE="$dir/cache$n" bin/pynjit build "$dir/k$n.py" -O 2 -o "$dir/k$n.so"
  e=$(date +%s%N)
  awk -v ns=$((e - s)) -v n=$n 'BEGIN { printf "build, %d lines (-O2, empty cache): %.2f s%s\n", n, ns / 1e9, n == 10000 ? " (goal: < 5 s)" : "" }'
done
