package build

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestDeterministicBuilds builds the example twice, into different
// directories whose names have spaces and outputs whose names start
// with a dash, with separate runtime caches: every artifact must be
// byte-identical, so no temporary path or time leaks into them.
func TestDeterministicBuilds(t *testing.T) {
	src, err := os.ReadFile("../../examples/kernels.py")
	if err != nil {
		t.Fatal(err)
	}
	var outs [2]string
	for i := range outs {
		dir := filepath.Join(t.TempDir(), "out dir")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		outs[i] = filepath.Join(dir, "-kernels")
		_, diags, err := Compile(context.Background(), Request{Name: "examples/kernels.py", Source: src, Output: outs[i],
			Emit: []string{"so", "obj", "ll", "asm", "h", "py"}, OptLevel: 2, Env: toolchain.EnvFromOS(), CacheDir: t.TempDir()})
		if err != nil || diags.HasErrors() {
			t.Fatalf("build %d: %v %v", i, err, diags)
		}
	}
	for _, ext := range []string{".so", ".o", ".ll", ".s", ".h", "_pynjit.py"} {
		a, err1 := os.ReadFile(outs[0] + ext)
		b, err2 := os.ReadFile(outs[1] + ext)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", ext, err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two builds of the same source", ext)
		}
	}
}

// TestFailedBuildKeepsOutput: when the toolchain fails, the previous
// output stays as it was and no temporary file is left beside it.
func TestFailedBuildKeepsOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "lib.so")
	if err := os.WriteFile(out, []byte("previous build"), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "clang")
	if err := os.WriteFile(broken, []byte("#!/bin/sh\necho 'clang: crashed' >&2\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../examples/kernels.py")
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Compile(context.Background(), Request{Name: "kernels.py", Source: src, Output: out, OptLevel: 2,
		Env: toolchain.Env{Clang: broken, Path: os.Getenv("PATH")}})
	if err == nil {
		t.Fatal("a crashing clang did not fail the build")
	}
	t.Logf("the build failed as it should: %v", err)
	if got, _ := os.ReadFile(out); string(got) != "previous build" {
		t.Errorf("the previous output changed: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left in the output directory: %v", entries)
	}
}

// TestConcurrentBuildsShareCache runs four builds at once with one fresh
// runtime cache directory: all succeed with identical libraries.
func TestConcurrentBuildsShareCache(t *testing.T) {
	src, err := os.ReadFile("../../examples/kernels.py")
	if err != nil {
		t.Fatal(err)
	}
	cache, dir := t.TempDir(), t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, diags, err := Compile(context.Background(), Request{Name: "kernels.py", Source: src,
				Output: filepath.Join(dir, fmt.Sprintf("k%d.so", i)), OptLevel: 2, Env: toolchain.EnvFromOS(), CacheDir: cache})
			if err == nil && diags.HasErrors() {
				err = fmt.Errorf("%v", diags)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	first, _ := os.ReadFile(filepath.Join(dir, "k0.so"))
	for i, err := range errs {
		if err != nil {
			t.Fatalf("build %d: %v", i, err)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("k%d.so", i))); !bytes.Equal(got, first) {
			t.Errorf("library %d differs", i)
		}
	}
}

// TestBuildCache builds the same source twice into one cache directory:
// the second build runs no compiler (a wrapper around clang logs every
// run) and writes the same bytes; another -O level or another source
// runs the compiler again.
func TestBuildCache(t *testing.T) {
	dir := t.TempDir()
	real := ""
	for _, name := range []string{"clang-14", "clang", "clang-19", "clang-18", "clang-17", "clang-16", "clang-15"} {
		if p, err := exec.LookPath(name); err == nil {
			real = p
			break
		}
	}
	if real == "" {
		t.Fatal("no clang: scripts/setup.sh installs it")
	}
	log := filepath.Join(dir, "runs.log")
	wrapper := filepath.Join(dir, "clang")
	if err := os.WriteFile(wrapper, []byte("#!/bin/sh\necho run >> '"+log+"'\nexec '"+real+"' \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../examples/kernels.py")
	if err != nil {
		t.Fatal(err)
	}
	runs := func() int {
		data, _ := os.ReadFile(log)
		return bytes.Count(data, []byte("run\n"))
	}
	cache := filepath.Join(dir, "cache")
	build := func(src []byte, opt int, out string) []byte {
		t.Helper()
		_, diags, err := Compile(context.Background(), Request{Name: "kernels.py", Source: src, Output: out, OptLevel: opt,
			Emit: []string{"so"}, Env: toolchain.Env{Clang: wrapper, Path: os.Getenv("PATH")}, CacheDir: cache})
		if err != nil || diags.HasErrors() {
			t.Fatalf("build: %v %v", err, diags)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	first := build(src, 2, filepath.Join(dir, "a.so"))
	if runs() == 0 {
		t.Fatal("the first build ran no compiler")
	}
	before := runs()
	second := build(src, 2, filepath.Join(dir, "b.so"))
	if runs() != before {
		t.Errorf("an unchanged rebuild ran the compiler %d times", runs()-before)
	}
	if !bytes.Equal(first, second) {
		t.Error("the cached library differs from the built one")
	}
	build(src, 1, filepath.Join(dir, "c.so"))
	if runs() == before {
		t.Error("another -O level came from the cache")
	}
	before = runs()
	build(append(append([]byte(nil), src...), "\n\n@njit(\"int64(int64)\")\ndef extra(x):\n    return x + 1\n"...), 2, filepath.Join(dir, "d.so"))
	if runs() == before {
		t.Error("a changed source came from the cache")
	}
}
