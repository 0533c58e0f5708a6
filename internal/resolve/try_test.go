package resolve

import (
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// TestTryImports: the imports of a module-level try statement bind as
// the program runs where pynjit compiles it. A body importing what
// compiled code can use (numpy, numba, a project module) binds it; a
// body importing a module it cannot (cupy), or a relative import with
// no package (run as a script), fails there, so the handlers' imports
// bind. A relative import in a try body gets no W-import warning.
func TestTryImports(t *testing.T) {
	project := map[string]string{"sibling": "def thing(x):\n    return x\n"}
	imp := func(name string) (*Source, diag.List) {
		text, ok := project[name]
		if !ok {
			return nil, nil
		}
		f := source.NewFile(name+".py", []byte(text))
		m, d := syntax.Parse(f)
		return &Source{File: f, AST: m, Name: name}, d
	}
	for _, c := range []struct {
		name, src      string
		global, module string // the name bound and the module it is or is in
		kind           GlobalKind
	}{
		{"cupy or numpy", "try:\n    import cupy as xp\nexcept ImportError:\n    import numpy as xp\n", "xp", "numpy", GlobalModule},
		{"numpy first", "try:\n    import numpy as xp\nexcept ImportError:\n    import cupy as xp\n", "xp", "numpy", GlobalModule},
		{"scipy or math", "try:\n    from scipy.special import gamma\nexcept ImportError:\n    from math import gamma\n", "gamma", "math", GlobalModuleAttr},
		{"numba", "try:\n    from numba import njit\nexcept ImportError:\n    njit = None\n", "njit", "numba", GlobalNumba},
		{"else clause", "try:\n    import numpy\nexcept ImportError:\n    pass\nelse:\n    import numpy as xp\n", "xp", "numpy", GlobalModule},
		{"relative or script", "try:\n    from .sibling import thing\nexcept ImportError:\n    from sibling import thing\n", "thing", "", GlobalFunc},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := source.NewFile("user.py", []byte(c.src))
			m, d := syntax.Parse(f)
			if m == nil {
				t.Fatal(d)
			}
			mods, diags := ResolveProgram([]*Source{{File: f, AST: m, Name: "user"}}, imp, nil)
			if len(diags) > 0 {
				t.Errorf("diagnostics: %v", diags)
			}
			g := mods[0].Globals[c.global]
			switch {
			case g == nil:
				t.Fatalf("%s is not bound", c.global)
			case g.Kind != c.kind:
				t.Errorf("%s is a %v, want a %v", c.global, g.Kind, c.kind)
			case c.kind == GlobalFunc && (g.Func == nil || g.Func.Module.Name != "sibling"):
				t.Errorf("%s is not sibling.thing", c.global)
			case c.kind != GlobalFunc && g.Module != c.module:
				t.Errorf("%s is of module %s, want %s", c.global, g.Module, c.module)
			}
		})
	}
}
