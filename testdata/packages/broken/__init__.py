"""A package whose errors are in several modules: pynjit check names the
file each one is in (inline expectations, as in testdata/errors)."""
from .a import run
