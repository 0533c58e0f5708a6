#!/usr/bin/env bash
# Loop speed: the kernels of testdata/bench/loops.py run under CPython,
# under Numba (after its JIT compilation, which is timed separately),
# compiled by pynjit (called through ctypes) and as hand-written C, all
# in one run, with the same answers checked.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin/pynjit build testdata/bench/loops.py -O 2 -o "$tmp/pynjit.so"
cc=$(command -v clang-14 || command -v clang || command -v cc)
"$cc" -O2 -shared -fPIC testdata/bench/loops.c -o "$tmp/c.so"
/usr/bin/python3 - "$tmp" <<'PY'
import ctypes, importlib.util, os, sys, time
tmp = sys.argv[1]
COLLATZ, LEIBNIZ = 100_000, 5_000_000

def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

def best(f, *args, repeat=3):
    t = min(timed(f, *args) for _ in range(repeat))
    return t

def timed(f, *args):
    s = time.perf_counter(); f(*args); return time.perf_counter() - s

def clib(path):
    lib = ctypes.CDLL(path)
    lib.collatz_total.argtypes = [ctypes.c_int64]; lib.collatz_total.restype = ctypes.c_int64
    lib.leibniz.argtypes = [ctypes.c_int64]; lib.leibniz.restype = ctypes.c_double
    return lib

pynjit, c = clib(os.path.join(tmp, "pynjit.so")), clib(os.path.join(tmp, "c.so"))
sys.path.insert(0, os.path.abspath("testdata/pyshim"))
plain = load("testdata/bench/loops.py", "plain")
sys.path.pop(0)
del sys.modules["numba"]
import numba
s = time.perf_counter()
jitted = load("testdata/bench/loops.py", "jitted")  # @njit("sig") compiles at import
numba_compile = time.perf_counter() - s

rows = []
for name, arg in (("collatz_total", COLLATZ), ("leibniz", LEIBNIZ)):
    want = getattr(c, name)(arg)
    got = {"pynjit": getattr(pynjit, name)(arg), "numba": getattr(jitted, name)(arg)}
    for k, v in got.items():
        assert v == want, (name, k, v, want)
    s0 = time.perf_counter()
    assert getattr(plain, name)(arg) == want
    cpython = time.perf_counter() - s0
    t = {
        "C": best(getattr(c, name), arg),
        "pynjit": best(getattr(pynjit, name), arg),
        "numba": best(getattr(jitted, name), arg),
        "CPython": cpython,
    }
    rows.append((name, arg, t))

print("kernel          n            C        pynjit   Numba    CPython   pynjit vs CPython  vs Numba  vs C")
for name, arg, t in rows:
    print("%-14s %-10d %7.3fs %7.3fs %7.3fs %8.2fs %12.0fx %10.2fx %7.2fx" % (
        name, arg, t["C"], t["pynjit"], t["numba"], t["CPython"],
        t["CPython"] / t["pynjit"], t["numba"] / t["pynjit"], t["C"] / t["pynjit"]))
print("(ratios > 1 mean pynjit is faster; best of 3 runs except CPython, one run; Numba's JIT compile took %.2fs, excluded)" % numba_compile)
PY
