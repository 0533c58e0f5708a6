package build

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// errorMark is an inline expectation: the line must get an error whose
// message matches the quoted regular expression.
var errorMark = regexp.MustCompile(`# ERROR "((?:[^"\\]|\\.)*)"`)

// TestErrors checks testdata/errors programs: every "# ERROR" line gets a
// matching error on that line, and no other line gets one.
func TestErrors(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/errors/*.py")
	if len(files) == 0 {
		t.Fatal("no programs in testdata/errors")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := map[int]*regexp.Regexp{}
			for i, line := range strings.Split(string(src), "\n") {
				if m := errorMark.FindStringSubmatch(line); m != nil {
					want[i+1] = regexp.MustCompile(strings.ReplaceAll(m[1], `\"`, `"`))
				}
			}
			got := map[int][]string{}
			for _, d := range Check(path, src, false) {
				got[d.Span.Start.Line] = append(got[d.Span.Start.Line], d.Message)
			}
			for line, re := range want {
				found := false
				for _, msg := range got[line] {
					found = found || re.MatchString(msg)
				}
				if !found {
					t.Errorf("line %d: want an error matching %q, got %q", line, re, got[line])
				}
			}
			for line, msgs := range got {
				if want[line] == nil {
					t.Errorf("line %d: unexpected errors %s", line, fmt.Sprint(msgs))
				}
			}
		})
	}
}
