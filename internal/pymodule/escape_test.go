package pymodule

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// hostile are names and strings that break generated code pasted
// together: quotes and triple quotes with code after them, backslashes
// and escapes Python or C would read, line ends, comment ends,
// trigraphs, format directives, template syntax, shell syntax,
// non-ASCII and unprintable characters, bytes that are not UTF-8 (a
// file name may have them), the parser's form of a lone surrogate, and
// length.
var hostile = []string{
	`q"""; __import__("os").system("touch PWNED"); """`,
	`q'''; __import__("os").system("touch PWNED"); '''`,
	`back\N`, `back\`, `\x41\u0041\N{BULLET}`, `\'`, `"`, `'`, `""`, `"""`, "",
	"new\nline", "cr\rret\r\n", "tab\there", "form\ffeed\vvtab", "\x00nul", "\x7fdel\x01\x1f",
	"*/ int pwned; /*", "*/\n#error injected\n/*", "??/", "tri??/\n\"", "??=??(??)??<??>??!??'??-", "???/",
	"%s%n%d%%", "{{.Name}}", "$(touch PWNED)", "`touch PWNED`",
	"ünïcødé", "日本語", "emoji 😀", "\u2028sep\u2029", "\ufeffbom", "rtl\u202egnp", "nbsp\u00a0", "\u0085nel",
	"\xff\xfe invalid", "\xed\xa0\x80 lone surrogate \xed\xbf\xbf", "\xed\xa0", "\xc3",
	strings.Repeat("long/", 2000),
}

// checkLiterals runs under CPython: each literal the module would write
// must parse as exactly one string constant, also inside a triple-quoted
// docstring, and be the string meant: a file name as os.fsdecode gives
// it, text with its lone surrogates.
const checkLiterals = `
import ast, json, os, sys
bad = []
for raw, path, text, ptext, ttext in json.load(sys.stdin):
    b = bytes.fromhex(raw)
    want_path = os.fsdecode(b)
    try:
        want_text = b.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        want_text = None
    for lit, want in ((path, want_path), ('"""%s"""' % ptext, want_path), (text, want_text), ("'''%s'''" % ttext, want_text)):
        if want is None:
            continue
        tree = ast.parse(lit)
        if len(tree.body) != 1 or not isinstance(tree.body[0].value, ast.Constant):
            bad.append("%r: %s is not one constant" % (b, lit))
        elif ast.literal_eval(lit) != want:
            bad.append("%r: %s is %r, want %r" % (b, lit, ast.literal_eval(lit), want))
print("\n".join(bad) or "ok")
`

// TestPythonLiterals: every hostile string, written by the module's
// literal functions, is itself to CPython.
func TestPythonLiterals(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatal("no python3")
	}
	var rows [][5]string
	for _, s := range hostile {
		rows = append(rows, [5]string{hex.EncodeToString([]byte(s)), pyPath(s), pyString(s), pyEscape(s, true), pyEscape(s, false)})
	}
	data, _ := json.Marshal(rows)
	cmd := exec.Command(py, "-c", checkLiterals)
	cmd.Stdin = strings.NewReader(string(data))
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Errorf("%v\n%s", err, out)
	}
}

// TestCStrings compiles every hostile string as a C string literal in
// ISO C mode (-std=c11, where trigraphs are on, as the extension module
// is built) and as C++, and checks the bytes it holds: all of them up
// to the first NUL.
func TestCStrings(t *testing.T) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	src.WriteString("#include <stdio.h>\nstatic const char *const s[] = {\n")
	for _, s := range hostile {
		fmt.Fprintf(&src, "    %s,\n", cString(s))
	}
	src.WriteString("};\nint main(void) {\n    for (size_t i = 0; i < sizeof s / sizeof *s; i++) {\n" +
		"        for (const char *p = s[i]; *p; p++) printf(\"%02x\", (unsigned char)*p);\n        printf(\"\\n\");\n    }\n    return 0;\n}\n")
	for _, lang := range []string{"c", "c++"} {
		dir := t.TempDir()
		std := map[string]string{"c": "-std=c11", "c++": "-std=c++11"}[lang]
		build := exec.Command(tc.Clang, "-x", lang, std, "-Werror=trigraphs", "-o", dir+"/strings", "-")
		build.Stdin = strings.NewReader(src.String())
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", lang, err, out)
		}
		out, err := exec.CommandContext(context.Background(), dir+"/strings").Output()
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		for i, s := range hostile {
			want, _, _ := strings.Cut(s, "\x00")
			if i >= len(got) || got[i] != hex.EncodeToString([]byte(want)) {
				t.Errorf("%s: %q written as %s reads back as %s", lang, s, cString(s), got[i])
			}
		}
	}
}

// FuzzEscape: whatever the string, the Python text has no raw line end,
// NUL or unescaped quote (so it cannot end its literal or line), and
// the C literal no raw control byte, unescaped quote or question mark.
func FuzzEscape(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, path := range []bool{false, true} {
			e := pyEscape(s, path)
			for i := 0; i < len(e); i++ {
				switch c := e[i]; {
				case c == '\\':
					i++ // an escape: the next character is taken
				case c == '"' || c == '\'' || c < 0x20 || c == 0x7f:
					t.Fatalf("%q: raw %q in Python text %s", s, c, e)
				}
			}
		}
		c := cString(s)
		inner := c[1 : len(c)-1]
		for i := 0; i < len(inner); i++ {
			switch ch := inner[i]; {
			case ch == '\\':
				i++
			case ch == '"' || ch == '?' || ch < 0x20 || ch >= 0x7f:
				t.Fatalf("%q: raw %q in C literal %s", s, ch, c)
			}
		}
	})
}

// TestModuleNameProblem agrees with CPython on which names import can
// find: an extension module's must be an ASCII identifier
// (str.isidentifier()), a Python module's any name without a dot
// (importlib.import_module finds it).
func TestModuleNameProblem(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatal("no python3")
	}
	names := append([]string{"kernels_pynjit", "_x", "x1", "1x", "my-prog_pynjit", "-kernels_pynjit", "a.b", "café", "日本", "x\u0301",
		"class", "None", "match", "_", "Ⅻ", "x·y", "a b", "a\u00a0b", "x\u200d", "\u2118x", "x\u0660", "x²", "ℕ", "ﬁ"}, hostile...)
	data, _ := json.Marshal(names)
	cmd := exec.Command(py, "-c", `import json, sys
print(json.dumps([n.isidentifier() for n in json.load(sys.stdin)]))`)
	cmd.Stdin = strings.NewReader(string(data))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var identifier []bool
	if err := json.Unmarshal(out, &identifier); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if got, want := ModuleNameProblem(n, true) == "", identifier[i] && isASCII(n); got != want {
			t.Errorf("%q: extension module importable %v, want %v", n, got, want)
		}
		if got, want := ModuleNameProblem(n, false) == "", n != "" && !strings.Contains(n, "."); got != want {
			t.Errorf("%q: Python module importable %v, want %v", n, got, want)
		}
	}
}

// TestImportByName imports Python modules of names import_module finds
// and of names it does not, to check the rule TestModuleNameProblem
// holds ModuleNameProblem to.
func TestImportByName(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatal("no python3")
	}
	dir := t.TempDir()
	names := []string{"-kernels_pynjit", "my-prog_pynjit", "1st_pynjit", "a b_pynjit", "café_pynjit", "v1.2_pynjit"}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n+".py"), []byte("X = 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, _ := json.Marshal(names)
	cmd := exec.Command(py, "-c", `import importlib, json, sys
sys.path.insert(0, sys.argv[1])
out = []
for n in json.load(sys.stdin):
    try:
        out.append(importlib.import_module(n).X == 1)
    except ImportError:
        out.append(False)
print(json.dumps(out))`, dir)
	cmd.Stdin = strings.NewReader(string(data))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var imported []bool
	if err := json.Unmarshal(out, &imported); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if got := ModuleNameProblem(n, false) == ""; got != imported[i] {
			t.Errorf("%q: importable %v, import_module says %v", n, got, imported[i])
		}
	}
}

// checkModules runs under CPython: each generated module compiles, and
// its function's docstring (or the __doc__ assigned after it) is the
// text meant, where the text is one a docstring can hold.
const checkModules = `
import ast, json, sys
bad = []
for i, (src, raw) in enumerate(json.load(sys.stdin)):
    try:
        tree = ast.parse(src)
        compile(tree, "m.py", "exec")
    except Exception as e:
        bad.append("module %d: %r" % (i, e))
        continue
    fn = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "f%d" % i][0]
    doc = ast.get_docstring(fn, clean=False)
    if doc is None:
        doc = next((n.value.value for n in tree.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == fn.name + ".__doc__"), None)
    if raw is not None:
        want = bytes.fromhex(raw).decode("utf-8", "surrogatepass") or None
        if doc != want:
            bad.append("module %d: docstring %r, want %r" % (i, doc, want))
print("\n".join(bad) or "ok")
`

// TestGeneratedModuleCompiles writes a module for every hostile string,
// as its source, library and module names, version, docstring and
// fallback reason, and compiles it (without running it: there is no
// library) under every CPython the project has, 3.13 included, which
// cannot compile a docstring with a lone surrogate; the docstring must
// be the string meant (an empty one reads as none).
func TestGeneratedModuleCompiles(t *testing.T) {
	var rows [][2]any
	for i, s := range hostile {
		f := Func{Name: fmt.Sprintf("f%d", i), Params: []string{"x"}, Doc: s, Fallback: s}
		src, err := Generate(Module{Name: s, Library: s + ".so", Source: s + ".py", Version: s, Funcs: []Func{f}})
		if err != nil {
			t.Fatal(err)
		}
		var raw any
		if utf8Surrogates(s) { // text the parser makes
			raw = hex.EncodeToString([]byte(s))
		}
		rows = append(rows, [2]any{string(src), raw})
	}
	data, _ := json.Marshal(rows)
	ran := 0
	for _, py := range []string{"/usr/bin/python3", "../../.venv/bin/python", "../../.venv-3.13/bin/python"} {
		if _, err := exec.LookPath(py); err != nil {
			t.Logf("%s is missing (scripts/setup.sh makes it): not run on it", py)
			continue
		}
		ran++
		cmd := exec.Command(py, "-c", checkModules)
		cmd.Stdin = strings.NewReader(string(data))
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "ok" {
			t.Errorf("%s: %v\n%s", py, err, out)
		}
	}
	if ran == 0 {
		t.Fatal("no python3")
	}
}

// utf8Surrogates reports whether s is UTF-8 but for lone surrogates in
// the parser's form: text a docstring can hold.
func utf8Surrogates(s string) bool {
	for i := 0; i < len(s); {
		if _, ok := generalizedSurrogate(s[i:]); ok {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return false
		}
		i += size
	}
	return true
}
