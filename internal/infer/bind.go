package infer

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/syntax"
)

// bindArgs matches a call's positional and keyword arguments to the
// parameters of the function it calls, in parameter order. A call that
// CPython would reject gets CPython's TypeError message instead.
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
	for i, v := range bound {
		if v == nil {
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
