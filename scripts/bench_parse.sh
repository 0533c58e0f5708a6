#!/usr/bin/env bash
# Parser speed: pynjit's parser and CPython's ast.parse over the same
# files (the standard library under /usr/lib/python3.11), measured in the
# same run, in CPU seconds. Both are the best of three passes measured
# in one process each: this machine is a shared VM whose noise is larger
# than the differences being measured.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-/usr/lib/python3.11}
py=/usr/bin/python3.11
[ -x "$py" ] || py=$(command -v python3.11 || echo /usr/bin/python3)

ours=$(PYNJIT_BENCH_ROOT=$root go test ./internal/astdump -run '^$' -bench BenchmarkParseStdlib -benchtime 3x -count 3 |
  awk '/BenchmarkParseStdlib/ { for (i = 1; i <= NF; i++) if ($(i+1) == "cpu-s/op") print $i }' | sort -n | head -1)
cpython=$("$py" - "$root" <<'PY'
import ast, os, sys, time, warnings
warnings.simplefilter("ignore")
root = sys.argv[1]
srcs = []
for d, dirs, files in os.walk(root):
    dirs[:] = [x for x in dirs if x not in ("site-packages", "dist-packages")]
    srcs += [open(os.path.join(d, f), "rb").read() for f in files if f.endswith(".py") and not os.path.islink(os.path.join(d, f))]
best = None
for _ in range(3):
    t = time.process_time()
    for s in srcs:
        try:
            compile(s, "x", "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError):
            pass
    t = time.process_time() - t
    best = t if best is None else min(best, t)
print(f"{best:.3f}")
PY
)
echo "corpus: $root"
echo "pynjit parser:    ${ours} s CPU per pass, best of 3 (goal: < 1 s)"
echo "CPython ast.parse: ${cpython} s CPU per pass (best of 3)"
awk -v a="$ours" -v b="$cpython" 'BEGIN { printf "speed-up: %.1fx (goal: >= 5x)\n", b / a }'
