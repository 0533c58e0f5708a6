"""Python helpers of the pynjit compiler.

pynjit.binary finds and runs the pynjit program; `%load_ext pynjit` in
IPython or Jupyter registers the %%pynjit cell magic (pynjit.magic), and
pynjit_build builds a package's kernels into its wheel.
"""
from pynjit.binary import NotFound, find

__all__ = ["NotFound", "find", "load_ipython_extension"]


def load_ipython_extension(ipython) -> None:
    """Registers %%pynjit (called by %load_ext pynjit)."""
    from pynjit.magic import PynjitMagics

    ipython.register_magics(PynjitMagics)
