"""pynjit_build: [tool.pynjit] read into extensions, and the setuptools plugin."""
import os
import tempfile
import textwrap
import unittest
from pathlib import Path

from setuptools import Extension
from setuptools.dist import Distribution
from setuptools.errors import SetupError

import pynjit_build
from pynjit_build import PynjitExtension, extensions_from_pyproject


def project(toml: str, files=("src/pkg/kernels.py", "pkg2/k.py", "pkg3/__init__.py")) -> Path:
    root = Path(tempfile.mkdtemp())
    (root / "pyproject.toml").write_text(textwrap.dedent(toml))
    for f in files:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
        (root / f).write_text("")
    return root


REQUIRES = '[build-system]\nrequires = ["setuptools>=61", "PyNJIT >= 0.1"]\n'


class PyprojectTest(unittest.TestCase):
    def names(self, toml, **kw):
        root = project(toml)
        return [(e.name, e.sources, e.py_limited_api) for e in extensions_from_pyproject(root / "pyproject.toml", **kw)]

    def test_modules_and_files(self):
        got = self.names(REQUIRES + '[tool.pynjit]\nmodules = ["pkg.kernels"]\nfiles = ["pkg2/k.py"]\n')
        self.assertEqual(got, [("pkg2.k", ["pkg2/k.py"], True), ("pkg.kernels", ["src/pkg/kernels.py"], True)])

    def test_src_files(self):
        self.assertEqual(self.names('[tool.pynjit]\nfiles = ["src/pkg/kernels.py"]\n'), [("pkg.kernels", ["src/pkg/kernels.py"], True)])

    def test_opt_in(self):
        toml = '[build-system]\nrequires = ["setuptools", "pynjit-extras"]\n[tool.pynjit]\nfiles = ["pkg2/k.py"]\n'
        self.assertEqual(self.names(toml, opt_in=True), [])
        self.assertEqual(self.names(toml), [("pkg2.k", ["pkg2/k.py"], True)])
        self.assertEqual(len(self.names(REQUIRES + '[tool.pynjit]\nfiles = ["pkg2/k.py"]\n', opt_in=True)), 1)

    def test_no_table(self):
        self.assertEqual(self.names(REQUIRES), [])
        self.assertEqual(extensions_from_pyproject("/nonexistent/pyproject.toml"), [])

    def test_errors(self):
        with self.assertRaisesRegex(SetupError, "no pkg/missing.py under"):
            self.names('[tool.pynjit]\nmodules = ["pkg.missing"]\n')
        with self.assertRaisesRegex(SetupError, "__init__.py cannot be replaced by an extension module"):
            self.names('[tool.pynjit]\nmodules = ["pkg3"]\n')


class PluginTest(unittest.TestCase):
    def finalize(self, toml, **attrs):
        root = project(toml)
        cwd = Path.cwd()
        os.chdir(root)
        try:
            dist = Distribution(attrs)
            pynjit_build.finalize_distribution_options(dist)
        finally:
            os.chdir(cwd)
        return dist

    def test_adds_extensions_and_tags(self):
        dist = self.finalize(REQUIRES + '[tool.pynjit]\nmodules = ["pkg.kernels"]\n')
        self.assertEqual([e.name for e in dist.ext_modules], ["pkg.kernels"])
        self.assertTrue(issubclass(dist.cmdclass["build_ext"], pynjit_build.PynjitBuildMixin))
        self.assertEqual(dist.get_option_dict("bdist_wheel")["py_limited_api"], ("pynjit_build", "cp311"))

    def test_not_opted_in(self):
        dist = self.finalize('[tool.pynjit]\nmodules = ["pkg.kernels"]\n')
        self.assertFalse(dist.ext_modules)
        self.assertNotIn("build_ext", dist.cmdclass)

    def test_setup_py_extensions_keep_a_custom_build_ext(self):
        from setuptools.command.build_ext import build_ext

        class custom(build_ext):
            pass

        c = Extension("pkg.c", ["c.c"])
        dist = self.finalize("", ext_modules=[PynjitExtension("m", "m.py"), c], cmdclass={"build_ext": custom})
        self.assertEqual([e.name for e in dist.ext_modules], ["m", "pkg.c"])
        self.assertTrue(issubclass(dist.cmdclass["build_ext"], custom))
        self.assertTrue(issubclass(dist.cmdclass["build_ext"], pynjit_build.PynjitBuildMixin))
        # a C extension of the full API: the wheel is not abi3
        self.assertNotIn("py_limited_api", dist.get_option_dict("bdist_wheel"))

    def test_other_packages_untouched(self):
        dist = self.finalize('[project]\nname = "x"\n', ext_modules=[Extension("c", ["c.c"])])
        self.assertEqual([e.name for e in dist.ext_modules], ["c"])
        self.assertNotIn("build_ext", dist.cmdclass)


if __name__ == "__main__":
    unittest.main()
