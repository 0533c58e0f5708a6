"""setuptools support for pynjit: a package's kernels as extension modules.

With ``pynjit`` in ``[build-system] requires`` and the kernels listed in
``[tool.pynjit]`` (``modules = ["pkg.kernels"]`` or ``files =
["src/pkg/kernels.py"]``, the keys the pynjit program reads), building the
package (``pip wheel .``, ``python -m build``) compiles each listed module
into a stable-ABI extension module of the same name, ``pkg/kernels.abi3.so``
beside ``pkg/kernels.py``. Python imports an extension module before the
source file of the same name, so ``import pkg.kernels`` gets the compiled
functions wherever the wheel is installed, with neither Numba nor a
compiler there, while the source keeps running under Numba in a checkout.
The wheel is tagged for the stable ABI (``cp311-abi3-<platform>``).

A setup.py may list extensions itself (the replacement of numba.pycc's
``cc.distutils_extension()``)::

    from setuptools import setup
    from pynjit_build import PynjitExtension
    setup(ext_modules=[PynjitExtension("pkg.kernels", "src/pkg/kernels.py")])

pynjit compiles each file with ``pynjit build FILE --emit pyext``; the
signatures and options of ``[tool.pynjit]`` apply, as on the command line.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from setuptools import Extension
from setuptools.command.build_ext import build_ext as _setuptools_build_ext
from setuptools.errors import CompileError, SetupError

from pynjit.binary import NotFound, find

__all__ = ["PynjitExtension", "build_ext", "extensions_from_pyproject", "finalize_distribution_options"]

#: The oldest CPython whose stable ABI has everything pynjit's extension
#: modules call (the buffer protocol joined it in 3.11).
LIMITED_API = "cp311"


class PynjitExtension(Extension):
    """An extension module that pynjit compiles from one Python file: its
    @njit functions (and, for a numba.pycc file, its cc.export names),
    built against the stable ABI. pynjit_args are more options for
    ``pynjit build`` (``["--sig", "f(int64)", "-O", "3"]``)."""

    def __init__(self, name: str, source: str, pynjit_args: Sequence[str] = (), **kwargs: Any) -> None:
        kwargs.setdefault("py_limited_api", True)
        super().__init__(name, sources=[source], **kwargs)
        self.pynjit_args = list(pynjit_args)


class PynjitBuildMixin:
    """Builds PynjitExtensions with pynjit and leaves the others to the
    build_ext it is mixed into."""

    def build_extension(self, ext: Extension) -> None:
        if not isinstance(ext, PynjitExtension):
            super().build_extension(ext)  # type: ignore[misc]
            return
        out = self.get_ext_fullpath(ext.name)  # type: ignore[attr-defined]
        os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
        try:
            program = find()
        except NotFound as e:
            raise SetupError(f"building {ext.name}: {e}") from None
        cmd = [program, "build", ext.sources[0], "--emit", "pyext", "-o", out, *ext.pynjit_args]
        print(" ".join(cmd), flush=True)
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        sys.stderr.write(done.stderr)  # warnings too: W-pyext names what the module lacks
        if done.returncode != 0:
            raise CompileError(f"pynjit could not build {ext.name} from {ext.sources[0]} (exit status {done.returncode})")


class build_ext(PynjitBuildMixin, _setuptools_build_ext):
    """setuptools' build_ext, building PynjitExtensions with pynjit."""


def _requires_pynjit(pyproject: dict[str, Any]) -> bool:
    for req in pyproject.get("build-system", {}).get("requires", []):
        name = re.match(r"[A-Za-z0-9._-]*", req)
        if name and re.sub(r"[-_.]+", "-", name.group()).lower() == "pynjit":
            return True
    return False


def _module_of(path: str) -> str:
    """pkg.kernels for pkg/kernels.py or src/pkg/kernels.py (where pynjit
    looks for the modules of [tool.pynjit])."""
    parts = Path(path).with_suffix("").parts
    if parts and parts[0] == "src":
        parts = parts[1:]
    return ".".join(parts)


def _file_of(root: Path, module: str) -> str:
    rel = Path(*module.split("."))
    for base in (Path(), Path("src")):
        if (root / base / rel.with_suffix(".py")).is_file():
            return (base / rel.with_suffix(".py")).as_posix()
        if (root / base / rel / "__init__.py").is_file():
            return (base / rel / "__init__.py").as_posix()
    raise SetupError(f"[tool.pynjit] modules: no {rel}.py under {root} or its src folder")


def extensions_from_pyproject(path: str | os.PathLike[str] = "pyproject.toml", *, opt_in: bool = False) -> list[PynjitExtension]:
    """The extension modules of the modules and files [tool.pynjit] lists
    in path, named as the modules; file names are relative to its
    directory. With opt_in, only when [build-system] requires pynjit."""
    pyproject_path = Path(path)
    if not pyproject_path.is_file():
        return []
    with open(pyproject_path, "rb") as f:
        pyproject = tomllib.load(f)
    config = pyproject.get("tool", {}).get("pynjit")
    if config is None or opt_in and not _requires_pynjit(pyproject):
        return []
    root = pyproject_path.parent
    files = [str(f) for f in config.get("files", [])]
    files += [_file_of(root, m) for m in config.get("modules", [])]
    exts = []
    for f in files:
        if Path(f).name == "__init__.py":
            raise SetupError(f"{f}: a package's __init__.py cannot be replaced by an extension module; move its kernels into a module of the package")
        exts.append(PynjitExtension(_module_of(f), f))
    return exts


def finalize_distribution_options(dist: Any) -> None:
    """The setuptools plugin (entry point
    setuptools.finalize_distribution_options): adds the extensions of a
    pyproject.toml whose [build-system] requires pynjit, builds every
    PynjitExtension with pynjit, and tags the wheel for the stable ABI
    when all extension modules are built against it."""
    exts = list(dist.ext_modules or [])
    names = {e.name for e in exts}
    exts += [e for e in extensions_from_pyproject(opt_in=True) if e.name not in names]
    if not any(isinstance(e, PynjitExtension) for e in exts):
        return
    dist.ext_modules = exts
    base = dist.cmdclass.get("build_ext", _setuptools_build_ext)
    if not issubclass(base, PynjitBuildMixin):
        dist.cmdclass["build_ext"] = type("build_ext", (PynjitBuildMixin, base), {})
    if all(getattr(e, "py_limited_api", False) for e in exts):
        dist.get_option_dict("bdist_wheel").setdefault("py_limited_api", ("pynjit_build", LIMITED_API))
