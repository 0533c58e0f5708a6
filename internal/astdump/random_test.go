package astdump

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// fstringGen writes random f-strings from pieces that reach the corners
// of PEP 701 and of the older f-string grammar: escapes, doubled braces,
// quotes reused in fields, nested f-strings, debug fields, conversions
// (good and bad), format specs with fields, newlines, comments, stray
// braces.
type fstringGen struct{ r *rand.Rand }

var (
	fstringLiterals = []string{"a", " ", "é", "{{", "}}", `\n`, `\x41`, `\N{BULLET}`, `\{`, `\\`, "'", `"`, "#", ":", "!", "=", "\\\n", "\n", "\r\n", "}", "{"}
	fstringExprs    = []string{"x", "x+1", "x.y", "f(x)", "x[1:2]", "(lambda: 1)", "'s'", `"s"`, "'''t'''", "x if y else z", "{x}", "{x: 1}",
		"[x for x in y]", "*x", "yield", "x,", "x, y", "not x", "x == y", "x != y", "a # c\n", "\n x", "x\n", "1_0", "0x1", "b'b'", "u'u'",
		"rf'{x}'", "f'{x}'", `f"{x}"`, "lambda x: x", "x:=1", "(x:=1)", "", " ", "!r", "=", "x=", "x!", "x!r", "x!z", "x! r"}
	fstringSpecs = []string{">10", "{w}", "{w:{v}}", `\n`, ":", "=", "!", "{{", "}}", "\n", " ", "{", "d"}
)

func (g fstringGen) pick(s []string) string { return s[g.r.IntN(len(s))] }

func (g fstringGen) body(depth int) string {
	var b strings.Builder
	for range g.r.IntN(5) {
		if g.r.IntN(2) == 0 {
			b.WriteString(g.pick(fstringLiterals))
		} else {
			b.WriteString(g.field(depth))
		}
	}
	return b.String()
}

func (g fstringGen) field(depth int) string {
	e := g.pick(fstringExprs)
	if depth < 3 && g.r.IntN(5) == 0 {
		q := g.pick([]string{"'", `"`, "'''", `"""`})
		e = g.pick([]string{"f", "rf", "F", "fr"}) + q + g.body(depth+1) + q
	}
	s := "{" + e
	if g.r.IntN(5) == 0 {
		s += g.pick([]string{"=", " = ", "= "})
	}
	if g.r.IntN(10) < 3 {
		s += g.pick([]string{"!r", "!s", "!a", "!x", "! r", "!"})
	}
	if g.r.IntN(10) < 4 {
		s += ":"
		for range g.r.IntN(4) {
			s += g.pick(fstringSpecs)
		}
	}
	if g.r.IntN(20) != 0 {
		s += "}"
	}
	return s
}

func (g fstringGen) statement() string {
	q := g.pick([]string{"'", `"`, "'''", `"""`})
	s := "x = " + g.pick([]string{"f", "rf", "fR", "F", "f", "f"}) + q + g.body(0) + q
	if g.r.IntN(10) < 3 {
		s += " " + g.pick([]string{"'lit'", "f'{y}'", "b''", "u'u'", "''"})
	}
	return s + "\n"
}

// TestRandomFStringsMatchCPython: for 2,000 random f-strings (a fixed
// seed), each version parses what its CPython parses, to the same tree
// with the same positions, and refuses what it refuses. Messages are not
// compared (the error tables do that for chosen cases).
func TestRandomFStringsMatchCPython(t *testing.T) {
	g := fstringGen{rand.New(rand.NewPCG(1, 701))}
	srcs := make([]string, 2000)
	for i := range srcs {
		srcs[i] = g.statement()
	}
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) {
			var want []struct{ Dump, Pos, Err string }
			runPython(t, py, `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, "testdata")
from oracle import position_text
out = []
for s in json.load(sys.stdin):
    try:
        tree = ast.parse(s)
        out.append({"Dump": ast.dump(tree), "Pos": position_text(tree)})
    except (SyntaxError, ValueError) as e:
        out.append({"Err": str(e)})
print(json.dumps(out))
`, srcs, &want)
			parsed := 0
			for i, src := range srcs {
				f := source.NewFile("f.py", []byte(src))
				m, diags := syntax.ParseFor(f, v)
				switch w := want[i]; {
				case w.Err == "" && m == nil:
					t.Errorf("%q: CPython parses it; we report %v", src, diags)
				case w.Err != "" && m != nil:
					t.Errorf("%q: CPython says %s; we parse it", src, w.Err)
				case m == nil:
				case Dump(m, v) != w.Dump:
					t.Errorf("%q: dump\n   ours: %s\n cpython: %s", src, Dump(m, v), w.Dump)
				case positionText(Positions(f, m)) != w.Pos:
					t.Errorf("%q: positions\n   ours: %s\n cpython: %s", src, positionText(Positions(f, m)), w.Pos)
				default:
					parsed++
				}
			}
			t.Logf("%d random f-strings, %d parse", len(srcs), parsed)
		})
	}
}

