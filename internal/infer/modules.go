package infer

import (
	"math"

	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// moduleConstants are the constants of the modules compiled code may
// read, whether as math.pi or after from numpy import inf: NumPy 1.24's
// aliases included (np.Inf, np.NINF, ...), and cmath's complex ones.
var moduleConstants = map[string]map[string]any{
	"math": {"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi, "inf": math.Inf(1), "nan": math.NaN()},
	"numpy": {"pi": math.Pi, "e": math.E, "inf": math.Inf(1), "nan": math.NaN(), "euler_gamma": 0.5772156649015329,
		"Inf": math.Inf(1), "Infinity": math.Inf(1), "infty": math.Inf(1), "PINF": math.Inf(1), "NINF": math.Inf(-1),
		"NaN": math.NaN(), "NAN": math.NaN(), "PZERO": 0.0, "NZERO": math.Copysign(0, -1)},
	"cmath": {"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi, "inf": math.Inf(1), "nan": math.NaN(),
		"infj": complex(0, math.Inf(1)), "nanj": complex(0, math.NaN())},
}

// moduleMember is what module.attr is to compiled code, as a type and,
// for a constant, its value: a constant, a function pynjit compiles, a
// NumPy dtype, or nil when pynjit knows no such member.
func moduleMember(module, attr string) (types.Type, any) {
	if v, ok := moduleConstants[module][attr]; ok {
		if _, ok := v.(complex128); ok {
			return types.Complex128, v
		}
		return types.Float64, v
	}
	switch module {
	case "math":
		if k := (types.Key{Module: types.MathMod, Name: attr}); lib.Lookup(k) != nil {
			return &types.Callable{Key: k}, nil
		}
	case "numpy":
		switch {
		case reductions[attr] || attr == "dot":
			return &types.Callable{Key: types.Key{Recv: types.ArrayRecv, Name: attr}}, nil
		case allocators[attr]:
			return &types.Callable{Key: types.Key{Module: types.NumPy, Name: attr}}, nil
		case lib.Lookup(types.Key{Module: types.Ufuncs, Name: attr}) != nil:
			return &types.Callable{Key: types.Key{Module: types.Ufuncs, Name: attr}}, nil
		}
		if d, ok := numpyDtypes[attr]; ok {
			return types.DType{Elem: d}, nil
		}
	}
	return nil, nil
}
