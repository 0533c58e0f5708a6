"""Writes internal/syntax/testdata/errors-3.X.txt from the cases below.

Each case is (name, source). The CPython that runs this script decides
whether it is a syntax error, where and with what message, and this
script records that: a case that version parses is recorded as parsing
(the parser must parse it too). Run it from internal/astdump with each
version:
    python3.11 testdata/errtable.py > ../syntax/testdata/errors-3.11.txt
    python3.12 testdata/errtable.py > ../syntax/testdata/errors-3.12.txt
    python3.13 testdata/errtable.py > ../syntax/testdata/errors-3.13.txt
TestErrorTableMatchesCPython checks each table against its CPython again
with
    python3.X testdata/errtable.py --check ../syntax/testdata/errors-3.X.txt
"""
import ast
import json
import re
import sys
import warnings

CASES = [
    ("paren-never-closed", "x = (1,\n"),
    ("call-never-closed", "foo(1, 2\n"),
    ("bracket-never-closed", "x = [1, 2\ny = 3\n"),
    ("brace-never-closed-deep", "def f():\n    return {1: [2,\n"),
    ("if-missing-colon", "if x\n    pass\n"),
    ("while-missing-colon", "while True\n    pass\n"),
    ("def-missing-colon", "def f()\n    return 1\n"),
    ("for-missing-colon", "for i in range(3)\n    pass\n"),
    ("class-missing-colon", "class C\n    pass\n"),
    ("with-missing-colon", "with open(x) as f\n    pass\n"),
    ("list-missing-comma", "x = [1 2]\n"),
    ("call-missing-comma", "f(a b)\n"),
    ("tuple-missing-comma", "t = (1, 2 3)\n"),
    ("if-not-indented", "if x:\npass\n"),
    ("def-not-indented", "def f():\nreturn 1\n"),
    ("for-not-indented", "for x in y:\nz\n"),
    ("else-not-indented", "if a:\n    b\nelse:\nc\n"),
    ("unindent-mismatch", "if x:\n    a\n  b\n"),
    ("unexpected-indent", "x = 1\n    y = 2\n"),
    ("assign-to-call", "f() = 1\n"),
    ("assign-to-literal", "1 = x\n"),
    ("assign-to-expression", "x + 1 = 2\n"),
    ("assign-to-true", "True = 1\n"),
    ("unterminated-string", "s = 'abc\n"),
    ("unterminated-string-line2", "a = 1\ns = \"abc\n"),
    ("unterminated-triple", "s = \"\"\"abc\n\ndef\n"),
    ("invalid-decimal", "x = 1abc\n"),
    ("leading-zeros", "x = 012\n"),
    ("invalid-hex", "x = 0x\n"),
    ("invalid-binary-digit", "x = 0b12\n"),
    ("print-statement", "print \"hello\"\n"),
    ("unmatched-close", "x = )\n"),
    ("unmatched-close-after-call", "print(1))\n"),
    ("mismatched-close", "x = (1, 2]\n"),
    ("mismatched-close-multiline", "x = (1,\n     2]\n"),
    ("stray-else", "else:\n    pass\n"),
    ("dollar", "x = $\n"),
    ("euro-sign", "x = 5 \u20ac\n"),
    ("genexp-not-parenthesized", "f(x for x in y, 1)\n"),
    ("positional-after-keyword", "f(a=1, b)\n"),
    ("non-default-after-default", "def f(a=1, b):\n    pass\n"),
    ("bare-star", "def f(*):\n    pass\n"),
    ("dict-missing-value", "x = {1: 2, 3}\n"),
    ("fstring-empty", "f'{}'\n"),
    ("fstring-missing-comma", "f'{a b}'\n"),
    ("fstring-single-brace", "f'}'\n"),
    ("delete-call", "del f()\n"),
    ("augassign-tuple", "(a, b) += 1\n"),
    ("from-import-trailing-comma", "from x import y,\n"),
    ("ternary-without-else", "a = 1 if b\n"),
    ("try-without-except", "try:\n    pass\nx = 1\n"),
    ("lambda-non-default", "lambda x=1, y: x\n"),
    ("annotate-tuple", "x, y: int = 1, 2\n"),
    ("dangling-operator", "x = 1 +\n"),
    ("comprehension-without-iterable", "x = [i for i in]\n"),
    ("decorator-without-def", "@dec\nx = 1\n"),
    ("case-not-indented", "match x:\n    case 1:\n    pass\n"),
    ("keyword-as-name", "def class():\n    pass\n"),
    ("if-assign", "if x = 1:\n    pass\n"),
    ("walrus-on-attribute", "(a.b := 1)\n"),
    ("continuation-garbage", "x = 1 \\ 2\n"),
    ("non-ascii-before-error", "s = '\u00e9t\u00e9' + (1,\n"),
    ("non-ascii-leading-zeros", "s = '\u00e9\u00e9' + 09\n"),
    ("non-ascii-leading-zeros-underscore", "s = '\u00e9\u00e9' + 0_7\n"),
    ("non-ascii-invalid-decimal", "s = '\u00e9\u00e9' + 1abc\n"),
    ("non-ascii-unterminated-string", "s = '\u00e9\u00e9'; t = 'abc\n"),
    ("non-ascii-invalid-character", "\u00e9 = 5 \u20ac\n"),
    ("non-ascii-mismatched-close", "s = '\u00e9\u00e9'; x = (1, 2]\n"),
    ("non-ascii-unindent-mismatch", "if x:\n    \u00e9 = 1\n  \u00e9 = 2\n"),
    ("non-ascii-missing-comma", "s = '\u00e9\u00e9' + 1 1\n"),
    ("non-ascii-fstring-conversion", "s = '\u00e9\u00e9' + f'{x!z}'\n"),
    ("non-ascii-assign-to-call", "\u00e9\u00e9\u00e9() = 1\n"),
    ("non-ascii-non-printable", "s = '\u00e9\u00e9' + \x01\n"),
    ("truncated-x-escape", "s = 'ab\\x4'\n"),
    ("truncated-u-escape", "s = 'ab\\u12g4' + x\n"),
    ("illegal-unicode-escape", "s = '\\U00110000'\n"),
    ("unknown-unicode-name", "s = 'a\\N{NO SUCH NAME}'\n"),
    ("malformed-n-escape", "s = '\\N'\n"),
    ("empty-n-escape", "s = '\\N{}'\n"),
    ("non-ascii-truncated-escape", "s = '\u00e9\\x4'\n"),
    ("bytes-non-ascii", "b = b'\u00e9'\n"),
    ("fstring-unclosed-n-escape", "x = f'ab\\N{abc'\n"),
    ("fstring-unclosed-n-escape-then-more", "x = f'ab\\N{abc' + 1\n"),
    ("too-many-nested-parentheses", "x = " + "(" * 201 + "1" + ")" * 201 + "\n"),
    ("expected-paren-after-spaces", "def f  x(): pass\n"),
    ("expected-colon-before-comment", "if x  # c\n  pass\n"),
    # PEP 695 (3.12) and PEP 696 (3.13)
    ("def-type-params", "def f[T](x: T) -> T:\n    return x\n"),
    ("class-type-params", "class C[T](B): pass\n"),
    ("type-alias", "type X[T] = list[T]\n"),
    ("type-alias-soft-keyword", "type = 5\ntype(x)\ntype.x = 1\ntype match = 1\n"),
    ("type-param-kinds", "def f[T: int, U: (int, str), *Ts, **P](): pass\n"),
    ("def-type-param-default", "def f[T = int](): pass\n"),
    ("class-type-param-default", "class C[T = 1]: pass\n"),
    ("alias-type-param-default", "type X[T: (int, str) = int] = T\n"),
    ("starred-type-param-default", "def f[*Ts = *tuple[int], **P = [int]](): pass\n"),
    ("def-empty-type-params", "def f[](): pass\n"),
    ("class-empty-type-params", "class C[]: pass\n"),
    ("alias-empty-type-params", "type X[] = int\n"),
    ("typevartuple-bound", "def f[T, *Ts: int](): pass\n"),
    ("paramspec-bound", "type X[**P: int] = 1\n"),
    ("typevartuple-constraints", "class C[*Ts: (int, str)]: pass\n"),
    ("def-type-params-then-colon", "def f[T]: pass\n"),
    ("def-type-param-bad-bound", "def f[T: *Ts](): pass\n"),
    ("class-type-param-bad-bound", "class C[T: *Ts]: pass\n"),
    ("type-alias-no-value", "type X = \n"),
    ("type-alias-no-equals", "type X\n"),
    ("type-alias-attribute", "type x.y = 1\n"),
    ("type-alias-starred-value", "type X[T] = *a\n"),
    ("type-alias-tuple-value", "type X = a, b\n"),
    # PEP 701 (3.12) f-strings
    ("fstring-reused-quotes", "x = f'{'a'}'\n"),
    ("fstring-backslash-in-field", "x = f'{\"\\n\".join(y)}'\n"),
    ("fstring-comment-in-field", "x = f'''{y # comment\n}'''\n"),
    ("fstring-multi-line-field", "x = f'{y\n+ 1}'\n"),
    ("fstring-nested-five-deep", "x = f'{f'{f'{f'{f'{1}'}'}'}'}'\n"),
    ("fstring-conversion-after-space", "x = f'{y! r}'\n"),
    ("fstring-missing-conversion", "x = f'{y!}'\n"),
    ("fstring-invalid-conversion", "x = f'{y!z}'\n"),
    ("fstring-lambda", "x = f'{lambda y: 1}'\n"),
    ("fstring-unterminated", "x = f'abc\n"),
    ("fstring-unterminated-triple", "x = f'''abc\n"),
    ("fstring-unterminated-field", "x = f'{y'\n"),
    ("fstring-empty-before-colon", "x = f'{:y}'\n"),
    ("fstring-empty-before-bang", "x = f'{!r}'\n"),
    ("fstring-empty-before-equals", "x = f'{=}'\n"),
    ("fstring-conversion-then-equals", "x = f'{y!r=}'\n"),
    ("fstring-unmatched-paren", "x = f'{)}'\n"),
    ("fstring-mismatched-paren", "x = f'{y)'\n"),
    ("fstring-single-brace-after-field", "x = f'{y}}'\n"),
    ("fstring-format-specs-too-deep", "x = f'{a:{b:{c:{d}}}}'\n"),
    ("fstring-starred-field", "x = f'{*y}' f'{*y,}'\n"),
    ("fstring-yield-field", "def g():\n    x = f'{yield}'\n"),
    ("fstring-format-spec-newline", "x = f'{y:\n}'\n"),
    ("fstring-debug-with-spec", "x = f'{y = !r:>{w}}'\n"),
    ("fstring-expecting-field-end", "x = f'{y:x'\n"),
    ("fstring-too-many-nested", "x = " + "f'{" * 151 + "1" + "}'" * 151 + "\n"),
    ("unterminated-string-escaped-quote", "s = 'abc\\'\n"),
    ("unterminated-string-escaped-quote-eof", "s = 'abc\\'"),
    ("type-alias-default-3.12-hint", "type A[T = int] = int\n"),
    ("starred-argument-equals", "f(x, *a=1)\n"),
    ("double-starred-argument-equals", "f(**a=1)\n"),
    ("starred-element-equals", "x = [*a=1]\n"),
    ("subscript-name-equals", "x[a=1]\n"),
    ("paren-attribute-equals", "(a.b=1)\n"),
    ("unpacking-in-comprehension", "x = [*y for y in z]\n"),
    ("dict-unpacking-in-comprehension", "x = {**y for y in z}\n"),
    ("bare-star-then-kwargs", "def f(*, **kw): pass\n"),
    ("lambda-bare-star-then-kwargs", "f = lambda *, **k: 1\n"),
    ("unpacking-after-kwargs-unpacking", "f(x, **a, *b)\n"),
    ("except-star-without-type", "try:\n    pass\nexcept*:\n    pass\n"),
    ("except-then-except-star", "try: pass\nexcept ValueError: pass\nexcept* TypeError: pass\n"),
    ("except-star-then-except", "try: pass\nexcept* ValueError: pass\nexcept: pass\n"),
    ("assign-to-literal-without-value", "3 =\n"),
    ("decimal-literal-long", "x = 98abc\n"),
    ("hexadecimal-then-letter", "x = 0x1g\n"),
    ("imaginary-then-letter", "x = 1jabc\n"),
    ("number-then-non-ascii", "x = 12é\n"),
    ("fstring-valid-expression-required", "x = f'{+ lambda: 1}'\n"),
    ("fstring-lambda-after-comma", "x = f'{1, lambda: y}'\n"),
    ("fstring-conversion-then-missing-brace", "x = f'{3!g'\n"),
    ("fstring-field-then-string", "x = f'{1=}{;'\n"),
    ("fstring-nonprintable", "x = f'''{\u00a0}'''\n"),
    ("later-tokenizer-error-wins", "x = (1 2)\ny = 'abc\n"),
    ("later-tokenizer-error-wins-specific", "f(x for x in y, 1)\ns = 0x\n"),
    ("later-indent-error-does-not-win", "x = (1 2)\n  y = 1\n"),
    ("unexpected-indent-not-replaced", "  x = 1\ny = 'abc\n"),
    ("fstring-error-before-fstring-tokenizer-error", "x = f'{y!z}'\nz = f'{\"abc}'\n"),
    ("fstring-comparison-then-conversion", "x = f'{y==!r}'\n"),
    ("fstring-name-then-string", "x = f'{a \"b\"}'\n"),
    ("bracket-name-then-string", "x = [a 'b']\n"),
    ("bracket-soft-keyword-then-name", "x = [match y]\n"),
    ("fstring-debug-escape", "x = f'{\"\\\\\" = }'\n"),
    ("linecont-after-string", "x = \"\"\"a\n\u00e9\"\"\" + \\z\n"),
    ("linecont-after-joined-line", "x = 1 + \\\n  2 + \\z\n"),
    ("linecont-in-brackets", "x = (1,\n  2 + \\z)\n"),
    ("linecont-in-fstring-field", "x = f'''a\n{\\N{BULLET}'''\n"),
    ("string-unterminated-after-joined-line", "x = ' \\\na\\\nb\n"),
    ("fstring-unterminated-after-joined-line", "x = f'{a}\\\nb\n"),
    ("string-unterminated-backslash-at-eof", "x = 'a\\\n"),
    ("bad-fstring-then-bytes", "x = f'{a!x}' b''\n"),
    ("bytes-then-bad-fstring", "x = b'' f'{a!x}'\n"),
    ("bad-escape-then-bytes", "x = '\\N{NOPE}' b''\n"),
    ("bare-star-in-subscript", "x[*]\n"),
    ("bare-star-in-call", "print(*)\n"),
    ("type-alias-param-read-as-subscript", "type A[*U = int] = x := 1\n"),
    ("type-alias-default-then-bad-value", "type A[T = [int],] = x, y\n"),
    # encoding declarations (parsed as bytes: a str's declaration is ignored)
    ("encoding-unknown", "# -*- coding: uft-8 -*-\nx = 1\n"),
    ("encoding-unknown-line-2", "#!/usr/bin/python\n# vim: set fileencoding=latin-9x :\nx = 1\n"),
    ("encoding-bom-with-latin-1", "\ufeff# coding: latin-1\nx = 1\n"),
    ("encoding-bom-with-utf8", "\ufeff#coding: utf8\nx = 1\n"),
    ("encoding-known", "# coding: cp1252\n# -*- coding: ISO_8859-15 -*-\nx = 1\n"),
    ("encoding-bom-with-utf-8", "\ufeff# coding: UTF_8\nx = 1\n"),
]


