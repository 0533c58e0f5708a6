package bind

import (
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// TestArgs binds calls, spelled as positional count and keyword names,
// to defs of every kind of parameter: which argument each parameter
// gets ("-" for its default), or CPython's message (checked against
// CPython in testdata/errors/call_kwonly.py and untyped_call_kwonly.py).
func TestArgs(t *testing.T) {
	for _, tc := range []struct {
		def  string
		npos int
		kws  string
		want string
	}{
		{"def f(a, b=1): pass", 1, "", "0 -"},
		{"def f(a, b=1): pass", 0, "b a", "k1 k0"},
		{"def f(a, b=1): pass", 3, "", "f() takes from 1 to 2 positional arguments but 3 were given"},
		{"def f(a, b): pass", 0, "", "f() missing 2 required positional arguments: 'a' and 'b'"},
		{"def f(a, /, b): pass", 1, "b", "0 k0"},
		{"def f(a, /, b): pass", 0, "a b", "f() got some positional-only arguments passed as keyword arguments: 'a'"},
		{"def f(a, *, n, m=2): pass", 1, "n", "0 k0 -"},
		{"def f(a, *, n, m=2): pass", 1, "", "f() missing 1 required keyword-only argument: 'n'"},
		{"def f(a, *, n): pass", 2, "n", "f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given"},
		{"def f(a, *, n): pass", 1, "n a", "f() got multiple values for argument 'a'"},
		{"def f(a): pass", 1, "z", "f() got an unexpected keyword argument 'z'"},
	} {
		mod, d := syntax.Parse(source.NewFile("t.py", []byte(tc.def+"\n")))
		if mod == nil {
			t.Fatal(d)
		}
		def := mod.Body[0].(*syntax.FunctionDef)
		c := &ir.Call{}
		vars := map[*ir.Var]string{}
		for i := 0; i < tc.npos; i++ {
			v := &ir.Var{}
			vars[v] = string(rune('0' + i))
			c.Args = append(c.Args, v)
		}
		for i, name := range strings.Fields(tc.kws) {
			v := &ir.Var{}
			vars[v] = "k" + string(rune('0'+i))
			c.Kws = append(c.Kws, ir.Keyword{Name: name, Value: v})
		}
		bound, msg := Args("f", resolve.Params(def.Args), resolve.Positional(def.Args), c)
		got := msg
		if msg == "" {
			var parts []string
			for _, v := range bound {
				if v == nil {
					parts = append(parts, "-")
				} else {
					parts = append(parts, vars[v])
				}
			}
			got = strings.Join(parts, " ")
		}
		if got != tc.want {
			t.Errorf("%s with %d positional and keywords %q: %q, want %q", tc.def, tc.npos, tc.kws, got, tc.want)
		}
	}
}
