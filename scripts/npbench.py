"""Runs NPBench's Numba kernels through pynjit beside NPBench's own versions.

Usage (scripts/bench_npbench.sh calls it with the project's .venv Python):

    npbench.py --npbench DIR --pynjit BIN [--preset S] [--repeat 5]
               [--only mvt,trmm] [--peers numba,numpy,pythran] [--out FILE.md]

For each benchmark of DIR/bench_info, the driver makes the arguments with
the benchmark's own initialize() at the preset, derives the signature of its
nopython-mode Numba kernel (<module>_numba_n.py) from them with Numba's typeof
rules, builds that file with `pynjit build --sig`, and checks the result
against NPBench's NumPy version as NPBench does (np.allclose with rtol 1e-5,
atol 1e-8, or a relative error under 1e-5) on the return values and the
arguments it writes. Kernels that build and agree are then timed beside
NumPy, Numba and Pythran, the calls interleaved in one process (A B C A B C),
each call on fresh copies of the arguments; a kernel pynjit cannot build is
listed with its first diagnostic. Each benchmark runs in a child process, so
a crash is reported rather than ending the run.

NPBench's code is read from DIR, never copied here.
"""
import argparse
import copy
import importlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

RTOL, ATOL, NORM_ERROR = 1e-5, 1e-8, 1e-5


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def type_string(value):
    """The pynjit signature spelling of a value's Numba type."""
    import numba

    t = numba.typeof(value)
    if isinstance(t, numba.types.Array):
        dims = [":"] * t.ndim
        if t.layout == "C" and t.ndim > 0:
            dims[-1] = "::1"
        elif t.layout == "F" and t.ndim > 0:
            dims[0] = "::1"
        return "%s[%s]" % (t.dtype, ", ".join(dims))
    if isinstance(t, numba.types.Boolean):
        return "boolean"
    return str(t)


def relative_error(ref, val):
    return np.linalg.norm(np.asarray(ref) - np.asarray(val)) / np.linalg.norm(np.asarray(ref))


def agree(ref, val):
    """NPBench's validation: allclose, or a small relative error."""
    if not isinstance(ref, (tuple, list)):
        ref, val = [ref], [val]
    if len(ref) != len(val):
        return False, "%d results, NumPy gives %d" % (len(val), len(ref))
    for r, v in zip(ref, val):
        try:
            if np.shape(r) != np.shape(v):
                return False, "shape %s, NumPy's %s" % (np.shape(v), np.shape(r))
            if not np.allclose(r, v, rtol=RTOL, atol=ATOL, equal_nan=True):
                err = relative_error(r, v)
                if not err < NORM_ERROR:
                    return False, "relative error %.3g" % err
        except Exception as e:  # noqa: BLE001 - any failure to compare is a disagreement
            return False, "cannot compare: %s" % e
    return True, ""


def outputs(info, args, ret):
    """The results NPBench compares: the return value, then output_args."""
    out = []
    if ret is not None:
        out.extend(ret if isinstance(ret, tuple) else [ret])
    names = info["input_args"]
    for name in info.get("output_args", []):
        out.append(args[names.index(name)])
    return out


def fresh(args):
    return [copy.deepcopy(a) for a in args]


def bench_paths(root, info):
    base = os.path.join(root, "npbench", "benchmarks", info["relative_path"], info["module_name"])
    return {"init": base + ".py", "numpy": base + "_numpy.py", "numba": base + "_numba_n.py",
            "pythran": base + "_pythran.py"}


def first_diagnostic(text):
    lines = [l for l in text.splitlines() if l.strip()]
    for l in lines:
        if "error" in l:
            return l.strip()
    return lines[0].strip() if lines else "(no output)"


def build_pynjit(args, paths, info, sig, tmp):
    stem = os.path.splitext(os.path.basename(paths["numba"]))[0]
    out = os.path.join(tmp, stem)
    cmd = [args.pynjit, "build", paths["numba"], "--sig", "%s: (%s)" % (info["func_name"], sig),
           "--emit", "so,py,pyext", "-O", "2", "--cpu", "native", "-o", out + ".so"]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    secs = time.perf_counter() - t0
    if p.returncode != 0:
        return None, secs, "exit %d: %s" % (p.returncode, first_diagnostic(p.stderr)), ""
    # the extension module, the faster way in, where it has the function
    # (int64 and float64 scalars and arrays); the Python module otherwise
    sys.path.insert(0, tmp)
    try:
        ext = importlib.import_module(stem + "_pyext")
    except ImportError:
        ext = None
    finally:
        sys.path.pop(0)
    if getattr(ext, info["func_name"], None) is not None:
        return getattr(ext, info["func_name"]), secs, "", "pyext"
    mod = load_module(os.path.join(tmp, stem + "_pynjit.py"), stem + "_pynjit")
    return getattr(mod, info["func_name"]), secs, "", "py"


