package astdump

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// outcomeScript prints, for each source of a JSON list on stdin, what
// ast.parse makes of it: the dump and positions of its tree, or its
// error, "line:col: message" (col 0-based) for a SyntaxError and
// "ValueError: message" for the ValueError of an AST constructor.
const outcomeScript = `
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
    except ValueError as e:
        out.append({"Err": "ValueError: %s" % e})
print(json.dumps(out))
`

// messages says what compareOutcomes does with the message and place of
// a refusal that CPython refuses too.
type messages int

const (
	messagesRequired messages = iota // they must be CPython's
	messagesListed                   // the first ten that differ are logged, with a count
)

// compareOutcomes parses each of srcs as version v and requires what
// py's ast.parse does: the same tree with the same positions, or a
// refusal, whose message and place are compared as mode says. It returns
// how many parse.
func compareOutcomes(t *testing.T, v syntax.Version, py string, srcs []string, mode messages) (parsed int) {
	t.Helper()
	var want []struct{ Dump, Pos, Err string }
	runPython(t, py, outcomeScript, srcs, &want)
	refused, differ := 0, 0
	for i, src := range srcs {
		f := source.NewFile("s.py", []byte(src))
		m, diags := syntax.ParseFor(f, v)
		w := want[i]
		switch {
		case m == nil && w.Err == "":
			t.Errorf("%q: CPython parses it; we report %v", src, diags)
		case m == nil:
			refused++
			d := diags[0]
			got := fmt.Sprintf("%d:%d: %s", d.Span.Start.Line, d.Span.Start.Col, d.Message)
			if strings.HasPrefix(w.Err, "ValueError: ") {
				got = "ValueError: " + d.Message
			}
			switch {
			case got == w.Err:
			case mode == messagesRequired:
				t.Errorf("%q:\n   ours: %s\n cpython: %s", src, got, w.Err)
			default:
				if differ++; differ <= 10 {
					t.Logf("%q:\n   ours: %s\n cpython: %s", src, got, w.Err)
				}
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
	if differ > 0 {
		t.Logf("%d of %d refusals have another message or place than CPython's", differ, refused)
	}
	return parsed
}

// TestDebugFieldTextsMatchCPython: the text of a debug field (f"{x=}")
// is what each version makes it. 3.12 takes it from the field's tokens,
// and cannot make one in a format spec (a ValueError, which ends the
// parse before any later syntax error); 3.13 takes it from its
// tokenizer's record of the last field, so a keyword argument's '='
// makes a ':' or '!' in brackets end it, and a field in a format spec
// right after another gets that one's text.
func TestDebugFieldTextsMatchCPython(t *testing.T) {
	srcs := []string{
		"f'{g(a=1)[1:2]=}'\n",
		"f'{g(a=1)[b!=2] = !r}'\n",
		"f'{g(a=1)[b:=2]=:>{w}}'\n",
		"f'{x:{d}{y=}}'\n",
		"f'{x:a{d}b{y=}}'\n",
		"f'{x:{d} {y=}}'\n",
		"f'{x:{y=}{z=}}'\n",
		"f'{x:{{y}}{z=}}'\n",
		"f'{x:{(d)}{y=}}'\n",
		"f'{x:{d[1:2]}{y=}}'\n",
		"f'{x:{d!r}{y + 1=}}'\n",
		"f'{x:{d=:{e}}{y=}}'\n",
		"f'{x:{d}{f\"{y=}\"=}}'\n",
		"f'{x:{d}{y=}}{z=}' f'{w=}'\n",
		"f'''{x # c\n:{d}{y # e\n = }}'''\n",
		"f'{x:{y=}}'\n",
		"f'{x:{d:{e=}}}'\n",
		"f'{x:{d:{e=}}}'\nx = (1 2)\n",
		"f'{x:{y=}}'\n(\n",
	}
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) {
			parsed := compareOutcomes(t, v, py, srcs, messagesRequired)
			t.Logf("%d sources, %d parse", len(srcs), parsed)
		})
	}
}
