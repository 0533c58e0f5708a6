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
python3 - "$src" <<'PY'
import sys
out = ["from numba import njit", "import math", "", "SCALE = 3", ""]
i = 0
while len(out) + 10 <= 5000:
    callee = f"k{i - 1}(n, x)" if i else "x"
    out += [
        "",
        f'@njit("float64(int64, float64)")',
        f"def k{i}(n, x):",
        f"    s = 0.0",
        f"    for j in range(n):",
        f"        if j % {i % 7 + 2} == 0:",
        f"            s += math.sqrt(abs(x) + j) * SCALE",
        f"        else:",
        f"            s -= (j // 3) ** 2 / (j + 1)",
        f"    return s + {callee} if n < 0 else s",
    ]
    i += 1
out += ["# padding"] * (5000 - len(out))
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
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
