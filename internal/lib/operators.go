package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

// binaryOperator is a row of the binary arithmetic operators: its name
// in the operator module, the symbol CPython's messages use, and how it
// types scalars (nil: only arrays). complex says it computes on complex
// numbers, matrix that it is the matrix product of two arrays.
type binaryOperator struct {
	name, symbol    string
	scalar          func(l, r types.Type) (*types.Signature, bool)
	complex, matrix bool
}

var binaryOperators = []binaryOperator{
	{"add", "+", promoted, true, false},
	{"sub", "-", promoted, true, false},
	{"mul", "*", promoted, true, false},
	{"truediv", "/", trueDivision, true, false},
	{"floordiv", "//", promoted, false, false},
	{"mod", "%", promoted, false, false},
	powOperator,
	{"and_", "&", bitwise, false, false},
	{"or_", "|", bitwise, false, false},
	{"xor", "^", bitwise, false, false},
	{"lshift", "<<", shift, false, false},
	{"rshift", ">>", shift, false, false},
	{"matmul", "@", nil, false, true},
}

// powOperator is **, which pow(x, y) is too.
var powOperator = binaryOperator{"pow", "**", power, true, false}

// comparison is a row of the comparisons: identity for is and is not
// (None is only ever None), equality for those comparing complex
// numbers, and no scalar typing for in (nothing pynjit compiles holds
// scalars yet).
type comparison struct {
	name, symbol       string
	identity, equality bool
	scalar             bool
}

var comparisons = []comparison{
	{name: "eq", symbol: "==", equality: true, scalar: true},
	{name: "ne", symbol: "!=", equality: true, scalar: true},
	{name: "lt", symbol: "<", scalar: true},
	{name: "le", symbol: "<=", scalar: true},
	{name: "gt", symbol: ">", scalar: true},
	{name: "ge", symbol: ">=", scalar: true},
	{name: "is_", symbol: "is", identity: true, scalar: true},
	{name: "is_not", symbol: "is not", identity: true, scalar: true},
	{name: "contains", symbol: "in"},
}

// unaryOperator is a row of the unary operators, with the type of the
// result on a scalar.
type unaryOperator struct {
	name, symbol string
	scalar       func(x types.Type) (types.Type, bool)
}

var unaryOperators = []unaryOperator{
	{"invert", "~", invert},
	{"not_", "not", not},
	{"pos", "+", signed},
	{"neg", "-", signed},
}

func init() {
	for _, op := range binaryOperators {
		register(Op(op.name), op.accept)
	}
	for _, op := range comparisons {
		register(Op(op.name), op.accept)
	}
	for _, op := range unaryOperators {
		register(Op(op.name), op.accept)
	}
}

// accept types a binary operator: on scalars, elementwise with an
// array operand, and a matrix product of arrays for @.
func (op binaryOperator) accept(args []types.Type) (*types.Signature, error) {
	l, r := args[0], args[1]
	s, ok := op.binary(l, r)
	if IsArray(l) || IsArray(r) {
		s, ok = ArrayBinary(op.name, l, r)
	}
	if op.matrix && IsArray(l) && IsArray(r) {
		var res types.Type
		if res, ok = Matmul(l.(*types.Array), r.(*types.Array)); ok {
			s = sig(res, l, r)
		}
	}
	if ok {
		return s, nil
	}
	return nil, fmt.Errorf("unsupported operand type(s) for %s: '%s' and '%s'", op.symbol, args[0], args[1])
}

// binary types a binary operator on scalars as Numba does: the operand
// types both sides convert to and the result.
func (op binaryOperator) binary(l, r types.Type) (*types.Signature, bool) {
	if (IsComplex(l) || IsComplex(r)) && (IsNumeric(l) || IsComplex(l)) && (IsNumeric(r) || IsComplex(r)) {
		if op.complex {
			return sig(types.Complex128, types.Complex128, types.Complex128), true
		}
		return nil, false
	}
	if !IsNumeric(l) || !IsNumeric(r) || op.scalar == nil {
		return nil, false
	}
	return op.scalar(l, r)
}

