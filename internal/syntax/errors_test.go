package syntax_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// errorCase is one entry of a table testdata/errors-3.X.txt: a malformed
// input with the place and message CPython 3.X reports for it, or an
// input that version parses (checked against CPython itself by astdump's
// TestErrorTableMatchesCPython).
type errorCase struct {
	Name      string
	Line, Col int // Col is 0-based, in characters; line 0: CPython gives no place
	CPython   string
	Want      *regexp.Regexp
	Parses    bool
	Source    string
}

func readErrorTable(t *testing.T, v syntax.Version) []errorCase {
	data, err := os.ReadFile(fmt.Sprintf("testdata/errors-%s.txt", v))
	if err != nil {
		t.Fatal(err)
	}
	var cases []errorCase
	for _, chunk := range strings.Split(string(data), "---\n") {
		var c errorCase
		var src strings.Builder
		for _, line := range strings.SplitAfter(chunk, "\n") {
			key, val, ok := strings.Cut(strings.TrimSuffix(line, "\n"), ": ")
			if !ok || !strings.HasPrefix(key, "#! ") || src.Len() > 0 {
				src.WriteString(line)
				continue
			}
			switch strings.TrimPrefix(key, "#! ") {
			case "name":
				c.Name = val
			case "at":
				if _, err := fmt.Sscanf(val, "%d:%d", &c.Line, &c.Col); err != nil {
					t.Fatalf("bad at: %q", val)
				}
			case "cpython":
				c.CPython = val
			case "want":
				c.Want = regexp.MustCompile(val)
			case "parses":
				c.Parses = true
			default:
				t.Fatalf("unknown header %q", key)
			}
		}
		c.Source = src.String()
		if c.Name == "" || !c.Parses && c.Want == nil {
			t.Fatalf("incomplete case in errors-%s.txt: %q", v, chunk)
		}
		cases = append(cases, c)
	}
	return cases
}

// TestSyntaxErrors checks, for each version, that every malformed input
// of its table gets one syntax error at the line and column that version
// reports, with a message matching the table, and that the inputs it
// parses parse.
func TestSyntaxErrors(t *testing.T) {
	for _, v := range syntax.Versions {
		t.Run(v.String(), func(t *testing.T) { checkErrorTable(t, v) })
	}
}

func checkErrorTable(t *testing.T, v syntax.Version) {
	cases := readErrorTable(t, v)
	if len(cases) < 40 {
		t.Fatalf("only %d cases in the error table", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			m, diags := syntax.ParseFor(source.NewFile(c.Name+".py", []byte(c.Source)), v)
			if c.Parses {
				if m == nil {
					t.Fatalf("CPython %s parses it; we report %v", v, diags)
				}
				return
			}
			if m != nil || len(diags) != 1 {
				t.Fatalf("want one syntax error, got tree=%v diags=%v", m != nil, diags)
			}
			d := diags[0]
			got := source.Pos{Line: c.Line, Col: c.Col}
			if c.Line == 0 {
				// CPython gives no place (an encoding declaration's errors);
				// we give the declaration's line
				got = source.Pos{Line: d.Span.Start.Line}
			}
			if d.Span.Start != got {
				t.Errorf("at %d:%d (0-based col), CPython says %d:%d; message %q", d.Span.Start.Line, d.Span.Start.Col, c.Line, c.Col, d.Message)
			}
			if !c.Want.MatchString(d.Message) {
				t.Errorf("message %q does not match %q (CPython: %q)", d.Message, c.Want, c.CPython)
			}
		})
	}
}

// TestPathologicalInputs: inputs that would exhaust a recursive parser's
// stack, or a later stage's, give a diagnostic at once; a 1 MB line and
// 100,000 functions parse.
func TestPathologicalInputs(t *testing.T) {
	deep := map[string]string{
		"unary":  "x = " + strings.Repeat("-", 200000) + "1\n",
		"not":    "x = " + strings.Repeat("not ", 200000) + "y\n",
		"power":  "x = " + strings.Repeat("2 ** ", 200000) + "2\n",
		"sum":    "x = " + strings.Repeat("1 + ", 200000) + "1\n",
		"ifelse": "x = " + strings.Repeat("1 if y else ", 200000) + "2\n",
		"lambda": "f = " + strings.Repeat("lambda: ", 200000) + "1\n",
		"parens": "x = " + strings.Repeat("(", 200000) + "1" + strings.Repeat(")", 200000) + "\n",
	}
	for name, src := range deep {
		m, diags := syntax.Parse(source.NewFile(name+".py", []byte(src)))
		if m != nil || len(diags) != 1 || !strings.Contains(diags[0].Message, "too many nested") {
			t.Errorf("%s: want one 'too many nested' diagnostic, got %v", name, diags)
		}
	}
	wide := "x = [" + strings.Repeat("1, ", 350000) + "1]\n" // a line of about 1 MB
	if m, diags := syntax.Parse(source.NewFile("wide.py", []byte(wide))); m == nil {
		t.Errorf("a 1 MB line: %v", diags)
	}
	var many strings.Builder
	for i := 0; i < 100000; i++ {
		fmt.Fprintf(&many, "def f%d(x):\n    return x + %d\n", i, i)
	}
	if m, diags := syntax.Parse(source.NewFile("many.py", []byte(many.String()))); m == nil || len(m.Body) != 100000 {
		t.Errorf("100,000 functions: %v", diags)
	}
}
