package lib

import (
	"github.com/pynjit/pynjit/internal/types"
)

// clipKeepsDtype reports whether np.clip(a, a_min, a_max) has a's dtype
// in NumPy 2 where np.minimum(np.maximum(a, a_min), a_max) has another
// in compiled code: an array a whose scalar bounds are, as Python
// scalars are to NumPy 2 (NEP 50), weak: an int64, float64 or bool
// bound of a kind no higher than a's (np.clip(int8 array, 0, 300) is
// int8, of a float32 array with float bounds float32), where compiled
// code, as Numba, types a scalar with an array by its own type (int64,
// float64). Bounds computed in a type of another kind than a's
// (uint64 with int64 is float64 to Numba) keep the general body: their
// values would not survive the conversion back. Where the general body
// has a's dtype already (float64 with float bounds), it stays.
func clipKeepsDtype(args []types.Type) bool {
	if len(args) != 3 {
		return false
	}
	a, ok := args[0].(*types.Array)
	if !ok || kind(a.Dtype) > 2 {
		return false
	}
	differs := false
	for _, b := range args[1:] {
		if !types.Equal(b, types.Int64) && !types.Equal(b, types.Float64) && !types.Equal(b, types.Bool) || kind(b) > kind(a.Dtype) {
			return false
		}
		s, err := UfuncOf(Key{Module: types.Ufuncs, Name: "maximum"}).accept([]types.Type{a, b})
		if err != nil {
			return false
		}
		d := s.Return.(*types.Array).Dtype
		if kind(d) != kind(a.Dtype) {
			return false
		}
		differs = differs || !types.Equal(d, a.Dtype)
	}
	return differs // else the general body has a's dtype already
}
