package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/lltext"
)

// TestLLTextIdentical checks that lltext prints every module pynjit
// generates for bench/kernels.py, testdata/run and testdata/programs
// byte for byte as llir does, with and without bounds checks and
// fast-math flags.
func TestLLTextIdentical(t *testing.T) {
	files := []string{"../../bench/kernels.py"}
	for _, dir := range []string{"../../testdata/run", "../../testdata/programs"} {
		m, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fe, results, diags, err := typed(context.Background(), Query{Name: file, Source: src})
			if err != nil || fe == nil {
				t.Skipf("does not type: %v %v", err, diags)
			}
			for _, opts := range []codegen.Options{{X86_64: true}, {Boundscheck: true, FastMath: true}} {
				mod, _, err := fe.module(results, opts)
				if err != nil {
					t.Fatal(err)
				}
				got, err := lltext.Bytes(mod)
				if err != nil {
					t.Fatal(err)
				}
				if want := []byte(mod.String()); !bytes.Equal(got, want) {
					t.Errorf("options %+v: lltext differs from llir at byte %d:\n%s", opts, firstDiff(got, want), context3(got, want))
				}
			}
		})
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// context3 shows the line where a and b first differ in each.
func context3(a, b []byte) string {
	i := firstDiff(a, b)
	line := func(s []byte) string {
		start := bytes.LastIndexByte(s[:min(i, len(s))], '\n') + 1
		end := bytes.IndexByte(s[start:], '\n')
		if end < 0 {
			return string(s[start:])
		}
		return string(s[start : start+end])
	}
	return "lltext: " + line(a) + "\nllir:   " + line(b)
}
