package lib

import (
	"math"

	"github.com/pynjit/pynjit/internal/lib/prelude"
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

// numpyDtypes are the numpy scalar types usable as dtype=.
var numpyDtypes = map[string]types.Type{
	"float64": types.Float64, "float32": types.Float32, "int64": types.Int64, "int32": types.Int32,
	"int16": types.Int16, "int8": types.Int8, "uint64": types.Uint64, "uint32": types.Uint32,
	"uint16": types.Uint16, "uint8": types.Uint8, "bool_": types.Bool, "complex128": types.Complex128,
	"double": types.Float64, "intp": types.Int64,
}

// numpyMethods are the NumPy functions that are array methods taking the
// array first: np.sum(a) is a.sum().
var numpyMethods = map[string]bool{"sum": true, "prod": true, "mean": true, "min": true, "max": true,
	"argmin": true, "argmax": true, "dot": true}

// Constants are the constants of module (math, numpy, cmath) compiled
// code may read, by name: float64 or complex128 values.
func Constants(module string) map[string]any { return moduleConstants[module] }

// Member is what module.attr is to compiled code, as a type and, for a
// constant, its value: a constant, a function pynjit compiles, a NumPy
// dtype, or nil when pynjit knows no such member. A function of the
// prelude (see package prelude) is a Callable of the key of its
// function there, which the build resolves when the program uses it.
func Member(module, attr string) (types.Type, any) {
	if v, ok := moduleConstants[module][attr]; ok {
		if _, ok := v.(complex128); ok {
			return types.Complex128, v
		}
		return types.Float64, v
	}
	switch module {
	case "math":
		if k := (Key{Module: types.MathMod, Name: attr}); Lookup(k) != nil {
			return &types.Callable{Key: k}, nil
		}
	case "numpy":
		switch {
		case prelude.Has(attr):
			// written in Python: a call of the prelude's function
			return &types.Callable{Key: Key{Name: prelude.Key(attr)}}, nil
		case numpyMethods[attr]:
			return &types.Callable{Key: Key{Recv: types.ArrayRecv, Name: attr}}, nil
		case Lookup(Key{Module: types.NumPy, Name: attr}) != nil:
			return &types.Callable{Key: Key{Module: types.NumPy, Name: attr}}, nil
		case UfuncNamed(attr) != nil:
			return &types.Callable{Key: UfuncNamed(attr).FuncKey()}, nil
		case Lookup(Key{Module: types.Ufuncs, Name: attr}) != nil: // np.where
			return &types.Callable{Key: Key{Module: types.Ufuncs, Name: attr}}, nil
		}
		if d, ok := numpyDtypes[attr]; ok {
			return types.DType{Elem: d}, nil
		}
	}
	return nil, nil
}
