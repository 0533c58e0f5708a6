package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestPathologicalPrograms runs the pynjit binary on inputs built to
// exhaust a compiler: each must end with a diagnostic (exit 1) or a
// build (exit 0), never a crash, within a bounded peak memory.
func TestPathologicalPrograms(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "pynjit")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const sig = "from numba import njit\n\n@njit(\"int64(int64)\")\ndef f(x):\n"
	var many strings.Builder
	many.WriteString("from numba import njit\n")
	for i := range 100000 {
		fmt.Fprintf(&many, "\n@njit(\"int64(int64)\")\ndef f%d(x):\n    return x * %d + 1\n", i, i)
	}
	cases := []struct {
		name, src string
		args      []string
		exit      int
		want      string // in stderr
		maxRSSMiB int64
	}{
		{"deep sum", sig + "    return " + strings.Repeat("x + ", 100000) + "1\n", []string{"check"}, 1, "too many nested expressions", 1024},
		{"deep parentheses", sig + "    return " + strings.Repeat("(", 10000) + "x" + strings.Repeat(")", 10000) + "\n", []string{"check"}, 1, "too many nested parentheses", 512},
		{"deep unary", sig + "    return " + strings.Repeat("-", 100000) + "x\n", []string{"check"}, 1, "too many nested expressions", 1024},
		{"1 MB line", sig + "    y = x" + strings.Repeat("; y = y * 3 + x", 70000) + "\n    return y\n", []string{"build", "--emit", "ll"}, 0, "", 2048},
		{"100,000 statements", sig + "    y = x\n" + strings.Repeat("    y = y * 3 + x\n", 100000) + "    return y\n", []string{"build", "--emit", "ll"}, 0, "", 250},
		{"1 MB comment", sig + "    return x  # " + strings.Repeat("é", 500000) + "\n", []string{"build", "--emit", "ll"}, 0, "", 512},
		{"100,000 functions", many.String(), []string{"check"}, 0, "", 2048},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".py")
			if err := os.WriteFile(src, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append(append([]string(nil), c.args...), src)
			if c.args[0] == "build" {
				args = append(args, "-o", filepath.Join(dir, "out.ll"))
			}
			cmd := exec.Command(bin, args...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			if cmd.ProcessState == nil {
				t.Fatal(err)
			}
			if code := cmd.ProcessState.ExitCode(); code != c.exit || !strings.Contains(stderr.String(), c.want) {
				t.Fatalf("exit %d, want %d with %q in stderr:\n%.2000s", code, c.exit, c.want, stderr.String())
			}
			for _, line := range strings.Split(stderr.String(), "\n") {
				if len(line) > len(src)+300 {
					t.Errorf("a diagnostic line of %d bytes: long source lines must be cut", len(line))
					break
				}
			}
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss / 1024
			t.Logf("peak RSS %d MiB", rss)
			if rss > c.maxRSSMiB {
				t.Errorf("peak RSS %d MiB, limit %d MiB", rss, c.maxRSSMiB)
			}
		})
	}
}
