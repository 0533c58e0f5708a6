package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// addPy copies testdata/add.py into a fresh directory and returns its
// path.
func addPy(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile("testdata/add.py")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "add.py")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// loggingClang is a clang that logs every run and then runs the real
// one: runs() counts them.
func loggingClang(t *testing.T) (wrapper string, runs func() int) {
	t.Helper()
	real, err := exec.LookPath("clang-14")
	if err != nil {
		if real, err = exec.LookPath("clang"); err != nil {
			t.Fatal("no clang: scripts/setup.sh installs it")
		}
	}
	dir := t.TempDir()
	log := filepath.Join(dir, "runs.log")
	wrapper = filepath.Join(dir, "clang")
	if err := os.WriteFile(wrapper, []byte("#!/bin/sh\necho run >> '"+log+"'\nexec '"+real+"' \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return wrapper, func() int {
		data, _ := os.ReadFile(log)
		return bytes.Count(data, []byte("run\n"))
	}
}

// TestOutputsRefused: an output that cannot or must not be written is a
// usage error (exit 2) found before anything is compiled (no compiler
// runs), and nothing is written: not over the input, a FIFO, a device
// or a directory, nor into a missing directory; nor anything at all when
// the request is wrong (an unknown or repeated --emit kind, -O out of
// range).
func TestOutputsRefused(t *testing.T) {
	clang, runs := loggingClang(t)
	t.Setenv("PYNJIT_CLANG", clang)
	t.Setenv("PYNJIT_CACHE", "off")
	src := addPy(t)
	dir := filepath.Dir(src)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	// an input named as the Python module of --emit py -o add would be
	module := filepath.Join(dir, "add_pynjit.py")
	if data, err := os.ReadFile(src); err != nil || os.WriteFile(module, data, 0o644) != nil {
		t.Fatal(err)
	}
	sig := []string{"build", src, "--sig", "add(int64, int64)"}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"the input", []string{"-o", src}, "is the input file"},
		{"the input, as the Python module", []string{module, "--emit", "so,py", "-o", filepath.Join(dir, "add")}, "is the input file"},
		{"a FIFO", []string{"-o", fifo}, "not a regular file"},
		{"a directory", []string{"-o", dir}, "is a directory"},
		{"a missing directory", []string{"-o", filepath.Join(dir, "missing", "add.so")}, "does not exist"},
		{"an unknown kind", []string{"--emit", "so,bogus", "-o", filepath.Join(dir, "out")}, `unknown --emit kind "bogus"`},
		{"a kind twice", []string{"--emit", "so,h,so", "-o", filepath.Join(dir, "out")}, "given twice"},
		{"-O 99", []string{"-O", "99", "-o", filepath.Join(dir, "out.so")}, "optimization level"},
		{"-O -5", []string{"-O", "-5", "-o", filepath.Join(dir, "out.so")}, "optimization level"},
	}
	if os.Geteuid() == 0 { // a device node (as /dev/null is) of our own
		null := filepath.Join(dir, "null")
		if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct {
			name string
			args []string
			want string
		}{"a device", []string{"-o", null}, "not a regular file"})
	}
	before, _ := os.ReadFile(src)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append(slices.Clone(sig), c.args...)
			if !strings.HasPrefix(c.args[0], "-") { // another input
				args = append([]string{"build", c.args[0]}, append(sig[2:], c.args[1:]...)...)
			}
			n := runs()
			code, _, errOut := runCLI(t, nil, args...)
			if code != exitUsage || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want exit 2 and one line saying %q", code, errOut, c.want)
			}
			if runs() != n {
				t.Errorf("the compiler ran %d times before the refusal", runs()-n)
			}
		})
	}
	for _, in := range []string{src, module} {
		if after, _ := os.ReadFile(in); !bytes.Equal(before, after) {
			t.Errorf("the input %s was replaced", in)
		}
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "out") {
			t.Errorf("a refused build wrote %s", e.Name())
		}
	}
	for _, cmd := range [][]string{{"run", "-O", "9", src}, {"inspect-llvm", src, "-O", "-1"}, {"inspect-asm", src, "-O", "4"}} {
		if code, _, errOut := runCLI(t, nil, cmd...); code != exitUsage || !strings.Contains(errOut, "optimization level") {
			t.Errorf("%v: exit %d, %q", cmd, code, errOut)
		}
	}
}

// TestOutputsFollowUmask: outputs have the usual modes less the umask,
// as files a compiler creates do.
func TestOutputsFollowUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	stem := filepath.Join(t.TempDir(), "add")
	code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "--emit", "so,h", "-o", stem)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for ext, want := range map[string]os.FileMode{".so": 0o750, ".h": 0o640} {
		if fi, err := os.Stat(stem + ext); err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: %v %v, want %v under umask 027", ext, fi.Mode().Perm(), err, want)
		}
	}
}

// TestEmitPyBuildsLibrary: --emit py alone writes the module and the
// library it loads, and the module works.
func TestEmitPyBuildsLibrary(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "--emit", "py", "-o", filepath.Join(dir, "add"), "-v")
	if code != exitOK || !strings.Contains(errOut, "wrote "+filepath.Join(dir, "add.so")) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	cmd := exec.Command("/usr/bin/python3", "-c", "import add_pynjit; print(add_pynjit.add(2, 40))")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil || string(out) != "42\n" {
		t.Errorf("add_pynjit.add(2, 40): %v %s", err, out)
	}
}

