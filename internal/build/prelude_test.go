package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// preludeUser calls every prelude function, and a user function of a
// prelude function's name (the user's stays theirs).
const preludeUser = `import numpy as np
from numba import njit


@njit("float64[:](float64[:])")
def running(a):
    return np.clip(np.diff(np.cumsum(a)), 0.0, 1.0) * np.cumprod(a)[1:]


@njit("int64(int64)")
def cumsum(n):
    return n + 1
`

// preludeNames matches the names of the prelude's functions that
// preludeUser does not define itself, and the prelude's module.
var preludeNames = regexp.MustCompile(`\b(cumprod|diff|clip)\b|<prelude>`)

// TestPreludeIsNotExported builds a library whose functions call the
// prelude's: the prelude's functions are compiled into it, internal, and
// named by no header, Python module or exported symbol.
func TestPreludeIsNotExported(t *testing.T) {
	dir := t.TempDir()
	stem := filepath.Join(dir, "user")
	_, diags, err := Compile(context.Background(), Request{Name: "user.py", Source: []byte(preludeUser), Emit: []string{"so", "h", "py", "ll"},
		Output: stem, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	ll, err := os.ReadFile(stem + ".ll")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"cumprod", "diff", "clip"} {
		if !strings.Contains(string(ll), "define internal") || !strings.Contains(string(ll), "@pynjit."+f+"__") {
			t.Errorf("the IR has no internal %s", f)
		}
	}
	for _, ext := range []string{".h", "_pynjit.py"} {
		b, err := os.ReadFile(stem + ext)
		if err != nil {
			t.Fatal(err)
		}
		if m := preludeNames.Find(b); m != nil {
			t.Errorf("%s names %s", ext, m)
		}
	}
	out, err := exec.Command("nm", "-D", "--defined-only", stem+".so").Output()
	if err != nil {
		t.Skipf("nm: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if fields := strings.Fields(line); len(fields) == 3 && fields[1] == "T" {
			if name := fields[2]; name != "running" && name != "cumsum" && !strings.HasPrefix(name, "pynjit_") {
				t.Errorf("the library exports %s", name)
			}
		}
	}
}

// TestPreludeLeftOutOfListings: inspect-types lists the user's
// functions, not the prelude's they call.
func TestPreludeLeftOutOfListings(t *testing.T) {
	text, diags, err := InspectTypes(context.Background(), Query{Name: "user.py", Source: []byte(preludeUser)}, "text")
	if err != nil || diags.HasErrors() {
		t.Fatalf("%v %v", err, diags)
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "# File:") && !strings.HasSuffix(line, "user.py") {
			t.Errorf("inspect-types lists %s", line)
		}
	}
}

// TestPreludeErrorAtTheCall: a prelude function that does not type at
// the user's arguments is an error at the user's call, with a note at
// the prelude's line, and no diagnostic of its own in the prelude.
func TestPreludeErrorAtTheCall(t *testing.T) {
	src := "import numpy as np\nfrom numba import njit\n\n\n@njit(\"float64[:](float64[:])\")\ndef f(a):\n    return np.clip(a, None, 1.0)\n"
	diags, err := Check(context.Background(), Query{Name: "user.py", Source: []byte(src)}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 {
		t.Fatalf("want one diagnostic, got %v", diags)
	}
	d := diags[0]
	if d.File.Name != "user.py" || d.Span.Start.Line != 7 || d.Span.Start.Col != 11 || !strings.HasPrefix(d.Message, "np.clip(array(float64, 1d, A), none, float64) is unsupported") {
		t.Errorf("got %s:%s: %s", d.File.Name, d.Span.Start, d.Message)
	}
	if len(d.Notes) == 0 || !inPrelude(d.Notes[0].File) || !strings.Contains(d.Notes[0].Message, "prelude") {
		t.Errorf("no note at the prelude's line: %v", d.Notes)
	}
}
