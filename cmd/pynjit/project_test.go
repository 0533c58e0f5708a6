package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestProjectConfig: with a pyproject.toml whose [tool.pynjit] lists
// files, outputs, signatures and options, build and check without a
// file work on the project; with a file, its signatures apply too.
func TestProjectConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("pyproject.toml", `[project]
name = "demo"

[tool.pynjit]
files = ["kernels.py"]
modules = ["pkg.more"]
emit = ["so", "h"]
output-dir = "out"
boundscheck = true

[tool.pynjit.signatures]
"kernels.py" = ["add(int64, int64)"]
`)
	write("kernels.py", "from numba import njit\n\n\n@njit\ndef add(a, b):\n    return a + b\n")
	write("src/pkg/more.py", "import numpy as np\nfrom numba import njit\n\n\n@njit\ndef first(a):\n    return a[0]\n\n\n@njit\ndef later(a):\n    return a\n\n\nfirst(np.zeros(3))\n")
	write("out/.keep", "")
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, nil, "sigs")
	if code != exitOK || !regexp.MustCompile(`add\(int64, int64\) +\[tool.pynjit\] signatures in `+regexp.QuoteMeta(filepath.Join(dir, "pyproject.toml"))).MatchString(stdout) {
		t.Errorf("sigs: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := runCLI(t, nil, "build"); code != exitOK || strings.Count(stderr, "\n") != 4 || !strings.Contains(stderr, "note[N-no-types]: later") {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	for _, f := range []string{"out/kernels.so", "out/kernels.h", "out/more.so", "out/more.h"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("build without a file: %v", err)
		}
	}
	// nothing types later
	code, _, stderr = runCLI(t, nil, "check")
	if code != exitOK || !strings.Contains(stderr, "more.py:11:5: note[N-no-types]: later has no argument types") || strings.Contains(stderr, "kernels.py") {
		t.Errorf("check: exit %d\n%s", code, stderr)
	}
	// a wrong signature in pyproject.toml is an error at its place there
	write("pyproject.toml", "[tool.pynjit]\nfiles = [\"kernels.py\"]\n\n[tool.pynjit.signatures]\n\"kernels.py\" = [\"add(int64)\"]\n")
	code, _, stderr = runCLI(t, nil, "check", "kernels.py")
	if code != exitProgram || !strings.Contains(stderr, "pyproject.toml:5:21: error[E-signature]: add takes 2 parameters, the signature gives 1") {
		t.Errorf("check with a bad signature in pyproject.toml: exit %d\n%s", code, stderr)
	}
	write("pyproject.toml", "[tool.pynjit]\nfils = [\"kernels.py\"]\n")
	if code, _, stderr = runCLI(t, nil, "build"); code != exitUsage || !strings.Contains(stderr, "unknown key tool.pynjit.fils") {
		t.Errorf("unknown key: exit %d\n%s", code, stderr)
	}
	os.Remove(filepath.Join(dir, "pyproject.toml"))
	if code, _, stderr = runCLI(t, nil, "check"); code != exitUsage || !strings.Contains(stderr, "no FILE given") {
		t.Errorf("no project: exit %d\n%s", code, stderr)
	}
}

// TestSeedNotebook: the project's seed notebook as a file, without a
// signature anywhere: check reports the notebook's nopython error, with
// its line and caret, and build agrees with it, writes nothing and
// notes that add compiles; build -k writes add, compiled at the types of
// its call, add(int64, int64), without qr_jit, and exits 1 too.
func TestSeedNotebook(t *testing.T) {
	const seed = "../../testdata/errors/seed_notebook.py"
	want := seed + ":19:12: error[E-unknown-attribute]: Unknown attribute 'qr' of type Module(scipy.linalg.decomp_qr)\n" +
		" 19 |     q, r = linalg.decomp_qr.qr(a)  # ERROR 12 \"Unknown attribute 'qr' of type Module\\(scipy\\.linalg\\.decomp_qr\\)\"\n" +
		"    |            ^~~~~~~~~~~~~~~~~~~~~~\n"
	code, _, checked := runCLI(t, nil, "--color", "never", "check", seed)
	if code != exitProgram || !strings.HasPrefix(checked, want) || strings.Count(checked, "error[") != 1 {
		t.Errorf("check: exit %d\n%s\nwant it to start with\n%s", code, checked, want)
	}
	out := filepath.Join(t.TempDir(), "seed")
	code, _, built := runCLI(t, nil, "--color", "never", "build", seed, "--emit", "so,h", "-o", out)
	const note = seed + ": note[N-keep-going]: nothing written: qr_jit did not compile (add did)\n"
	if code != exitProgram || !strings.HasPrefix(built, checked+note) {
		t.Errorf("build: exit %d\n%s\nwant check's output and\n%s", code, built, note)
	}
	if written, _ := filepath.Glob(out + ".*"); len(written) > 0 {
		t.Errorf("build without -k wrote %v", written)
	}
	code, _, kept := runCLI(t, nil, "--color", "never", "build", "-k", seed, "--emit", "so,h", "-o", out)
	if code != exitProgram || kept != checked+seed+": note[N-keep-going]: -k: the outputs hold add, without qr_jit, which did not compile\n" {
		t.Errorf("build -k: exit %d\n%s", code, kept)
	}
	header, err := os.ReadFile(out + ".h")
	if _, serr := os.Stat(out + ".so"); err != nil || serr != nil || !strings.Contains(string(header), "int64_t add(int64_t a, int64_t b);") || strings.Contains(string(header), "qr_") {
		t.Errorf("build -k: %v %v\n%s", err, serr, header)
	}
	code, stdout, _ := runCLI(t, nil, "sigs", seed)
	if code != exitOK || !strings.Contains(stdout, "add(int64, int64)                  call at "+seed+":15\n") ||
		!strings.Contains(stdout, "qr_decomposition(float64[:, ::1])  call at "+seed+":24\n") {
		t.Errorf("sigs: exit %d\n%s", code, stdout)
	}
	// the notebook's first cell alone: build compiles add(int64, int64)
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(t.TempDir(), "seed.py")
	cell, _, _ := strings.Cut(string(src), "\n\ndef qr_decomposition")
	if err := os.WriteFile(first, []byte(cell), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, nil, "build", first, "--emit", "h", "-o", filepath.Join(t.TempDir(), "seed.h"))
	if code != exitOK || stderr != "" {
		t.Fatalf("build of the first cell: exit %d\n%s", code, stderr)
	}
	code, stdout, _ = runCLI(t, nil, "inspect-types", first)
	if code != exitOK || !strings.HasPrefix(stdout, "add (int64, int64)\n") {
		t.Errorf("inspect-types of the first cell: exit %d\n%.200s", code, stdout)
	}
}

