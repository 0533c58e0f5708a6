#!/usr/bin/env bash
# Long random runs of the parser against CPython 3.11, 3.12 and 3.13, too
# long for CI (which runs one seed of 2,000 sources per test): random
# f-strings and type parameter lists (internal/astdump/random_test.go),
# SEEDS seeds of COUNT sources each, from seed FIRST. It stops at the
# first seed that finds a difference; rerun that one with
#   PYNJIT_RANDOM_SEED=N PYNJIT_RANDOM_COUNT=COUNT go test ./internal/astdump -run TestRandom
# usage: scripts/oracle_random.sh [SEEDS [COUNT [FIRST]]]   (default: 20 20000 1)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-20}
count=${2:-20000}
first=${3:-1}
for ((seed = first; seed < first + seeds; seed++)); do
  echo "seed $seed: $count sources per test"
  PYNJIT_REQUIRE_ORACLE=1 PYNJIT_RANDOM_SEED=$seed PYNJIT_RANDOM_COUNT=$count \
    go test ./internal/astdump -run '^TestRandom' -count=1
done
echo "$seeds seeds of $count sources: every version agrees with its CPython"
