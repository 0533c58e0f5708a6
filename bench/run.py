"""Runs the suite of bench/kernels.py four ways in one process: the C
twins (clang -O3, through ctypes), pynjit's build (through its extension
module, or its Python module for what the extension lacks), Numba (after
its compilation, timed apart) and CPython. Checks that all four agree,
prints a table of times and ratios with geometric means, and writes
docs/benchmarks.md and docs/benchmarks.svg.

usage: run.py PYNJIT_MODULE_DIR C_LIBRARY DOCS_DIR"""
import ctypes
import importlib
import importlib.util
import math
import os
import platform
import subprocess
import sys
import time
import timeit

REPEAT = 5


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # Numba resolves recursive calls through it
    spec.loader.exec_module(mod)
    return mod


def best(f, make_args, repeat=REPEAT):
    """The best time of repeat calls and the result of the last. The
    arguments are made once; arrays are restored in place before each
    call (kernels that write get the same input every time) so that all
    runs use the same memory: fresh allocations made memory-bound kernels
    vary threefold between runs."""
    import numpy as np
    pristine = make_args()
    work = tuple(np.copy(a) if isinstance(a, np.ndarray) else a for a in pristine)
    times, result = [], None
    for _ in range(repeat):
        for w, p in zip(work, pristine):
            if isinstance(w, np.ndarray):
                np.copyto(w, p)
        s = time.perf_counter()
        result = f(*work)
        times.append(time.perf_counter() - s)
    return min(times), result


def c_call(lib, name, kinds, returns_float):
    f = getattr(lib, name)
    f.restype = ctypes.c_double if returns_float else ctypes.c_int64

    def call(*args):
        cargs = []
        for kind, a in zip(kinds, args):
            if kind == "a":
                cargs.append(ctypes.c_void_p(a.ctypes.data))
                cargs.extend(ctypes.c_int64(d) for d in a.shape)
            elif kind == "q":
                cargs.append(ctypes.c_int64(a))
            else:
                cargs.append(ctypes.c_double(a))
        return f(*cargs)
    return call


