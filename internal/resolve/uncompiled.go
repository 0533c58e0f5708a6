package resolve

import (
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/syntax"
)

// Numba compiles more than pynjit does: @vectorize, @guvectorize,
// @stencil, @cfunc, @overload and @jitclass, jitted functions defined
// inside other functions (closures, factories) or inside blocks, and
// njit(f) applied anywhere but in `g = njit(f)` at module level. A file
// using them still runs under Numba, so pynjit must not pass it
// silently: every function Numba would compile and pynjit does not is
// reported, at the decorator or the call that asks for it, as not
// supported yet (an error under check --strict).

// CodeNotCompiled marks a function Numba would compile that pynjit does
// not (yet).
const CodeNotCompiled diag.Code = "W-not-compiled"

// place is where a definition is, for what a jitted def there means.
type place int

const (
	atModule   place = iota // a module-level statement: compiled
	inBlock                 // inside a module-level if, try, for, while or with
	inFunction              // inside a function: a closure or a factory's product
	inClass                 // a method
)

var placeText = map[place]string{
	inBlock:    "inside a module-level if, try, for, while or with block",
	inFunction: "inside another function (a closure, or a factory's product)",
	inClass:    "as a method of a class",
}

// uncompiled reports what Numba would compile in this module that
// pynjit does not.
func (r *resolver) uncompiled() {
	skip := map[syntax.Node]bool{}
	var visit func(n syntax.Node, where place)
	stmts := func(ss []syntax.Stmt, where place) {
		for _, s := range ss {
			visit(s, where)
		}
	}
	decorators := func(ds []syntax.Expr, where place) {
		for _, d := range ds {
			skip[d] = true
			visit(d, where)
		}
	}
	visit = func(n syntax.Node, where place) {
		syntax.Inspect(n, func(x syntax.Node) bool {
			inner := where
			if where == atModule {
				inner = inBlock
			}
			switch x := x.(type) {
			case *syntax.FunctionDef:
				r.uncompiledDef(x, where)
				decorators(x.DecoratorList, where)
				visit(x.Args, where)
				stmts(x.Body, inFunction)
				return false
			case *syntax.ClassDef:
				for _, d := range x.DecoratorList {
					if c := r.construct(d); c != "" {
						r.notCompiled(d, "@%s is not supported yet: pynjit does not compile class %s", c, x.Name)
					}
				}
				decorators(x.DecoratorList, where)
				stmts(x.Body, inClass)
				return false
			case *syntax.Lambda:
				visit(x.Body, inFunction)
				return false
			case *syntax.If:
				if where == atModule {
					visit(x.Test, where)
					stmts(x.Body, inner)
					stmts(x.Orelse, inner)
					return false
				}
			case *syntax.Try:
				if where == atModule {
					stmts(x.Body, inner)
					for _, h := range x.Handlers {
						stmts(h.Body, inner)
					}
					stmts(x.Orelse, inner)
					stmts(x.Finalbody, inner)
					return false
				}
			case *syntax.For:
				if where == atModule {
					visit(x.Iter, where)
					stmts(x.Body, inner)
					stmts(x.Orelse, inner)
					return false
				}
			case *syntax.While:
				if where == atModule {
					visit(x.Test, where)
					stmts(x.Body, inner)
					stmts(x.Orelse, inner)
					return false
				}
			case *syntax.With:
				if where == atModule {
					stmts(x.Body, inner)
					return false
				}
			case *syntax.Call:
				if !skip[x] && !r.wrapped[x] {
					if c := r.applied(x); c != "" {
						r.notCompiled(x, "%s(...) applied here is not compiled: pynjit compiles `g = njit(f)` at module level, f a function of the module; other uses are not supported yet", c)
					}
				}
			}
			return true
		})
	}
	stmts(r.m.AST.Body, atModule)
}

// uncompiledDef reports a def Numba would compile that pynjit does not:
// one decorated with a Numba construct other than njit/jit, or a
// jitted one that is not a module-level def.
func (r *resolver) uncompiledDef(d *syntax.FunctionDef, where place) {
	for _, dec := range d.DecoratorList {
		c := r.construct(dec)
		switch {
		case c == "":
		case c == "njit" || c == "jit":
			if where == atModule && r.defs[d] || r.factoryDefs[d] {
				continue
			}
			r.notCompiled(dec, "%s is a jitted function defined %s, which pynjit does not compile yet", d.Name, placeText[where])
		default:
			r.notCompiled(dec, "@%s is not supported yet: pynjit does not compile %s", c, d.Name)
		}
	}
}

// construct names the Numba decorator (or decorator factory) e is, as
// Numba spells it (njit, vectorize, jitclass, overload ...), or "": its
// last name, for anything imported from numba.
func (r *resolver) construct(e syntax.Expr) string {
	if c, ok := e.(*syntax.Call); ok {
		e = c.Func
	}
	path := r.dotted(e)
	if path == "numba" || !strings.HasPrefix(path, "numba.") || strings.HasPrefix(path, "numba.pycc") {
		return ""
	}
	return path[strings.LastIndexByte(path, '.')+1:]
}

// compilers are the Numba functions that compile the function they are
// applied to (njit(f), vectorize(sigs)(f)).
var compilers = map[string]bool{"njit": true, "jit": true, "vectorize": true, "guvectorize": true, "cfunc": true, "stencil": true, "jitclass": true, "generated_jit": true}

// applied is the Numba compiler a call applies to a function (njit(f),
// njit(cache=True)(f), vectorize(["f8(f8)"])(f)), or "".
func (r *resolver) applied(c *syntax.Call) string {
	if inner, ok := c.Func.(*syntax.Call); ok {
		if name := r.construct(inner); compilers[name] && len(c.Args) > 0 {
			return name
		}
		return ""
	}
	name := r.construct(c)
	if !compilers[name] || len(c.Args) == 0 {
		return ""
	}
	switch c.Args[0].(type) {
	case *syntax.Constant, *syntax.List, *syntax.Tuple:
		return "" // signatures: the call is a decorator factory
	}
	return name
}

func (r *resolver) notCompiled(at syntax.Node, format string, args ...any) {
	r.diags.Add(diag.Warning, CodeNotCompiled, r.m.File, at.Span(), format, args...)
}
