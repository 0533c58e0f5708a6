#!/usr/bin/env bash
# Instructions against source size: the size of each front-end stage's
# work, which neither the machine's other work nor its caches change.
#
# The shapes of scripts/bench_scale.sh (BenchmarkScale in internal/build)
# at doubling sizes from 6,250 to 100,000, each run under valgrind's
# callgrind with the collector off and one P (GOGC=off GOMAXPROCS=1, no
# asynchronous preemption, no heap sampling): BenchmarkScale calls
# scaleMark as each stage starts and ends, and callgrind writes the count
# so far at each call (--dump-before), so a stage's instructions are those
# between its two marks. Per stage: its instructions and their ratio to
# the half size. Goal: <= 2.2x per doubling where a stage executes >= 50M
# instructions at the half size (a stage's CPU time can grow faster over
# one doubling where its data outgrow the last-level cache; its count
# cannot, unless its work does).
#
# Runs $JOBS sizes at once (default: the cores; counts do not depend on
# load). About an hour on two cores. Writes docs/scaling-instructions.md
# when run whole; `scripts/bench_instr.sh SHAPE...` measures only those
# shapes and prints.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-$(nproc)} TIMEOUT=${TIMEOUT:-1800}
shapes=(straight ifs elif chain tuple tuplearg fstring bigint functions)
[ $# -gt 0 ] && shapes=("$@")
command -v valgrind >/dev/null || { echo "bench_instr.sh: valgrind not found (apt-get install -y valgrind)" >&2; exit 2; }
# the code measured: HEAD as the test binary is built, and whether the
# compiler's sources differ from it
rev=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- internal cmd pkg || echo ' (with uncommitted changes)')
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go test -c -o "$dir/build.test" ./internal/build

# instr SHAPE N: "shape n stage instructions", one line per stage ended
# (--dump-before=scaleMark writes out.K as mark K is reached: stage K's
# count is out.2K's); a run that fails prints the stages it ended
instr() {
  local d="$dir/cg-$1-$2" k=0 st
  mkdir -p "$d"
  (cd "$d" && PYNJIT_SCALE_INSTR=1 PYNJIT_SCALE_TRACE=1 GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 GOGC=off \
    timeout "$TIMEOUT" valgrind --tool=callgrind --dump-before='*internal/build.scaleMark' \
    --callgrind-out-file="$d/out" ../build.test -test.run '^$' -test.bench "^BenchmarkScale\$/^$1\$/^$2\$" \
    -test.benchtime 1x >"$d/log" 2>&1) || echo "bench_instr.sh: $1 $2 did not finish (see its stages)" >&2
  for st in $(awk '/^scale-stage / { print $2 }' "$d/log"); do
    k=$((k + 2))
    echo "$1 $2 $st $(awk '/^summary:/ { print $2 }' "$d/out.$k")"
  done
  rm -rf "$d"
}
export -f instr
export dir TIMEOUT

for shape in "${shapes[@]}"; do
  for n in 6250 12500 25000 50000 100000; do
    echo "$shape $n"
  done
done | xargs -P "$JOBS" -L 1 bash -c 'instr "$0" "$1" | tee "$dir/instr-$0-$1.txt" >&2'
cat "$dir"/instr-*.txt >"$dir/instr.txt"

python3 - "$dir/instr.txt" "${shapes[@]}" >"$dir/table.md" <<'PY'
import collections, sys

stages = ["parse", "resolve", "ir", "infer", "codegen"]
shapes = sys.argv[2:]
ins = collections.defaultdict(dict)  # (shape, stage) -> {n: count}
for shape, n, stage, count in (l.split() for l in open(sys.argv[1]).read().splitlines()):
    ins[(shape, stage)][int(n)] = int(count)
sizes = sorted({n for by_n in ins.values() for n in by_n})
print("| shape | stage | " + " | ".join(f"{n:,}" for n in sizes) + " |")
print("|---|---|" + "---:|" * len(sizes))
worst = []
for shape in shapes:
    for st in stages:
        by_n = ins.get((shape, st))
        if not by_n:
            continue
        cells = []
        for n in sizes:
            c = by_n.get(n)
            if c is None:
                cells.append("")
                continue
            cell = f"{c / 1e6:,.1f}"
            h = by_n.get(n // 2)
            if h and h >= 50e6:
                cell += f" ({c / h:.2f}x)"
                worst.append((c / h, shape, st, n))
            cells.append(cell)
        print(f"| {shape} | {st} | " + " | ".join(cells) + " |")
print()
worst.sort(reverse=True)
if worst:
    r, s, st, n = worst[0]
    over = [f"{s} {st} ({r:.2f}x at {n:,})" for r, s, st, n in worst if r > 2.2]
    print(f"Instructions per doubling: at most {r:.2f}x ({s} {st}, {n // 2:,} to {n:,}); goal <= 2.2x: " + ("met." if not over else "not met: " + ", ".join(over) + "."))
missing = [f"{s} {n:,}" for s in shapes for n in (6250, 12500, 25000, 50000, 100000) if not any(n in ins.get((s, st), {}) for st in stages)]
if missing:
    print(f"Not measured (the run failed before a stage ended): {', '.join(missing)}.")
PY

if [ $# -eq 0 ]; then
  {
    echo "# Scaling: instructions"
    echo
    echo "Written by \`scripts/bench_instr.sh\` (do not edit) at $rev, $(date -u +%Y-%m-%d)."
    echo "Each shape of docs/scaling.md at doubling sizes through the stages of \`pynjit build --emit ll\`"
    echo "(BenchmarkScale in internal/build), under valgrind's callgrind with the collector off and one P: per"
    echo "stage, millions of instructions executed and, where the half size's count is >= 50M, the ratio to it."
    echo "A count is the size of a stage's work: the machine's other work does not change it, and neither do"
    echo "its caches, which make a stage's CPU time grow faster than its work over the doubling where its data"
    echo "outgrow them (docs/scaling.md measures the time). n counts statements (straight, ifs), branches"
    echo "(elif), links (chain), elements (tuple, tuplearg), fields (fstring), functions (functions), or tens of"
    echo "digits (bigint)."
    echo
    cat "$dir/table.md"
  } >docs/scaling-instructions.md
  cat docs/scaling-instructions.md
else
  cat "$dir/table.md"
fi
