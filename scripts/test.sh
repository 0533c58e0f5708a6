#!/usr/bin/env bash
# Runs every test of pynjit, as CI does (.ci/run calls this script).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

unformatted=$(gofmt -l cmd internal pkg)
if [[ -n $unformatted ]]; then
  echo "gofmt needed:" >&2
  echo "$unformatted" >&2
  exit 1
fi
go vet ./...
# The oracle tests compare with CPython 3.11 for real: missing CPython fails.
PYNJIT_REQUIRE_ORACLE=1 go test -count=1 -timeout 20m ./...
# Short fuzzing runs of the parser and of check on top of their seeds.
go test ./internal/syntax -run '^$' -fuzz FuzzParse -fuzztime 30s
go test ./internal/build -run '^$' -fuzz FuzzCheck -fuzztime 20s
go test ./internal/build -run '^$' -fuzz FuzzBuild -fuzztime 20s
echo "all tests passed"
