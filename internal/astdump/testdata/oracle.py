"""The parser's oracle: CPython's own ast module.

Reads file paths, one per line, on stdin and prints one JSON object per
line for each: {"path", "ok", "dump", "pos"}, where dump is
ast.dump(ast.parse(source)) and pos lists every node that has a position
as "type lineno:col_offset-end_lineno:end_col_offset", one per line, in a
pre-order walk over _fields. ok is false when CPython cannot parse the
file; then "error" holds the message and "at" its line and column. With
--hash, dump and pos are their SHA-256 digests in hex, which keeps the
output of a whole standard library small. One process serves all files.
"""
import ast
import hashlib
import json
import sys
import warnings


def positions(node, out):
    if isinstance(node, ast.AST):
        if "lineno" in node._attributes and hasattr(node, "lineno"):
            out.append([type(node).__name__, node.lineno, node.col_offset,
                        node.end_lineno, node.end_col_offset])
        for name in node._fields:
            positions(getattr(node, name, None), out)
    elif isinstance(node, list):
        for item in node:
            positions(item, out)


def position_text(tree):
    """The positions of tree's nodes, one "type l:c-l:c" line each."""
    pos = []
    positions(tree, pos)
    return "".join("%s %d:%d-%d:%d\n" % tuple(p) for p in pos)


def digest(s):
    return hashlib.sha256(s.encode("utf-8", "surrogatepass")).hexdigest()


def main():
    warnings.simplefilter("ignore")
    hashed = "--hash" in sys.argv[1:]
    for line in sys.stdin:
        path = line.rstrip("\n")
        try:
            with open(path, "rb") as f:
                src = f.read()
            tree = ast.parse(src, filename=path)
        except (SyntaxError, ValueError) as e:
            at = [getattr(e, "lineno", None), getattr(e, "offset", None)]
            print(json.dumps({"path": path, "ok": False, "error": str(e), "at": at}))
            continue
        dump, pos = ast.dump(tree), position_text(tree)
        if hashed:
            dump, pos = digest(dump), digest(pos)
        print(json.dumps({"path": path, "ok": True, "dump": dump, "pos": pos}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
