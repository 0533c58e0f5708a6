#!/usr/bin/env bash
# Runs internal/progen's random differential test (TestRandomPrograms)
# over many seeds, in chunks, niced, one chunk at a time, and prints a
# line per chunk and a total. The test is compiled once, so the run keeps
# the generator it started with.
#
# usage: scripts/progen.sh [-r REACH] [-s SHRINK] FIRST COUNT [CHUNK]
#   -r REACH   Known bugs whose constructs are generated anyway (see
#              internal/progen/known.go), comma-separated, or all
#   -s SHRINK  programs built while shrinking each mismatch (default 100)
# Each chunk's log, with every mismatch shrunk, is written to
# $PROGEN_LOGS (default /tmp/progen-logs)/seeds_FIRST.log.
set -euo pipefail
cd "$(dirname "$0")/.."

reach="" shrink=100
while getopts "r:s:" opt; do
  case $opt in
    r) reach=$OPTARG ;;
    s) shrink=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [[ $# -lt 2 ]]; then
  echo "usage: $0 [-r REACH] [-s SHRINK] FIRST COUNT [CHUNK]" >&2
  exit 2
fi
first=$1 count=$2 chunk=${3:-1000}
logs=${PROGEN_LOGS:-/tmp/progen-logs}
mkdir -p "$logs"
bin=$(mktemp -d)/progen.test
trap 'rm -rf "$(dirname "$bin")"' EXIT
go test -c -o "$bin" ./internal/progen

total=0 bad=0
for ((s = first; s < first + count; s += chunk)); do
  n=$((first + count - s < chunk ? first + count - s : chunk))
  log=$logs/seeds_$s.log
  status=ok
  (cd internal/progen && nice "$bin" -test.run '^TestRandomPrograms$' -test.timeout 0 -test.v \
    -progen.seed "$s" -progen.n "$n" -progen.shrink "$shrink" -progen.reach "$reach") >"$log" 2>&1 || status=FAIL
  found=$(grep -ao '[0-9]* mismatches' "$log" | grep -o '[0-9]*' || echo "?")
  echo "seeds $s..$((s + n - 1)): $status, $found mismatches ($log)"
  total=$((total + n))
  [[ $found =~ ^[0-9]+$ ]] && bad=$((bad + found))
done
echo "$total programs (seeds $first..$((first + count - 1))), $bad mismatches"
[[ $bad -eq 0 ]]
