package astdump

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// snippetFiles are the test modules of CPython whose string constants
// are Python to compile: the parser's corners, new syntax among them.
var snippetFiles = []string{
	"test_fstring.py", "test_type_params.py", "test_type_aliases.py", "test_grammar.py", "test_syntax.py",
	"test_exceptions.py", "test_string_literals.py", "test_tokenize.py", "test_eof.py", "test_patma.py",
	"test_positional_only_arg.py", "test_named_expressions.py", "test_unparse.py", "test_except_star.py",
	"test_keywordonlyarg.py", "test_genexps.py", "test_unicode_identifiers.py", "test_utf8source.py",
}

// TestOracleSnippets compares the parser, reading as each version, with
// that version's CPython on the snippets of its own test suite
// (testdata/snippets.py takes every string constant of snippetFiles, some
// 2,000: f-strings, type parameters, the grammar's corners and many bits
// that are not Python at all). What CPython parses must parse to the
// same tree, with the same positions; what it refuses must be refused.
// The messages and places of the refusals are compared too, and those
// that differ are listed, not failed: outside the new syntax (which the
// error tables cover, with its CPython messages required) some generic
// errors are still reported elsewhere than CPython's second pass puts
// them.
func TestOracleSnippets(t *testing.T) {
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) {
			cmd := exec.Command(py, append([]string{filepath.Join("testdata", "snippets.py")}, snippetFiles...)...)
			cmd.Dir = "testdata"
			cmd.Args[1] = "snippets.py"
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("snippets.py: %v", err)
			}
			var cases []struct{ Src, File, Dump, Pos, Err string }
			if err := json.Unmarshal(out, &cases); err != nil {
				t.Fatal(err)
			}
			if len(cases) < 1000 {
				t.Fatalf("only %d snippets", len(cases))
			}
			parsed, messages := 0, 0
			var differ []string
			for _, c := range cases {
				f := source.NewFile("snippet.py", []byte(c.Src))
				m, diags := syntax.ParseFor(f, v)
				switch {
				case c.Err == "" && m == nil:
					t.Errorf("%s %q: CPython parses it; we report %v", c.File, c.Src, diags)
				case c.Err == "":
					parsed++
					if d := Dump(m, v); d != c.Dump {
						t.Errorf("%s %q: dump\n   ours: %s\n cpython: %s", c.File, c.Src, d, c.Dump)
					} else if p := positionText(Positions(f, m)); p != c.Pos {
						t.Errorf("%s %q: positions\n   ours: %s\n cpython: %s", c.File, c.Src, p, c.Pos)
					}
				case m != nil:
					t.Errorf("%s %q: CPython says %s; we parse it", c.File, c.Src, c.Err)
				default:
					d := diags[0]
					got := fmt.Sprintf("%d:%d: %s", d.Span.Start.Line, d.Span.Start.Col, d.Message)
					if strings.HasPrefix(c.Err, "0:0: ") {
						got = "0:0: " + d.Message
					}
					if got == c.Err {
						messages++
					} else {
						differ = append(differ, fmt.Sprintf("%s %q\n   ours: %s\n cpython: %s", c.File, c.Src, got, c.Err))
					}
				}
			}
			refused := len(cases) - parsed
			t.Logf("%d snippets: %d parse as CPython parses them; %d refused, %d of them with CPython's message and place", len(cases), parsed, refused, messages)
			for i, d := range differ {
				if i == 10 {
					t.Logf("... and %d more messages differ", len(differ)-10)
					break
				}
				t.Log(d)
			}
		})
	}
}
