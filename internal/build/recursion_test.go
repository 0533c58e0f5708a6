package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// recursionThreads calls testdata/run/recursion.py's functions past the
// stack in the main thread and in threads of small and default stacks,
// then again in the same threads at a depth that fits: RecursionError
// each time, the process intact, and every array the unwound frames
// held released (holder's too, while sink, which holds none, recursed).
const recursionThreads = `import sys, threading
import numpy as np
m = __import__(sys.argv[1])
out = []

def run(tag):
    for f, args in [(m.depth, (10 ** 7,)), (m.even, (10 ** 7,)), (m.through, (10 ** 7,)), (m.arrays, (np.ones(3), 10 ** 7)), (m.holder, (np.ones(3), 10 ** 7))]:
        try:
            f(*args)
            out.append("%s %s: returned" % (tag, f.__name__))
        except RecursionError as e:
            out.append("%s %s: RecursionError: %s" % (tag, f.__name__, e))
    out.append("%s: %s %s" % (tag, m.depth(100), m.arrays(np.ones(3), 100)))

run("main")
for size in (256 * 1024, 1 << 20, 0):
    threading.stack_size(size)
    t = threading.Thread(target=run, args=("thread",))
    t.start()
    t.join()
print("\n".join(out))
print("live arrays:", m._pynjit_lib.pynjit_nrt_live())
`

// TestRecursionErrorInThreads builds testdata/run/recursion.py's Python
// module and runs recursionThreads (issue 18.11: rec(10**7) ended the
// process with a segmentation fault): the guard finds each thread's own
// stack.
func TestRecursionErrorInThreads(t *testing.T) {
	src, err := os.ReadFile("../../testdata/run/recursion.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: "recursion.py", Source: src, Emit: []string{"so", "py"},
		Output: filepath.Join(dir, "rec"), OptLevel: 2, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	cmd := exec.Command(numbaPython(t), "-c", recursionThreads, "rec_pynjit")
	cmd.Env = append(os.Environ(), "PYTHONPATH="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var want strings.Builder
	for _, tag := range []string{"main", "thread", "thread", "thread"} {
		for _, f := range []string{"depth", "even", "through", "arrays", "holder"} {
			want.WriteString(tag + " " + f + ": RecursionError: maximum recursion depth exceeded\n")
		}
		want.WriteString(tag + ": 100 203.0\n")
	}
	want.WriteString("live arrays: 0\n")
	if string(out) != want.String() {
		t.Errorf("got:\n%s\nwant:\n%s", out, want.String())
	}
}
