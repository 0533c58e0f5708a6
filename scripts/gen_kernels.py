"""Writes a generated file of compiled functions for the scale
benchmarks: functions with signatures, loops, branches, math and calls
between them, padded to exactly LINES lines.

usage: gen_kernels.py LINES FILE"""
import sys

lines, path = int(sys.argv[1]), sys.argv[2]
out = ["from numba import njit", "import math", "", "SCALE = 3", ""]
i = 0
while len(out) + 10 <= lines:
    callee = f"k{i - 1}(n, x)" if i else "x"
    out += [
        "",
        '@njit("float64(int64, float64)")',
        f"def k{i}(n, x):",
        "    s = 0.0",
        "    for j in range(n):",
        f"        if j % {i % 7 + 2} == 0:",
        "            s += math.sqrt(abs(x) + j) * SCALE",
        "        else:",
        "            s -= (j // 3) ** 2 / (j + 1)",
        f"    return s + {callee} if n < 0 else s",
    ]
    i += 1
out += ["# padding"] * (lines - len(out))
open(path, "w").write("\n".join(out) + "\n")
