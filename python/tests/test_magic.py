"""%%pynjit in IPython: the cell's jitted functions compiled and bound,
the cell run with them, diagnostics shown in the cell. Needs IPython and
NumPy (the project's .venv); PYNJIT names the program to test."""
import sys
import unittest
from unittest import mock

import numpy as np
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

KERNELS = '''
import numpy as np
from numba import njit

N = 10

@njit("int64(int64)")
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@njit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s

double = njit(lambda x: 2 * x)

print("fib(20) =", fib(20), "from", fib.__module__)
total(np.arange(10.0))
'''


class MagicTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ip = InteractiveShell.instance()
        cls.ip.colors = "nocolor"
        cls.ip.run_line_magic("load_ext", "pynjit")

    def run_cell(self, text):
        with capture_output() as cap:
            result = self.ip.run_cell(text)
        return result, cap.stdout, cap.stderr

    def test_cell(self):
        result, out, err = self.run_cell("%%pynjit\n" + KERNELS)
        self.assertTrue(result.success, err)
        # the cell ran with the compiled functions: its print, its value
        self.assertRegex(out, r"fib\(20\) = 6765 from _pynjit_cell\d+\n")
        self.assertIn("45.0", out)
        ns = self.ip.user_ns
        self.assertTrue(ns["fib"].__module__.startswith("_pynjit_cell"))
        self.assertTrue(ns["total"].__module__.startswith("_pynjit_cell"))
        self.assertEqual(ns["total"](np.ones(4)), 4.0)
        self.assertEqual(ns["N"], 10)  # the rest of the cell ran too
        self.assertEqual(ns["double"](3), 6)  # a lambda is not compiled: the interpreted one
        # the compiled signature converts its arguments as Numba's does
        self.assertEqual(ns["fib"](5.9), 5)
        with self.assertRaises(TypeError):
            ns["fib"]("a")
        # later cells get Numba's own njit again, when there is Numba
        self.assertIs(ns["njit"], getattr(sys.modules.get("numba"), "njit", ns["njit"]))

    def test_sig_option(self):
        result, out, err = self.run_cell(
            "%%pynjit --sig 'hypot(float64, float64)' -O 3 --boundscheck\nimport math\nfrom numba import njit\n\n@njit\ndef hypot(x, y):\n    return math.sqrt(x * x + y * y)\n")
        self.assertTrue(result.success, err)
        self.assertEqual(self.ip.user_ns["hypot"](3.0, 4.0), 5.0)
        self.assertTrue(self.ip.user_ns["hypot"].__module__.startswith("_pynjit_cell"))

    def test_diagnostics(self):
        self.ip.user_ns.pop("broken", None)
        result, out, err = self.run_cell(
            "%%pynjit\nfrom numba import njit\n\n@njit('int64(int64)')\ndef broken(x):\n    total = 0\n    return totl\n")
        self.assertFalse(result.success)
        self.assertRegex(err, r"cell\d+\.py:6:12: error\[E-name\]: NameError: name 'totl' is not defined\n 6 \|     return totl\n   \|            \^~~~\n  help: did you mean 'total'\?\n")
        self.assertIn("the cell did not run", err)
        self.assertNotIn("broken", self.ip.user_ns)
        self.assertNotIn("\x1b[", err)

    def test_without_numba(self):
        with mock.patch.dict(sys.modules, {"numba": None}):  # import numba fails
            result, out, err = self.run_cell(
                "%%pynjit\nfrom numba import njit, prange\n\n@njit('int64(int64)')\ndef tri(n):\n    s = 0\n    for i in range(n + 1):\n        s += i\n    return s\n\nprint(tri(100), prange is range)\n")
            self.assertIsNone(sys.modules["numba"])
        self.assertTrue(result.success, err)
        self.assertEqual(out, "5050 True\n")

    def test_bad_option(self):
        result, out, err = self.run_cell("%%pynjit -O 7\nx = 1\n")
        self.assertFalse(result.success)
        self.assertIn("UsageError", err)


if __name__ == "__main__":
    unittest.main()