def build_pythran(paths, info, tmp):
    out = os.path.join(tmp, info["module_name"] + "_pythran_mod.so")
    p = subprocess.run([sys.executable, "-m", "pythran.run", "-O3", "-march=native", "-o", out, paths["pythran"]],
                       capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        return None, first_diagnostic(p.stderr)
    mod = load_module(out, info["module_name"] + "_pythran_mod")
    return getattr(mod, info["func_name"]), ""


def run_one(args, name):
    """Runs one benchmark and returns its record (in the child process)."""
    with open(os.path.join(args.npbench, "bench_info", name + ".json")) as f:
        info = json.load(f)["benchmark"]
    rec = {"name": name}
    paths = bench_paths(args.npbench, info)
    if not os.path.exists(paths["numba"]):
        rec["status"] = "no nopython Numba version"
        return rec
    data = dict(info["parameters"][args.preset])
    init = info.get("init")
    if init:
        mod = load_module(paths["init"], info["module_name"] + "_init")
        outs = getattr(mod, init["func_name"])(*[data[a] for a in init["input_args"]])
        if len(init["output_args"]) == 1:
            outs = (outs,)
        data.update(zip(init["output_args"], outs))
    inputs = [data[a] for a in info["input_args"]]
    sig = ", ".join(type_string(a) for a in inputs)
    rec["sig"] = sig
    with tempfile.TemporaryDirectory() as tmp:
        impls = {}
        try:
            fn, secs, err, rec["via"] = build_pynjit(args, paths, info, sig, tmp)
        except subprocess.TimeoutExpired:
            fn, secs, err = None, 600.0, "the build timed out"
        rec["build_s"] = secs
        if fn is None:
            rec["status"] = "does not build"
            rec["why"] = err.replace(os.path.join(args.npbench, ""), "")
            return rec
        numpy_fn = getattr(load_module(paths["numpy"], info["module_name"] + "_np"), info["func_name"])
        ref_args = fresh(inputs)
        ref = outputs(info, ref_args, numpy_fn(*ref_args))
        got_args = fresh(inputs)
        try:
            got = outputs(info, got_args, fn(*got_args))
        except Exception as e:  # noqa: BLE001 - the compiled kernel's exception is the finding
            rec["status"] = "raises"
            rec["why"] = "%s: %s" % (type(e).__name__, e)
            return rec
        ok, why = agree(ref, got)
        if not ok:
            rec["status"] = "wrong answer"
            rec["why"] = why
            return rec
        rec["status"] = "ok"
        impls["pynjit"] = fn
        peers = args.peers.split(",") if args.peers else []
        if "numpy" in peers:
            impls["numpy"] = numpy_fn
        if "numba" in peers:
            numba_fn = getattr(load_module(paths["numba"], info["module_name"] + "_nb"), info["func_name"])
            numba_fn(*fresh(inputs))  # compiles; not timed
            impls["numba"] = numba_fn
        if "pythran" in peers and os.path.exists(paths["pythran"]):
            try:
                pfn, why = build_pythran(paths, info, tmp)
            except subprocess.TimeoutExpired:
                pfn, why = None, "the build timed out"
            if pfn is None:
                rec["pythran"] = why
            else:
                impls["pythran"] = pfn
        times = {k: [] for k in impls}
        for _ in range(args.repeat):
            for k, f in impls.items():
                a = fresh(inputs)
                t0 = time.thread_time()
                f(*a)
                times[k].append(time.thread_time() - t0)
        rec["times"] = {k: statistics.median(v) for k, v in times.items()}
    return rec


def table(records, args):
    peers = [p for p in ["numba", "numpy", "pythran"] if p in (args.peers or "").split(",")]
    rows = ["| kernel | status | pynjit | " + " | ".join(peers) + " | " +
            " | ".join("pynjit/" + p for p in peers) + " |",
            "|---|---|---:|" + "---:|" * (2 * len(peers))]
    ratios = {p: [] for p in peers}
    counts = {}
    for r in records:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
        t = r.get("times", {})
        if r["status"] != "ok":
            rows.append("| %s | %s: %s |%s" % (r["name"], r["status"], r.get("why", "").replace("|", "\\|"),
                                                " |" * (1 + 2 * len(peers))))
            continue
        cells = ["%.3f ms" % (1e3 * t["pynjit"])]
        cells += ["%.3f ms" % (1e3 * t[p]) if p in t else "-" for p in peers]
        for p in peers:
            if p in t:
                ratios[p].append(t["pynjit"] / t[p])
                cells.append("%.2f" % (t["pynjit"] / t[p]))
            else:
                cells.append("-")
        rows.append("| %s | ok (%s) | %s |" % (r["name"], r.get("via", "py"), " | ".join(cells)))
    means = []
    for p in peers:
        if ratios[p]:
            means.append("pynjit/%s geometric mean %.2f over %d kernels" %
                         (p, float(np.exp(np.mean(np.log(ratios[p])))), len(ratios[p])))
    summary = ", ".join("%d %s" % (n, s) for s, n in sorted(counts.items()))
    return "\n".join(rows), summary, means


def pythran_version():
    try:
        import pythran
    except ImportError:
        return "(not installed)"
    return pythran.__version__


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npbench", required=True)
    ap.add_argument("--pynjit", required=True)
    ap.add_argument("--preset", default="S")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--peers", default="numba,numpy")
    ap.add_argument("--out", default="")
    ap.add_argument("--one", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args, args.one)))
        return
    names = sorted(n[:-5] for n in os.listdir(os.path.join(args.npbench, "bench_info")) if n.endswith(".json"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    records = []
    for name in names:
        child = [sys.executable, __file__, "--one", name] + [
            "--%s=%s" % (k, getattr(args, k)) for k in ["npbench", "pynjit", "preset", "repeat", "peers"]]
        try:
            p = subprocess.run(child, capture_output=True, text=True, timeout=3600)
            last = p.stdout.strip().splitlines()[-1:] or [""]
            try:
                rec = json.loads(last[0])
            except ValueError:
                rec = {"name": name, "status": "crashed",
                       "why": "exit %d: %s" % (p.returncode, first_diagnostic(p.stderr))}
        except subprocess.TimeoutExpired:
            rec = {"name": name, "status": "timed out"}
        records.append(rec)
        print("%-22s %-16s %s" % (name, rec["status"], rec.get("why", "") or
                                   " ".join("%s %.3f ms" % (k, 1e3 * v) for k, v in rec.get("times", {}).items())),
              flush=True)
    rows, summary, means = table(records, args)
    print()
    print(rows)
    print()
    print(summary)
    for m in means:
        print(m)
    if args.out:
        import numba
        head = ["# NPBench", "",
                "Written by `scripts/bench_npbench.sh` (do not edit): every kernel of NPBench "
                "(spcl/npbench, fetched, never committed) at preset %s. pynjit builds the nopython Numba "
                "version (`<kernel>_numba_n.py`) with `--sig` from the types of the arguments the benchmark's "
                "`initialize` makes, `-O 2 --cpu native`, and is checked against NPBench's NumPy version as "
                "NPBench checks (allclose, rtol 1e-5). Times are medians of %d calls, each the CPU time of the "
                "calling thread (`time.thread_time`: it leaves out the time spent waiting for a core), "
                "interleaved with the peers' in one process on fresh copies of the arguments, with one thread "
                "for BLAS and OpenMP (`OPENBLAS_NUM_THREADS=1`, `OMP_NUM_THREADS=1`: every version runs on "
                "one core), under `nice` on a 2-core machine shared with other work: compare ratios, not "
                "times of different runs ([benchmarks](benchmarks.md)). pynjit is called through its "
                "extension module (`--emit pyext`, ok (pyext)) where that has the kernel (%d of the %d that "
                "build), its Python module (ok (py)) otherwise. NumPy %s, Numba %s, Pythran %s, Python %s." % (
                    args.preset, args.repeat, sum(r.get("via") == "pyext" for r in records),
                    sum(r.get("via", "") != "" for r in records), np.__version__, numba.__version__,
                    pythran_version(), sys.version.split()[0]),
                "", summary + ". " + "; ".join(means) + ("." if means else ""), "", rows, ""]
        with open(args.out + ".tmp", "w") as f:
            f.write("\n".join(head))
        os.replace(args.out + ".tmp", args.out)


if __name__ == "__main__":
    main()
