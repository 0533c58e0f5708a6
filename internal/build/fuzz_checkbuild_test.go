package build_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/build"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/progen"
	"github.com/pynjit/pynjit/internal/toolchain"
)

var checkbuildKnown = flag.Bool("checkbuild.known", false, "seed FuzzCheckBuild with programs that reach internal/progen's Known bugs too")

// progenSeeds is how many of internal/progen's programs seed
// FuzzCheckBuild, a few to a file.
const progenSeeds = 60

// FuzzCheckBuild holds pynjit to "check accepts, so build succeeds":
// whenever pynjit check reports no error for a program, building it (LLVM
// IR, C header, Python module and the shared library, through clang at
// -O0, which is fast and still needs IR the backend takes; an executable
// when no function has a signature and check typed them at main's calls)
// must report none either, must not fail or panic, and must give IR that
// LLVM's verifier accepts (clang does not verify IR it is given). -O2
// builds are internal/progen's TestRandomPrograms'. The seeds are
// testdata/run, testdata/programs, the examples and programs of
// internal/progen, which reach arrays of every layout, views and whole-
// array code (the generator's default set, and also its Known bugs, whose
// programs may fail here until the bugs are fixed, so they are seeds only
// under -checkbuild.known; progen.Known is empty today).
func FuzzCheckBuild(f *testing.F) {
	for _, pattern := range []string{"../../testdata/run/*.py", "../../testdata/programs/*.py", "../../examples/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	opts := progen.Options{}
	if *checkbuildKnown {
		opts.Reach, _ = progen.ParseReach("all")
	}
	for first := uint64(1); first <= progenSeeds; first += 4 {
		var progs []*progen.Program
		for s := first; s < first+4; s++ {
			progs = append(progs, progen.GenerateWith(s, fmt.Sprintf("p%d", s), opts))
		}
		f.Add(progen.Module("progen", progs))
	}
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil || tc.Opt == "" {
		f.Fatalf("FuzzCheckBuild needs opt to verify IR: %v", err)
	}
	env, cache := toolchain.EnvFromOS(), f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		var checkErr error
		check := func() diag.List {
			d, err := build.Check(context.Background(), build.Query{Name: "fuzz.py", Source: src}, false)
			checkErr = err
			return d
		}
		if diags, ok := within(10*time.Second, check); !ok {
			t.Fatalf("check did not finish in 10s on %q", src)
		} else if checkErr != nil {
			t.Fatalf("check failed: %v\n%s", checkErr, src)
		} else if diags.HasErrors() {
			return
		}
		stem := filepath.Join(t.TempDir(), "fuzz")
		var buildErr error
		emit := []string{"ll", "h", "py", "so"}
		compile := func() diag.List {
			_, d, err := build.Compile(context.Background(), build.Request{Name: "fuzz.py", Source: src, Output: stem, Emit: emit, Env: env, CacheDir: cache})
			buildErr = err
			return d
		}
		diags, ok := within(60*time.Second, compile)
		if ok && buildErr == nil && nothingToCompile(diags) {
			// No signatures: check typed the functions at the calls of the
			// program's main, which an executable compiles (through clang)
			// (when there is a main: else there is nothing to build)
			emit = []string{"ll", "exe"}
			if diags, ok = within(60*time.Second, compile); ok && buildErr == nil && nothingToCompile(diags) {
				return
			}
		}
		switch {
		case !ok:
			t.Fatalf("check accepted, and the build did not finish in 60s:\n%s", src)
		case buildErr != nil:
			t.Fatalf("check accepted, and the build failed: %v\n%s", buildErr, src)
		case diags.HasErrors():
			t.Fatalf("check accepted, and the build reported:\n%s\n%s", errorLines(diags), src)
		}
		ll, err := os.ReadFile(stem + ".ll")
		if err != nil {
			t.Fatal(err)
		}
		if err := tc.VerifyIR(context.Background(), ll); err != nil {
			t.Fatalf("check accepted, and the build made invalid IR: %v\n%s", err, src)
		}
	})
}

// within runs fn, giving up after d; a panic in fn fails the test with
// its message (the fuzzer reports it with the input).
func within(d time.Duration, fn func() diag.List) (diag.List, bool) {
	done := make(chan diag.List, 1)
	failed := make(chan any, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				failed <- r
			}
		}()
		done <- fn()
	}()
	select {
	case l := <-done:
		return l, true
	case r := <-failed:
		panic(fmt.Sprintf("internal error: %v", r))
	case <-time.After(d):
		return nil, false
	}
}

// nothingToCompile reports whether a build's only error is that nothing
// has a signature, or for an executable that there is no main.
func nothingToCompile(l diag.List) bool {
	n := 0
	for _, d := range l {
		if d.Severity == diag.Error {
			if d.Code != "E-nothing" && d.Code != build.CodeNoEntry {
				return false
			}
			n++
		}
	}
	return n > 0
}

// errorLines renders the errors of a build, one a line.
func errorLines(l diag.List) string {
	var out string
	for _, d := range l {
		if d.Severity == diag.Error {
			out += fmt.Sprintf("%d:%d: %s\n", d.Span.Start.Line, d.Span.Start.Col, d.Message)
		}
	}
	return out
}
