package resolve

import (
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

const header = "import numpy as np\nimport numpy.typing as npt\nfrom numpy.typing import NDArray\nfrom numpy import float32, zeros\nfrom numba import njit\n\n"

// resolveSrc resolves header+src with --sig values.
func resolveSrc(t *testing.T, src string, opts Options) (*Module, diag.List) {
	t.Helper()
	f := source.NewFile("t.py", []byte(header+src))
	m, d := syntax.Parse(f)
	if m == nil {
		t.Fatal(d)
	}
	return Resolve(f, m, opts)
}

// sigsOf lists f's signatures, as --sig spells them, with their origin
// kinds.
func sigsOf(mod *Module, name string) string {
	var out []string
	kinds := []string{"decorator", "flag", "config", "annotation", "trace", "call", "caller"}
	for _, s := range mod.Lookup(name).Sigs {
		out = append(out, SigText(name, s.Signature)+" "+kinds[s.Origin.Kind])
	}
	return strings.Join(out, "; ")
}

// TestCallSiteTypes: module-level calls type a function as Numba's typeof
// types their arguments, for literals, tuples, NumPy constructors and
// names bound to them; anything else gives no signature.
func TestCallSiteTypes(t *testing.T) {
	for _, c := range []struct{ calls, want string }{
		{"f(1)", "f(int64) call"},
		{"f(1.5)", "f(float64) call"},
		{"f(True)", "f(bool) call"},
		{"f(2j)", "f(complex128) call"},
		{"f(-3)", "f(int64) call"},
		{"f(2**70)", ""},
		{"f(9223372036854775808)", "f(uint64) call"},
		{"f((1, 2))", "f(UniTuple(int64, 2)) call"},
		{"f((1, 2.5))", "f(Tuple((int64, float64))) call"},
		{"f(np.zeros((5, 5)))", "f(float64[:, ::1]) call"},
		{"f(np.zeros(5))", "f(float64[::1]) call"},
		{"f(zeros((2, 3, 4), dtype=np.int32))", "f(int32[:, :, ::1]) call"},
		{"f(np.ones((2, 3), order='F'))", "f(float64[::1, :]) call"},
		{"f(np.empty(4, np.float32))", "f(float32[::1]) call"},
		{"f(np.full((2, 2), 7))", "f(int64[:, ::1]) call"},
		{"f(np.arange(10))", "f(int64[::1]) call"},
		{"f(np.arange(10.0))", "f(float64[::1]) call"},
		{"f(np.arange(0, 1, 0.1))", "f(float64[::1]) call"},
		{"f(np.linspace(0, 1, 5))", "f(float64[::1]) call"},
		{"f(np.eye(3))", "f(float64[:, ::1]) call"},
		{"f(np.random.random((5, 5)))", "f(float64[:, ::1]) call"},
		{"f(np.random.rand(3))", "f(float64[::1]) call"},
		{"f(np.random.random())", "f(float64) call"},
		{"f(np.random.randint(0, 9, 4))", "f(int64[::1]) call"},
		{"f(np.array([1, 2, 3]))", "f(int64[::1]) call"},
		{"f(np.array([[1, 2], [3, 4.5]]))", "f(float64[:, ::1]) call"},
		{"f(np.array([[1, 2], [3]]))", ""},
		{"f(np.array([True, False]))", "f(bool[::1]) call"},
		{"f(np.array([1, 2], dtype=np.float32))", "f(float32[::1]) call"},
		{"f(np.float32(1.5))", "f(float32) call"},
		{"f(float32(1.5))", "f(float32) call"},
		{"a = np.zeros((3, 3))\nf(a)", "f(float64[:, ::1]) call"},
		{"a = np.zeros((3, 3))\nb = np.zeros_like(a)\nf(b.copy())", "f(float64[:, ::1]) call"},
		{"a = np.zeros(3)\nf(a.astype(np.int8))", "f(int8[::1]) call"},
		{"a = np.zeros(3)\na = [1]\nf(a)", ""},
		{"f(x=2)", "f(int64) call"},
		{"f(unknown)", ""},
		{"f([1, 2])", ""},
		{"f('text')", ""},
		{"f(1)\nf(2)\nf(1.0)", "f(int64) call; f(float64) call"},
		{"if __name__ == '__main__':\n    f(1)", "f(int64) call"},
		{"for i in range(3):\n    f(i)", ""},
		{"def g():\n    f(1)", ""},
	} {
		mod, d := resolveSrc(t, "@njit\ndef f(x):\n    return x\n\n"+c.calls+"\n", Options{})
		if got := sigsOf(mod, "f"); got != c.want || d.HasErrors() {
			t.Errorf("%s:\n got %q\nwant %q %v", c.calls, got, c.want, d)
		}
	}
}

// TestSignaturePrecedence: explicit signatures (decorator, --sig,
// pyproject.toml) win over annotations, which win over observed calls
// and traces; a conflict between annotations and an explicit signature
// is a warning.
func TestSignaturePrecedence(t *testing.T) {
	trace := Given{Text: "f(int32)", Kind: FromTrace, File: source.NewFile("pynjit-sigs.txt", []byte("[t.py]\nf(int32)\n")),
		Span: source.Span{Start: source.Pos{Line: 2}}}
	for _, c := range []struct {
		src      string
		opts     Options
		want     string
		warnings int
	}{
		{"@njit('int64(int64)')\ndef f(x: float):\n    return x\nf(1.5)\n", Options{}, "f: int64(int64) decorator", 1},
		{"@njit('float64(float64)')\ndef f(x: float):\n    return x\n", Options{}, "f: float64(float64) decorator", 0},
		{"@njit\ndef f(x: float):\n    return x\nf(1)\n", Options{}, "f(float64) annotation", 0},
		{"@njit\ndef f(x: np.float32):\n    return x\n", Options{}, "f(float32) annotation", 0},
		{"@njit\ndef f(x: 'np.int16'):\n    return x\n", Options{}, "f(int16) annotation", 0},
		{"@njit\ndef f(x: float, y):\n    return x\nf(1, 2)\n", Options{}, "f(int64, int64) call", 0},
		{"@njit\ndef f(x) -> float:\n    return x\nf(1)\n", Options{}, "f(int64) call", 0},
		{"@njit\ndef f(x: npt.NDArray[np.float64]):\n    return x\nf(np.zeros((2, 2)))\n", Options{}, "f(float64[:, ::1]) annotation", 0},
		{"@njit\ndef f(x: NDArray[np.int64]):\n    return x\n", Options{}, "f(int64[:]) annotation", 0},
		{"@njit\ndef f(x: NDArray[np.int64]):\n    return x\nf(np.zeros(2))\n", Options{}, "f(int64[:]) annotation", 0},
		{"@njit\ndef f(x):\n    return x\nf(1)\n", Options{Sigs: []string{"f(float64)"}}, "f(float64) flag", 0},
		{"@njit('int64(int64)')\ndef f(x):\n    return x\n", Options{Sigs: []string{"f(float64)"}}, "f: int64(int64) decorator; f(float64) flag", 0},
		{"@njit\ndef f(x):\n    return x\nf(1)\n", Options{Given: []Given{trace}}, "f(int32) trace; f(int64) call", 0},
		{"@njit\ndef f(x: int):\n    return x\n", Options{Given: []Given{trace}}, "f(int64) annotation", 0},
		{"@njit\ndef f(x):\n    return x\n", Options{Given: []Given{{Text: "f(int8)", Kind: FromConfig}}}, "f(int8) config", 0},
		{"@njit('float64(float64[:, ::1])')\ndef f(x: npt.NDArray[np.float64]):\n    return x[0, 0]\n", Options{}, "f: float64(float64[:, ::1]) decorator", 0},
		{"@njit('float64(int64[:, ::1])')\ndef f(x: npt.NDArray[np.float64]):\n    return x[0, 0]\n", Options{}, "f: float64(int64[:, ::1]) decorator", 1},
	} {
		mod, d := resolveSrc(t, c.src, c.opts)
		warnings := 0
		for _, x := range d {
			if x.Code == CodeSigConflict {
				warnings++
			}
		}
		if got := sigsOf(mod, "f"); got != c.want || warnings != c.warnings || d.HasErrors() {
			t.Errorf("%s:\n got %q, %d conflict warnings\nwant %q, %d %v", c.src, got, warnings, c.want, c.warnings, d)
		}
	}
}

// TestRecordedMistakesWarn: a signature file may be out of date, so its
// mistakes are warnings at its line and the entry is left out; the same
// mistake in --sig is an error.
func TestRecordedMistakesWarn(t *testing.T) {
	file := source.NewFile("pynjit-sigs.txt", []byte("[t.py]\ngone(int64)\nf(reflected list(int64))\nf(int64, int64)\n"))
	var given []Given
	for line, text := range []string{"gone(int64)", "f(reflected list(int64))", "f(int64, int64)"} {
		given = append(given, Given{Text: text, Kind: FromTrace, File: file, Span: source.Span{Start: source.Pos{Line: line + 2}}})
	}
	mod, d := resolveSrc(t, "@njit\ndef f(x):\n    return x\n", Options{Given: given})
	if len(d) != 3 || d.HasErrors() || sigsOf(mod, "f") != "" {
		t.Fatalf("want three warnings and no signature, got %q %v", sigsOf(mod, "f"), d)
	}
	for i, x := range d {
		if x.File != file || x.Span.Start.Line != i+2 {
			t.Errorf("warning %d at %s:%d, want pynjit-sigs.txt:%d: %s", i, x.File.Name, x.Span.Start.Line, i+2, x.Message)
		}
	}
	if !strings.Contains(d[1].Message, "recorded f(reflected list(int64)), which pynjit cannot compile yet") {
		t.Errorf("message: %s", d[1].Message)
	}
	_, d = resolveSrc(t, "@njit\ndef f(x):\n    return x\n", Options{Sigs: []string{"gone(int64)"}})
	if !d.HasErrors() {
		t.Errorf("--sig naming no function: %v", d)
	}
}

// TestRefused: a function a refused signature was given is marked
// Refused (the error says why it has no types); one given a good
// signature, or none, is not.
func TestRefused(t *testing.T) {
	for _, c := range []struct {
		src     string
		sigs    []string
		refused bool
	}{
		{src: `@njit("int64(int64, int64)")`, refused: true},
		{src: `@njit("int64(nosuchtype)")`, refused: true},
		{src: `@njit(3)`, refused: true},
		{src: `@njit`, sigs: []string{"f(int64, int64)"}, refused: true},
		{src: `@njit`, sigs: []string{"f(float64[:, :"}, refused: true},
		{src: `@njit("int64(int64)")`},
		{src: `@njit`, sigs: []string{"f(int64)"}},
		{src: `@njit`},
	} {
		mod, d := resolveSrc(t, c.src+"\ndef f(x):\n    return x\n", Options{Sigs: c.sigs})
		if got := mod.Lookup("f").Refused; got != c.refused || got != d.HasErrors() {
			t.Errorf("%s %v: Refused %v, want %v (%v)", c.src, c.sigs, got, c.refused, d)
		}
	}
}