def agree(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main():
    moddir, clib_path, docs = sys.argv[1:4]
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.join(here, "kernels.py")
    shim = os.path.join(here, "..", "testdata", "pyshim")
    sys.path.insert(0, shim)
    plain = load(src, "plain")
    sys.path.pop(0)
    del sys.modules["numba"]
    import numba
    s = time.perf_counter()
    jitted = load(src, "jitted")  # @njit("signature") compiles at import
    numba_compile = time.perf_counter() - s
    sys.path.insert(0, moddir)
    compiled = importlib.import_module("kernels_pynjit")
    extension = importlib.import_module("kernels_pyext")
    clib = ctypes.CDLL(clib_path)

    rows = []
    for name, (kind, make_args, ckinds) in plain.SUITE.items():
        # the extension module, the faster way in, where it has the function
        t_p, r_p = best(getattr(extension, name, None) or getattr(compiled, name), make_args)
        c = c_call(clib, name, ckinds, isinstance(r_p, float))
        t_c, r_c = best(c, make_args)
        t_n, r_n = best(getattr(jitted, name), make_args)
        t_py, r_py = best(getattr(plain, name), make_args, repeat=1)
        r_n, r_py = type(r_p)(r_n), type(r_p)(r_py)
        for who, r in (("C", r_c), ("Numba", r_n), ("CPython", r_py)):
            if not agree(r_p, r):
                sys.exit("%s: pynjit gives %r, %s %r" % (name, r_p, who, r))
        rows.append((name, kind, t_c, t_p, t_n, t_py))
        print("%-15s done" % name, file=sys.stderr)

    # Call overhead of add(int64, int64): the generated module, Numba's
    # dispatcher and a bare ctypes call of the same compiled symbol.
    n = 1_000_000
    raw = ctypes.CDLL(os.path.join(moddir, "kernels.so")).add
    raw.argtypes, raw.restype = [ctypes.c_int64, ctypes.c_int64], ctypes.c_int64
    calls = {
        "pynjit extension module (--emit pyext)": timeit.timeit(lambda: extension.add(1, 2), number=n) / n,
        "pynjit Python module (--emit py)": timeit.timeit(lambda: compiled.add(1, 2), number=n) / n,
        "Numba dispatcher": timeit.timeit(lambda: jitted.add(1, 2), number=n) / n,
        "ctypes": timeit.timeit(lambda: raw(1, 2), number=n) / n,
        "CPython function": timeit.timeit(lambda: plain.add(1, 2), number=n) / n,
    }
    empty = timeit.timeit(lambda: None, number=n) / n
    # and of dot(a, b) over two arrays of one element: what passing arrays costs
    import numpy as np
    one = np.ones(1)
    array_calls = {
        "pynjit extension module (--emit pyext)": timeit.timeit(lambda: extension.dot(one, one), number=n) / n,
        "pynjit Python module (--emit py)": timeit.timeit(lambda: compiled.dot(one, one), number=n // 10) / (n // 10),
        "Numba dispatcher": timeit.timeit(lambda: jitted.dot(one, one), number=n) / n,
        "CPython function": timeit.timeit(lambda: plain.dot(one, one), number=n) / n,
    }

    lines = []
    out = lines.append
    out("| kernel | kind | C -O3 | pynjit | Numba | CPython | pynjit/C | pynjit/Numba | CPython/pynjit |")
    out("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, kind, t_c, t_p, t_n, t_py in rows:
        out("| %s | %s | %.4f s | %.4f s | %.4f s | %.3f s | %.2f | %.2f | %.0fx |" % (
            name, kind, t_c, t_p, t_n, t_py, t_p / t_c, t_p / t_n, t_py / t_p))
    vs_c = [r[3] / r[2] for r in rows]
    vs_n = [r[3] / r[4] for r in rows]
    vs_py = [r[5] / r[3] for r in rows]
    out("| **geometric mean** | | | | | | **%.2f** | **%.2f** | **%.0fx** |" % (geomean(vs_c), geomean(vs_n), geomean(vs_py)))
    out("")
    out("Worst kernel against C: %s (%.2f, goal <= 1.25); against Numba: %s (%.2f, goal <= 1.1)." % (
        rows[vs_c.index(max(vs_c))][0], max(vs_c), rows[vs_n.index(max(vs_n))][0], max(vs_n)))
    out("Goals: geometric mean pynjit/C <= 1.0 (%s), pynjit/Numba <= 0.9 (%s)." % (
        "met" if geomean(vs_c) <= 1.0 else "not met", "met" if geomean(vs_n) <= 0.9 else "not met"))
    out("")
    out("Call overhead of `add(1, 2)` (per call, a loop of %d calls, minus an empty lambda's %.0f ns; goal for the extension module: <= 100 ns):" % (n, empty * 1e9))
    out("")
    out("| caller | ns per call |")
    out("|---|---:|")
    for who, t in calls.items():
        out("| %s | %.0f |" % (who, (t - empty) * 1e9))
    out("")
    out("Call overhead with array arguments: `dot(a, b)` over two float64 arrays of one element:")
    out("")
    out("| caller | ns per call |")
    out("|---|---:|")
    for who, t in array_calls.items():
        out("| %s | %.0f |" % (who, (t - empty) * 1e9))
    table = "\n".join(lines)
    print(table)

    cc = subprocess.run([os.environ.get("BENCH_CC", "cc"), "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    with open(os.path.join(docs, "benchmarks.md"), "w") as f:
        f.write("# Benchmarks\n\n")
        f.write("Written by `scripts/bench.sh` (do not edit): the kernels of `bench/kernels.py` and their C twins in\n")
        f.write("`bench/kernels.c`, run in one process on %s (%d cores), best of %d runs (CPython: one run).\n" % (
            platform.processor() or platform.machine(), os.cpu_count(), REPEAT))
        f.write("C: %s with `%s`; pynjit with `%s`, called through its extension module (`--emit pyext`; its Python module for the functions the extension lacks); Numba %s (its compilation,\n" % (
            cc, os.environ.get("BENCH_CFLAGS", ""), os.environ.get("BENCH_PYNJIT_FLAGS", ""), numba.__version__))
        f.write("%.2f s, excluded), which compiles for the CPU it runs on, as C and pynjit do here;\n" % numba_compile)
        f.write("CPython %s. All four results agree for every kernel. Ratios below 1 mean pynjit is faster.\n\n" % platform.python_version())
        f.write("![pynjit's time against C and Numba, per kernel](benchmarks.svg)\n\n")
        f.write(table + "\n")
    with open(os.path.join(docs, "benchmarks.svg"), "w") as f:
        f.write(svg([r[0] for r in rows], vs_c, vs_n))


def svg(names, vs_c, vs_n):
    """A bar chart of the two ratios per kernel, with the line at 1."""
    row, left, width = 26, 130, 420
    top = max(max(vs_c), max(vs_n), 1.5)
    scale = width / top
    height = 40 + row * len(names) + 30
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (left + width + 40, height),
             '<text x="%d" y="16" font-weight="bold">time(pynjit) / time(reference): below 1 is faster</text>' % left]
    for i, name in enumerate(names):
        y = 30 + i * row
        parts.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 6, y + 15, name))
        for j, (ratio, color) in enumerate(((vs_c[i], "#4c72b0"), (vs_n[i], "#dd8452"))):
            parts.append('<rect x="%d" y="%d" width="%.1f" height="10" fill="%s"><title>%.2f</title></rect>' % (
                left, y + 2 + 11 * j, ratio * scale, color, ratio))
    x1 = left + scale
    parts.append('<line x1="%.1f" y1="26" x2="%.1f" y2="%d" stroke="black" stroke-dasharray="4 3"/>' % (x1, x1, 30 + row * len(names)))
    y = 30 + row * len(names) + 18
    parts.append('<rect x="%d" y="%d" width="10" height="10" fill="#4c72b0"/><text x="%d" y="%d">vs C -O3</text>' % (left, y - 9, left + 14, y))
    parts.append('<rect x="%d" y="%d" width="10" height="10" fill="#dd8452"/><text x="%d" y="%d">vs Numba</text>' % (left + 100, y - 9, left + 114, y))
    parts.append("</svg>\n")
    return "\n".join(parts)


main()
