"""pynjit.binary.find: $PYNJIT, else the bundled program, else PATH."""
import os
import stat
import tempfile
import unittest
from pathlib import Path
from unittest import mock

from pynjit import binary


def program(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


class FindTest(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp())
        self.on_path = program(self.dir / "path" / "pynjit")
        self.bundled = self.dir / "bundled" / "pynjit"

    def find(self, env):
        with mock.patch.dict(os.environ, env, clear=True), mock.patch.object(binary, "BUNDLED", self.bundled):
            return binary.find()

    def test_path(self):
        self.assertEqual(self.find({"PATH": str(self.dir / "path")}), self.on_path)

    def test_bundled_before_path(self):
        self.assertEqual(self.find({"PATH": str(self.dir / "path")}), self.on_path)
        bundled = program(self.bundled)
        self.assertEqual(self.find({"PATH": str(self.dir / "path")}), bundled)

    def test_env_first(self):
        program(self.bundled)
        named = program(self.dir / "elsewhere" / "my-pynjit")
        self.assertEqual(self.find({"PATH": str(self.dir / "path"), "PYNJIT": named}), named)

    def test_env_not_a_program(self):
        with self.assertRaisesRegex(binary.NotFound, "PYNJIT=/nonexistent/pynjit is not an executable program"):
            self.find({"PYNJIT": "/nonexistent/pynjit"})

    def test_none(self):
        with self.assertRaisesRegex(binary.NotFound, "pynjit was not found: install it .*PYNJIT="):
            self.find({"PATH": str(self.dir)})


if __name__ == "__main__":
    unittest.main()
