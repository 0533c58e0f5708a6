#!/usr/bin/env bash
# Runs every test of pynjit, as CI does (.ci/run calls this script).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

unformatted=$(gofmt -l cmd internal pkg python)
if [[ -n $unformatted ]]; then
  echo "gofmt needed:" >&2
  echo "$unformatted" >&2
  exit 1
fi
go vet ./...
# The oracle tests compare with CPython 3.11 (Debian's), 3.12 and 3.13
# (pyenv's) for real: a missing interpreter fails.
# internal/build, the longest package, takes about 8 minutes on an idle
# 2-core machine; the timeout leaves room for a busy one within CI's 45.
PYNJIT_REQUIRE_ORACLE=1 go test -count=1 -timeout 35m ./...
# Short fuzzing runs of the parser, check and build on top of their seeds,
# bounded by a count of executions (about 20-30 s each here): a duration
# (-fuzztime 20s) can fail with "context deadline exceeded" and no failing
# input, a race in Go 1.26's fuzzing coordinator (go.dev/issue/75804,
# fixed in Go 1.27) that struck FuzzBuild once here.
go test ./internal/syntax -run '^$' -fuzz '^FuzzParse$' -fuzztime 300000x
go test ./internal/build -run '^$' -fuzz '^FuzzCheck$' -fuzztime 200000x
go test ./internal/build -run '^$' -fuzz '^FuzzBuild$' -fuzztime 20000x
echo "all tests passed"
