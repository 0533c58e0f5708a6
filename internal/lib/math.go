package lib

import "github.com/pynjit/pynjit/internal/types"

// mathArity lists the math functions pynjit compiles, with their number
// of arguments (-1: one or two).
var mathArity = map[string]int{
	"acos": 1, "acosh": 1, "asin": 1, "asinh": 1, "atan": 1, "atan2": 2, "atanh": 1, "ceil": 1,
	"copysign": 2, "cos": 1, "cosh": 1, "degrees": 1, "erf": 1, "erfc": 1, "exp": 1, "expm1": 1,
	"fabs": 1, "floor": 1, "frexp": 1, "gamma": 1, "gcd": 2, "hypot": 2, "isfinite": 1, "isinf": 1,
	"isnan": 1, "ldexp": 2, "lgamma": 1, "log": -1, "log10": 1, "log1p": 1, "log2": 1, "pow": 2,
	"modf": 1, "radians": 1, "sin": 1, "sinh": 1, "sqrt": 1, "tan": 1, "tanh": 1, "trunc": 1, "fmod": 2,
}

func init() {
	for name := range mathArity {
		k := Key{Module: types.MathMod, Name: name}
		register(k, func(args []types.Type) (*types.Signature, error) {
			res, conv, ok := mathSignature(name, args)
			if !ok {
				return noImpl(k, args)
			}
			return sig(res, conv...), nil
		})
	}
}

// mathSignature types a call of math.name: the result and the types the
// arguments convert to.
func mathSignature(name string, args []types.Type) (types.Type, []types.Type, bool) {
	n := mathArity[name]
	if n >= 0 && len(args) != n || n < 0 && (len(args) < 1 || len(args) > 2) {
		return nil, nil, false
	}
	for _, a := range args {
		if !IsNumeric(a) {
			return nil, nil, false
		}
	}
	switch name {
	case "floor", "ceil", "trunc":
		if IsIntegral(args[0]) {
			return types.Int64, []types.Type{types.Int64}, true
		}
		return types.Int64, same(types.Float64, 1), true
	case "isnan", "isinf", "isfinite":
		return types.Bool, same(types.Float64, 1), true
	case "gcd":
		if !IsIntegral(args[0]) || !IsIntegral(args[1]) {
			return nil, nil, false
		}
		return types.Int64, same(types.Int64, 2), true
	case "frexp":
		return &types.Tuple{Elems: []types.Type{types.Float64, types.Int64}}, same(types.Float64, 1), true
	case "modf":
		return &types.Tuple{Elems: []types.Type{types.Float64, types.Float64}}, same(types.Float64, 1), true
	case "ldexp":
		if !IsIntegral(args[1]) {
			return nil, nil, false
		}
		return types.Float64, []types.Type{types.Float64, types.Int64}, true
	}
	return types.Float64, same(types.Float64, len(args)), true
}
