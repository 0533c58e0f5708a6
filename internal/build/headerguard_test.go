package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestHeadersOfSameNamedLibraries builds two libraries named kernels in
// two directories, with different functions (tuples, a name C reserves),
// and a C program, compiled as C11 and as C++ with every warning an
// error, that includes both headers (one twice) and calls both (issue
// 18.7: the include guard came from the name alone, so the second header
// was skipped).
func TestHeadersOfSameNamedLibraries(t *testing.T) {
	dir := t.TempDir()
	sources := map[string]string{
		"a": "from numba import njit\n\n\n@njit(\"int64(UniTuple(int64, 2))\")\ndef total(p):\n    return p[0] + p[1]\n\n\n" +
			"@njit(\"float64(float64)\")\ndef double(x):\n    return 2.0 * x\n",
		"b": "from numba import njit\n\n\n@njit(\"int64(int64, int64)\")\ndef diff(x, y):\n    return x - y\n\n\n" +
			"@njit(\"Tuple((int64, float64))(float64)\")\ndef split(x):\n    return int(x), x - int(x)\n\n\n" +
			"@njit(\"int64(int64)\")\ndef new(x):\n    return x + 1\n",
	}
	for sub, src := range sources {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		_, diags, err := Compile(context.Background(), Request{Name: "kernels.py", Source: []byte(src), Emit: []string{"so", "h"},
			Output: filepath.Join(dir, sub, "kernels"), OptLevel: 0, Env: toolchain.EnvFromOS()})
		if err != nil || diags.HasErrors() {
			t.Fatal(err, diags)
		}
	}
	const prog = `#include "a/kernels.h"
#include "b/kernels.h"
#include "a/kernels.h"
#include <stdio.h>

int main(void) {
    total_p p = {3, 4};
    split_result r;
    split(2.25, &r);
    printf("%lld %g %lld %lld %g %lld %d\n", (long long)total(&p), double_(1.5), (long long)diff(7, 2),
           (long long)r.f0, r.f1, (long long)new_(1), pynjit_err_occurred());
    return 0;
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.c"), []byte(prog), 0o644); err != nil {
		t.Fatal(err)
	}
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range [][]string{{"-x", "c", "-std=c11"}, {"-x", "c++", "-std=c++11"}} {
		exe := filepath.Join(dir, "main")
		args := append(lang, "-Wall", "-Wextra", "-Werror", "-I", dir, filepath.Join(dir, "main.c"), "-x", "none",
			filepath.Join(dir, "a", "kernels.so"), filepath.Join(dir, "b", "kernels.so"), "-o", exe)
		if out, err := exec.Command(tc.Clang, args...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", lang[1], err, out)
		}
		out, err := exec.Command(exe).CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if want := "7 3 5 2 0.25 2 0\n"; string(out) != want {
			t.Errorf("%s: printed %q, want %q", lang[1], out, want)
		}
	}
}
