// Package prelude holds the NumPy functions pynjit compiles from Python
// source (numpy.py) rather than generating code for in Go: a call of
// np.cumsum in a user's function is a call of cumsum of this module,
// which inference specializes at the call's argument types as it does a
// function of the user's. The module is parsed and resolved only by a
// build whose code names one of its functions.
//
// To add a NumPy function: define it at module level in numpy.py, as
// @njit Python of the subset pynjit compiles, whose results have NumPy's
// dtype for every argument type it types at; add its cases to the
// oracle in prelude_test.go (the Python against NumPy) and to
// testdata/run/prelude.py (the compiled function against NumPy). Its
// errors are reported at the user's call (build/prelude.go).
package prelude

import (
	_ "embed"
	"regexp"
	"strings"
)

// ModuleName is the dotted name the prelude is resolved under; not an
// identifier, so that no import of the user's can name it.
const ModuleName = "numpy<prelude>"

// FileName is the name diagnostics give the prelude's source.
const FileName = "<pynjit prelude>/numpy.py"

//go:embed numpy.py
var numpySource []byte

// Source is the prelude's Python source.
func Source() []byte { return numpySource }

// funcs are the functions numpy.py defines at module level.
var funcs = func() map[string]bool {
	out := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^def (\w+)\(`).FindAllSubmatch(numpySource, -1) {
		out[string(m[1])] = true
	}
	return out
}()

// Has reports whether numpy.name is a prelude function. A name the
// prelude begins with _ is a body of one of them for some types (see
// lib.PreludeVariant), which NumPy has not.
func Has(name string) bool { return funcs[name] && !strings.HasPrefix(name, "_") }

// Key is the key (resolve.Function.Key) of the prelude function name.
func Key(name string) string { return ModuleName + "." + name }

// Name is the NumPy name of the function of key k (np.cumsum), and
// whether k is a prelude function's.
func Name(key string) (string, bool) {
	if len(key) > len(ModuleName)+1 && key[:len(ModuleName)+1] == ModuleName+"." && funcs[key[len(ModuleName)+1:]] {
		return "np." + key[len(ModuleName)+1:], true
	}
	return "", false
}
