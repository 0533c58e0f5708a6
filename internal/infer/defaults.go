package infer

import (
	"fmt"
	"math/big"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// defaults are the values of the parameters a call leaves out, by
// parameter index (nil for the others), evaluated as Python evaluates a
// default when the def runs, and their types: a literal number, bool,
// None or tuple of them (what the generated modules can write too); a
// default of another kind is why not.
func defaults(params []resolve.Param, bound []*ir.Var) ([]any, []types.Type, string) {
	values, tys := make([]any, len(bound)), make([]types.Type, len(bound))
	for i, v := range bound {
		if v != nil {
			continue
		}
		val, err := pymodule.DefaultValue(params[i].Default)
		if err != nil {
			return nil, nil, fmt.Sprintf("the default of '%s' cannot be passed by compiled code: %v", params[i].Name, err)
		}
		t, why := defaultType(val)
		if t == nil {
			return nil, nil, fmt.Sprintf("the default of '%s' cannot be passed by compiled code: %s", params[i].Name, why)
		}
		values[i], tys[i] = val, t
	}
	return values, tys, ""
}

// defaultType is the type Numba gives a default's value: int64 (uint64
// beyond it), float64, complex128, bool, none, or a tuple of these.
func defaultType(v any) (types.Type, string) {
	switch v := v.(type) {
	case nil:
		return types.None, ""
	case bool:
		return types.Bool, ""
	case *big.Int:
		switch {
		case v.IsInt64():
			return types.Int64, ""
		case v.IsUint64():
			return types.Uint64, ""
		}
		return nil, fmt.Sprintf("Int value is too large: %s", v)
	case float64:
		return types.Float64, ""
	case complex128:
		return types.Complex128, ""
	case []pymodule.Value:
		tup := &types.Tuple{}
		for _, x := range v {
			t, why := defaultType(x)
			if t == nil {
				return nil, why
			}
			tup.Elems = append(tup.Elems, t)
		}
		return tup, ""
	}
	return nil, fmt.Sprintf("%v is not a constant", v)
}
