package pymodule

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// defaultExprs are defaults as a def writes them: every one is a
// constant DefaultValue accepts.
var defaultExprs = []string{
	"0", "-1", "+1", "--1", "-0", "0x7f", "1_000", "123456789012345678901234567890", "-9223372036854775808",
	"True", "False", "-True", "+False", "True + True", "None",
	"0.0", "-0.0", "0 - 0.0", "-0.0 - 0.0", "0.1", "100.0", "1e16", "1e-320", "5e-324", "-2.5e-300", "1.7976931348623157e308",
	"1e999", "-1e999", "1e999 - 1e999", "1 + 0.5", "True - 0.25",
	"2j", "-2j", "1 + 2j", "1 - 2j", "-1.5 - 2j", "-0.0 + 0j", "0.0 - 0j", "1e999j", "-1e999 + 1e999j", "2j - 2j",
	"()", "(1,)", "(1, -2.5, None)", "((1, 2), (3.5, (True,)), ())", "(1e999 - 1e999, 1 - 0j)",
}

// notDefaults are defaults DefaultValue refuses.
var notDefaults = []string{
	"N", "abs(1)", "2 ** 3", "2 * 3", "'s'", "b'b'", "...", "[1]", "{1: 2}", "(1, N)", "not 0", "~1", "(1, 2) + (3,)", "None + 1",
	"-None", "+(1,)", "10 ** 400 + 0.5", "1" + strings.Repeat("0", 400) + " + 0.5", "lambda: 1", "x if y else z",
}

func parseDefault(t *testing.T, src string) syntax.Expr {
	t.Helper()
	m, diags := syntax.Parse(source.NewFile("d.py", []byte("x = "+src+"\n")))
	if diags.HasErrors() {
		t.Fatalf("%s: %v", src, diags)
	}
	return m.Body[0].(*syntax.Assign).Value
}

// checkDefaults runs under CPython: each default's value (eval of the
// def's text) must be exactly the value of the module's text for it
// (same type, floats and complex parts by repr), and the value inspect
// reads from the extension module's text signature, where there is one.
const checkDefaults = `
import inspect, json, sys
env = {"_pynjit_complex": complex, "_pynjit_float": float}
def same(a, b):
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, complex) and isinstance(b, complex):
        return same(a.real, b.real) and same(a.imag, b.imag)
    if isinstance(a, float) and isinstance(b, float):
        return repr(a) == repr(b)
    return type(a) is type(b) and a == b
bad = []
for src, py, lit in json.load(sys.stdin):
    want = eval(src)
    if not same(want, eval(py, env)):
        bad.append("%s: module text %s is %r, want %r" % (src, py, eval(py, env), want))
    if lit:
        try:
            got = inspect._signature_fromstr(inspect.Signature, None, "(x=%s)" % lit).parameters["x"].default
        except ValueError as e:
            bad.append("%s: text signature %s: %s" % (src, lit, e))
            continue
        if not same(want, got):
            bad.append("%s: text signature %s gives %r, want %r" % (src, lit, got, want))
print("\n".join(bad) or "ok")
`

// TestDefaultValues evaluates defaults with DefaultValue and checks their
// Python spellings against CPython's own evaluation of the source.
func TestDefaultValues(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	var rows [][3]string
	for _, src := range defaultExprs {
		v, err := DefaultValue(parseDefault(t, src))
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		lit, ok := pyLiteral(v)
		if !ok {
			lit = ""
		}
		rows = append(rows, [3]string{src, pyValue(v), lit})
	}
	data, _ := json.Marshal(rows)
	cmd := exec.Command(py, "-c", checkDefaults)
	cmd.Stdin = strings.NewReader(string(data))
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Errorf("%v\n%s", err, out)
	}
	for _, src := range notDefaults {
		e := parseDefault(t, src)
		if v, err := DefaultValue(e); err == nil {
			t.Errorf("%s: accepted as %s", src, pyValue(v))
		} else if de, ok := err.(*DefaultError); !ok || de.At == nil {
			t.Errorf("%s: error %v does not say where", src, err)
		}
	}
}