// TestHeaderGuardsDiffer: the headers of two libraries built from files
// of the same name can be included together: each guard comes from its
// own library's name.
func TestHeaderGuardsDiffer(t *testing.T) {
	dir := t.TempDir()
	guard := regexp.MustCompile(`(?m)^#ifndef (\w+)$`)
	var guards []string
	for _, lib := range []string{"liba", "libb"} {
		h := filepath.Join(dir, lib+".h")
		if code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "--emit", "h", "-o", h); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		data, _ := os.ReadFile(h)
		m := guard.FindSubmatch(data)
		if m == nil {
			t.Fatalf("no include guard in %s", data)
		}
		guards = append(guards, string(m[1]))
	}
	if guards[0] == guards[1] {
		t.Errorf("both headers are guarded by %s", guards[0])
	}
}

// TestFailureExitCodes: a tool that exits 0 without writing, or writing
// garbage, fails the build with exit 3; a temporary directory that
// cannot be made is an I/O failure, exit 5 (both were exit 2, usage).
func TestFailureExitCodes(t *testing.T) {
	t.Setenv("PYNJIT_CACHE", "off")
	out := filepath.Join(t.TempDir(), "add.so")
	for body, want := range map[string]string{"exit 0": "wrote no", "for a; do out=$a; done; echo garbage > \"$out\"": "not a valid"} {
		clang := filepath.Join(t.TempDir(), "clang")
		if err := os.WriteFile(clang, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		t.Setenv("PYNJIT_CLANG", clang)
		code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "-o", out)
		if code != exitToolchain || !strings.Contains(errOut, want) {
			t.Errorf("clang doing %q: exit %d, %q; want exit 3 saying %q", body, code, errOut, want)
		}
	}
	t.Setenv("PYNJIT_CLANG", "")
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	code, _, errOut := runCLI(t, nil, "build", "testdata/add.py", "--sig", "add(int64, int64)", "-o", out)
	if code != exitIO {
		t.Errorf("no temporary directory: exit %d, %q; want 5", code, errOut)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed build wrote its output")
	}
}

// TestSigFlag: --sig accepts array types in both of its forms, on build,
// check and the inspect commands; its mistakes name the flag and show
// it, never "<unknown>".
func TestSigFlag(t *testing.T) {
	src := filepath.Join(t.TempDir(), "tr.py")
	if err := os.WriteFile(src, []byte("from numba import njit\n\n\n@njit\ndef tr(a):\n    t = 0.0\n    for i in range(a.shape[0]):\n        t += a[i, i]\n    return t\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "tr.so")
	for _, sig := range []string{"tr(float64[:, :])", "tr: float64(float64[:, :])", " tr :float64(float64[:, ::1])"} {
		for _, args := range [][]string{{"build", src, "-o", out}, {"check", src}, {"sigs", src}, {"inspect-types", src, "tr"}, {"inspect-cfg", src}, {"inspect-llvm", src, "-O", "0"}, {"inspect-asm", src}} {
			code, stdout, errOut := runCLI(t, nil, append(args, "--sig", sig)...)
			if code != exitOK || errOut != "" || args[0] == "inspect-types" && !strings.HasPrefix(stdout, "tr (array(float64, 2d, ") {
				t.Errorf("%v --sig %q: exit %d\n%s%.200s", args, sig, code, errOut, stdout)
			}
		}
	}
	// run takes --sig as well (before the file: what follows is the program's)
	prog := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(prog, []byte("import numpy as np\nfrom numba import njit\n\n\n@njit\ndef tr(a):\n    return a[0, 0] + a[1, 1]\n\n\nif __name__ == \"__main__\":\n    print(tr(np.ones((2, 2))))\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, errOut := runCLI(t, nil, "run", "--sig", "tr(float64[:, :])", prog); code != exitOK || stdout != "2.0\n" || errOut != "" {
		t.Errorf("run --sig: exit %d, %q %s", code, stdout, errOut)
	}
	for sig, want := range map[string]string{
		"tx(float64[:, :])": "--sig:1:1: error[E-signature]: no function tx in " + src + "\n 1 | tx(float64[:, :])\n   | ^~\n",
		"tr(flot64[:, :])":  "--sig:1:4: error[E-signature]: invalid type signature \"(flot64[:, :])\" at column 2: unknown type \"flot64\"\n 1 | tr(flot64[:, :])\n   |    ^\n",
		"tr(int64, int64)":  "--sig:1:3: error[E-signature]: tr takes 1 parameters, the signature gives 2\n",
		"(int64)":           "--sig:1:1: error[E-signature]: expected NAME(TYPES...) or NAME: RETURN(TYPES...)",
	} {
		code, _, errOut := runCLI(t, nil, "build", src, "-o", out, "--sig", sig)
		if code != exitProgram || !strings.HasPrefix(errOut, want) {
			t.Errorf("--sig %q: exit %d\n%s\nwant it to start with\n%s", sig, code, errOut, want)
		}
	}
	for _, args := range [][]string{{"inspect-types", src, "g", "int64"}, {"inspect-types", src, "tr", "int65"}, {"inspect-types", src, "tr"}, {"check", src, "--sig", "g(int64)"}} {
		code, _, errOut := runCLI(t, nil, args...)
		if code != exitProgram || strings.Contains(errOut, "<unknown>") || !regexp.MustCompile(`^(FUNC|TYPE|--sig):1:1: error`).MatchString(errOut) {
			t.Errorf("%v: exit %d\n%s", args, code, errOut)
		}
	}
}
