package lib

import "github.com/pynjit/pynjit/internal/types"

// IsComplex reports whether t is a complex type (only complex128 is
// compiled).
func IsComplex(t types.Type) bool {
	_, ok := t.(types.Complex)
	return ok
}

// IsNumeric reports whether t is a bool, integer or float scalar.
func IsNumeric(t types.Type) bool {
	switch t.(type) {
	case types.Boolean, types.Int, types.Float:
		return true
	}
	return false
}

// IsIntegral reports whether t is a bool or an integer.
func IsIntegral(t types.Type) bool {
	switch t.(type) {
	case types.Boolean, types.Int:
		return true
	}
	return false
}

// Promote is Numba's result type of arithmetic on two numeric scalars:
// float32 only with float32, else float64 when a float is involved;
// uint64 only when both are unsigned; otherwise int64.
func Promote(a, b types.Type) types.Type {
	fa, aFloat := a.(types.Float)
	fb, bFloat := b.(types.Float)
	switch {
	case aFloat && bFloat:
		if fa.Bits == 32 && fb.Bits == 32 {
			return types.Float32
		}
		return types.Float64
	case aFloat || bFloat:
		return types.Float64
	}
	ia, aInt := a.(types.Int)
	ib, bInt := b.(types.Int)
	if aInt && bInt && !ia.Signed && !ib.Signed {
		return types.Uint64
	}
	return types.Int64
}

// widened is Numba's result type of an integer operation that takes its
// signedness from one operand x (unary operators, shifts): 64 bits of
// x's signedness; a bool counts as int64.
func widened(x types.Type) types.Type {
	if i, ok := x.(types.Int); ok && !i.Signed {
		return types.Uint64
	}
	return types.Int64
}

// same is n copies of t.
func same(t types.Type, n int) []types.Type {
	out := make([]types.Type, n)
	for i := range out {
		out[i] = t
	}
	return out
}