# CPython reports most offsets in characters, but errors raised with the
# tokenizer's syntaxerror_known_range keep a byte offset: the leading
# zeros error is the one such message. Those are converted to characters.
BYTE_OFFSET_MESSAGES = ("leading zeros in decimal integer literals",)


def error_at(src, name=""):
    """Returns (line, 0-based character column, message) of the syntax error
    this CPython reports for src, or None when src parses. An error CPython
    gives no place (line 0) is at 0:0."""
    try:
        ast.parse(src.encode("utf-8") if name.startswith("encoding-") else src)
    except SyntaxError as e:
        if not e.lineno:
            return 0, 0, e.msg
        col = e.offset - 1
        if e.msg.startswith(BYTE_OFFSET_MESSAGES):
            line = src.splitlines(keepends=True)[e.lineno - 1].encode("utf-8")
            col = len(line[:col].decode("utf-8"))
        return e.lineno, col, e.msg
    return None


def read_table(path):
    """Yields (header dict, source) for every case of an error table."""
    for chunk in open(path, encoding="utf-8").read().split("---\n"):
        head, src = {}, []
        for line in chunk.splitlines(keepends=True):
            if line.startswith("#! ") and not src:
                k, _, v = line[3:].rstrip("\n").partition(": ")
                head[k] = v
            else:
                src.append(line)
        yield head, "".join(src)


def check(path):
    """Prints, as JSON, what CPython reports for every case of the table,
    and the cases the table lacks."""
    out = []
    names = set()
    for head, src in read_table(path):
        names.add(head["name"])
        err = error_at(src, head["name"])
        case = {"name": head["name"], "parses": err is None, "table_parses": "parses" in head}
        if err is not None:
            line, col, msg = err
            case.update({"at": f"{line}:{col}", "msg": msg})
        if "at" in head:
            case.update({"table_at": head["at"], "table_msg": head["cpython"]})
        out.append(case)
    for name, _ in CASES:
        if name not in names:
            out.append({"name": name, "missing": True})
    print(json.dumps(out))


def main():
    out = []
    for name, src in CASES:
        err = error_at(src, name)
        if err is None:
            out.append(f"#! name: {name}\n#! parses: yes\n{src}")
            continue
        line, col, msg = err
        want = re.escape(msg).replace("\\ ", " ")
        out.append(f"#! name: {name}\n#! at: {line}:{col}\n#! cpython: {msg}\n#! want: ^{want}$\n{src}")
    sys.stdout.write("---\n".join(out))


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    if sys.argv[1:2] == ["--check"]:
        check(sys.argv[2])
    else:
        main()
