#!/usr/bin/env bash
# Checks that the LLVM IR pynjit generates is byte-identical to what
# another revision generates (default: main), before optimization (-O 0)
# and after (-O 2), for bench/kernels.py and every testdata/run program:
# a refactoring that must not change code generation runs this per step.
#   scripts/ir_identical.sh [REV]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-main}
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach -q "$tmp/base" "$rev"
(cd "$tmp/base" && go build -o "$tmp/pynjit-base" ./cmd/pynjit)
go build -o "$tmp/pynjit-head" ./cmd/pynjit
status=0
n=0
for f in bench/kernels.py testdata/run/*.py; do
  for o in 0 2; do
    for side in base head; do
      out="$tmp/$side.ll"
      if ! PYNJIT_CACHE=off "$tmp/pynjit-$side" build "$f" --emit ll -O "$o" -o "$out" 2>"$tmp/$side.err"; then
        echo "ir_identical: $side failed on $f -O $o: $(head -1 "$tmp/$side.err")" >&2
        status=1
        continue 2
      fi
    done
    n=$((n + 1))
    if ! cmp -s "$tmp/base.ll" "$tmp/head.ll"; then
      echo "ir_identical: $f -O $o differs from $rev:" >&2
      diff "$tmp/base.ll" "$tmp/head.ll" | head -20 >&2
      status=1
    fi
  done
done
if ((status == 0)); then echo "ir_identical: $n modules byte-identical to $rev"; fi
exit $status
