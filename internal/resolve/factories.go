package resolve

import (
	"github.com/pynjit/pynjit/internal/syntax"
)

// A factory is a plain function that defines a jitted function and
// returns it, its free variables bound to the factory's arguments:
//
//	def make_scaler(k):
//	    @njit
//	    def scale(x):
//	        return x * k
//	    return scale
//
//	scale3 = make_scaler(3)
//
// Numba compiles each product with the values it closes over frozen, as
// it freezes globals. pynjit compiles the product of a module-level call
// of a simple factory (its body the jitted def and `return` of it) whose
// arguments are constants it evaluates (see consts.go): a function named
// as the call's target (scale3), whose code reads the arguments as
// constants and the module's names as any function of the module does.
// Other factories are reported as not compiled (uncompiled.go).

// factoryCall makes `target = factory(args)` a compiled function when
// the factory is simple and its arguments constants; it reports whether
// it did.
func (r *resolver) factoryCall(target *syntax.Name, value syntax.Expr) bool {
	call, ok := value.(*syntax.Call)
	if !ok {
		return false
	}
	name, ok := call.Func.(*syntax.Name)
	if !ok {
		return false
	}
	g := r.m.Globals[name.Id]
	if g == nil || g.Kind != GlobalFunc || g.Func.Compiled || g.Func.Module != r.m {
		return false
	}
	factory := g.Func.Def
	inner := product(factory)
	if inner == nil {
		return false
	}
	params := factory.Args
	if len(params.Posonlyargs) > 0 || len(params.Kwonlyargs) > 0 || params.Vararg != nil || params.Kwarg != nil || len(call.Args) > len(params.Args) {
		return false
	}
	bound := make([]syntax.Expr, len(params.Args))
	copy(bound, call.Args)
	for _, kw := range call.Keywords {
		i := -1
		if kw.Arg != nil {
			i = paramIndex(params, *kw.Arg)
		}
		if i < 0 || bound[i] != nil {
			return false
		}
		bound[i] = kw.Value
	}
	firstDefault := len(params.Args) - len(params.Defaults)
	scope := &Module{File: r.m.File, AST: r.m.AST, Globals: map[string]*Global{}, Name: r.m.Name, Project: r.m.Project, qualified: r.m.qualified}
	for i, p := range params.Args {
		e := bound[i]
		if e == nil && i >= firstDefault {
			e = params.Defaults[i-firstDefault]
		}
		if e == nil {
			return false
		}
		v, why := r.evaluate(e)
		if why != "" {
			return false
		}
		c, why := frozen(v)
		if why != "" {
			return false
		}
		scope.Globals[p.Arg] = &Global{Kind: GlobalConst, Name: p.Arg, Span: p.Span(), Const: c, evaluated: v}
	}
	fn := &Function{Name: target.Id, Def: inner, Module: scope}
	compiled := false
	for _, d := range inner.DecoratorList {
		compiled = r.compileCall(fn, d) || compiled
	}
	if !compiled {
		return false
	}
	fn.ExportNames = appendName(fn.ExportNames, target.Id)
	r.m.Funcs = append(r.m.Funcs, fn)
	r.define(&Global{Kind: GlobalFunc, Name: target.Id, Span: target.Span(), Func: fn})
	r.products = append(r.products, scope)
	r.factoryDefs[inner] = true
	return true
}

// product is the jitted def a simple factory returns: its body is that
// def and `return` of it (after a docstring); nil for any other.
func product(factory *syntax.FunctionDef) *syntax.FunctionDef {
	body := factory.Body
	if len(body) > 0 {
		if e, ok := body[0].(*syntax.ExprStmt); ok {
			if _, ok := syntax.StringValue(e.Value); ok {
				body = body[1:]
			}
		}
	}
	if len(body) != 2 {
		return nil
	}
	def, ok := body[0].(*syntax.FunctionDef)
	if !ok || len(def.DecoratorList) == 0 {
		return nil
	}
	ret, ok := body[1].(*syntax.Return)
	if !ok {
		return nil
	}
	if n, ok := ret.Value.(*syntax.Name); !ok || n.Id != def.Name {
		return nil
	}
	return def
}

// closeProducts gives each factory product's scope the module's names
// (after the factory's arguments, which shadow them), as they are once
// the module is imported, when Numba compiles the product.
func (r *resolver) closeProducts() {
	for _, scope := range r.products {
		for name, g := range r.m.Globals {
			if _, own := scope.Globals[name]; !own {
				scope.Globals[name] = g
			}
		}
	}
}
