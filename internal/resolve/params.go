package resolve

import "github.com/pynjit/pynjit/internal/syntax"

// ParamKind is how a call can pass a named parameter.
type ParamKind int

const (
	// PositionalOnly parameters come before a / and take no keyword.
	PositionalOnly ParamKind = iota
	// PositionalOrKeyword parameters are the plain ones.
	PositionalOrKeyword
	// KeywordOnly parameters follow a * (or *args) and take only a keyword.
	KeywordOnly
)

// A Param is one named parameter of a def.
type Param struct {
	Name string
	Arg  *syntax.Arg
	Kind ParamKind
	// Default is its default's expression, or nil.
	Default syntax.Expr
}

// Params lists a def's named parameters in the order compiled code
// passes them (and a signature types them, as in Numba): the positional
// ones, then the keyword-only ones. *args and **kwargs are not among
// them: HasStarParams says whether there are any.
func Params(a *syntax.Arguments) []Param {
	out := make([]Param, 0, len(a.Posonlyargs)+len(a.Args)+len(a.Kwonlyargs))
	for _, p := range a.Posonlyargs {
		out = append(out, Param{Name: p.Arg, Arg: p, Kind: PositionalOnly})
	}
	for _, p := range a.Args {
		out = append(out, Param{Name: p.Arg, Arg: p, Kind: PositionalOrKeyword})
	}
	first := len(out) - len(a.Defaults) // the defaults belong to the last positional ones
	for i, d := range a.Defaults {
		out[first+i].Default = d
	}
	for i, p := range a.Kwonlyargs {
		var d syntax.Expr
		if i < len(a.KwDefaults) {
			d = a.KwDefaults[i]
		}
		out = append(out, Param{Name: p.Arg, Arg: p, Kind: KeywordOnly, Default: d})
	}
	return out
}

// Positional is how many of a def's parameters a call can pass by
// position.
func Positional(a *syntax.Arguments) int {
	return len(a.Posonlyargs) + len(a.Args)
}

// HasStarParams says whether a def collects extra arguments (*args or
// **kwargs), which compiled code does not take.
func HasStarParams(a *syntax.Arguments) bool {
	return a.Vararg != nil || a.Kwarg != nil
}
