package infer

import (
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Unify returns the type both a and b convert to, as Numba unifies the
// types of a variable's assignments: integers and floats give a float,
// bool and an integer give the integer, integers widen to 64 bits.
func Unify(a, b types.Type) (types.Type, bool) {
	if types.Equal(a, b) {
		return a, true
	}
	if isComplex(a) && (isNumeric(b) || isComplex(b)) || isComplex(b) && isNumeric(a) {
		return types.Complex128, true
	}
	if x, ok := a.(*types.Array); ok {
		if y, ok := b.(*types.Array); ok && types.Equal(x.Dtype, y.Dtype) && x.NDim == y.NDim {
			return &types.Array{Dtype: x.Dtype, NDim: x.NDim, Layout: types.LayoutA}, true
		}
	}
	if isNumeric(a) && isNumeric(b) {
		return promote(a, b), true
	}
	if ta, ok := a.(*types.Tuple); ok {
		if tb, ok := b.(*types.Tuple); ok && len(ta.Elems) == len(tb.Elems) {
			elems := make([]types.Type, len(ta.Elems))
			for i := range elems {
				u, ok := Unify(ta.Elems[i], tb.Elems[i])
				if !ok {
					return nil, false
				}
				elems[i] = u
			}
			return &types.Tuple{Elems: elems}, true
		}
	}
	return nil, false
}

// isNumeric reports whether t is a bool, integer or float scalar.
// isComplex reports whether t is a complex type (only complex128 is
// compiled).
func isComplex(t types.Type) bool {
	_, ok := t.(types.Complex)
	return ok
}

func isNumeric(t types.Type) bool {
	switch t.(type) {
	case types.Boolean, types.Int, types.Float:
		return true
	}
	return false
}

// promote is Numba's result type of arithmetic on two numeric scalars:
// float32 only with float32, else float64 when a float is involved;
// uint64 only when both are unsigned; otherwise int64.
func promote(a, b types.Type) types.Type {
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

func isIntegral(t types.Type) bool {
	switch t.(type) {
	case types.Boolean, types.Int:
		return true
	}
	return false
}

// supportedOperands says which operand types op accepts, for errors.
func supportedOperands(op syntax.Operator) string {
	switch op {
	case syntax.BitAnd, syntax.BitOr, syntax.BitXor, syntax.LShift, syntax.RShift:
		return "supported: integers and bool (the signed and unsigned widths in any mix); not floats, as in Python"
	case syntax.MatMult:
		return "supported: none yet (@ needs arrays)"
	}
	return "supported: numbers (bool, the signed and unsigned integer widths, float32, float64) in any mix"
}

// BinaryResult types a binary operator on scalars as Numba does: the
// operand types both sides convert to and the result.
func BinaryResult(op syntax.Operator, l, r types.Type) (*types.Signature, bool) {
	if (isComplex(l) || isComplex(r)) && (isNumeric(l) || isComplex(l)) && (isNumeric(r) || isComplex(r)) {
		switch op {
		case syntax.Add, syntax.Sub, syntax.Mult, syntax.Div, syntax.Pow:
			return &types.Signature{Args: []types.Type{types.Complex128, types.Complex128}, Return: types.Complex128}, true
		}
		return nil, false
	}
	if !isNumeric(l) || !isNumeric(r) {
		return nil, false
	}
	sig := func(operand, result types.Type) (*types.Signature, bool) {
		return &types.Signature{Args: []types.Type{operand, operand}, Return: result}, true
	}
	switch op {
	case syntax.Add, syntax.Sub, syntax.Mult, syntax.FloorDiv, syntax.Mod:
		t := promote(l, r)
		return sig(t, t)
	case syntax.Div:
		t := promote(l, r)
		if isIntegral(t) {
			// int / int stays integral until the division, which rounds
			// the exact quotient as CPython does
			return &types.Signature{Args: []types.Type{t, t}, Return: types.Float64}, true
		}
		return sig(t, t)
	case syntax.Pow:
		// int ** int is an int, 0 for a negative exponent unless the base
		// is 1 or -1; float32 ** int a float32 (Numba's power loop)
		if types.Equal(l, types.Float32) && isIntegral(r) {
			return &types.Signature{Args: []types.Type{types.Float32, types.Int64}, Return: types.Float32}, true
		}
		t := promote(l, r)
		return sig(t, t)
	case syntax.BitAnd, syntax.BitOr, syntax.BitXor:
		if !isIntegral(l) || !isIntegral(r) {
			return nil, false
		}
		if types.Equal(l, types.Bool) && types.Equal(r, types.Bool) {
			return sig(types.Bool, types.Bool)
		}
		t := promote(l, r)
		return sig(t, t)
	case syntax.LShift, syntax.RShift:
		if !isIntegral(l) || !isIntegral(r) {
			return nil, false
		}
		// Numba: the left operand alone decides the signedness
		t := widened(l)
		return sig(t, t)
	}
	return nil, false
}

// compareTypes returns the type both operands of a comparison convert to.
func compareTypes(op syntax.CmpOp, l, r types.Type) (types.Type, bool) {
	switch op {
	case syntax.In, syntax.NotIn:
		return nil, false
	case syntax.Is, syntax.IsNot:
		if types.Equal(l, types.None) || types.Equal(r, types.None) {
			return types.None, true
		}
	}
	if (isComplex(l) || isComplex(r)) && (op == syntax.Eq || op == syntax.NotEq) &&
		(isNumeric(l) || isComplex(l)) && (isNumeric(r) || isComplex(r)) {
		return types.Complex128, true
	}
	if isNumeric(l) && isNumeric(r) {
		if isIntegral(l) && isIntegral(r) {
			return promote(l, r), true
		}
		// int against float compares exactly, as CPython does; codegen
		// handles the mixed case, so keep both sides' own types here.
		return promote(l, r), true
	}
	return nil, false
}

func unaryResult(op syntax.UnaryOpKind, x types.Type) (types.Type, bool) {
	if op == syntax.Not && hasTruth(x) {
		return types.Bool, true
	}
	if isComplex(x) {
		switch op {
		case syntax.Not:
			return types.Bool, true
		case syntax.USub, syntax.UAdd:
			return types.Complex128, true
		}
		return nil, false
	}
	if !isNumeric(x) {
		if op == syntax.Not && types.Equal(x, types.None) {
			return types.Bool, true
		}
		return nil, false
	}
	switch op {
	case syntax.Not:
		return types.Bool, true
	case syntax.Invert:
		if !isIntegral(x) {
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

// widened is Numba's result type of an integer operation that takes its
// signedness from one operand x (unary operators, shifts): 64 bits of
// x's signedness; a bool counts as int64.
func widened(x types.Type) types.Type {
	if i, ok := x.(types.Int); ok && !i.Signed {
		return types.Uint64
	}
	return types.Int64
}

// mathFuncs lists the math functions pynjit compiles, with their number
// of arguments (-1: one or two).
var mathFuncs = map[string]int{
	"acos": 1, "acosh": 1, "asin": 1, "asinh": 1, "atan": 1, "atan2": 2, "atanh": 1, "ceil": 1,
	"copysign": 2, "cos": 1, "cosh": 1, "degrees": 1, "erf": 1, "erfc": 1, "exp": 1, "expm1": 1,
	"fabs": 1, "floor": 1, "frexp": 1, "gamma": 1, "gcd": 2, "hypot": 2, "isfinite": 1, "isinf": 1,
	"isnan": 1, "ldexp": 2, "lgamma": 1, "log": -1, "log10": 1, "log1p": 1, "log2": 1, "pow": 2,
	"modf": 1, "radians": 1, "sin": 1, "sinh": 1, "sqrt": 1, "tan": 1, "tanh": 1, "trunc": 1, "fmod": 2,
}

// mathSignature types a call of math.name: the result and the types the
// arguments convert to.
func mathSignature(name string, args []types.Type) (types.Type, []types.Type, bool) {
	n, ok := mathFuncs[name]
	if !ok || (n >= 0 && len(args) != n) || (n < 0 && (len(args) < 1 || len(args) > 2)) {
		return nil, nil, false
	}
	for _, a := range args {
		if !isNumeric(a) {
			return nil, nil, false
		}
	}
	f64 := func(k int) []types.Type {
		out := make([]types.Type, k)
		for i := range out {
			out[i] = types.Float64
		}
		return out
	}
	switch name {
	case "floor", "ceil", "trunc":
		if isIntegral(args[0]) {
			return types.Int64, []types.Type{types.Int64}, true
		}
		return types.Int64, f64(1), true
	case "isnan", "isinf", "isfinite":
		return types.Bool, f64(1), true
	case "gcd":
		if !isIntegral(args[0]) || !isIntegral(args[1]) {
			return nil, nil, false
		}
		return types.Int64, []types.Type{types.Int64, types.Int64}, true
	case "frexp":
		return &types.Tuple{Elems: []types.Type{types.Float64, types.Int64}}, f64(1), true
	case "modf":
		return &types.Tuple{Elems: []types.Type{types.Float64, types.Float64}}, f64(1), true
	case "ldexp":
		if !isIntegral(args[1]) {
			return nil, nil, false
		}
		return types.Float64, []types.Type{types.Float64, types.Int64}, true
	}
	return types.Float64, f64(len(args)), true
}

// hasTruth reports whether compiled code knows the truth value of a
// value of type x, for if, while, and, or, not and bool(): numbers,
// None, arrays (NumPy's rule), tuples, ranges, sys.argv, and the objects
// that are always true (functions, modules, classes, enumerate and zip).
// A sys.argv item, a string, is not known.
func hasTruth(x types.Type) bool {
	switch x.(type) {
	case types.ArgvItem:
		return false
	}
	return true
}

// builtinSignature types a call of a Python builtin.
func builtinSignature(name string, args []types.Type) (types.Type, []types.Type, bool) {
	if name == "bool" && len(args) == 1 && hasTruth(args[0]) && !isNumeric(args[0]) && !isComplex(args[0]) {
		return types.Bool, args, true
	}
	if len(args) == 1 && isComplex(args[0]) {
		switch name {
		case "abs":
			return types.Float64, []types.Type{types.Complex128}, true
		case "bool":
			return types.Bool, []types.Type{types.Complex128}, true
		case "complex":
			return types.Complex128, []types.Type{types.Complex128}, true
		}
		return nil, nil, false
	}
	if name == "complex" {
		if len(args) < 1 || len(args) > 2 || !isNumeric(args[0]) || len(args) == 2 && !isNumeric(args[1]) {
			return nil, nil, false
		}
		return types.Complex128, []types.Type{types.Float64, types.Float64}[:len(args)], true
	}
	for _, a := range args {
		if !isNumeric(a) {
			return nil, nil, false
		}
	}
	switch name {
	case "abs":
		if len(args) != 1 {
			return nil, nil, false
		}
		if _, ok := args[0].(types.Float); ok {
			return args[0], args, true
		}
		t := promote(args[0], types.Int64)
		return t, []types.Type{t}, true
	case "min", "max":
		if len(args) < 2 {
			return nil, nil, false
		}
		t := args[0]
		for _, a := range args[1:] {
			t, _ = Unify(t, a)
		}
		conv := make([]types.Type, len(args))
		for i := range conv {
			conv[i] = t
		}
		return t, conv, true
	case "int":
		if len(args) != 1 {
			return nil, nil, false
		}
		return types.Int64, args, true
	case "float":
		if len(args) != 1 {
			return nil, nil, false
		}
		return types.Float64, args, true
	case "bool":
		if len(args) != 1 {
			return nil, nil, false
		}
		return types.Bool, args, true
	case "round":
		switch len(args) {
		case 1:
			return types.Int64, args, true
		case 2:
			if !isIntegral(args[1]) {
				return nil, nil, false
			}
			if isIntegral(args[0]) {
				return types.Int64, []types.Type{types.Int64, types.Int64}, true
			}
			return types.Float64, []types.Type{types.Float64, types.Int64}, true
		}
	case "divmod":
		if len(args) != 2 {
			return nil, nil, false
		}
		t := promote(args[0], args[1])
		if types.Equal(t, types.Bool) {
			t = types.Int64
		}
		return &types.Tuple{Elems: []types.Type{t, t}}, []types.Type{t, t}, true
	case "pow": // pow(a, b) is typed as a ** b by the caller
		switch len(args) {
		case 3:
			for _, a := range args {
				if !isIntegral(a) {
					return nil, nil, false
				}
			}
			i64 := types.Int64
			return i64, []types.Type{i64, i64, i64}, true
		}
		return nil, nil, false
	case "range":
		if len(args) < 1 || len(args) > 3 {
			return nil, nil, false
		}
		conv := make([]types.Type, len(args))
		for i, a := range args {
			if !isIntegral(a) {
				return nil, nil, false
			}
			conv[i] = types.Int64
		}
		return types.RangeState{Elem: types.Int64}, conv, true
	}
	return nil, nil, false
}
