"""python -m pynjit ARGS...: runs the pynjit program (see pynjit.binary.find)."""
import os
import sys

from pynjit.binary import NotFound, find

try:
    program = find()
except NotFound as e:
    sys.exit(f"pynjit: {e}")
os.execv(program, [program, *sys.argv[1:]])
