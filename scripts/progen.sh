#!/usr/bin/env bash
# Runs internal/progen's random differential test (TestRandomPrograms)
# over many seeds, in chunks, niced, JOBS chunks at a time, and prints a
# line per chunk and a total. The test is compiled once, so the run keeps
# the generator it started with.
#
# usage: scripts/progen.sh [-r REACH] [-s SHRINK] [-o O2] [-j JOBS] [-k] FIRST COUNT [CHUNK]
#   -r REACH   Known bugs whose constructs are generated anyway (see
#              internal/progen/known.go), comma-separated, or all
#   -s SHRINK  programs built while shrinking each mismatch (default 100)
#   -o O2      every O2th batch of 40 programs is built at -O2, the others
#              at -O0, which costs half the CPU (default 4; 1: all at -O2)
#   -j JOBS    chunks run at once (default 1)
#   -k         keep the chunks whose log already says they passed (to
#              resume a run that was cut; the log names the reach)
# Each chunk's log, with every mismatch shrunk, is written to
# $PROGEN_LOGS (default /tmp/progen-logs)/seeds_FIRST.log. A mismatch's
# line gives the -O it was built at: scripts/progen.sh -o 1 SEED 1 runs
# that seed again at -O2, -o 0 SEED 1 at -O0.
set -euo pipefail
cd "$(dirname "$0")/.."

reach="" shrink=100 o2=4 jobs=1 keep=""
while getopts "r:s:o:j:k" opt; do
  case $opt in
    r) reach=$OPTARG ;;
    s) shrink=$OPTARG ;;
    o) o2=$OPTARG ;;
    j) jobs=$OPTARG ;;
    k) keep=1 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [[ $# -lt 2 ]]; then
  echo "usage: $0 [-r REACH] [-s SHRINK] [-o O2] [-j JOBS] [-k] FIRST COUNT [CHUNK]" >&2
  exit 2
fi
first=$1 count=$2 chunk=${3:-1000}
logs=${PROGEN_LOGS:-/tmp/progen-logs}
mkdir -p "$logs"
bin=$(mktemp -d)/progen.test
trap 'rm -rf "$(dirname "$bin")"' EXIT
go test -c -o "$bin" ./internal/progen

# chunk S N runs seeds S..S+N-1 and prints its line.
chunk() {
  local s=$1 n=$2 log=$logs/seeds_$1.log status=ok found
  if [[ -n $keep ]] && grep -q "^reach: $reach, o2: $o2\$" "$log" 2>/dev/null &&
    grep -aq "^    progen_test.go:[0-9]*: $n programs (seeds $s\.\..*), 0 mismatches" "$log" && grep -q '^PASS$' "$log"; then
    echo "seeds $s..$((s + n - 1)): ok, 0 mismatches ($log, kept)"
    return
  fi
  echo "reach: $reach, o2: $o2" >"$log"
  (cd internal/progen && nice "$bin" -test.run '^TestRandomPrograms$' -test.timeout 0 -test.v \
    -progen.seed "$s" -progen.n "$n" -progen.shrink "$shrink" -progen.o2 "$o2" -progen.reach "$reach") >>"$log" 2>&1 || status=FAIL
  found=$(grep -a ' programs (seeds ' "$log" | grep -o '[0-9]* mismatches' | grep -o '[0-9]*' || echo "?")
  echo "seeds $s..$((s + n - 1)): $status, $found mismatches ($log)"
}

out=$(mktemp)
trap 'rm -rf "$(dirname "$bin")" "$out"' EXIT
for ((s = first; s < first + count; s += chunk)); do
  while (($(jobs -rp | wc -l) >= jobs)); do
    wait -n || true
  done
  chunk "$s" $((first + count - s < chunk ? first + count - s : chunk)) | tee -a "$out" &
done
wait
total=0 bad=0 failed=0
while read -r _ range status found _; do
  a=${range%%..*} b=${range#*..}
  total=$((total + ${b%:} - a + 1))
  [[ $found =~ ^[0-9]+$ ]] && bad=$((bad + found))
  [[ $status == ok, ]] || failed=$((failed + 1))
done <"$out"
echo "$total programs (seeds $first..$((first + count - 1))), $bad mismatches, $failed chunks failed"
[[ $bad -eq 0 && $failed -eq 0 ]]
