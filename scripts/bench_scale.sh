#!/usr/bin/env bash
# Build time against source size.
#
# 1. Each shape of generated code (straight-line statements, ifs, an elif
#    chain, a chained comparison, a tuple literal, a UniTuple argument, an
#    f-string, a long integer literal, many functions in a file) at doubling
#    sizes from 6,250 to 100,000 statements (branches, links, elements,
#    fields; tens of digits), through the stages of `pynjit build --emit ll`
#    (BenchmarkScale in internal/build, one size per process): per stage
#    its CPU time (best of $REPS runs; on a shared machine the clock
#    counts others' work), its ratio to the half size, and the heap's
#    peak; per run the process's peak RSS and its bytes per source byte.
#    The ratios are of the CPU time with the collector off (GOGC=off,
#    best of $REPS_OFF more runs, the sizes taken in turn): with it on, a stage's time holds the
#    collections that fall in it, which depends on the heap at its start
#    more than on its own work (the same run measured one stage 6.7x and
#    then 0.6x per doubling).
#    Beside the CPU time, the growth of the bytes each stage allocates
#    over its range, which the machine's other work does not change.
#    Goals: every stage <= 2.2x per doubling (counted where it takes
#    >= 50 ms of CPU); 100,000 statements in one function through the front end
#    in < 2 s; peak RSS < 200 bytes per source byte. A size that passes
#    $TIMEOUT seconds or $MEM_GIB GiB ends its shape.
# 2. `pynjit build` (-O2, empty cache) of generated files of 10,000 and
#    20,000 lines (scripts/gen_kernels.py), and the front end's time on
#    them. Goal: 10,000 lines build in < 5 s.
#
# Writes docs/scaling.md when run whole; `scripts/bench_scale.sh SHAPE...`
# measures only those shapes and prints.
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${REPS:-3} REPS_OFF=${REPS_OFF:-7} TIMEOUT=${TIMEOUT:-120} MEM_GIB=${MEM_GIB:-6}
shapes=(straight ifs elif chain tuple tuplearg fstring bigint functions)
[ $# -gt 0 ] && shapes=("$@")
go build -buildvcs=auto -o bin/pynjit ./cmd/pynjit
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go test -c -o "$dir/build.test" ./internal/build

# run SHAPE N [GOGC]: the stages one run in its own process went through,
# one line each ("stage ms cpu-ms peak-MiB alloc-MiB"), then "end
# src-bytes rss-KiB status"
run() {
  local out rc
  out=$( (ulimit -v $((MEM_GIB << 20)); cd "$dir" && GOGC=${3:-100} PYNJIT_SCALE_TRACE=1 /usr/bin/time -f 'rss-kib %M' \
    timeout "$TIMEOUT" ./build.test -test.run '^$' -test.bench "^BenchmarkScale\$/^$1\$/^$2\$" -test.benchtime 1x) 2>&1) && rc=0 || rc=$?
  awk -v rc="$rc" '
    /^scale-stage / { print $2, $3, $4, $5, $6 }
    /^scale-source / { src = $2 }
    /^rss-kib/ { rss = $2 }
    /out of memory|cannot allocate memory/ { oom = 1 }
    END { print "end", src + 0, rss + 0, rc == 0 ? "ok" : oom ? "out-of-memory" : rc == 124 ? "timeout" : "failed" }' <<<"$out"
}

# best SHAPE N [GOGC]: the best of $REPS runs, stage by stage, as lines
# "shape n src-bytes stage ms cpu-ms peak-MiB alloc-MiB rss-MiB status"; a failed
# run is not repeated
best() {
  local all="" one
  for _ in $(seq "$REPS"); do
    one=$(run "$1" "$2" "${3:-}")
    all+=$one$'\n'
    [[ $one == *" ok" ]] || break
  done
  merge "$1" "$2" <<<"$all"
}

# merge SHAPE N: the best, stage by stage, of the runs of SHAPE at N on
# stdin (run's lines), as best prints it
merge() {
  awk -v shape="$1" -v n="$2" '
    $1 == "end" { if (!src) src = $2; if (!rss || $3 < rss) rss = $3; if ($4 != "ok") st = $4; next }
    NF == 5 { if (!($1 in ms)) order[++k] = $1
              if (!($1 in ms) || $2 < ms[$1]) ms[$1] = $2
              if (!($1 in cpu) || $3 < cpu[$1]) cpu[$1] = $3
              if (!($1 in pk) || $4 < pk[$1]) pk[$1] = $4
              if (!($1 in al) || $5 < al[$1]) al[$1] = $5 }
    END { if (!st) st = "ok"
          for (i = 1; i <= k; i++) { s = order[i]; print shape, n, src, s, ms[s], cpu[s], pk[s], al[s], rss / 1024, st }
          if (k == 0) print shape, n, src, "-", 0, 0, 0, 0, rss / 1024, st }'
}

# best_off SHAPE N...: the best of $REPS_OFF runs with the collector off
# at each size, taken in turn (every size once, then again): a burst of
# the machine's other work slows one round of every size rather than
# every run of one size, and the ratios compare sizes measured side by
# side
best_off() {
  local shape=$1 n r
  shift
  declare -A all=()
  for r in $(seq "$REPS_OFF"); do
    for n in "$@"; do
      all[$n]+=$(run "$shape" "$n" off)$'\n'
    done
  done
  for n in "$@"; do
    merge "$shape" "$n" <<<"${all[$n]}"
  done
}

{
  echo "shape n src-bytes stage ms cpu-ms peak-MiB alloc-MiB rss-MiB status"
  for shape in "${shapes[@]}"; do
    sizes=()
    for n in 6250 12500 25000 50000 100000; do
      b=$(best "$shape" "$n")
      echo "$b"
      echo "$b" >&2
      [[ $b == *" ok" ]] || break
      sizes+=("$n")
    done
    off=$(best_off "$shape" "${sizes[@]}")
    echo "$off" | sed 's/^/off /' >>"$dir/runs_off.txt"
    echo "$off" | sed 's/^/GOGC=off /' >&2
  done
} >"$dir/runs.txt"
touch "$dir/runs_off.txt"

python3 - "$dir/runs.txt" "$dir/runs_off.txt" >"$dir/scaling.md" <<'PY'
import collections, math, sys

rows = [l.split() for l in open(sys.argv[1]).read().splitlines()[1:]]
stages = ["parse", "resolve", "ir", "infer", "codegen"]
by = collections.defaultdict(dict)  # (shape, n) -> {stage: (ms, cpu, peak)}
info = {}
allocs = collections.defaultdict(dict)  # (shape, stage) -> {n: MiB allocated}
for shape, n, src, stage, ms, cpu, peak, alloc, rss, status in rows:
    key = (shape, int(n))
    info[key] = (int(src), float(rss), status)
    if stage != "-":
        by[key][stage] = (float(ms), float(cpu), float(peak))
        if status == "ok":
            allocs[(shape, stage)][int(n)] = float(alloc)
# off: (shape, n) -> {stage: CPU ms with the collector off}, of runs that ended
off = collections.defaultdict(dict)
for _, shape, n, src, stage, ms, cpu, peak, alloc, rss, status in (l.split() for l in open(sys.argv[2]).read().splitlines()):
    if stage != "-" and status == "ok":
        off[(shape, int(n))][stage] = float(cpu)
shapes = list(dict.fromkeys(k[0] for k in info))


def ms(x):
    return f"{x:.0f} ms" if x >= 10 else f"{x:.1f} ms"


worst = {}
print("| shape | n | source | " + " | ".join(stages) + " | front end (wall, CPU) | peak RSS | RSS/source byte |")
print("|---|---:|---:|" + "---:|" * (len(stages) + 3))
for shape in shapes:
    for n in sorted(n for s, n in info if s == shape):
        src, rss, status = info[(shape, n)]
        cells = []
        for st in stages:
            cur = by[(shape, n)].get(st)
            prev = by.get((shape, n // 2), {}).get(st)
            if cur is None:
                cells.append("")
                continue
            cell = ms(cur[1])
            cur_off, prev_off = off[(shape, n)].get(st), off.get((shape, n // 2), {}).get(st)
            if cur_off and prev_off and cur_off >= 50:
                r = cur_off / prev_off
                cell += f" ({r:.1f}x)"
                worst[(shape, st)] = max(worst.get((shape, st), 0), r)
            cells.append(cell + f", {cur[2]:.0f} MiB")
        wall = sum(v[0] for v in by[(shape, n)].values()) / 1000
        cpu = sum(v[1] for v in by[(shape, n)].values()) / 1000
        front = f"{wall:.2f} s, {cpu:.2f} s" if status == "ok" else status
        per = f"{rss * 2**20 / src:.0f}" if src >= 1000 else "n/a"
        print(f"| {shape} | {n} | {src / 1024:.0f} KiB | " + " | ".join(cells) + f" | {front} | {rss:.0f} MiB | {per} |")
print()
bad = sorted((r, s, st) for (s, st), r in worst.items() if r > 2.2)
if bad:
    print("Stages above 2.2x per doubling (CPU, collector off): " + ", ".join(f"{s} {st} ({r:.1f}x)" for r, s, st in reversed(bad)) + ".")
else:
    print("Every stage is at most 2.2x per doubling (CPU, collector off; goal met).")
# over each stage's range (its first size of >= 50 ms to the largest),
# the growth per doubling: a stage's cost in n, where one doubling's
# ratio is one pair of noisy times
span = {}
for (s, n), stg in off.items():
    for st, cpu in stg.items():
        if cpu >= 50:
            lo, hi = span.get((s, st), ((n, cpu), (n, cpu)))
            span[(s, st)] = (min(lo, (n, cpu)), max(hi, (n, cpu)))
growth = sorted((((hi[1] / lo[1]) ** (1 / math.log2(hi[0] / lo[0])), s, st) for (s, st), (lo, hi) in span.items() if hi[0] > lo[0]), reverse=True)
if growth:
    over = [f"{s} {st} ({g:.2f}x)" for g, s, st in growth if g > 2.2]
    print(f"Growth per doubling over each stage's range (CPU, collector off, from its first size of >= 50 ms to its largest): at most {growth[0][0]:.2f}x ({growth[0][1]} {growth[0][2]})" + ("; above 2.2x: " + ", ".join(over) + "." if over else "."))
# the bytes a stage allocates do not depend on the machine's other work:
# their growth over the same range is the size of its work in n, where
# the CPU time's growth also holds the caches' (a table of 100,000
# functions' names is a cache miss a lookup; of 12,500, not)
agrowth = []
for (s, st), by_n in allocs.items():
    ns = sorted(n for n, a in by_n.items() if a >= 1)
    if len(ns) > 1 and ns[-1] > ns[0]:
        lo, hi = ns[0], ns[-1]
        agrowth.append(((by_n[hi] / by_n[lo]) ** (1 / math.log2(hi / lo)), s, st))
if agrowth:
    agrowth.sort(reverse=True)
    over = [f"{s} {st} ({g:.2f}x)" for g, s, st in agrowth if g > 2.2]
    print(f"Bytes allocated, growth per doubling over each stage's range (from its first size allocating >= 1 MiB to its largest): at most {agrowth[0][0]:.2f}x ({agrowth[0][1]} {agrowth[0][2]})" + ("; above 2.2x: " + ", ".join(over) + "." if over else "."))
big = by.get(("straight", 100000))
if big and info[("straight", 100000)][2] == "ok":
    wall, cpu = (sum(v[i] for v in big.values()) / 1000 for i in (0, 1))
    print(f"100,000 statements in one function through the front end: {wall:.2f} s on the clock, {cpu:.2f} s of CPU (goal: < 2 s, {'met' if max(wall, cpu) < 2 else 'not met'}).")
else:
    print("100,000 statements in one function: not reached (goal: < 2 s).")
# the goal is for large sources: at the largest size of each shape (the
# process's own 10-15 MiB dominate below a few hundred KiB)
largest = {s: max(n for t, n in info if t == s) for s in shapes}
over = [(rss * 2**20 / src, s) for s, n in largest.items() for src, rss, st in [info[(s, n)]] if src >= 100 * 1024 and rss * 2**20 / src >= 200]
if over:
    print("Peak RSS above 200 bytes per source byte at the largest size: " + ", ".join(f"{s} ({r:.0f})" for r, s in sorted(over, reverse=True)) + ".")
else:
    print("Peak RSS below 200 bytes per source byte at the largest size of every shape with a source over 100 KiB (goal met).")
PY

if [ $# -eq 0 ]; then
  front() { # median front-end ms of 5 builds to LLVM text
    for i in 1 2 3 4 5; do
      PYNJIT_CACHE=off bin/pynjit build "$1" --emit ll -o "$dir/x.ll" -v 2>&1 |
        awk '$1 == "pynjit:" && $4 == "ms" && $2 != "toolchain" { s += $3 } END { printf "%.1f\n", s }'
    done | sort -n | sed -n 3p
  }
  {
    echo
    for n in 5000 10000 20000; do
      python3 scripts/gen_kernels.py $n "$dir/k$n.py"
      echo "- front end, $n lines of scripts/gen_kernels.py: $(front "$dir/k$n.py") ms"
    done
    for n in 10000 20000; do
      s=$(date +%s%N)
      PYNJIT_CACHE="$dir/cache$n" bin/pynjit build "$dir/k$n.py" -O 2 -o "$dir/k$n.so"
      e=$(date +%s%N)
      awk -v ns=$((e - s)) -v n=$n 'BEGIN { printf "- build, %d lines (-O2, empty cache): %.2f s%s\n", n, ns / 1e9, n == 10000 ? " (goal: < 5 s)" : "" }'
    done
  } >>"$dir/scaling.md"
  {
    echo "# Scaling"
    echo
    echo "Written by \`scripts/bench_scale.sh\` (do not edit) on $(uname -m) ($(nproc) cores, shared), $(date -u +%Y-%m-%d)."
    echo "Each shape at doubling sizes through the stages of \`pynjit build --emit ll\` (BenchmarkScale in"
    echo "internal/build, one size per process): per stage its CPU time (best of $REPS; all threads, the"
    echo "collector's included: the machine is shared, and waiting for a core is not the stage's cost), its"
    echo "ratio to the half size where it takes >= 50 ms (of the CPU time with the collector off, GOGC=off, best"
    echo "of $REPS_OFF more runs taking the sizes in turn: with it on, a stage's time holds the collections that fall in it, which depends on"
    echo "the heap at its start more than on its own work), and the heap's peak; the front end's time on the"
    echo "clock and in CPU; the process's peak RSS. codegen is the exported symbols' names, codegen.Generate"
    echo "and the module's LLVM text. n counts statements"
    echo "(straight, ifs), branches (elif), links (chain), elements (tuple, tuplearg), fields (fstring),"
    echo "functions (functions), or tens of digits (bigint). The size of each stage's work is counted in"
    echo "instructions by scripts/bench_instr.sh (docs/scaling-instructions.md), which neither the machine's"
    echo "load nor its caches change: a stage's CPU time grows faster than its work over the doubling where"
    echo "its data outgrow the last-level cache."
    echo
    cat "$dir/scaling.md"
  } >docs/scaling.md
  cat docs/scaling.md
else
  cat "$dir/scaling.md"
fi
