"""CPython's side of format.c: reads the same cases from stdin and
writes format(), repr() or the exception the same way."""
import struct
import sys


def from_bits(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def main():
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        kind, value, spec = line.decode().split()
        if kind in ("i", "u", "f"):
            spec = "" if spec == "-" else bytes.fromhex(spec).decode()
        try:
            if kind in ("i", "u"):
                r = format(int(value), spec)
            elif kind == "f":
                r = format(from_bits(value), spec)
            elif kind == "r":
                r = repr(from_bits(value))
            else:
                r = repr(complex(from_bits(value), from_bits(spec)))
        except (ValueError, OverflowError, MemoryError) as e:
            r = f"!{type(e).__name__}: {e}"
        if kind == "i" and "c" in spec[-1:] and r[:1] != "!":
            try:
                r.encode()
            except UnicodeEncodeError as e:  # what print() raises
                r = f"!{type(e).__name__}: {e}"
        out.write(r.encode() + b"\0\n")


main()
