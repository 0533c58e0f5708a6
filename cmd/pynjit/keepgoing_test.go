package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildKeepGoingFiles: build of several files stops at the first
// with errors; build -k builds each (what compiles of the failing one
// too), prints what it wrote with -v, and exits 1.
func TestBuildKeepGoingFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"broken.py": "import math\n\nfrom numba import njit\n\n\n@njit(\"float64(float64)\")\ndef norm(x):\n    return math.sqroot(x)\n\n\n@njit(\"int64(int64)\")\ndef inc(x):\n    return x + 1\n",
		"fine.py":   "from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef dec(x):\n    return x - 1\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	code, _, stderr := runCLI(t, nil, "build", "broken.py", "fine.py")
	if _, err := os.Stat("fine.so"); code != exitProgram || err == nil {
		t.Fatalf("build without -k: exit %d, fine.so written: %v\n%s", code, err == nil, stderr)
	}
	code, _, stderr = runCLI(t, nil, "build", "-k", "-v", "broken.py", "fine.py")
	if code != exitProgram || !strings.Contains(stderr, "pynjit: wrote broken.so\n") || !strings.Contains(stderr, "pynjit: wrote fine.so\n") ||
		!strings.Contains(stderr, "error[E-unknown-attribute]: Unknown attribute 'sqroot'") {
		t.Fatalf("build -k: exit %d\n%s", code, stderr)
	}
}
