"""Builds the peers of scripts/bench.sh: Pythran's and Cython's versions
of bench/kernels.py, with the C compiler and flags given.

usage: peers.py OUT_DIR CC CXX FLAGS...

Pythran compiles bench/kernels_pythran.py (its export comments) followed
by the @njit functions of kernels.py, their decorators removed and their
code unchanged, to OUT_DIR/kernels_pythran<ext>; Cython translates
bench/kernels_cython.pyx to C, which CC compiles to
OUT_DIR/kernels_cython<ext>. Run with the Python the benchmark runs
with."""
import ast
import os
import subprocess
import sys
import sysconfig


def njit_functions(path):
    """The source of every @njit function of path, without decorators."""
    with open(path) as f:
        src = f.read()
    lines = src.splitlines()
    out = []
    for node in ast.parse(src).body:
        if isinstance(node, ast.FunctionDef) and any(
                "njit" in ast.unparse(d) for d in node.decorator_list):
            out.append("\n".join(lines[node.lineno - 1:node.end_lineno]))
    return out


def main():
    out, cc, cxx, flags = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    here = os.path.dirname(os.path.abspath(__file__))
    ext = sysconfig.get_config_var("EXT_SUFFIX")

    with open(os.path.join(here, "kernels_pythran.py")) as f:
        head = f.read()
    pythran_src = os.path.join(out, "kernels_pythran.py")
    with open(pythran_src, "w") as f:
        f.write(head + "\n\n" + "\n\n\n".join(njit_functions(os.path.join(here, "kernels.py"))) + "\n")
    env = dict(os.environ, CC=cc, CXX=cxx)
    subprocess.run([sys.executable, "-m", "pythran.run", *flags, "-o", os.path.join(out, "kernels_pythran" + ext), pythran_src],
                   check=True, env=env)

    c_src = os.path.join(out, "kernels_cython.c")
    subprocess.run([sys.executable, "-m", "cython", "-3", "-o", c_src, os.path.join(here, "kernels_cython.pyx")], check=True)
    subprocess.run([cc, *flags, "-shared", "-fPIC", "-I", sysconfig.get_paths()["include"], c_src,
                    "-o", os.path.join(out, "kernels_cython" + ext), "-lm"], check=True)


main()
