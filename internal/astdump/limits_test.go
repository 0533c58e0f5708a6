package astdump

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// TestLongNumbersMatchCPython: CPython 3.11 refuses decimal integer
// literals of more than 4300 digits (underscores aside; zero of any
// length is fine) with a SyntaxError, and takes long float, imaginary
// and hexadecimal literals, rounding floats of any length correctly. The
// parser does the same, with the message
// on the literal's line; CPython gives no column (offset 0), the parser
// the literal's.
func TestLongNumbersMatchCPython(t *testing.T) {
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) { checkLongNumbers(t, v, py) })
	}
}

func checkLongNumbers(t *testing.T, v syntax.Version, py string) {
	zeros := strings.Repeat("0", 5000)
	srcs := []string{
		"x = 1" + zeros[:4299] + "\n",
		"x = 1" + zeros[:4300] + "\n",
		"x = 1_" + strings.Repeat("0_", 4300) + "0\n",
		"x = 0" + strings.Repeat("_0", 5000) + "\n",
		"x = 1" + zeros + ".5\n",
		"x = 1" + zeros + "e-5000\n",
		"x = 1" + zeros + "j\n",
		"x = 0x1" + zeros[:2000] + "\n",
		"x = f'{1" + zeros + "}'\n",
		"x = (1\n\n" + zeros[:4300] + "1\n",
		"def f():\n    return -2" + zeros + "\n",
	}
	// long floats: strconv.ParseFloat alone gets these wrong past 800
	// digits
	r := rand.New(rand.NewPCG(3, 4))
	for range 40 {
		digits := make([]byte, 700+r.IntN(1500))
		for i := range digits {
			digits[i] = byte('0' + r.IntN(10))
		}
		if r.IntN(3) == 0 { // a long run of zeros, then a digit: near a halfway point
			for i := 17 + r.IntN(3); i < len(digits)-1; i++ {
				digits[i] = '0'
			}
		}
		point := r.IntN(len(digits))
		lit := string(digits[:point]) + "." + string(digits[point:])
		if lit[0] == '.' {
			lit = "0" + lit
		}
		srcs = append(srcs, fmt.Sprintf("x = %se%d\n", lit, r.IntN(1400)-700-point), fmt.Sprintf("x = %sj\n", lit))
	}
	var want []struct {
		Dump string `json:"dump"`
		Msg  string `json:"msg"`
		Line int    `json:"line"`
	}
	runPython(t, py, `
import ast, json, sys
out = []
for s in json.load(sys.stdin):
    try:
        out.append({"dump": ast.dump(ast.parse(s))})
    except SyntaxError as e:
        out.append({"msg": e.msg, "line": e.lineno})
print(json.dumps(out))
`, srcs, &want)
	for i, src := range srcs {
		m, diags := syntax.ParseFor(source.NewFile("long.py", []byte(src)), v)
		switch w := want[i]; {
		case w.Msg == "" && m == nil:
			t.Errorf("case %d: CPython parses it, the parser says %v", i, diags)
		case w.Msg == "" && Dump(m, v) != w.Dump:
			t.Errorf("case %d: dumps differ:\n %.300s\nCPython:\n %.300s", i, Dump(m, v), w.Dump)
		case w.Msg != "" && (m != nil || len(diags) != 1):
			t.Errorf("case %d: CPython says %q, the parser %v", i, w.Msg, diags)
		case w.Msg != "" && (diags[0].Message != w.Msg || diags[0].Span.Start.Line != w.Line):
			t.Errorf("case %d: got %d: %q, CPython %d: %q", i, diags[0].Span.Start.Line, diags[0].Message, w.Line, w.Msg)
		}
	}
}

// TestFStringPositionsMatchCPython: f-strings get each version's tree and
// positions, across "\r\n" and "\r" newlines, adjacent tokens, format
// specs and many fields on a line (found from the last field, not from
// the token's start), and from 3.12 with PEP 701's fields.
func TestFStringPositionsMatchCPython(t *testing.T) {
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) { checkFStringPositions(t, v, py) })
	}
}

func checkFStringPositions(t *testing.T, v syntax.Version, py string) {
	srcs := []string{
		"x = f'''a\r\n{b}\r\nc{d!r:>{e}}\r\n'''\r\ny = f'{é}{b}'\r\n",
		"x = f'''a\r{b}\rc{d:{e}.{f}}'''\ry = 1\r",
		"x = (f'{a}' f\"{b}{c}\"\n     f'''\n{d}\n{é} {ü=}''')\n",
		"x = f'" + strings.Repeat("{a}é{b:{c}}", 50) + "'\n",
	}
	if v >= syntax.Python312 {
		// PEP 701: quotes reused, backslashes and comments in fields,
		// fields spanning lines, debug text decoded as the literal is
		srcs = append(srcs,
			`x = f'{"\n".join(é)} {'ü'!r:>{w}} {f'{f"{1}"}'}'`+"\n",
			"x = f'''{a # é\r\n+ 1 = }{\"\\\\\" = !s:{b}}\r\n{c\r\n:d}'''\n",
			`x = rf'\{é = }{x:\n}' u'ü' f'{{}}{y!a}' '' f'{z:}'`+"\n",
			`x = f"{x:{y}{{z}}}" f'{a:\N{BULLET}b}' f'''{c:`+"\n}'''\n",
		)
	}
	for i, src := range srcs {
		var want struct {
			Dump string
			Pos  [][]any
		}
		runPython(t, py, `
import ast, json, sys
sys.path.insert(0, "testdata")
from oracle import positions
tree = ast.parse(json.load(sys.stdin))
out = []
positions(tree, out)
print(json.dumps({"Dump": ast.dump(tree), "Pos": out}))
`, src, &want)
		m, diags := syntax.ParseFor(source.NewFile("p.py", []byte(src)), v)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		if d := Dump(m, v); d != want.Dump {
			t.Errorf("case %d: dump\n   ours: %s\n cpython: %s", i, d, want.Dump)
		}
		got := Positions(source.NewFile("p.py", []byte(src)), m)
		if len(got) != len(want.Pos) {
			t.Fatalf("case %d: %d positions, CPython has %d", i, len(got), len(want.Pos))
		}
		for k, p := range got {
			g := fmt.Sprintf("%s %d:%d-%d:%d", p.Type, p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset)
			if w := fmt.Sprintf("%v %v:%v-%v:%v", want.Pos[k]...); g != w {
				t.Errorf("case %d, node %d: ours %s, CPython %s", i, k, g, w)
			}
		}
	}
}
