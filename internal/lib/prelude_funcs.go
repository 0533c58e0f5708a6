package lib

import (
	"strings"

	"github.com/pynjit/pynjit/internal/lib/prelude"
	"github.com/pynjit/pynjit/internal/types"
)

// preludeFunc is what lib knows of a function the prelude writes in
// Python (package prelude) beyond its body.
type preludeFunc struct {
	// method says the array method of the same name is this function
	// taking the array first: a.cumsum() is np.cumsum(a).
	method bool
	// variants are the other bodies the prelude writes for it, for
	// argument types where NumPy's result type needs another body than
	// its own: inference has no dispatch on types in Python source, so
	// the prelude writes such a case as a function of its own, with the
	// same parameters.
	variants []preludeBody
}

// preludeBody is a prelude function (by name) that computes the calls
// of another whose argument types (bound to its parameters in order)
// applies accepts.
type preludeBody struct {
	name    string
	applies func(args []types.Type) bool
}

// preludeFuncs are the prelude's functions that are array methods or
// have variants, by name.
var preludeFuncs = map[string]preludeFunc{
	"cumsum":  {method: true},
	"cumprod": {method: true},
	"clip":    {method: true, variants: []preludeBody{{name: "_clip_into", applies: clipKeepsDtype}}},
}

// PreludeMethod is the key of the prelude function a call of the array
// method name calls with the array first, if the prelude writes it.
func PreludeMethod(recv, name string) (Key, bool) {
	if recv != types.ArrayRecv || !preludeFuncs[name].method || !prelude.Has(name) {
		return Key{}, false
	}
	return Key{Name: prelude.Key(name)}, true
}

// PreludeVariant is the key of the prelude function that computes a call
// of the prelude function key at the argument types args (bound to its
// parameters in order), when NumPy's result type there needs another
// body than key's own (preludeFunc.variants); otherwise "".
func PreludeVariant(key string, args []types.Type) string {
	name, ok := strings.CutPrefix(key, prelude.ModuleName+".")
	if !ok {
		return ""
	}
	for _, v := range preludeFuncs[name].variants {
		if v.applies(args) {
			return prelude.Key(v.name)
		}
	}
	return ""
}
