package lib

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/types"
)

func init() {
	names := []string{"minimum", "maximum", "where"}
	for name := range unaryUfuncs {
		names = append(names, name)
	}
	for _, name := range names {
		k := Key{Module: types.Ufuncs, Name: name}
		register(k, func(args []types.Type) (*types.Signature, error) {
			res, err := ufunc(name, args)
			if err != nil {
				return nil, err
			}
			if res == nil {
				return noImpl(k, args)
			}
			return sig(res, args...), nil
		})
	}
}

// ufunc types np.sqrt(x), np.minimum(x, y), np.where(c, x, y) over arrays
// or scalars: the result, whose elements are computed in its element
// type, or nil when the arguments match no loop.
func ufunc(name string, args []types.Type) (types.Type, error) {
	nd := 0
	for _, x := range args {
		e, _, n := elementType(x)
		if kind(e) > 2 {
			return nil, nil
		}
		nd = max(nd, n)
	}
	var res types.Type
	var ok bool
	switch {
	case unaryUfuncs[name]:
		if len(args) != 1 {
			return nil, nil
		}
		e, scalar, _ := elementType(args[0])
		cands := floatUfuncLoops
		if name == "abs" || name == "absolute" {
			cands = absoluteLoops
		}
		if res, ok = loopType(cands, []types.Type{e}, scalar); !ok {
			return nil, nil
		}
		if types.Equal(res, float16) {
			return nil, fmt.Errorf("np.%s(%s) computes in float16 in NumPy, which pynjit does not have (convert the array to float32 first)", name, args[0])
		}
	case name == "minimum" || name == "maximum":
		if len(args) != 2 {
			return nil, nil
		}
		le, ls, _ := elementType(args[0])
		re, rs, _ := elementType(args[1])
		if res, ok = loopType(comparisonLoops, []types.Type{le, re}, ls || rs); !ok || kind(res) > 2 {
			return nil, nil
		}
	case name == "where":
		if len(args) != 3 {
			return nil, nil
		}
		if c, _, _ := elementType(args[0]); !types.Equal(c, types.Bool) {
			return nil, nil
		}
		// np.promote_types of the two, scalars with their own types (as
		// Numba does; NumPy 1.x would cast a Python scalar by value)
		le, _, _ := elementType(args[1])
		re, _, _ := elementType(args[2])
		if res, ok = loopType(comparisonLoops, []types.Type{le, re}, false); !ok || kind(res) > 2 {
			return nil, nil
		}
	default:
		return nil, nil
	}
	if nd > 0 {
		return &types.Array{Dtype: res, NDim: nd, Layout: types.LayoutC}, nil
	}
	return res, nil
}
