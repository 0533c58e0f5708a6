package build

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// TestDropBodiesFreesSyntax: once dropBodies ran, nothing keeps the
// syntax of a function's body for the collector: not the function (a
// body of one statement was kept whole, as if it were a docstring), nor
// the decorator's call, carved from the same parser block as the body's
// first call (print), which reaches the f-string. A docstring stays.
func TestDropBodiesFreesSyntax(t *testing.T) {
	for _, c := range []struct{ name, body, doc string }{
		{"one statement", "    return f\"{x}\"\n", ""},
		{"after the decorator's call", "    print(f\"{x}\")\n    return x\n", ""},
		{"after a docstring", "    \"doc\"\n    print(f\"{x}\")\n    return x\n", "doc"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "from numba import njit\n\n@njit(\"int64(int64)\")\ndef f(x):\n" + c.body
			var freed atomic.Bool
			fe := dropped(t, src, func(s *syntax.JoinedStr) { runtime.SetFinalizer(s, func(*syntax.JoinedStr) { freed.Store(true) }) })
			for deadline := time.Now().Add(5 * time.Second); !freed.Load() && time.Now().Before(deadline); {
				runtime.GC()
				time.Sleep(time.Millisecond)
			}
			if !freed.Load() {
				t.Error("the f-string of the body is still reachable")
			}
			if got := docstring(fe.mod.Funcs[0]); got != c.doc {
				t.Errorf("docstring %q, want %q", got, c.doc)
			}
		})
	}
}

// dropped resolves src, calls mark with the body's f-string and drops
// the bodies.
func dropped(t *testing.T, src string, mark func(*syntax.JoinedStr)) *frontEnd {
	fe := &frontEnd{file: source.NewFile("drop.py", []byte(src)), funcs: map[*resolve.Function]*ir.Func{}}
	m, d := syntax.Parse(fe.file)
	if d.HasErrors() {
		t.Fatal(d)
	}
	if fe.mod, d = resolve.Resolve(fe.file, m, resolve.Options{}); d.HasErrors() || len(fe.mod.Funcs) != 1 {
		t.Fatal(d)
	}
	fe.roots = []*resolve.Module{fe.mod}
	for _, s := range fe.mod.Funcs[0].Def.Body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			if js, ok := n.(*syntax.JoinedStr); ok {
				mark(js)
			}
			return true
		})
	}
	fe.dropBodies()
	return fe
}
