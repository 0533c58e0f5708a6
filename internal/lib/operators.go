package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

// The binary arithmetic operators, by the operator module's names, with
// the symbols CPython's messages use.
var binaryOps = map[string]string{
	"add": "+", "sub": "-", "mul": "*", "matmul": "@", "truediv": "/", "mod": "%", "pow": "**",
	"lshift": "<<", "rshift": ">>", "or_": "|", "xor": "^", "and_": "&", "floordiv": "//",
}

// The comparisons.
var compareOps = map[string]string{
	"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
	"is_": "is", "is_not": "is not", "contains": "in",
}

// The unary operators.
var unaryOps = map[string]string{"invert": "~", "not_": "not", "pos": "+", "neg": "-"}

func init() {
	for name, sym := range binaryOps {
		register(Op(name), func(args []types.Type) (*types.Signature, error) {
			l, r := args[0], args[1]
			s, ok := binary(name, l, r)
			if IsArray(l) || IsArray(r) {
				s, ok = ArrayBinary(name, l, r)
			}
			if name == "matmul" && IsArray(l) && IsArray(r) {
				var res types.Type
				if res, ok = Matmul(l.(*types.Array), r.(*types.Array)); ok {
					s = sig(res, l, r)
				}
			}
			if ok {
				return s, nil
			}
			return nil, fmt.Errorf("unsupported operand type(s) for %s: '%s' and '%s'", sym, args[0], args[1])
		})
	}
	for name, sym := range compareOps {
		register(Op(name), func(args []types.Type) (*types.Signature, error) {
			if IsArray(args[0]) || IsArray(args[1]) {
				if s, ok := arrayCompare(name, args[0], args[1]); ok {
					return s, nil
				}
			} else if c, ok := compare(name, args[0], args[1]); ok {
				return sig(types.Bool, c, c), nil
			}
			return nil, fmt.Errorf("'%s' not supported between instances of '%s' and '%s'", sym, args[0], args[1])
		})
	}
	for name, sym := range unaryOps {
		register(Op(name), func(args []types.Type) (*types.Signature, error) {
			if arr, ok := args[0].(*types.Array); ok {
				// elementwise: -, + on numbers, ~ on integers and bools
				k := kind(arr.Dtype)
				if name == "neg" && (k == 1 || k == 2) || name == "pos" && k <= 2 || name == "invert" && k <= 1 {
					return sig(&types.Array{Dtype: arr.Dtype, NDim: arr.NDim, Layout: types.LayoutC}, arr.Dtype), nil
				}
			}
			if r, ok := unary(name, args[0]); ok {
				return sig(r, args[0]), nil
			}
			return nil, fmt.Errorf("bad operand type for unary %s: '%s'", sym, args[0])
		})
	}
}

// binary types a binary operator on scalars as Numba does: the operand
// types both sides convert to and the result.
func binary(op string, l, r types.Type) (*types.Signature, bool) {
	if (IsComplex(l) || IsComplex(r)) && (IsNumeric(l) || IsComplex(l)) && (IsNumeric(r) || IsComplex(r)) {
		switch op {
		case "add", "sub", "mul", "truediv", "pow":
			return sig(types.Complex128, types.Complex128, types.Complex128), true
		}
		return nil, false
	}
	if !IsNumeric(l) || !IsNumeric(r) {
		return nil, false
	}
	both := func(t types.Type) (*types.Signature, bool) { return sig(t, t, t), true }
	switch op {
	case "add", "sub", "mul", "floordiv", "mod":
		return both(Promote(l, r))
	case "truediv":
		t := Promote(l, r)
		if IsIntegral(t) {
			// int / int stays integral until the division, which rounds
			// the exact quotient as CPython does
			return sig(types.Float64, t, t), true
		}
		return both(t)
	case "pow":
		// int ** int is an int, 0 for a negative exponent unless the base
		// is 1 or -1; float32 ** int a float32 (Numba's power loop)
		if types.Equal(l, types.Float32) && IsIntegral(r) {
			return sig(types.Float32, types.Float32, types.Int64), true
		}
		return both(Promote(l, r))
	case "and_", "or_", "xor":
		if !IsIntegral(l) || !IsIntegral(r) {
			return nil, false
		}
		if types.Equal(l, types.Bool) && types.Equal(r, types.Bool) {
			return both(types.Bool)
		}
		return both(Promote(l, r))
	case "lshift", "rshift":
		if !IsIntegral(l) || !IsIntegral(r) {
			return nil, false
		}
		// Numba: the left operand alone decides the signedness
		return both(widened(l))
	}
	return nil, false
}

// compare returns the type both operands of a comparison convert to.
func compare(op string, l, r types.Type) (types.Type, bool) {
	switch op {
	case "contains":
		return nil, false
	case "is_", "is_not":
		if types.Equal(l, types.None) || types.Equal(r, types.None) {
			return types.None, true
		}
	}
	if (IsComplex(l) || IsComplex(r)) && (op == "eq" || op == "ne") &&
		(IsNumeric(l) || IsComplex(l)) && (IsNumeric(r) || IsComplex(r)) {
		return types.Complex128, true
	}
	if IsNumeric(l) && IsNumeric(r) {
		// int against float compares exactly, as CPython does: code
		// generation handles the mixed case
		return Promote(l, r), true
	}
	return nil, false
}

// unary types a unary operator.
func unary(op string, x types.Type) (types.Type, bool) {
	if op == "not_" && HasTruth(x) {
		return types.Bool, true
	}
	if IsComplex(x) {
		switch op {
		case "neg", "pos":
			return types.Complex128, true
		}
		return nil, false
	}
	if !IsNumeric(x) {
		return nil, false
	}
	switch op {
	case "invert":
		if !IsIntegral(x) {
			return nil, false
		}
		if types.Equal(x, types.Bool) {
			return types.Bool, true // NumPy's ~ of a bool, as Numba does: ~True is False
		}
		return widened(x), true
	default:
		if _, ok := x.(types.Float); ok {
			return x, true
		}
		return widened(x), true
	}
}
