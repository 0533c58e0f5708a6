"""Snippets of Python from CPython's own tests, with what CPython makes of them.

The test suites of the parser's corners (f-strings, type parameters, the
grammar, syntax errors, the tokenizer) hold their cases as string
constants, compiled at run time. This script takes every string constant
of the files named on the command line, under the running interpreter's
Lib/test, and prints one JSON list: for each snippet, {"src", "file"} and
either {"dump", "pos"} (ast.dump and positions, as oracle.py gives them)
or {"err": "line:col: message"} (col 0-based; line 0 when CPython gives
no place).
"""
import ast
import json
import os
import re
import sys
import warnings

from oracle import position_text


COOKIE = re.compile(r"^[ \t\f]*#.*?coding[:=]")


def snippets(path):
    with open(path, "rb") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            s = node.value
            if not s or len(s) > 4000 or "\0" in s:
                continue
            try:
                s.encode("utf-8")
            except UnicodeEncodeError:
                continue  # a lone surrogate: no file holds it
            if any(COOKIE.match(line) for line in s.splitlines()[:2]):
                continue  # ast.parse of a str ignores an encoding declaration; a file's does not
            yield s if s.endswith("\n") else s + "\n"


def main():
    warnings.simplefilter("ignore")
    testdir = os.path.join(os.path.dirname(os.__file__), "test")
    seen, out = set(), []
    for name in sys.argv[1:]:
        path = os.path.join(testdir, name)
        if not os.path.exists(path):
            continue
        for s in snippets(path):
            if s in seen:
                continue
            seen.add(s)
            case = {"src": s, "file": name}
            try:
                tree = ast.parse(s)
                case.update(dump=ast.dump(tree), pos=position_text(tree))
            except (SyntaxError, ValueError) as e:
                line = getattr(e, "lineno", None) or 0
                col = (getattr(e, "offset", None) or 1) - 1 if line else 0
                case["err"] = "%d:%d: %s" % (line, col, getattr(e, "msg", str(e)))
            except (RecursionError, MemoryError):
                continue
            out.append(case)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
