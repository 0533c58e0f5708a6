package runtime

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// clang finds the clang of the toolchain: the tests that drive the
// runtime from C programs build them with sanitizers, threads and
// shared objects, beyond what the toolchain package offers.
func clang(t *testing.T) string {
	t.Helper()
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil || tc.Clang == "" {
		t.Fatalf("these tests need clang (scripts/setup.sh installs clang-14): %v", err)
	}
	return tc.Clang
}

// pythons are the CPythons to compare with: Debian's, the one on PATH
// and the project's .venv, each once, those that import the modules
// given; at least one.
func pythons(t *testing.T, modules ...string) []string {
	t.Helper()
	var out []string
	seen := map[string]bool{}
	for _, name := range []string{"/usr/bin/python3", "python3", "../../.venv/bin/python3"} {
		path, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		real, err := filepath.EvalSymlinks(path)
		if err != nil || seen[real] {
			continue
		}
		seen[real] = true
		if exec.Command(path, "-c", "import "+strings.Join(append([]string{"sys"}, modules...), ", ")).Run() == nil {
			out = append(out, path)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no python3 importing %v (scripts/setup.sh installs them)", modules)
	}
	return out
}

// unitFiles writes the named units' complete sources into dir and
// returns their paths.
func unitFiles(t *testing.T, dir string, names ...string) []string {
	t.Helper()
	var paths []string
	for _, name := range names {
		found := false
		for _, u := range Units() {
			if u.Name == name {
				p := filepath.Join(dir, name+".c")
				if err := os.WriteFile(p, u.Source, 0o644); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
				found = true
			}
		}
		if !found {
			t.Fatalf("no unit %s", name)
		}
	}
	return paths
}

// buildC runs clang with the runtime's language standard and warnings
// as errors, then args.
func buildC(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command(clang(t), append([]string{"-std=c11", "-Wall", "-Wextra", "-Werror", "-Wno-unused-function"}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %v\n%s", cmd.Args, err, out)
	}
}

// runC runs a built program and returns its output; a failing exit
// fails the test.
func runC(t *testing.T, exe string, args ...string) string {
	t.Helper()
	out, err := exec.Command(exe, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", exe, args, err, out)
	}
	return string(out)
}

// TestErrorState runs testdata/errstate.c over the core unit, built with
// AddressSanitizer (leaks included): long and non-ASCII messages come
// back whole, in every thread apart.
func TestErrorState(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "errstate")
	buildC(t, append(unitFiles(t, dir, "core"), "testdata/errstate.c", "-g", "-O1", "-fsanitize=address,undefined",
		"-fno-sanitize-recover=all", "-pthread", "-o", exe)...)
	if out := runC(t, exe); out != "ok\n" {
		t.Errorf("errstate printed:\n%s", out)
	}
}

// TestStackGuard runs testdata/stackguard.c: recursion ten million calls
// deep raises RecursionError, with the guard called at every entry or
// only past the inline test of the main thread's room, on the main
// thread and on threads with stacks of 256 KiB to 256 MiB, while
// recursion that fits runs to the end; a coroutine's stack on the heap
// is left alone. The same again from a shared object loaded with
// dlopen, as Python loads a module, in a thread that existed before the
// load, and with 40 such objects loaded in one process (static TLS, of
// which a process has little, would fail after 8).
func TestStackGuard(t *testing.T) {
	dir := t.TempDir()
	core := unitFiles(t, dir, "core")[0]
	exe := filepath.Join(dir, "stackguard")
	buildC(t, core, "testdata/stackguard.c", "-O2", "-pthread", "-o", exe)
	lib := filepath.Join(dir, "libguard.so")
	buildC(t, core, "testdata/stackguard.c", "-DLIBRARY", "-O2", "-fPIC", "-shared", "-pthread", "-o", lib)
	loader := filepath.Join(dir, "loader")
	buildC(t, "testdata/stackguard.c", "-DLOADER", "-O2", "-pthread", "-ldl", "-o", loader)
	data, err := os.ReadFile(lib)
	if err != nil {
		t.Fatal(err)
	}
	var libs []string
	for i := 0; i < 40; i++ {
		p := filepath.Join(dir, fmt.Sprintf("libguard%d.so", i))
		if err := os.WriteFile(p, data, 0o755); err != nil {
			t.Fatal(err)
		}
		libs = append(libs, p)
	}

	deep := func(n int) string {
		return fmt.Sprintf("rec(10000000): RecursionError: maximum recursion depth exceeded after N calls\n"+
			"rec(10000000): RecursionError: maximum recursion depth exceeded after N calls\n"+
			"rec(%[1]d) = %[1]d\n"+
			"rec_inline(10000000): RecursionError: maximum recursion depth exceeded after N calls\n"+
			"rec_inline(%[1]d) = %[1]d\n", n)
	}
	calls := regexp.MustCompile(`after (\d+) calls`)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{exe, "main"}, deep(100000)},
		{[]string{exe, "thread"}, deep(100000)},
		{[]string{exe, "small"}, deep(1000)},
		{[]string{exe, "large"}, deep(3000000)},
		{[]string{exe, "heap"}, "rec(1000) = 1000\n"},
		{[]string{loader, "main", "now", lib}, deep(100000)},
		{[]string{loader, "thread", "now", lib}, deep(100000)},
		{[]string{loader, "main", "early", lib}, deep(100000)},
		{append([]string{loader, "main", "now"}, libs...), deep(100000)},
		{append([]string{loader, "thread", "early"}, libs...), deep(100000)},
	} {
		name := strings.Join(tc.args[1:min(len(tc.args), 3)], " ")
		out := runC(t, tc.args[0], tc.args[1:]...)
		if got := calls.ReplaceAllString(out, "after N calls"); got != tc.want {
			t.Errorf("%s (%d objects) printed:\n%s\nwant:\n%s", name, len(tc.args)-3, out, tc.want)
		}
		t.Logf("%s: depths %v", name, calls.FindAllStringSubmatch(out, -1))
	}
}
