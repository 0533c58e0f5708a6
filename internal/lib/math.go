package lib

import "github.com/pynjit/pynjit/internal/types"

// mathTyping types a call of a math function on numbers: the result and
// the types the arguments convert to.
type mathTyping func(args []types.Type) (types.Type, []types.Type, bool)

// mathFunctions are the math functions pynjit compiles, with their
// number of arguments (-1: one or two) and their typing.
var mathFunctions = []struct {
	name   string
	arity  int
	typing mathTyping
}{
	{"acos", 1, floats}, {"acosh", 1, floats}, {"asin", 1, floats}, {"asinh", 1, floats},
	{"atan", 1, floats}, {"atan2", 2, floats}, {"atanh", 1, floats}, {"ceil", 1, toInteger},
	{"copysign", 2, floats}, {"cos", 1, floats}, {"cosh", 1, floats}, {"degrees", 1, floats},
	{"erf", 1, floats}, {"erfc", 1, floats}, {"exp", 1, floats}, {"expm1", 1, floats},
	{"fabs", 1, floats}, {"floor", 1, toInteger}, {"frexp", 1, frexpTyping}, {"gamma", 1, floats},
	{"gcd", 2, gcdTyping}, {"hypot", 2, floats}, {"isfinite", 1, floatTest}, {"isinf", 1, floatTest},
	{"isnan", 1, floatTest}, {"ldexp", 2, ldexpTyping}, {"lgamma", 1, floats}, {"log", -1, floats},
	{"log10", 1, floats}, {"log1p", 1, floats}, {"log2", 1, floats}, {"pow", 2, floats},
	{"modf", 1, modfTyping}, {"radians", 1, floats}, {"sin", 1, floats}, {"sinh", 1, floats},
	{"sqrt", 1, floats}, {"tan", 1, floats}, {"tanh", 1, floats}, {"trunc", 1, toInteger},
	{"fmod", 2, floats},
}

func init() {
	for _, f := range mathFunctions {
		k := Key{Module: types.MathMod, Name: f.name}
		register(k, func(args []types.Type) (*types.Signature, error) {
			if f.arity >= 0 && len(args) != f.arity || f.arity < 0 && (len(args) < 1 || len(args) > 2) || !numbers(args) {
				return noImpl(k, args)
			}
			res, conv, ok := f.typing(args)
			if !ok {
				return noImpl(k, args)
			}
			return sig(res, conv...), nil
		})
	}
}

// floats types most math functions: float64 of float64 arguments.
func floats(args []types.Type) (types.Type, []types.Type, bool) {
	return types.Float64, same(types.Float64, len(args)), true
}

// toInteger types floor, ceil and trunc: an int64, of an integer
// itself.
func toInteger(args []types.Type) (types.Type, []types.Type, bool) {
	if IsIntegral(args[0]) {
		return types.Int64, []types.Type{types.Int64}, true
	}
	return types.Int64, same(types.Float64, 1), true
}

// floatTest types isnan, isinf and isfinite.
func floatTest([]types.Type) (types.Type, []types.Type, bool) {
	return types.Bool, same(types.Float64, 1), true
}

// gcdTyping types gcd of integers.
func gcdTyping(args []types.Type) (types.Type, []types.Type, bool) {
	if !IsIntegral(args[0]) || !IsIntegral(args[1]) {
		return nil, nil, false
	}
	return types.Int64, same(types.Int64, 2), true
}

// frexpTyping types frexp: (mantissa, exponent).
func frexpTyping([]types.Type) (types.Type, []types.Type, bool) {
	return &types.Tuple{Elems: []types.Type{types.Float64, types.Int64}}, same(types.Float64, 1), true
}

// modfTyping types modf: (fractional part, integer part).
func modfTyping([]types.Type) (types.Type, []types.Type, bool) {
	return &types.Tuple{Elems: []types.Type{types.Float64, types.Float64}}, same(types.Float64, 1), true
}

// ldexpTyping types ldexp(x, i) of an integer i.
func ldexpTyping(args []types.Type) (types.Type, []types.Type, bool) {
	if !IsIntegral(args[1]) {
		return nil, nil, false
	}
	return types.Float64, []types.Type{types.Float64, types.Int64}, true
}
