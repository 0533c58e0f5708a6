package build

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// FuzzCheck runs pynjit check over mutated programs: the test programs of
// testdata/run and testdata/errors are the seeds, and random bytes come
// from the fuzzer. Check must never panic, and every diagnostic must
// point inside the file it names, and check must finish (a hang fails
// after 10 s, with the input saved).
func FuzzCheck(f *testing.F) {
	for _, src := range seeds(f, "../../testdata/run/*.py", "../../testdata/errors/*.py", "../../examples/*.py") {
		f.Add(src, false)
	}
	f.Add([]byte("from numba import jit\n@jit\ndef f(x):\n    try:\n        return x\n    finally:\n        pass\nf(1)\n"), true)
	f.Fuzz(func(t *testing.T, src []byte, strict bool) {
		done := make(chan diag.List, 1)
		go func() {
			diags, _ := Check(context.Background(), Query{Name: "fuzz.py", Source: src}, strict)
			done <- diags
		}()
		var diags diag.List
		select {
		case diags = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("check did not finish in 10s on %q", src)
		}
		for _, d := range diags {
			if d.File == nil || !d.Span.IsValid() {
				continue
			}
			lines := source.NewFile("fuzz.py", src).LineCount()
			if d.Span.Start.Line > lines+1 || d.Span.End.IsValid() && d.Span.End.Before(d.Span.Start) {
				t.Errorf("%s: span %v outside a file of %d lines", d.Message, d.Span, lines)
			}
		}
	})
}

// FuzzBuild builds mutated programs as far as the toolchain: LLVM IR, C
// header and Python module (seeds as for FuzzCheck). A build must never
// panic or hang, must fail with a diagnostic rather than an error, and
// the IR of every program that builds must pass LLVM's verifier.
func FuzzBuild(f *testing.F) {
	for _, src := range seeds(f, "../../testdata/run/*.py", "../../testdata/programs/*.py", "../../examples/*.py") {
		f.Add(src)
	}
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil || tc.Opt == "" {
		f.Fatalf("FuzzBuild needs opt to verify IR: %v", err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		stem := filepath.Join(dir, "fuzz")
		type result struct {
			diags diag.List
			err   error
		}
		done := make(chan result, 1)
		go func() {
			_, diags, err := Compile(context.Background(), Request{Name: "fuzz.py", Source: src, Output: stem, Emit: []string{"ll", "h", "py"}})
			done <- result{diags, err}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("build did not finish in 10s on %q", src)
		}
		if r.err != nil {
			t.Fatalf("build failed without a diagnostic: %v", r.err)
		}
		if r.diags.HasErrors() {
			return
		}
		ll, err := os.ReadFile(stem + ".ll")
		if err != nil {
			t.Fatal(err)
		}
		if err := tc.VerifyIR(context.Background(), ll); err != nil {
			t.Fatalf("invalid IR for %q: %v", src, err)
		}
	})
}

// seeds reads the files the glob patterns match, as fuzzing seeds.
func seeds(f *testing.F, patterns ...string) [][]byte {
	var out [][]byte
	for _, pattern := range patterns {
		files, _ := filepath.Glob(pattern)
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			out = append(out, src)
		}
	}
	return out
}
