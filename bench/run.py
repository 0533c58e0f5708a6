"""Runs the suite of bench/kernels.py six ways in one process: the C
twins (clang -O3, through ctypes), pynjit's build (through its extension
module, or its Python module for what the extension lacks), Numba (after
its compilation, timed apart), Pythran and Cython (bench/peers.py builds
them) and CPython. Checks that all six agree, prints a table of times and
ratios with geometric means, and writes its section of docs/benchmarks.md
and docs/benchmarks.svg.

The compiled versions of a kernel are timed interleaved (C, pynjit,
Numba, Pythran, Cython, then again), best of REPEAT rounds, so that a
burst of load on the shared machine falls on all of them alike.

usage: run.py PYNJIT_MODULE_DIR C_LIBRARY PEERS_DIR DOCS_DIR"""
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docsection import write_section  # noqa: E402

REPEAT = 5
# The CPU time of this thread, where every kernel runs (none starts
# threads): unlike the wall clock, it leaves out the time the kernel
# waited for a core on the shared machine.
CLOCK = time.thread_time


def per_call(f, n):
    """The CPU time of one call of f, best of 5 loops of n // 5 calls."""
    return min(timeit.repeat(f, number=n // 5, repeat=5, timer=CLOCK)) / (n // 5)


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # Numba resolves recursive calls through it
    spec.loader.exec_module(mod)
    return mod


def best(impls, make_args, repeat=REPEAT):
    """The best time of each implementation over repeat rounds, the
    implementations called in turn within a round, and the result of each
    one's last call. The arguments are made once; arrays are restored in
    place before each call (kernels that write get the same input every
    time) so that all runs use the same memory: fresh allocations made
    memory-bound kernels vary threefold between runs."""
    import numpy as np
    pristine = make_args()
    work = {who: tuple(np.copy(a) if isinstance(a, np.ndarray) else a for a in pristine) for who in impls}
    times = {who: [] for who in impls}
    results = {}
    for _ in range(repeat):
        for who, f in impls.items():
            args = work[who]
            for w, p in zip(args, pristine):
                if isinstance(w, np.ndarray):
                    np.copyto(w, p)
            s = CLOCK()
            results[who] = f(*args)
            times[who].append(CLOCK() - s)
    return {who: (min(times[who]), results[who]) for who in impls}


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


# The compiled columns, in the table's order, and the one pynjit is
# compared with in each ratio column.
PEERS = ["C", "Numba", "Pythran", "Cython"]


def main():
    moddir, clib_path, peers_dir, docs = sys.argv[1:5]
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.join(here, "kernels.py")
    shim = os.path.join(here, "..", "testdata", "pyshim")
    sys.path.insert(0, shim)
    plain = load(src, "plain")
    sys.path.pop(0)
    del sys.modules["numba"]
    import numba
    import numpy as np
    import pythran
    import Cython
    s = time.perf_counter()
    jitted = load(src, "jitted")  # @njit("signature") compiles at import
    numba_compile = time.perf_counter() - s
    sys.path.insert(0, moddir)
    compiled = importlib.import_module("kernels_pynjit")
    extension = importlib.import_module("kernels_pyext")
    sys.path.insert(0, peers_dir)
    pythran_mod = importlib.import_module("kernels_pythran")
    cython_mod = importlib.import_module("kernels_cython")
    clib = ctypes.CDLL(clib_path)

    rows = []
    for name, (kind, make_args, ckinds) in plain.SUITE.items():
        # the extension module, the faster way in, where it has the function
        pynjit_fn = getattr(extension, name, None) or getattr(compiled, name)
        returns_float = isinstance(pynjit_fn(*make_args()), float)
        impls = {
            "C": c_call(clib, name, ckinds, returns_float),
            "pynjit": pynjit_fn,
            "Numba": getattr(jitted, name),
            "Pythran": getattr(pythran_mod, name),
            "Cython": getattr(cython_mod, name),
        }
        res = best(impls, make_args)
        res["CPython"] = best({"CPython": getattr(plain, name)}, make_args, repeat=1)["CPython"]
        r_p = res["pynjit"][1]
        for who, (_, r) in res.items():
            if not agree(r_p, type(r_p)(r)):
                sys.exit("%s: pynjit gives %r, %s %r" % (name, r_p, who, r))
        rows.append((name, kind, {who: t for who, (t, _) in res.items()}))
        print("%-15s %s" % (name, " ".join("%s %.4f" % (who, t) for who, (t, _) in res.items())), file=sys.stderr)

    # Call overhead of add(int64, int64): the generated module, Numba's
    # dispatcher, the peers' modules and a bare ctypes call of the same
    # compiled symbol.
    n = 1_000_000
    raw = ctypes.CDLL(os.path.join(moddir, "kernels.so")).add
    raw.argtypes, raw.restype = [ctypes.c_int64, ctypes.c_int64], ctypes.c_int64
    calls = {
        "pynjit extension module (--emit pyext)": per_call(lambda: extension.add(1, 2), n),
        "pynjit Python module (--emit py)": per_call(lambda: compiled.add(1, 2), n),
        "Numba dispatcher": per_call(lambda: jitted.add(1, 2), n),
        "Pythran module": per_call(lambda: pythran_mod.add(1, 2), n),
        "Cython module": per_call(lambda: cython_mod.add(1, 2), n),
        "ctypes": per_call(lambda: raw(1, 2), n),
        "CPython function": per_call(lambda: plain.add(1, 2), n),
    }
    empty = per_call(lambda: None, n)
    # and of dot(a, b) over two arrays of one element: what passing arrays costs
    one = np.ones(1)
    array_calls = {
        "pynjit extension module (--emit pyext)": per_call(lambda: extension.dot(one, one), n),
        "pynjit Python module (--emit py)": per_call(lambda: compiled.dot(one, one), n // 10),
        "Numba dispatcher": per_call(lambda: jitted.dot(one, one), n),
        "Pythran module": per_call(lambda: pythran_mod.dot(one, one), n),
        "Cython module": per_call(lambda: cython_mod.dot(one, one), n),
        "CPython function": per_call(lambda: plain.dot(one, one), n),
    }

    lines = []
    out = lines.append
    out("| kernel | kind | C -O3 | pynjit | Numba | Pythran | Cython | CPython | pynjit/C | pynjit/Numba | pynjit/Pythran | pynjit/Cython | CPython/pynjit |")
    out("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    ratios = {who: [t["pynjit"] / t[who] for _, _, t in rows] for who in PEERS}
    vs_py = [t["CPython"] / t["pynjit"] for _, _, t in rows]
    for i, (name, kind, t) in enumerate(rows):
        out("| %s | %s | %s | %.3f s | %s | %s |" % (
            name, kind, " | ".join("%.4f s" % t[who] for who in ["C", "pynjit", "Numba", "Pythran", "Cython"]), t["CPython"],
            " | ".join("%.2f" % ratios[who][i] for who in PEERS), "%.0fx" % vs_py[i]))
    out("| **geometric mean** | | | | | | | | %s | **%.0fx** |" % (
        " | ".join("**%.2f**" % geomean(ratios[who]) for who in PEERS), geomean(vs_py)))
    out("")
    vs_c, vs_n = ratios["C"], ratios["Numba"]
    out("Worst kernel against C: %s (%.2f, goal <= 1.25); against Numba: %s (%.2f, goal <= 1.1)." % (
        rows[vs_c.index(max(vs_c))][0], max(vs_c), rows[vs_n.index(max(vs_n))][0], max(vs_n)))
    out("Goals: geometric mean pynjit/C <= 1.0 (%s), pynjit/Numba <= 0.9 (%s)." % (
        "met" if geomean(vs_c) <= 1.0 else "not met", "met" if geomean(vs_n) <= 0.9 else "not met"))
    out("")
    out("Call overhead of `add(1, 2)` (CPU time per call, best of 5 loops of %d calls, minus an empty lambda's %.0f ns; goal for the extension module: <= 100 ns):" % (n // 5, empty * 1e9))
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
    head = [
        "## bench/: the project's kernels",
        "",
        "Written by `scripts/bench.sh` (do not edit): the kernels of `bench/kernels.py`, their C twins in",
        "`bench/kernels.c`, their Cython twins in `bench/kernels_cython.pyx` and Pythran's build of the same",
        "functions (`bench/kernels_pythran.py` holds the export comments), run in one process on %s (%d cores, shared:" % (
            platform.processor() or platform.machine(), os.cpu_count()),
        "see above). Each time is the CPU time of the calling thread (`time.thread_time`: it leaves out the time a",
        "kernel waited for a core), best of %d interleaved rounds (CPython: one run). C and Cython's C: %s with `%s`; pynjit with `%s`," % (
            REPEAT, cc, os.environ.get("BENCH_CFLAGS", ""), os.environ.get("BENCH_PYNJIT_FLAGS", "")),
        "called through its extension module (`--emit pyext`; its Python module for the functions the extension lacks);",
        "Numba %s (its compilation, %.2f s, excluded), which compiles for the CPU it runs on, as the others do here;" % (
            numba.__version__, numba_compile),
        "Pythran %s and Cython %s (bounds and wrap-around checks off, C division: the operands are non-negative) with" % (
            pythran.__version__, Cython.__version__),
        "`%s` (Pythran's C++ through %s); CPython %s with NumPy %s. All six results agree for every kernel." % (
            os.environ.get("BENCH_CFLAGS", ""), os.environ.get("BENCH_CXX", "c++"), platform.python_version(), np.__version__),
        "Ratios below 1 mean pynjit is faster.",
        "",
        "![pynjit's time against C, Numba, Pythran and Cython, per kernel](benchmarks.svg)",
        "",
    ]
    write_section(os.path.join(docs, "benchmarks.md"), "about", ABOUT)
    write_section(os.path.join(docs, "benchmarks.md"), "bench.sh", "\n".join(head) + "\n" + table + "\n")
    with open(os.path.join(docs, "benchmarks.svg"), "w") as f:
        f.write(svg([r[0] for r in rows], ratios))


ABOUT = """How these were measured: on a machine of 2 cores shared with other people's builds and tests
running at the same time, every script under `nice`. Each time is the CPU time of the thread that runs
the kernel (`time.thread_time`), which leaves out the time it waited for a core but not the slowdown of
sharing caches and memory with the others' work, so absolute times still vary from run to run. What
counts is the ratios within one run, where each kernel's versions are called in turn, round after round,
in one process, so that the load falls on all of them alike; compare figures of different runs only as
ratios, and rerun a script to check one.

- [bench/](#bench-the-projects-kernels): the project's own kernels against C, Numba, Pythran and Cython
  (`scripts/bench.sh`);
- [pyccel-benchmarks](#pyccel-benchmarks): a second public suite, against Numba and Pythran
  (`PYCCEL_BENCH_DIR=... scripts/bench_pyccel.sh`);
- [NPBench](npbench.md): every NPBench kernel, timed beside NPBench's own Numba, NumPy and Pythran
  versions or listed with the diagnostic that stops it
  (`NPBENCH_DIR=... scripts/bench_npbench.sh --peers numba,numpy,pythran`)."""


# The colour of each reference's bars.
COLORS = {"C": "#4c72b0", "Numba": "#dd8452", "Pythran": "#55a868", "Cython": "#c44e52"}


def svg(names, ratios):
    """A bar chart of pynjit's ratio to each peer per kernel, with the
    line at 1. Ratios past the axis are drawn to its end, their value
    written beside."""
    row, left, width, bar = 50, 130, 420, 10
    top = min(max(max(v) for v in ratios.values()) * 1.05, 3.0)
    top = max(top, 1.5)
    scale = width / top
    height = 40 + row * len(names) + 38
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (left + width + 60, height),
             '<text x="%d" y="16" font-weight="bold">time(pynjit) / time(reference): below 1 is faster</text>' % left]
    for i, name in enumerate(names):
        y = 30 + i * row
        parts.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 6, y + 2 + 2 * (bar + 1) + 4, name))
        for j, who in enumerate(PEERS):
            ratio = ratios[who][i]
            w = min(ratio, top) * scale
            parts.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>vs %s: %.2f</title></rect>' % (
                left, y + 2 + (bar + 1) * j, w, bar, COLORS[who], who, ratio))
            if ratio > top:
                parts.append('<text x="%.1f" y="%d" font-size="10">%.1f</text>' % (left + w + 3, y + 1 + (bar + 1) * j + bar, ratio))
    x1 = left + scale
    parts.append('<line x1="%.1f" y1="26" x2="%.1f" y2="%d" stroke="black" stroke-dasharray="4 3"/>' % (x1, x1, 30 + row * len(names)))
    parts.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="10">1</text>' % (x1, 30 + row * len(names) + 10))
    y = 30 + row * len(names) + 26
    for j, who in enumerate(PEERS):
        x = left + 110 * j
        parts.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/><text x="%d" y="%d">vs %s</text>' % (
            x, y - 9, COLORS[who], x + 14, y, "C -O3" if who == "C" else who))
    parts.append("</svg>\n")
    return "\n".join(parts)


main()
