package toolchain

import (
	"context"
	"debug/elf"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestKeyIgnoresCurrentDirectory: with clang found, LLC and CC are
// empty, and the key must not depend on the current directory (whose
// modification time changes with every library written into it).
func TestKeyIgnoresCurrentDirectory(t *testing.T) {
	tc := discover(t)
	dir := t.TempDir()
	t.Chdir(dir)
	before := tc.Key()
	if err := os.WriteFile(filepath.Join(dir, "k.so"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(dir, later, later); err != nil {
		t.Fatal(err)
	}
	if after := tc.Key(); after != before {
		t.Errorf("writing into the current directory changed the key:\n%s\n%s", before, after)
	}
}

// fakeTool writes a shell script standing for a tool that misbehaves;
// $out is the file the tool was asked to write (its -o argument).
func fakeTool(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "clang")
	script := "#!/bin/sh\nfor a in \"$@\"; do if [ \"$prev\" = -o ]; then out=$a; fi; prev=$a; done\n" + body + "\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestToolOutputsAreChecked: a tool that exits 0 must still have
// written a whole file of the right format, else the run fails with a
// ToolError (exit 3 on the command line) naming what is wrong.
func TestToolOutputsAreChecked(t *testing.T) {
	real := discover(t)
	obj, err := real.CompileIR(context.Background(), []byte(addIR), Object, Options{OptLevel: 2})
	if err != nil {
		t.Fatal(err)
	}
	half := filepath.Join(t.TempDir(), "half.o")
	if err := os.WriteFile(half, obj[:len(obj)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	whole := filepath.Join(t.TempDir(), "whole.o")
	if err := os.WriteFile(whole, obj, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, body, want string
		build            func(tc *Toolchain) ([]byte, error)
	}{
		{"nothing written", "exit 0", "wrote no out.o", compileObj},
		{"empty file", `: > "$out"`, "empty", compileObj},
		{"garbage", `echo 'not an object' > "$out"`, "not a valid object file", compileObj},
		{"truncated object", `cp '` + half + `' "$out"`, "not a valid object file", compileObj},
		{"object for a library", `cp '` + whole + `' "$out"`, "ELF type ET_REL", func(tc *Toolchain) ([]byte, error) {
			return tc.LinkShared(context.Background(), [][]byte{obj})
		}},
		{"object for another machine", `cp '` + whole + `' "$out"`, "machine EM_X86_64", func(tc *Toolchain) ([]byte, error) {
			return tc.CompileIR(context.Background(), []byte(addIR), Object, Options{Triple: "aarch64-linux-gnu"})
		}},
		{"binary assembly", `printf 'a\000b' > "$out"`, "NUL bytes", func(tc *Toolchain) ([]byte, error) {
			return tc.CompileIR(context.Background(), []byte(addIR), Assembly, Options{})
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tc := &Toolchain{Clang: fakeTool(t, c.body), Timeout: time.Minute}
			_, err := c.build(tc)
			var te *ToolError
			if !errors.As(err, &te) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want a ToolError saying %q, got %v", c.want, err)
			}
		})
	}
	tc := &Toolchain{Clang: fakeTool(t, `cp '`+whole+`' "$out"`)}
	if _, err := compileObj(tc); err != nil {
		t.Errorf("a whole object was refused: %v", err)
	}
}

func compileObj(tc *Toolchain) ([]byte, error) {
	return tc.CompileIR(context.Background(), []byte(addIR), Object, Options{})
}

// TestStderrIsCapped: a tool printing 200 MB on stderr costs no more
// than the head and tail kept for the error.
func TestStderrIsCapped(t *testing.T) {
	tc := &Toolchain{Clang: fakeTool(t, "echo first line >&2\nhead -c 200000000 /dev/zero | tr '\\0' x >&2\necho last line >&2\nexit 1")}
	_, err := compileObj(tc)
	var te *ToolError
	if !errors.As(err, &te) {
		t.Fatalf("want a ToolError, got %v", err)
	}
	if len(te.Stderr) > 2*stderrKeep+100 || !strings.HasPrefix(te.Stderr, "first line\n") || !strings.HasSuffix(te.Stderr, "last line\n") ||
		!strings.Contains(te.Stderr, "bytes left out") {
		t.Errorf("stderr kept: %d bytes, %.80q ... %.80q", len(te.Stderr), te.Stderr, te.Stderr[max(0, len(te.Stderr)-80):])
	}
}

func TestHeadTail(t *testing.T) {
	for _, c := range []struct {
		writes []string
		want   string
	}{
		{[]string{"abc"}, "abc"},
		{[]string{"abcd", "efgh"}, "abcdefgh"},
		{[]string{"abcdefghij"}, "abcd\n[... 2 bytes left out ...]\nghij"},
		{[]string{"ab", "cdef", "g", "hijkl", "m"}, "abcd\n[... 5 bytes left out ...]\njklm"},
	} {
		w := &headTail{keep: 4}
		for _, s := range c.writes {
			w.Write([]byte(s))
		}
		if got := w.String(); got != c.want {
			t.Errorf("%q: got %q, want %q", c.writes, got, c.want)
		}
	}
}

// TestHungToolIsKilled: a tool that hangs (here with a child of its own)
// is killed with its children when the timeout passes or the context is
// cancelled (Ctrl-C).
func TestHungToolIsKilled(t *testing.T) {
	for _, cancelled := range []bool{false, true} {
		pidFile := filepath.Join(t.TempDir(), "pid")
		tc := &Toolchain{Clang: fakeTool(t, "sleep 300 &\necho $! > '"+pidFile+"'\nsleep 300"), Timeout: 2 * time.Second}
		ctx, cancel := context.WithCancel(context.Background())
		if cancelled {
			tc.Timeout = time.Hour
			time.AfterFunc(time.Second, cancel)
		}
		start := time.Now()
		_, err := tc.CompileIR(ctx, []byte(addIR), Object, Options{})
		cancel()
		if err == nil || time.Since(start) > 30*time.Second {
			t.Fatalf("cancelled=%v: the hung tool returned %v after %v", cancelled, err, time.Since(start))
		}
		if !cancelled && !strings.Contains(err.Error(), "timed out after 2s") {
			t.Errorf("the timeout is not named: %v", err)
		}
		data, _ := os.ReadFile(pidFile)
		pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
		if pid == 0 {
			t.Fatal("the tool's child never started")
		}
		for i := 0; syscall.Kill(pid, 0) == nil; i++ {
			if i == 100 {
				t.Errorf("cancelled=%v: the tool's child %d survived", cancelled, pid)
				syscall.Kill(pid, syscall.SIGKILL)
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func TestTimeoutSetting(t *testing.T) {
	for _, c := range []struct {
		env  string
		want time.Duration
		ok   bool
	}{{"", DefaultTimeout, true}, {"90", 90 * time.Second, true}, {"20m", 20 * time.Minute, true}, {"0", 0, true}, {"soon", 0, false}, {"-1s", 0, false}} {
		got, err := (Env{Timeout: c.env}).timeout()
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("PYNJIT_TOOL_TIMEOUT=%q: %v %v", c.env, got, err)
		}
	}
	if _, err := Discover(Env{Path: os.Getenv("PATH"), Timeout: "soon"}); err == nil || !strings.Contains(err.Error(), "PYNJIT_TOOL_TIMEOUT") {
		t.Errorf("a bad PYNJIT_TOOL_TIMEOUT was accepted: %v", err)
	}
}

// TestWriteOnlyRegularFiles: a FIFO, a device or a directory at the
// output path is refused and left as it was; the file written has the
// mode asked for less the umask.
func TestWriteOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fifo, "/dev/null", dir} {
		if err := WriteFileAtomic(p, []byte("x"), 0o644); err == nil {
			t.Errorf("%s was replaced", p)
		}
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO is gone: %v", err)
	}
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	path := filepath.Join(dir, "lib.so")
	if err := WriteFileAtomic(path, []byte("x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o750 {
		t.Errorf("mode %v with umask 027, want -rwxr-x---", fi.Mode().Perm())
	}
}
