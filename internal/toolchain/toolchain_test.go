package toolchain

import (
	"context"
	"debug/elf"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const addIR = `define i64 @add(i64 %a, i64 %b) {
  %s = add i64 %a, %b
  ret i64 %s
}
`

func discover(t *testing.T) *Toolchain {
	t.Helper()
	tc, err := Discover(EnvFromOS())
	if err != nil {
		t.Fatalf("no toolchain (scripts/setup.sh installs clang-14): %v", err)
	}
	return tc
}

func TestDiscoverMissing(t *testing.T) {
	_, err := Discover(Env{Path: t.TempDir()})
	var m *MissingError
	if !errors.As(err, &m) || strings.Contains(m.Error(), "\n") || !strings.Contains(m.Error(), "apt-get install") {
		t.Fatalf("want a one-line MissingError naming the package, got %v", err)
	}
}

func TestDiscoverOverride(t *testing.T) {
	tc := discover(t)
	if tc.Clang == "" {
		t.Skip("no clang here; llc+cc mode")
	}
	got, err := Discover(Env{Path: os.Getenv("PATH"), Clang: tc.Clang})
	if err != nil || got.Clang != tc.Clang {
		t.Fatalf("PYNJIT_CLANG=%s: %v %v", tc.Clang, got, err)
	}
	if _, err := Discover(Env{Path: os.Getenv("PATH"), Clang: "/no/such/clang"}); !IsMissing(err) {
		t.Fatalf("bad PYNJIT_CLANG accepted: %v", err)
	}
}

func TestCompileAndLink(t *testing.T) {
	tc := discover(t)
	ctx := context.Background()
	obj, err := tc.CompileIR(ctx, []byte(addIR), Object, Options{OptLevel: 2})
	if err != nil {
		t.Fatal(err)
	}
	asm, err := tc.CompileIR(ctx, []byte(addIR), Assembly, Options{OptLevel: 2})
	if err != nil || !strings.Contains(string(asm), "add") {
		t.Fatalf("asm: %v\n%s", err, asm)
	}
	so, err := tc.LinkShared(ctx, [][]byte{obj})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "add.so")
	if err := WriteFileAtomic(path, so, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, err := f.DynamicSymbols()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range syms {
		found = found || s.Name == "add"
	}
	if !found {
		t.Error("add is not exported from the shared library")
	}
}

func TestVerifyIR(t *testing.T) {
	tc := discover(t)
	if tc.Opt == "" {
		t.Skip("opt not found")
	}
	ctx := context.Background()
	if err := tc.VerifyIR(ctx, []byte(addIR)); err != nil {
		t.Fatalf("good IR rejected: %v", err)
	}
	bad := strings.Replace(addIR, "ret i64 %s", "ret i32 %s", 1)
	err := tc.VerifyIR(ctx, []byte(bad))
	var te *ToolError
	if !errors.As(err, &te) || !strings.Contains(te.Stderr, "error") {
		t.Fatalf("bad IR: want a ToolError with opt's message, got %v", err)
	}
	opt, err := tc.OptimizeIR(ctx, []byte(addIR), Options{OptLevel: 2})
	if err != nil || !strings.Contains(string(opt), "define") {
		t.Fatalf("optimize: %v", err)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.so")
	if err := WriteFileAtomic(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(path, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Fatalf("got %q", b)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x"), []byte("x"), 0o644); err == nil {
		t.Fatal("write into a missing directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("leftover files: %v", entries)
	}
}

// A pynjit that compiles with other flags must not reuse the objects
// of one that did not: every fixed flag is part of the cache key.
func TestKeyHasFlags(t *testing.T) {
	key := (&Toolchain{Clang: "/usr/bin/clang", CC: "/usr/bin/cc"}).Key()
	for _, f := range append(clangIRFlags(Options{}), cFlags...) {
		if !strings.Contains(key, f) {
			t.Errorf("key %q lacks the flag %q", key, f)
		}
	}
}
