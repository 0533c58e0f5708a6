"""Runs generated programs under CPython and reports every operand of a
dot product (np.dot or @) that holds inf or nan.

usage: dot_operands.py MODULE.py

MODULE.py is a progen Module whose dot products' operands are each
wrapped in dot_operand("NAME", x), NAME the function the product is in;
dot_operand is put among the builtins before the module is imported.
Every case runs (exceptions, which generated programs may raise, are
ignored). Prints one JSON object: {"operands": N, "cases": C,
"nonfinite": [["NAME", "operand"], ...]}: N operands checked in all.
"""
import builtins
import importlib.util
import json
import sys
import warnings

import numpy as np

operands = 0
nonfinite = []


def dot_operand(name, x):
    global operands
    operands += 1
    if not np.all(np.isfinite(x)):
        nonfinite.append([name, np.array2string(np.asarray(x), threshold=20)])
    return x


def main():
    builtins.dot_operand = dot_operand
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
    print(json.dumps({"operands": operands, "cases": cases, "nonfinite": nonfinite}))


main()