// typeParamGen writes random generic definitions and type statements:
// type parameters of every kind, with bounds, constraints and defaults,
// good and bad, empty lists, trailing commas, soft keywords as names.
type typeParamGen struct{ r *rand.Rand }

func (g typeParamGen) pick(s []string) string { return s[g.r.IntN(len(s))] }

func (g typeParamGen) param() string {
	s := g.pick([]string{"", "*", "**"}) + g.pick([]string{"T", "Ts", "P", "U", "match", "type", "1", ""})
	if g.r.IntN(10) < 3 {
		s += g.pick([]string{": int", ": (int, str)", ":", ": *Ts", ": x.y", ": lambda: 1"})
	}
	if g.r.IntN(10) < 3 {
		s += g.pick([]string{" = int", "=int", " = *tuple[int]", " = [int]", " =", " = *x, y", " = (yield)"})
	}
	return s
}

func (g typeParamGen) params() string {
	if g.r.IntN(10) == 0 {
		return "[]"
	}
	ps := make([]string, 1+g.r.IntN(3))
	for i := range ps {
		ps[i] = g.param()
	}
	return "[" + strings.Join(ps, ", ") + g.pick([]string{"", ","}) + "]"
}

func (g typeParamGen) statement() string {
	deco := ""
	if g.r.IntN(5) == 0 {
		deco = "@d\n"
	}
	switch g.r.IntN(4) {
	case 0:
		return deco + "def f" + g.params() + "(x: T) -> T: pass\n"
	case 1:
		return deco + "async def f" + g.params() + "(): pass\n"
	case 2:
		return deco + "class C" + g.params() + g.pick([]string{"", "(B)", "()"}) + ": pass\n"
	}
	ps := ""
	if g.r.IntN(2) == 0 {
		ps = g.params()
	}
	return "type A" + ps + " = " + g.pick([]string{"int", "list[T]", "*x", "x, y", "lambda: 1", "(yield)", "x := 1", ""}) + "\n"
}

// TestRandomTypeParamsMatchCPython: for 2,000 random type parameter
// lists (a fixed seed) each version does what its CPython does: the same
// tree and positions, or the same syntax error at the same place.
func TestRandomTypeParamsMatchCPython(t *testing.T) {
	g := typeParamGen{rand.New(rand.NewPCG(2, 695))}
	srcs := make([]string, 2000)
	for i := range srcs {
		srcs[i] = g.statement()
	}
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) {
			var want []struct{ Dump, Pos, Err string }
			runPython(t, py, `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, "testdata")
from oracle import position_text
out = []
for s in json.load(sys.stdin):
    try:
        tree = ast.parse(s)
        out.append({"Dump": ast.dump(tree), "Pos": position_text(tree)})
    except SyntaxError as e:
        out.append({"Err": "%d:%d: %s" % (e.lineno, e.offset - 1, e.msg)})
print(json.dumps(out))
`, srcs, &want)
			parsed := 0
			for i, src := range srcs {
				f := source.NewFile("t.py", []byte(src))
				m, diags := syntax.ParseFor(f, v)
				w := want[i]
				switch {
				case m == nil:
					d := diags[0]
					if got := fmt.Sprintf("%d:%d: %s", d.Span.Start.Line, d.Span.Start.Col, d.Message); got != w.Err {
						t.Errorf("%q:\n   ours: %s\n cpython: %s", src, got, w.Err)
					}
				case w.Err != "":
					t.Errorf("%q: CPython says %s; we parse it", src, w.Err)
				case Dump(m, v) != w.Dump:
					t.Errorf("%q: dump\n   ours: %s\n cpython: %s", src, Dump(m, v), w.Dump)
				case positionText(Positions(f, m)) != w.Pos:
					t.Errorf("%q: positions\n   ours: %s\n cpython: %s", src, positionText(Positions(f, m)), w.Pos)
				default:
					parsed++
				}
			}
			t.Logf("%d random type parameter lists, %d parse", len(srcs), parsed)
		})
	}
}
