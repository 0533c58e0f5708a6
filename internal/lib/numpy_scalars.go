package lib

import "github.com/pynjit/pynjit/internal/types"

// NumPy's scalar types called as functions, np.int8(x), np.float32(x),
// np.bool_(x): one number converted to the type, as Numba converts it
// (a wider integer wraps, a float truncates toward zero; the value of a
// float beyond int64 or NaN raises as int() does, as NumPy raises). A
// complex converts only to complex128.
func init() {
	seen := map[types.Type]bool{}
	for _, t := range numpyDtypes {
		if seen[t] {
			continue
		}
		seen[t] = true
		k := types.ScalarCtor(t)
		register(k, func(args []types.Type) (*types.Signature, error) {
			if len(args) != 1 || !numbers(args) || IsComplex(args[0]) && !IsComplex(t) {
				return noImpl(k, args)
			}
			return sig(t, args[0]), nil
		})
	}
}
