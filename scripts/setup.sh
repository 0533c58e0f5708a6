#!/usr/bin/env bash
# Installs what pynjit's build and tests need, then builds bin/pynjit.
# Idempotent: it installs only what is missing, and runs apt-get update only
# when something must be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  clang-14                 # compiles the generated LLVM IR (LLVM 14 llc/opt are preinstalled)
  python3.11               # CPython 3.11: the oracle for the parser and for compiled code
  libpython3.11-testsuite  # the standard library's tests: part of the parser's oracle corpus
  python3-numpy            # real numpy for the tests (Debian's /usr/bin/python3)
  python3-numba            # real Numba: its sources are a parser corpus; it is a benchmark peer
  lld-14                   # wasm-ld, for --target wasm32 --emit wasm
  graphviz                 # dot, for inspect-cfg --format svg
  make                     # examples/Makefile
)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v go >/dev/null || { echo "setup: Go is not installed (need Go 1.26)" >&2; exit 1; }
mkdir -p bin
go build -buildvcs=auto -o bin/pynjit ./cmd/pynjit
