package diag_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/fatih/color"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/golden"
	"github.com/pynjit/pynjit/internal/source"
)

func sample() diag.List {
	f := source.NewFile("demo.py", []byte("def f(a):\n\treturn a +* 2\nx = (1,\ny = 'é' + 1\n"))
	var l diag.List
	l.Errorf(diag.CodeSyntax, f, source.Span{Start: source.Pos{Line: 2, Col: 11}, End: source.Pos{Line: 2, Col: 12}}, "invalid syntax")
	d := l.Errorf("E-operator", f, source.Span{Start: source.Pos{Line: 4, Col: 4}, End: source.Pos{Line: 4, Col: 11}}, "unsupported operand type(s) for +: 'unicode_type' and 'int64'")
	d.Notes = []diag.Related{{Span: source.Span{Start: source.Pos{Line: 4, Col: 0}}, Message: "During: typing of assignment"}, {Message: "supported: numbers"}}
	d.Suggestions = []string{"convert with int(...)"}
	l.Add(diag.Warning, "W-objmode", f, source.Span{Start: source.Pos{Line: 3, Col: 4}, End: source.Pos{Line: 4, Col: 2}}, "multi-line span")
	return l
}

func TestTextPlain(t *testing.T) {
	var b strings.Builder
	if err := diag.WriteText(&b, sample(), false); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "\x1b[") {
		t.Error("colour codes in plain output")
	}
	golden.Check(t, filepath.Join("testdata", "text.golden"), b.String())
}

func TestTextColor(t *testing.T) {
	var b strings.Builder
	if err := diag.WriteText(&b, sample(), true); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "text-color.golden"), b.String())
}

// TestTextColorPerStream: the caller's decision for its stream is the
// only one; fatih/color's global switch (set from stdout and NO_COLOR
// when the program starts) changes nothing either way.
func TestTextColorPerStream(t *testing.T) {
	saved := color.NoColor
	defer func() { color.NoColor = saved }()
	for _, global := range []bool{true, false} {
		color.NoColor = global
		for _, on := range []bool{true, false} {
			var b strings.Builder
			if err := diag.WriteText(&b, sample(), on); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.String(), "\x1b[") != on {
				t.Errorf("color.NoColor=%v, WriteText(color=%v): colour %v", global, on, !on)
			}
		}
	}
}

func TestColorEnabled(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env := func(vals map[string]string) func(string) string { return func(k string) string { return vals[k] } }
	for _, c := range []struct {
		mode string
		env  map[string]string
		want bool
	}{
		{"always", map[string]string{"NO_COLOR": "1"}, true},
		{"never", nil, false},
		{"auto", nil, false}, // a regular file is not a terminal
		{"auto", map[string]string{"NO_COLOR": "1"}, false},
	} {
		got, err := diag.ColorEnabled(c.mode, f, env(c.env))
		if err != nil || got != c.want {
			t.Errorf("ColorEnabled(%q, %v) = %v, %v; want %v", c.mode, c.env, got, err, c.want)
		}
	}
	if _, err := diag.ColorEnabled("sometimes", f, env(nil)); err == nil {
		t.Error("bad mode accepted")
	}
}

func TestDedupe(t *testing.T) {
	l := sample()
	l = append(l, l[1], l[0])
	got := l.Dedupe()
	if len(got) != len(sample()) {
		t.Fatalf("%d diagnostics after dedupe, want %d", len(got), len(sample()))
	}
	for i, d := range got {
		if d != l[i] {
			t.Errorf("diagnostic %d moved", i)
		}
	}
}

// TestTextLongLine cuts a long source line to a window around the span,
// with the caret still under the span.
func TestTextLongLine(t *testing.T) {
	line := "x = " + strings.Repeat("a + ", 500) + "é$ + " + strings.Repeat("b + ", 500) + "1"
	col := len([]rune(line[:strings.Index(line, "é$")]))
	f := source.NewFile("long.py", []byte(line+"\n"))
	var l diag.List
	l.Errorf(diag.CodeSyntax, f, source.Span{Start: source.Pos{Line: 1, Col: col + 1}, End: source.Pos{Line: 1, Col: col + 2}}, "invalid character '$'")
	var b strings.Builder
	if err := diag.WriteText(&b, l, false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	src, mark := lines[1], lines[2]
	if !strings.HasPrefix(src, " 1 | ...") || !strings.HasSuffix(src, "...") || len([]rune(src)) > 140 {
		t.Fatalf("source line not cut to a window:\n%s", b.String())
	}
	caret := strings.Index(mark, "^")
	if caret < 0 || []rune(src)[len([]rune(mark[:caret]))] != '$' {
		t.Errorf("caret not under '$':\n%s\n%s", src, mark)
	}
}

// TestTextHugeLine: a diagnostic on a line of a megabyte prints a
// window of it and costs about the window, not the line (a diagnostic
// per statement of such a line was quadratic); a message of a megabyte
// is cut too. ASCII and non-ASCII lines alike.
func TestTextHugeLine(t *testing.T) {
	for _, stmt := range []string{"y = y * 3 + x; ", "é = é * 3 + x; "} {
		line := strings.Repeat(stmt, 1<<20/len(stmt))
		f := source.NewFile("huge.py", []byte("def f(x):\n    "+line+"\n"))
		var l diag.List
		step := len([]rune(stmt))
		for i := range 1000 { // the last one past the line's end
			if i == 999 {
				i = 1 << 20
			}
			col := 4 + 50*i*step
			l.Errorf("E-name", f, source.Span{Start: source.Pos{Line: 2, Col: col}, End: source.Pos{Line: 2, Col: col + 1}}, "NameError: name 'y' is not defined")
		}
		l.Errorf("E-name", f, source.Span{Start: source.Pos{Line: 2, Col: 4}, End: source.Pos{Line: 2, Col: 5}}, "name '%s' is not defined", strings.Repeat("é", 1<<20))
		var b strings.Builder
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		if err := diag.WriteText(&b, l, false); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&m1)
		if per := (m1.TotalAlloc - m0.TotalAlloc) / uint64(len(l)); per > 16<<10 {
			t.Errorf("%q: %d bytes allocated per diagnostic", stmt, per)
		}
		out := strings.Split(b.String(), "\n")
		for i, s := range out {
			if len(s) > 1000 {
				t.Fatalf("%q: output line %d has %d bytes: %.300q", stmt, i, len(s), s)
			}
		}
		if !strings.Contains(out[1], stmt) || !strings.HasPrefix(out[2], "   |     ^") || !strings.Contains(b.String(), "bytes cut) ...") {
			t.Errorf("%q: want the window, the caret and a cut message:\n%.2000s", stmt, b.String())
		}
	}
}