// TestProjectPackages: [tool.pynjit] packages are each built as one
// library, whose modules' kernels call each other and use each other's
// constants; signatures in pyproject.toml reach every module; several
// files on the command line are built one by one, each with the modules
// it imports.
func TestProjectPackages(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("pyproject.toml", "[tool.pynjit]\npackages = [\"geo\"]\nemit = [\"so\", \"h\"]\n\n[tool.pynjit.signatures]\n\"src/geo/area.py\" = [\"area(float64)\"]\n")
	write("src/geo/__init__.py", "")
	write("src/geo/consts.py", "from numba import njit\n\nPI2 = 3.0 * 2\n\n\n@njit\ndef square(x):\n    return x * x\n")
	write("src/geo/area.py", "from numba import njit\n\nfrom .consts import PI2, square\n\n\n@njit\ndef area(r):\n    return PI2 / 2 * square(r)\n")
	write("src/geo/ring.py", "from numba import njit\n\nfrom geo import area as a\n\n\n@njit(\"float64(float64, float64)\")\ndef ring(r1, r2):\n    return a.area(r2) - a.area(r1)\n")
	t.Chdir(dir)
	if code, _, stderr := runCLI(t, nil, "build"); code != exitOK || stderr != "" {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	if code, stdout, stderr := runCLI(t, nil, "sigs"); code != exitOK || !strings.Contains(stdout, "square(float64)") || !strings.Contains(stdout, "ring: float64(float64, float64)") {
		t.Errorf("sigs of the package: exit %d\n%s%s", code, stdout, stderr)
	}
	h, err := os.ReadFile(filepath.Join(dir, "geo.h"))
	if err != nil || !strings.Contains(string(h), "double area(double r);") || !strings.Contains(string(h), "double ring(double r1, double r2);") {
		t.Errorf("geo.h: %v\n%s", err, h)
	}
	if code, _, stderr := runCLI(t, nil, "check", "src/geo/ring.py", "src/geo/area.py"); code != exitOK || stderr != "" {
		t.Errorf("check of two modules: exit %d\n%s", code, stderr)
	}
	write("src/geo/consts.py", "from numba import njit\n\nPI2 = 3.0 * 2\n\n\n@njit\ndef square(x):\n    return x * y\n")
	code, _, stderr := runCLI(t, nil, "check", "src/geo")
	if code != exitProgram || !strings.Contains(stderr, filepath.Join("src", "geo", "consts.py")+":8:16: error[E-name]: NameError: name 'y' is not defined") {
		t.Errorf("an error in a module: exit %d\n%s", code, stderr)
	}
}

// TestProjectKeepGoing: keep-going = true in [tool.pynjit] makes build
// write the functions that compile, as -k does, and exit 1; the flag
// given false wins over it.
func TestProjectKeepGoing(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"pyproject.toml": "[tool.pynjit]\nfiles = [\"kernels.py\"]\nemit = [\"h\"]\nkeep-going = true\n",
		"kernels.py":     "import math\n\nfrom numba import njit\n\n\n@njit(\"int64(int64, int64)\")\ndef add(a, b):\n    return a + b\n\n\n@njit(\"float64(float64)\")\ndef norm(x):\n    return math.sqroot(x)\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	header := filepath.Join(dir, "kernels.h")
	code, _, stderr := runCLI(t, nil, "build", "--keep-going=false")
	if _, err := os.Stat(header); code != exitProgram || err == nil || !strings.Contains(stderr, "nothing written: norm did not compile (add did)") {
		t.Fatalf("build --keep-going=false: exit %d, wrote the header: %v\n%s", code, err == nil, stderr)
	}
	code, _, stderr = runCLI(t, nil, "build")
	h, err := os.ReadFile(header)
	if code != exitProgram || err != nil || !strings.Contains(string(h), "add(") || strings.Contains(string(h), "norm(") ||
		!strings.Contains(stderr, "-k: the outputs hold add, without norm, which did not compile") {
		t.Fatalf("build with keep-going = true: exit %d, %v\n%s\n%s", code, err, stderr, h)
	}
}
