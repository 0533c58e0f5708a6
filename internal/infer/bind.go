package infer

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// bindArgs matches a call's positional and keyword arguments to the
// parameters of the function it calls, in parameter order; a parameter
// left out that has a default is nil. A call that CPython would reject
// gets CPython's TypeError message instead.
func bindArgs(name string, params *syntax.Arguments, c *ir.Call) ([]*ir.Var, string) {
	n := len(params.Args)
	if len(c.Args) > n {
		return nil, fmt.Sprintf("%s() takes %d positional argument%s but %d %s given", name, n, plural(n), len(c.Args), wasWere(len(c.Args)))
	}
	bound := make([]*ir.Var, n)
	copy(bound, c.Args)
	for _, kw := range c.Kws {
		i := paramIndex(params, kw.Name)
		if i < 0 {
			return nil, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
		if bound[i] != nil {
			return nil, fmt.Sprintf("%s() got multiple values for argument '%s'", name, kw.Name)
		}
		bound[i] = kw.Value
	}
	var missing []string
	required := n - len(params.Defaults)
	for i, v := range bound {
		if v == nil && i < required {
			missing = append(missing, "'"+params.Args[i].Arg+"'")
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Sprintf("%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	return bound, ""
}

func paramIndex(params *syntax.Arguments, name string) int {
	for i, p := range params.Args {
		if p.Arg == name {
			return i
		}
	}
	return -1
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// joinNames lists names as CPython's argument errors do: 'a', 'a' and
// 'b', 'a', 'b', and 'c'.
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// defaults are the values of the parameters a call leaves out, by
// parameter index (nil for the others), evaluated as Python evaluates a
// default when the def runs, and their types: a literal number, bool,
// None or tuple of them (what the generated modules can write too); a
// default of another kind is why not.
func defaults(params *syntax.Arguments, bound []*ir.Var) ([]any, []types.Type, string) {
	values, tys := make([]any, len(bound)), make([]types.Type, len(bound))
	first := len(params.Args) - len(params.Defaults)
	for i, v := range bound {
		if v != nil {
			continue
		}
		val, err := pymodule.DefaultValue(params.Defaults[i-first])
		if err != nil {
			return nil, nil, fmt.Sprintf("the default of '%s' cannot be passed by compiled code: %v", params.Args[i].Arg, err)
		}
		t, why := defaultType(val)
		if t == nil {
			return nil, nil, fmt.Sprintf("the default of '%s' cannot be passed by compiled code: %s", params.Args[i].Arg, why)
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
