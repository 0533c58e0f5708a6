"""Runs generated programs under CPython with hooks that check what the
generator promises of them, and reports every value that breaks it.

usage: invariants.py MODULE.py

MODULE.py is a progen Module with hooks wrapped around some expressions,
each naming the function it is in; they are put among the builtins
before the module is imported:

  dot_operand("NAME", x)        x, an operand of np.dot or @, holds
                                no inf or nan
  own_memory("NAME", dst, src)  src, stored into the 1-D view dst
                                (dst[...] = src), shares no memory
                                with it, or has a stride of the other
                                sign or of the same

Every case runs (exceptions, which generated programs may raise, are
ignored). Prints one JSON object: {"cases": C, "checked": N,
"violations": [["NAME", "what"], ...]}.
"""
import builtins
import importlib.util
import json
import sys
import warnings

import numpy as np

checked = 0
violations = []


def dot_operand(name, x):
    global checked
    checked += 1
    if not np.all(np.isfinite(x)):
        violations.append([name, "a dot product's operand holds inf or nan: " + np.array2string(np.asarray(x), threshold=20)])
    return x


def own_memory(name, dst, src):
    global checked
    checked += 1
    if not (isinstance(dst, np.ndarray) and isinstance(src, np.ndarray) and dst.ndim == src.ndim == 1 and dst.size > 1):
        return src
    a, b = dst.strides[0], src.strides[0]
    if a != b and (a > 0) == (b > 0) and np.shares_memory(dst, src):
        violations.append([name, "a 1-D view is assigned a view of its own memory of another stride of the same sign: %d and %d" % (a, b)])
    return src


def main():
    builtins.dot_operand = dot_operand
    builtins.own_memory = own_memory
    warnings.simplefilter("ignore")
    spec = importlib.util.spec_from_file_location("generated", sys.argv[1])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases = 0
    for name, args in module.CASES:
        cases += 1
        try:
            getattr(module, name)(*args())
        except Exception:
            pass
    print(json.dumps({"cases": cases, "checked": checked, "violations": violations}))


main()
