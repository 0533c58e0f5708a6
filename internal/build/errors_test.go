package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
)

// expectMark is an inline expectation, `# ERROR 12 "regex"`: the line must
// get a diagnostic of that severity (ERROR, WARNING or NOTE) starting at that
// 1-based column whose message matches the quoted regular expression.
var expectMark = regexp.MustCompile(`# (ERROR|WARNING|NOTE) (\d+) "((?:[^"\\]|\\.)*)"`)

type expectation struct {
	sev  diag.Severity
	line int
	col  int
	re   *regexp.Regexp
	met  bool
}

func readExpectations(t *testing.T, src []byte) []*expectation {
	var out []*expectation
	for i, line := range strings.Split(string(src), "\n") {
		for _, m := range expectMark.FindAllStringSubmatch(line, -1) {
			col, _ := strconv.Atoi(m[2])
			sev := map[string]diag.Severity{"ERROR": diag.Error, "WARNING": diag.Warning, "NOTE": diag.Note}[m[1]]
			re, err := regexp.Compile(strings.ReplaceAll(m[3], `\"`, `"`))
			if err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			out = append(out, &expectation{sev: sev, line: i + 1, col: col, re: re})
		}
	}
	return out
}

// TestErrors checks the programs of testdata/errors with pynjit check:
// every expectation is met by a diagnostic at exactly its line and
// column, and every diagnostic is expected.
func TestErrors(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/errors/*.py")
	if len(files) < 40 {
		t.Fatalf("%d programs in testdata/errors, want at least 40", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := readExpectations(t, src)
			if len(want) == 0 {
				t.Fatal("no # ERROR or # WARNING expectation")
			}
			diags, err := Check(context.Background(), Query{Name: path, Source: src}, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range diags {
				found := false
				for _, e := range want {
					if !e.met && e.sev == d.Severity && e.line == d.Span.Start.Line && e.col == d.Span.Start.Col+1 && e.re.MatchString(d.Message) {
						e.met, found = true, true
						break
					}
				}
				if !found {
					t.Errorf("unexpected %s at %d:%d: %s", d.Severity, d.Span.Start.Line, d.Span.Start.Col+1, d.Message)
				}
			}
			for _, e := range want {
				if !e.met {
					t.Errorf("%d:%d: want a %s matching %q", e.line, e.col, e.sev, e.re)
				}
			}
		})
	}
}

// TestStrictObjectMode: under --strict an object-mode fallback is an
// error, and the rest of the file is checked as before.
func TestStrictObjectMode(t *testing.T) {
	path := "../../testdata/errors/objmode_called_from_njit.py"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lax, _ := Check(context.Background(), Query{Name: path, Source: src}, false)
	strict, _ := Check(context.Background(), Query{Name: path, Source: src}, true)
	if lax.HasErrors() != true || len(lax) != 2 || len(strict) != 2 {
		t.Fatalf("want one fallback and one call error, got %v and %v", lax, strict)
	}
	for i := range lax {
		if lax[i].Code == CodeObjectMode {
			if lax[i].Severity != diag.Warning || strict[i].Severity != diag.Error || strict[i].Code != CodeObjectMode {
				t.Errorf("fallback: %v without --strict, %v with it", lax[i].Severity, strict[i].Severity)
			}
		}
	}
}
