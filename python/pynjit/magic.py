"""The %%pynjit cell magic: a notebook cell's @njit functions compiled
ahead of time by pynjit.

    %load_ext pynjit

    %%pynjit --sig 'fib(int64)'
    from numba import njit

    @njit
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    fib(30)

The cell is written to a file and built with ``pynjit build --emit py``
(at the signatures its decorators, annotations, calls and --sig give).
Its errors are shown in the cell as pynjit prints them, file:line:col
with the source line and a caret, and the cell does not run. Otherwise
the cell runs as written, in the notebook's namespace, except that numba's
njit and jit hand back the compiled functions (Numba need not be
installed); afterwards every compiled function is bound under its name.
"""
from __future__ import annotations

import importlib.util
import itertools
import shlex
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments

from pynjit.binary import NotFound, run

_counter = itertools.count(1)


@magics_class
class PynjitMagics(Magics):
    """%%pynjit: compile the cell's jitted functions with pynjit."""

    def __init__(self, shell: Any) -> None:
        super().__init__(shell)
        self._workdir = tempfile.TemporaryDirectory(prefix="pynjit-ipython-")

    @magic_arguments()
    @argument("-s", "--sig", action="append", default=[], metavar="SIG",
              help="a signature, as pynjit build --sig: 'add(int64, int64)' (repeatable)")
    @argument("-O", "--opt", type=int, choices=range(4), default=None, help="optimization level 0..3")
    @argument("--boundscheck", action="store_true", help="array indexes out of range raise IndexError")
    @argument("--fastmath", action="store_true", help="compile every function as @njit(fastmath=True)")
    @argument("--cpu", default=None, help="the CPU to compile for, e.g. native")
    @argument("--color", choices=("auto", "always", "never"), default="auto",
              help="colour of diagnostics (auto: on unless IPython's colours are off)")
    @cell_magic
    def pynjit(self, line: str, cell: str) -> None:
        """Compile the cell's @njit functions with pynjit, then run the cell
        with them (see pynjit.magic)."""
        try:
            argv = shlex.split(line)  # a shell's quoting, as the signatures are written for pynjit build
        except ValueError as e:
            raise UsageError(f"%%pynjit {line}: {e}") from None
        args = self.pynjit.parser.parse_args(argv)
        module = self._build(cell, args)
        compiled = {name: getattr(module, name) for name in module.__all__ if name != "ObjectModeWarning"}
        with _numba_returning(compiled, self.shell.user_ns):
            self.shell.run_cell(cell)
        self.shell.user_ns.update(compiled)

    def _build(self, cell: str, args: Any) -> types.ModuleType:
        n = next(_counter)
        work = Path(self._workdir.name) / f"k{n}"
        work.mkdir()
        source = f"cell{self.shell.execution_count}.py"  # the name diagnostics show
        (work / source).write_text(cell, encoding="utf-8")
        color = args.color
        if color == "auto":
            color = "never" if str(getattr(self.shell, "colors", "")).lower() == "nocolor" else "always"
        cmd = [f"--color={color}", "build", source, "--emit", "py", "-o", "cell"]
        for s in args.sig:
            cmd += ["--sig", s]
        if args.opt is not None:
            cmd += ["-O", str(args.opt)]
        if args.boundscheck:
            cmd.append("--boundscheck")
        if args.fastmath:
            cmd.append("--fastmath")
        if args.cpu:
            cmd += ["--cpu", args.cpu]
        try:
            done = run(cmd, cwd=work)
        except NotFound as e:
            raise UsageError(str(e)) from None
        sys.stderr.write(done.stderr)  # diagnostics, warnings and notes too
        if done.returncode != 0:
            raise UsageError(f"pynjit {shlex.join(cmd[1:])} failed (exit status {done.returncode}); the cell did not run")
        spec = importlib.util.spec_from_file_location(f"_pynjit_cell{n}", work / "cell_pynjit.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module


_ABSENT = object()


@contextmanager
def _numba_returning(compiled: dict[str, Callable[..., Any]], namespace: dict[str, Any]) -> Iterator[None]:
    """Makes `numba` a module whose njit and jit return the compiled
    function of the decorated function's name (the function itself when
    there is none); its other names come from the real numba, when there
    is one (prange is range without it). Afterwards the names namespace
    bound to the stand-ins are bound to Numba's own, when there is Numba,
    so that later cells without %%pynjit use Numba as before."""
    saved = sys.modules.get("numba", _ABSENT)
    imported: list[types.ModuleType] = []  # Numba itself, once a name of it is asked for

    def compiler(*args: Any, **kwargs: Any) -> Any:
        def swap(fn: Any) -> Any:
            return compiled.get(getattr(fn, "__name__", ""), fn)

        if len(args) == 1 and callable(args[0]) and not kwargs:
            return swap(args[0])
        return swap

    def njit(*args: Any, **kwargs: Any) -> Any:
        return compiler(*args, **kwargs)

    def jit(*args: Any, **kwargs: Any) -> Any:
        return compiler(*args, **kwargs)

    def missing(name: str) -> Any:
        if name.startswith("__"):  # the import system's questions: no need of Numba
            raise AttributeError(name)
        if not imported and saved is not None:  # None in sys.modules: kept out on purpose
            try:
                imported.append(saved if isinstance(saved, types.ModuleType) else _import_real_numba())
            except ImportError:
                pass
        if imported:
            return getattr(imported[0], name)
        if name == "prange":
            return range
        raise AttributeError(f"module 'numba' has no attribute {name!r} (Numba is not installed)")

    stand_in = types.ModuleType("numba", "numba as a %%pynjit cell sees it: njit and jit return compiled functions")
    stand_in.njit, stand_in.jit = njit, jit  # type: ignore[attr-defined]
    stand_in.__getattr__ = missing  # type: ignore[attr-defined]
    sys.modules["numba"] = stand_in
    try:
        yield
    finally:
        bound = {k: v for k, v in namespace.items() if v is stand_in or v is njit or v is jit}
        if bound and not imported:
            try:
                missing("njit")
            except AttributeError:
                pass
        if imported:
            real = imported[0]
            namespace.update({k: real if v is stand_in else getattr(real, v.__name__) for k, v in bound.items()})
        if imported:
            sys.modules["numba"] = imported[0]
        elif saved is _ABSENT:
            sys.modules.pop("numba", None)
        else:
            sys.modules["numba"] = saved  # type: ignore[assignment]


def _import_real_numba() -> types.ModuleType:
    """Imports Numba itself while the stand-in is in sys.modules."""
    stand_in = sys.modules.pop("numba")
    try:
        return importlib.import_module("numba")
    finally:
        sys.modules["numba"] = stand_in
