"""Finds the pynjit program and runs it."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

#: Where a platform wheel of this package keeps its own pynjit.
BUNDLED = Path(__file__).resolve().parent / "bin" / "pynjit"

INSTALL_HINT = (
    "install it (go install github.com/pynjit/pynjit/cmd/pynjit@latest, or a "
    "release's .deb or archive), put it on PATH, or set PYNJIT=/path/to/pynjit"
)


class NotFound(FileNotFoundError):
    """No pynjit program could be found."""


def find() -> str:
    """The pynjit program to run: $PYNJIT, else the one bundled with this
    package, else pynjit on PATH."""
    named = os.environ.get("PYNJIT")
    if named:
        path = shutil.which(named)
        if path is None:
            raise NotFound(f"PYNJIT={named} is not an executable program")
        return path
    if BUNDLED.is_file() and os.access(BUNDLED, os.X_OK):
        return str(BUNDLED)
    path = shutil.which("pynjit")
    if path is None:
        raise NotFound("pynjit was not found: " + INSTALL_HINT)
    return path


def run(args: Sequence[str], cwd: str | os.PathLike[str] | None = None) -> subprocess.CompletedProcess[str]:
    """Runs pynjit with args, capturing its output as text."""
    return subprocess.run([find(), *args], cwd=cwd, capture_output=True, text=True, check=False)
