package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestSupportedTable checks docs/supported.md against the test suite:
// every function a row names must be defined in its testdata/run
// program (by def, or bound at module level, as a factory's product
// is) and called by that program's CASES, and every unsupported
// construct's example must be a testdata/errors program.
func TestSupportedTable(t *testing.T) {
	doc, err := os.ReadFile("../../docs/supported.md")
	if err != nil {
		t.Fatal(err)
	}
	refs := regexp.MustCompile("`([a-z_]+\\.py)::([a-z_0-9]+)`").FindAllStringSubmatch(string(doc), -1)
	if len(refs) < 60 {
		t.Fatalf("only %d tested-by references", len(refs))
	}
	for _, r := range refs {
		src, err := os.ReadFile("../../testdata/run/" + r[1])
		if err != nil {
			t.Errorf("%s::%s: %v", r[1], r[2], err)
			continue
		}
		text := string(src)
		if !regexp.MustCompile(`(?m)^(def ` + r[2] + `\(|` + r[2] + ` = )`).MatchString(text) {
			t.Errorf("%s has no function %s", r[1], r[2])
		}
		cases := text[max(strings.Index(text, "CASES"), 0):]
		if !strings.Contains(cases, `("`+r[2]+`",`) {
			t.Errorf("%s::%s has no cases", r[1], r[2])
		}
	}
	for _, m := range regexp.MustCompile("`(testdata/errors/[a-z_]+\\.py)`").FindAllStringSubmatch(string(doc), -1) {
		if _, err := os.Stat("../../" + m[1]); err != nil {
			t.Errorf("%s: %v", m[1], err)
		}
	}
}
