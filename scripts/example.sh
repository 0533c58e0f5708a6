#!/usr/bin/env bash
# The main job on the shipped example: pynjit compiles the @njit functions
# of examples/kernels.py to a shared library, header and Python module,
# and Python (the module and ctypes), C and the shell call them (no
# Numba, no JIT at run time). examples/Makefile does the same in a
# folder a user can copy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== pynjit build examples/kernels.py --emit so,h,py"
bin/pynjit build examples/kernels.py --emit so,h,py -o "$out/kernels" -v
echo "== the generated header"
grep -E '^(int64_t|double|bool)' "$out/kernels.h"
echo "== calling the generated Python module"
/usr/bin/python3 - "$out" <<'PY'
import inspect, sys
sys.path.insert(0, sys.argv[1])
import kernels_pynjit as k
print("kernels_pynjit.add%s = %d" % (inspect.signature(k.add), k.add(2, 40)))
print("collatz_steps(27) =", k.collatz_steps(27))
print("add(2.5, 1) =", k.add(2.5, 1), "(a float truncated for an int64 parameter, as Numba's dispatcher does)")
try:
    k.add("2", 1)
except TypeError as e:
    print("add('2', 1) -> TypeError:", e)
PY
echo "== calling the library from Python (ctypes)"
/usr/bin/python3 - "$out/kernels.so" <<'PY'
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
lib.add.argtypes = [ctypes.c_int64, ctypes.c_int64]; lib.add.restype = ctypes.c_int64
lib.collatz_steps.argtypes = [ctypes.c_int64]; lib.collatz_steps.restype = ctypes.c_int64
lib.leibniz_pi.argtypes = [ctypes.c_int64]; lib.leibniz_pi.restype = ctypes.c_double
lib.hypotenuse.argtypes = [ctypes.c_double, ctypes.c_double]; lib.hypotenuse.restype = ctypes.c_double
print("add(2, 40) =", lib.add(2, 40))
print("collatz_steps(27) =", lib.collatz_steps(27))
print("leibniz_pi(1_000_000) = %.6f" % lib.leibniz_pi(1_000_000))
print("hypotenuse(3.0, 4.0) =", lib.hypotenuse(3.0, 4.0))
PY
echo "== calling the library from C (examples/main.c includes the generated header)"
cc -std=c11 -Wall -O2 -I "$out" examples/main.c -o "$out/main" "$out/kernels.so" -Wl,-rpath,"$out"
"$out/main" 27
echo "== from the shell: pynjit run (the file's __main__ block, compiled)"
bin/pynjit run examples/kernels.py
echo "== pynjit inspect-types examples/kernels.py add int64 int64"
bin/pynjit inspect-types examples/kernels.py add int64 int64
