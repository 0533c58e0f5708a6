// Package bind matches a call's arguments to the parameters of the def
// it calls, as CPython binds them: positional-only, positional-or-keyword
// and keyword-only parameters, defaults, and CPython's TypeError message
// for a call it refuses. Type inference binds the calls it types with it,
// and the untyped check the calls of functions nothing gives types, so
// both refuse the same calls with the same words.
package bind

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
)

// Args matches a call's positional and keyword arguments to the named
// parameters of the function it calls (resolve.Params; the first
// positional of them take positional arguments), in parameter order; a
// parameter left out that has a default is nil. A call that CPython
// would reject gets CPython's TypeError message instead, checked in
// CPython's order: keywords, then the positional count, then what is
// missing.
func Args(name string, params []resolve.Param, positional int, c *ir.Call) ([]*ir.Var, string) {
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
		return nil, fmt.Sprintf("%s() missing %d required positional argument%s: %s", name, len(missing), Plural(len(missing)), joinNames(missing))
	}
	if len(missingKw) > 0 {
		return nil, fmt.Sprintf("%s() missing %d required keyword-only argument%s: %s", name, len(missingKw), Plural(len(missingKw)), joinNames(missingKw))
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
	takes := fmt.Sprintf("%d positional argument%s", n, Plural(n))
	if required < n {
		takes = fmt.Sprintf("from %d to %d positional arguments", required, n)
	}
	if kwOnly > 0 {
		return fmt.Sprintf("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", name, takes, given, Plural(given), kwOnly, Plural(kwOnly))
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

// Plural is the "s" of a count of n things, as CPython's messages spell
// it.
func Plural(n int) string {
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
