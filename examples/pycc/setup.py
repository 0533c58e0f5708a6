"""Builds the stats extension module into a wheel: pip wheel --no-build-isolation .

With numba.pycc this file read

    from stats import cc
    setup(name="stats", version="1.0", ext_modules=[cc.distutils_extension()])

which imports stats.py, and with it Numba, to build. pynjit reads the file
instead: only the extension's name and source change.
"""
from setuptools import setup

from pynjit_build import PynjitExtension

setup(name="stats", version="1.0", py_modules=[], ext_modules=[PynjitExtension("stats", "stats.py")])
