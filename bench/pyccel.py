"""Runs pyccel-benchmarks' tests through pynjit beside Numba, Pythran and CPython.

usage: pyccel.py --src DIR --pynjit BIN [--repeat 5] [--only FUNC,...] [--out docs/benchmarks.md] [--rev COMMIT]

DIR is a copy of github.com/pyccel/pyccel-benchmarks (never copied here).
Its tests are read from DIR/benchmarks/run_benchmarks.py, whose TestInfo
list gives each one's file, function, setup and timed call. As that
script does, each test runs its Numba file (tests/numba_<file>) under
Numba and its plain file (tests/<file>, with its `pythran export`
comments) under Pythran and CPython; pynjit builds the Numba file, unchanged,
with --sig from the types of the call's arguments (Numba's typeof), -O 2
--cpu native, and is called through its extension module when that has the
function, its Python module otherwise. A test pynjit cannot build is
listed with its first diagnostic. The results of every peer must agree with
CPython's (np.allclose, rtol 1e-6: the Numba files ask for fastmath). The
calls are timed interleaved in one process (pynjit, Numba, Pythran, ...
repeated), best of --repeat; CPython's once. pyccel itself is not run: it
is not in the project's environment.
"""
import argparse
import ast
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docsection import write_section  # noqa: E402

RTOL, ATOL = 1e-6, 1e-9


def tests_of(src):
    """The TestInfo(name, basename, imports, setup, call) entries of
    run_benchmarks.py, read without running it."""
    with open(os.path.join(src, "benchmarks", "run_benchmarks.py")) as f, warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)  # its LaTeX strings
        tree = ast.parse(f.read())
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "TestInfo":
            name, basename, imports, setup, call = (ast.literal_eval(a) for a in node.args)
            out.append({"name": name, "basename": basename, "func": imports[0], "setup": setup, "call": call})
    return out


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def type_string(value):
    import numba

    t = numba.typeof(value)
    if isinstance(t, numba.types.Boolean):
        return "boolean"
    return str(t)


def call_args(test):
    """The arguments of the timed call, when it is a call of the test's
    function with literal arguments (None otherwise: a method call)."""
    tree = ast.parse(test["call"]).body[0]
    call = tree.value if isinstance(tree, (ast.Assign, ast.Expr)) else None
    if not isinstance(call, ast.Call) or getattr(call.func, "id", "") != test["func"]:
        return None
    return [ast.literal_eval(a) for a in call.args]


def first_diagnostic(text):
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines:
        if "error" in line:
            return line.strip()
    return lines[0].strip() if lines else "(no output)"


def agree(ref, val):
    if isinstance(ref, tuple) != isinstance(val, tuple):
        return False
    if isinstance(ref, tuple):
        return len(ref) == len(val) and all(agree(r, v) for r, v in zip(ref, val))
    return np.shape(ref) == np.shape(val) and bool(np.allclose(ref, val, rtol=RTOL, atol=ATOL, equal_nan=True))


def build_pynjit(args, path, func, sig, tmp):
    stem = "pynjit_" + func
    cmd = [args.pynjit, "build", path, "--sig", "%s: (%s)" % (func, sig), "--emit", "so,py,pyext",
           "-O", "2", "--cpu", "native", "-o", os.path.join(tmp, stem + ".so")]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        return None, "exit %d: %s" % (p.returncode, first_diagnostic(p.stderr).replace(os.path.dirname(path) + "/", ""))
    sys.path.insert(0, tmp)
    try:
        for mod in (stem + "_pyext", stem + "_pynjit"):
            try:
                fn = getattr(__import__(mod), func, None)
            except ImportError:
                continue
            if fn is not None:
                return fn, ""
    finally:
        sys.path.pop(0)
    return None, "%s is not in the built modules" % func


