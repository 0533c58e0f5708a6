"""The parser's oracle: CPython's own ast module.

Reads file paths, one per line, on stdin and prints one JSON object per
line for each: {"path", "ok", "dump", "pos"}, where dump is
ast.dump(ast.parse(source)) and pos lists [type, lineno, col_offset,
end_lineno, end_col_offset] for every node that has a position, in a
pre-order walk over _fields. ok is false when CPython cannot parse the
file; then "error" holds the message. One process serves all files.
"""
import ast
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


def main():
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        path = line.rstrip("\n")
        try:
            with open(path, "rb") as f:
                src = f.read()
            tree = ast.parse(src, filename=path)
        except (SyntaxError, ValueError) as e:
            print(json.dumps({"path": path, "ok": False, "error": str(e)}))
            continue
        pos = []
        positions(tree, pos)
        print(json.dumps({"path": path, "ok": True, "dump": ast.dump(tree), "pos": pos}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
