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
  valgrind                 # callgrind, for scripts/bench_instr.sh
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

# The project virtual environments, each rebuilt only when its pins change:
# .venv has NumPy 2, current Numba, SciPy, IPython and the benchmark peers,
# pinned in requirements/venv.txt, on pyenv's CPython 3.12 (Debian's
# python3 keeps NumPy 1.24 and Numba 0.56 as the second stack).
venv_python() {
  local v=$1 root
  root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
  for p in "$root"/versions/"$v".*/bin/python"$v" "$(command -v python"$v" || true)"; do
    if [[ -x $p ]] && "$p" -c 'import venv' 2>/dev/null; then echo "$p"; return; fi
  done
  echo "setup: CPython $v not found (pyenv install $v, or apt-get install python$v)" >&2
  return 1
}
make_venv() {
  local dir=$1 version=$2 req=$3 py
  if cmp -s "$req" "$dir/requirements.txt" 2>/dev/null; then return; fi
  py=$(venv_python "$version")
  echo "setup: making $dir with $("$py" --version) from $req" >&2
  rm -rf "$dir"
  "$py" -m venv "$dir"
  "$dir/bin/python" -m pip install -q --disable-pip-version-check -r "$req"
  cp "$req" "$dir/requirements.txt"
}
make_venv .venv 3.12 requirements/venv.txt
# Smoke environments: the generated modules on the other supported CPythons.
make_venv .venv-3.11 3.11 requirements/smoke-3.11.txt
make_venv .venv-3.13 3.13 requirements/smoke-3.13.txt

command -v go >/dev/null || { echo "setup: Go is not installed (need Go 1.26)" >&2; exit 1; }
mkdir -p bin
go build -buildvcs=auto -o bin/pynjit ./cmd/pynjit