// both is the signature of an operator computing in t.
func both(t types.Type) (*types.Signature, bool) { return sig(t, t, t), true }

// promoted types +, -, *, // and %: both operands promoted.
func promoted(l, r types.Type) (*types.Signature, bool) { return both(Promote(l, r)) }

// trueDivision types /: int / int stays integral until the division,
// which rounds the exact quotient as CPython does.
func trueDivision(l, r types.Type) (*types.Signature, bool) {
	t := Promote(l, r)
	if IsIntegral(t) {
		return sig(types.Float64, t, t), true
	}
	return both(t)
}

// power types **: int ** int is an int, 0 for a negative exponent
// unless the base is 1 or -1; float32 ** int a float32 (Numba's power
// loop).
func power(l, r types.Type) (*types.Signature, bool) {
	if types.Equal(l, types.Float32) && IsIntegral(r) {
		return sig(types.Float32, types.Float32, types.Int64), true
	}
	return both(Promote(l, r))
}

// bitwise types &, | and ^ of integers and bools.
func bitwise(l, r types.Type) (*types.Signature, bool) {
	if !IsIntegral(l) || !IsIntegral(r) {
		return nil, false
	}
	if types.Equal(l, types.Bool) && types.Equal(r, types.Bool) {
		return both(types.Bool)
	}
	return both(Promote(l, r))
}

// shift types << and >> of integers: Numba lets the left operand alone
// decide the signedness.
func shift(l, r types.Type) (*types.Signature, bool) {
	if !IsIntegral(l) || !IsIntegral(r) {
		return nil, false
	}
	return both(widened(l))
}

// accept types a comparison: of scalars, or elementwise with an array
// operand.
func (op comparison) accept(args []types.Type) (*types.Signature, error) {
	if IsArray(args[0]) || IsArray(args[1]) {
		if s, ok := arrayCompare(op.name, args[0], args[1]); ok {
			return s, nil
		}
	} else if c, ok := op.compare(args[0], args[1]); ok {
		return sig(types.Bool, c, c), nil
	}
	return nil, fmt.Errorf("'%s' not supported between instances of '%s' and '%s'", op.symbol, args[0], args[1])
}

// compare returns the type both operands of a comparison convert to.
func (op comparison) compare(l, r types.Type) (types.Type, bool) {
	if !op.scalar {
		return nil, false
	}
	if op.identity && (types.Equal(l, types.None) || types.Equal(r, types.None)) {
		return types.None, true
	}
	if (IsComplex(l) || IsComplex(r)) && op.equality &&
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

// accept types a unary operator: elementwise on an array, else on a
// scalar.
func (op unaryOperator) accept(args []types.Type) (*types.Signature, error) {
	if arr, ok := args[0].(*types.Array); ok {
		if s, ok := arrayUnary(op.name, arr); ok {
			return s, nil
		}
	}
	if r, ok := op.scalar(args[0]); ok {
		return sig(r, args[0]), nil
	}
	return nil, fmt.Errorf("bad operand type for unary %s: '%s'", op.symbol, args[0])
}

// not types not x: the truth of any value that has one.
func not(x types.Type) (types.Type, bool) { return types.Bool, HasTruth(x) }

// signed types -x and +x of numbers.
func signed(x types.Type) (types.Type, bool) {
	switch {
	case IsComplex(x):
		return types.Complex128, true
	case !IsNumeric(x):
		return nil, false
	case types.IsFloat(x):
		return x, true
	}
	return widened(x), true
}

// invert types ~x of integers; ~ of a bool is NumPy's, as Numba does:
// ~True is False.
func invert(x types.Type) (types.Type, bool) {
	switch {
	case !IsIntegral(x):
		return nil, false
	case types.Equal(x, types.Bool):
		return types.Bool, true
	}
	return widened(x), true
}
