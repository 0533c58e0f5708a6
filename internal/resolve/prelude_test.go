package resolve

import (
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// TestPreludeOnlyWhenNamed: the prelude is resolved into a program whose
// code names one of its functions (np.cumsum, from numpy import clip),
// and only then; its functions are compiled, under keys no user module
// has, and callable from the user's module.
func TestPreludeOnlyWhenNamed(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"@njit\ndef f(a):\n    return a.sum() + np.zeros(3)\n", false},
		{"@njit\ndef f(a):\n    return np.cumsum(a)\n", true},
		{"from numpy import clip\n\n@njit\ndef f(a):\n    return clip(a, 0, 1)\n", true},
		{"def diff(a, b):\n    return a - b\n", false},
	} {
		f := source.NewFile("t.py", []byte(header+c.src))
		m, d := syntax.Parse(f)
		if m == nil {
			t.Fatal(d)
		}
		mods, _ := ResolveProgram([]*Source{{File: f, AST: m}}, nil, nil)
		var pre *Module
		for _, m := range mods {
			if m.IsPrelude() {
				pre = m
			}
		}
		if (pre != nil) != c.want {
			t.Errorf("%q: prelude resolved: %v, want %v", c.src, pre != nil, c.want)
			continue
		}
		if pre == nil {
			continue
		}
		for _, name := range []string{"cumsum", "cumprod", "diff", "clip"} {
			fn := pre.Lookup(name)
			if fn == nil || !fn.Compiled || len(fn.Sigs) != 0 {
				t.Fatalf("the prelude's %s is not a compiled function without signatures: %+v", name, fn)
			}
			if mods[0].Callee(fn.Key()) != fn || mods[0].Globals[fn.Key()] != nil {
				t.Errorf("%s: the user's module does not call the prelude's under key %s", name, fn.Key())
			}
		}
	}
}
