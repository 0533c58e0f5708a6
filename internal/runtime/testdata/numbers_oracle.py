"""CPython's and NumPy's side of numbers.c: the same cases, the same
output. Needs NumPy (Debian's /usr/bin/python3 has it)."""
import struct
import sys

import numpy as np


def from_bits(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def wrap(n):
    n %= 1 << 64
    return n - (1 << 64) if n >= 1 << 63 else n


def case(op, args):
    if op == "round":
        return bits(round(from_bits(args[0]), int(args[1])))
    if op == "roundi":
        return str(wrap(round(int(args[0]), int(args[1]))))
    if op == "slice":
        length, start, stop, step, flags = map(int, args)
        s = slice(start if flags & 1 else None, stop if flags & 2 else None, step)
        start, stop, step = s.indices(length)
        # the runtime gives a step it can negate: at least -(2**63 - 1)
        return f"{start} {max(step, -(2**63 - 1))} {len(range(start, stop, step))}"
    if op == "arange":
        return str(len(np.arange(*map(from_bits, args))))
    raise SystemExit("unknown case " + op)


def main():
    for line in sys.stdin:
        op, *args = line.split()
        try:
            out = case(op, args)
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out = f"!{type(e).__name__}: {e}"
        print(out)


main()