def build_pythran(path, func, tmp):
    out = os.path.join(tmp, "pythran_" + func + ".so")
    p = subprocess.run([sys.executable, "-m", "pythran.run", "-O3", "-march=native", "-o", out, path],
                       capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        return None, first_diagnostic(p.stderr)
    return getattr(load(out, "pythran_" + func), func), ""


def run_test(args, test, tmp):
    """Builds, checks and times one test; returns its record."""
    tests = os.path.join(args.src, "benchmarks", "tests")
    plain_path = os.path.join(tests, test["basename"])
    numba_path = os.path.join(tests, "numba_" + test["basename"])
    rec = {"name": test["name"], "call": test["call"]}
    cargs = call_args(test)
    if cargs is None:
        rec["status"] = "not run: the timed call is a method of a Numba jitclass; pynjit compiles functions"
        return rec
    exec(test["setup"], {})
    sig = ", ".join(type_string(a) for a in cargs)
    fn, why = build_pynjit(args, numba_path, test["func"], sig, tmp)
    if fn is None:
        rec["status"], rec["why"] = "does not build", why
        return rec
    rec["via"] = "pyext" if fn.__module__.endswith("_pyext") else "py"
    plain = getattr(load(plain_path, "plain_" + test["func"]), test["func"])
    t0 = time.thread_time()
    ref = plain(*cargs)
    rec["cpython"] = time.thread_time() - t0
    got = fn(*cargs)
    if not agree(ref, got):
        rec["status"], rec["why"] = "wrong answer", "pynjit %r, CPython %r" % (got, ref)
        return rec
    impls = {"pynjit": fn}
    numba_fn = getattr(load(numba_path, "numba_" + test["func"]), test["func"])
    numba_fn(*cargs)  # compiles; not timed
    impls["numba"] = numba_fn
    pfn, why = build_pythran(plain_path, test["func"], tmp)
    if pfn is None:
        rec["pythran_error"] = why
    else:
        impls["pythran"] = pfn
    for who, f in impls.items():
        r = f(*cargs)
        if not agree(ref, r):
            rec["status"], rec["why"] = "peers disagree", "%s %r, CPython %r" % (who, r, ref)
            return rec
    times = {k: [] for k in impls}
    for _ in range(args.repeat):
        for k, f in impls.items():
            t0 = time.thread_time()
            f(*cargs)
            times[k].append(time.thread_time() - t0)
    rec["times"] = {k: min(v) for k, v in times.items()}
    rec["status"] = "ok"
    return rec


def table(records):
    peers = ["numba", "pythran"]
    rows = ["| test | call | status | pynjit | Numba | Pythran | CPython | pynjit/Numba | pynjit/Pythran |",
            "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    ratios = {p: [] for p in peers}
    for r in records:
        t = r.get("times", {})
        if r["status"] != "ok":
            rows.append("| %s | `%s` | %s%s | | | | | | |" % (r["name"], r["call"], r["status"],
                                                            (": " + r["why"].replace("|", "\\|")) if r.get("why") else ""))
            continue
        cells = ["%.2f ms" % (1e3 * t["pynjit"])]
        cells += ["%.2f ms" % (1e3 * t[p]) if p in t else "-" for p in peers]
        cells.append("%.1f ms" % (1e3 * r["cpython"]))
        for p in peers:
            if p in t:
                ratios[p].append(t["pynjit"] / t[p])
                cells.append("%.2f" % (t["pynjit"] / t[p]))
            else:
                cells.append("- (%s)" % r.get("pythran_error", "").replace("|", "\\|"))
        rows.append("| %s | `%s` | ok (%s) | %s |" % (r["name"], r["call"], r["via"], " | ".join(cells)))
    means = ["pynjit/%s geometric mean %.2f over %d tests" % (p, float(np.exp(np.mean(np.log(v)))), len(v))
             for p, v in ratios.items() if v]
    return "\n".join(rows), means


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--pynjit", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--out", default="")
    ap.add_argument("--rev", default="", help="the commit of pyccel-benchmarks, for the docs")
    args = ap.parse_args()
    tests = tests_of(args.src)
    if args.only:
        tests = [t for t in tests if t["func"] in args.only.split(",")]
    records = []
    with tempfile.TemporaryDirectory() as tmp:
        for test in tests:
            rec = run_test(args, test, tmp)
            records.append(rec)
            print("%-20s %-16s %s" % (test["name"], rec["status"], rec.get("why", "") or
                                       " ".join("%s %.2f ms" % (k, 1e3 * v) for k, v in rec.get("times", {}).items())),
                  file=sys.stderr, flush=True)
    rows, means = table(records)
    print(rows)
    for m in means:
        print(m)
    if args.out:
        import numba
        import pythran
        body = "\n".join([
            "## pyccel-benchmarks",
            "",
            "Written by `scripts/bench_pyccel.sh` (do not edit): the tests of "
            "[pyccel-benchmarks](https://github.com/pyccel/pyccel-benchmarks)%s (fetched, never committed), "
            "run as its `run_benchmarks.py` runs them: the call it times, with its arguments. pynjit builds the "
            "Numba version (`numba_<test>.py`, unchanged, `fastmath=True` included) with `--sig` from the types "
            "of the call's arguments, `-O 2 --cpu native`; Numba %s compiles the same file (compilation not "
            "timed); Pythran %s compiles the plain version with its `pythran export` comments, `-O3 "
            "-march=native`, with its default C++ compiler (GCC here). pynjit is called through its extension "
            "module (ok (pyext)) where that has the function, its Python module (ok (py)) otherwise. Every result is checked against CPython's (allclose, rtol %g). Times are the CPU time of the "
            "calling thread (`time.thread_time`), best of %d calls interleaved in one process; CPython one call. Tests pynjit cannot build are listed with the first "
            "diagnostic. pyccel itself is not a column: it is not installed here." % (
                " at " + args.rev[:12] if args.rev else "", numba.__version__, pythran.__version__, RTOL, args.repeat),
            "",
            rows,
            "",
            "; ".join(means) + ("." if means else ""),
        ])
        write_section(args.out, "pyccel-benchmarks", body)


if __name__ == "__main__":
    main()
