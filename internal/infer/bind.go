package infer

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// bindArgs matches a call's positional and keyword arguments to the
// named parameters of the function it calls (resolve.Params; the first
// positional of them take positional arguments), in parameter order; a
// parameter left out that has a default is nil. A call that CPython
// would reject gets CPython's TypeError message instead, checked in
// CPython's order: keywords, then the positional count, then what is
// missing.
func bindArgs(name string, params []resolve.Param, positional int, c *ir.Call) ([]*ir.Var, string) {
	bound := make([]*ir.Var, len(params))
	copy(bound, c.Args[:min(len(c.Args), positional)])
	kwOnlyGiven := 0
	for _, kw := range c.Kws {
		i := paramIndex(params, kw.Name)
		if i < 0 || params[i].Kind == resolve.PositionalOnly {
			if names := positionalOnlyKeywords(params, c); names != "" {
				return nil, fmt.Sprintf("%s() got some positional-only arguments passed as keyword arguments: '%s'", name, names)
			}
			return nil, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
		if bound[i] != nil {
			return nil, fmt.Sprintf("%s() got multiple values for argument '%s'", name, kw.Name)
		}
		bound[i] = kw.Value
		if params[i].Kind == resolve.KeywordOnly {
			kwOnlyGiven++
		}
	}
	if len(c.Args) > positional {
		return nil, tooManyPositional(name, params[:positional], len(c.Args), kwOnlyGiven)
	}
	var missing, missingKw []string
	for i, v := range bound {
		switch {
		case v != nil || params[i].Default != nil:
		case params[i].Kind == resolve.KeywordOnly:
			missingKw = append(missingKw, "'"+params[i].Name+"'")
		default:
			missing = append(missing, "'"+params[i].Name+"'")
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Sprintf("%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	if len(missingKw) > 0 {
		return nil, fmt.Sprintf("%s() missing %d required keyword-only argument%s: %s", name, len(missingKw), plural(len(missingKw)), joinNames(missingKw))
	}
	return bound, ""
}

// positionalOnlyKeywords lists the call's keywords that name
// positional-only parameters, as CPython's error does, or "".
func positionalOnlyKeywords(params []resolve.Param, c *ir.Call) string {
	var names []string
	for _, kw := range c.Kws {
		if i := paramIndex(params, kw.Name); i >= 0 && params[i].Kind == resolve.PositionalOnly {
			names = append(names, kw.Name)
		}
	}
	return strings.Join(names, ", ")
}

// tooManyPositional is CPython's TypeError for a call passing given
// positional arguments (and kwOnly keyword-only ones) to a function of
// the positional parameters positional.
func tooManyPositional(name string, positional []resolve.Param, given, kwOnly int) string {
	required := 0
	for _, p := range positional {
		if p.Default == nil {
			required++
		}
	}
	n := len(positional)
	takes := fmt.Sprintf("%d positional argument%s", n, plural(n))
	if required < n {
		takes = fmt.Sprintf("from %d to %d positional arguments", required, n)
	}
	if kwOnly > 0 {
		return fmt.Sprintf("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", name, takes, given, plural(given), kwOnly, plural(kwOnly))
	}
	return fmt.Sprintf("%s() takes %s but %d %s given", name, takes, given, wasWere(given))
}

func paramIndex(params []resolve.Param, name string) int {
	for i, p := range params {
		if p.Name == name {
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
