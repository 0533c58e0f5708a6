#!/usr/bin/env bash
# The main job on the shipped example: pynjit reads examples/kernels.py.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "== pynjit parse examples/kernels.py --dump (CPython's ast.dump format)"
bin/pynjit parse examples/kernels.py --dump
