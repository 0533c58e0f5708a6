package lib

import (
	"sort"

	"github.com/pynjit/pynjit/internal/types"
)

// NumPy's scalar types called as functions, np.int8(x), np.float32(x),
// np.bool_(x): one number converted to the type, as Numba converts it
// (a wider integer wraps, a float truncates toward zero; the value of a
// float beyond int64 or NaN raises as int() does, as NumPy raises). A
// complex converts only to complex128.
func init() {
	for _, t := range ScalarCtorTypes() {
		k := types.ScalarCtor(t)
		register(k, func(args []types.Type) (*types.Signature, error) {
			if len(args) != 1 || !numbers(args) || IsComplex(args[0]) && !IsComplex(t) {
				return noImpl(k, args)
			}
			return sig(t, args[0]), nil
		})
	}
}

// ScalarCtorTypes are the scalar types NumPy's namespace names
// (np.int8, np.double, ...), each once, in a fixed order.
func ScalarCtorTypes() []types.Type {
	var out []types.Type
	seen := map[string]bool{}
	for _, t := range numpyDtypes {
		if !seen[t.String()] {
			seen[t.String()] = true
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}
