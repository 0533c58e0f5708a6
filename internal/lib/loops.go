package lib

import "github.com/pynjit/pynjit/internal/types"

// The type an array operation computes in is the type of the loop its
// NumPy ufunc selects: the first of the ufunc's loops (in NumPy's order,
// ufunc.types) that every input can be cast to safely. Two references
// differ, and pynjit follows each where the other is not defined:
//
//   - Between arrays, NumPy's selection (any version: NEP 50 changed only
//     how Python scalars take part). Its true_divide of integers is
//     float64, and it has no subtraction of bools.
//   - With a scalar operand, Numba 0.56's (numba.np.numpy_support.
//     ufunc_find_matching_loop): the scalar takes part with its own type,
//     as an array of that dtype would (no value-based casting as in NumPy
//     1.x, no weak Python scalars as in NumPy 2), and when the inputs mix
//     integers and floats any integer may go to any float loop
//     (float32_array * 3 is float32, int64_array + float32(1) too).
//     Numba has no float16, so it skips those loops (int8_array / 2 is
//     float32 where NumPy gives float64).
//
// docs/semantics.md states the choice; the generated tests in
// internal/build check the first against NumPy and the second against
// Numba.

var (
	loopBool  = []types.Type{types.Bool}
	loopInts  = []types.Type{types.Int8, types.Uint8, types.Int16, types.Uint16, types.Int32, types.Uint32, types.Int64, types.Uint64}
	loopReals = []types.Type{types.Float32, types.Float64}
	loopCplx  = []types.Type{types.Complex64, types.Complex128}
)

func loops(parts ...[]types.Type) []types.Type {
	var out []types.Type
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// comparisonLoops are the loops of NumPy's comparison ufuncs and of
// np.minimum and np.maximum.
var comparisonLoops = loops(loopBool, loopInts, loopReals, loopCplx)

// float16 stands for NumPy's half type, which pynjit does not have: its
// loops come first in the float ufuncs, so that np.sqrt of an int8 array
// is float16 in NumPy (Numba, without float16, takes float32).
var float16 types.Type = types.Float{Bits: 16}

// floatUfuncLoops are the loops of np.sqrt, np.exp, np.floor and the
// other float functions; absoluteLoops np.abs's.
var (
	floatUfuncLoops = []types.Type{float16, types.Float32, types.Float64}
	absoluteLoops   = loops(loopBool, loopInts, []types.Type{float16}, loopReals)
)

// canCastSafe is NumPy's np.can_cast(from, to, 'safe') on pynjit's
// scalar types: every value of from is a value of to, except that int64
// and uint64 go to float64 (and complex128) as NumPy allows.
func canCastSafe(from, to types.Type) bool {
	if types.Equal(from, to) {
		return true
	}
	switch f := from.(type) {
	case types.Boolean:
		return true
	case types.Int:
		switch t := to.(type) {
		case types.Int:
			if f.Signed == t.Signed {
				return t.Bits >= f.Bits
			}
			return !f.Signed && t.Bits > f.Bits
		case types.Float: // the int fits the float's significand
			return f.Bits <= t.Bits/2 || t.Bits == 64
		case types.Complex:
			return f.Bits <= 16 || t.Bits == 128
		}
	case types.Float:
		switch t := to.(type) {
		case types.Float:
			return t.Bits >= f.Bits
		case types.Complex:
			return t.Bits >= 2*f.Bits
		}
	case types.Complex:
		t, ok := to.(types.Complex)
		return ok && t.Bits >= f.Bits
	}
	return false
}

// loopType selects the loop of a ufunc with loop types candidates for
// inputs ins: NumPy's way, or Numba's when numba is set (see above).
func loopType(candidates []types.Type, ins []types.Type, numba bool) (types.Type, bool) {
	mixed := false
	if numba {
		hasInt, hasFloat := false, false
		for _, in := range ins {
			switch in.(type) {
			case types.Int:
				hasInt = true
			case types.Float, types.Complex:
				hasFloat = true
			}
		}
		mixed = hasInt && hasFloat
	}
	for _, c := range candidates {
		if numba && types.Equal(c, float16) {
			continue // Numba has no float16
		}
		ok := true
		for _, in := range ins {
			_, fromInt := in.(types.Int)
			toFloat := types.IsFloat(c) || IsComplex(c)
			if !canCastSafe(in, c) && !(mixed && fromInt && toFloat) {
				ok = false
				break
			}
		}
		if ok {
			return c, true
		}
	}
	return nil, false
}

// arrayLoop is the loop type of the ufunc u on array elements and
// scalars ins; scalar says an operand is a scalar (Numba's selection
// applies).
func arrayLoop(u *Ufunc, ins []types.Type, scalar bool) (types.Type, bool) {
	if !scalar {
		allIntegral, allBool := true, true
		for _, in := range ins {
			allIntegral = allIntegral && IsIntegral(in)
			allBool = allBool && types.Equal(in, types.Bool)
		}
		switch {
		case u.IntegerLoop != nil && allIntegral:
			return u.IntegerLoop, true // NumPy's type resolver (true_divide's)
		case u.NoBools && allBool:
			return nil, false // NumPy: "numpy boolean subtract, the `-` operator, is not supported"
		}
	}
	return loopType(u.Loops, ins, scalar)
}
