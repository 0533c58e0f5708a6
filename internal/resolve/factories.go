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
// of a simple factory whose arguments are constants it evaluates (see
// consts.go): a function named as the call's target (scale3), whose code
// reads the arguments and the factory's locals as constants and the
// module's names as any function of the module does. A simple factory's
// body (after a docstring) is assignments of a name to a constant
// expression (`eps = tol * 2`), defs, and the return of one def,
// decorated (`return f`) or wrapped (`return njit(f)`,
// `return njit("f8(f8)")(f)`); the other defs are helpers it may call,
// jitted without types (they are typed at its calls, and are not
// reachable from Python). Other factories are reported as not compiled
// (uncompiled.go).

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
	body := product(factory)
	if body == nil {
		return false
	}
	inner := body.def
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
	scope := r.m.withGlobals(map[string]*Global{})
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
		scope.Globals[p.Arg] = &Global{Kind: GlobalConst, Name: p.Arg, Span: p.Span(), Const: c, Factory: factory.Name, FactoryParam: true, evaluated: v}
	}
	if !r.factoryLocals(scope, factory.Name, body.locals) {
		return false
	}
	var helpers []*Function
	for _, d := range body.helpers {
		h := &Function{Name: target.Id + "." + d.Name, Def: d, Module: scope}
		if !r.compiledBy(h, d.DecoratorList) || len(h.offered) > 0 {
			return false // a helper with types would be an entry point
		}
		helpers = append(helpers, h)
	}
	fn := &Function{Name: target.Id, Def: inner, Module: scope}
	if !r.compiledBy(fn, body.compilers) {
		return false
	}
	for _, h := range helpers {
		scope.Globals[h.Def.Name] = &Global{Kind: GlobalFunc, Name: h.Def.Name, Span: h.Def.Span(), Func: h}
		r.m.Funcs = append(r.m.Funcs, h)
		r.factoryDefs[h.Def] = true
	}
	fn.ExportNames = appendName(fn.ExportNames, target.Id)
	r.m.Funcs = append(r.m.Funcs, fn)
	r.define(&Global{Kind: GlobalFunc, Name: target.Id, Span: target.Span(), Func: fn})
	r.products = append(r.products, scope)
	r.factoryDefs[inner] = true
	if body.wrap != nil {
		r.wrapped[body.wrap] = true
	}
	return true
}

// compiledBy marks fn for compilation by the compiler expressions (its
// decorators, or the njit of a wrapping call); it reports whether any
// did.
func (r *resolver) compiledBy(fn *Function, compilers []syntax.Expr) bool {
	compiled := false
	for _, d := range compilers {
		compiled = r.compileCall(fn, d) || compiled
	}
	return compiled
}

// withGlobals is a scope of m's file and module holding globals in
// place of m's: a factory product's, or the view its locals are
// evaluated in.
func (m *Module) withGlobals(globals map[string]*Global) *Module {
	return &Module{File: m.File, AST: m.AST, Globals: globals, Name: m.Name, Project: m.Project, qualified: m.qualified}
}

// A factoryBody is what a simple factory's body holds.
type factoryBody struct {
	def *syntax.FunctionDef
	// helpers are the other jitted defs, which def may call.
	helpers []*syntax.FunctionDef
	// compilers are the expressions that compile def: its decorators, or
	// the call that wraps it in the return (njit, njit("sig")).
	compilers []syntax.Expr
	// wrap is that call, or nil.
	wrap *syntax.Call
	// locals are the factory's assignments, in order.
	locals []*syntax.Assign
}

// product reads a simple factory's body: assignments of names, defs,
// and the return of one def, decorated or wrapped in a compiler call,
// the others decorated; nil for any other.
func product(factory *syntax.FunctionDef) *factoryBody {
	body := factory.Body
	if len(body) > 0 {
		if e, ok := body[0].(*syntax.ExprStmt); ok {
			if _, ok := syntax.StringValue(e.Value); ok {
				body = body[1:]
			}
		}
	}
	if len(body) < 2 {
		return nil
	}
	ret, ok := body[len(body)-1].(*syntax.Return)
	if !ok {
		return nil
	}
	out := &factoryBody{}
	for _, s := range body[:len(body)-1] {
		switch s := s.(type) {
		case *syntax.FunctionDef:
			out.helpers = append(out.helpers, s)
		case *syntax.Assign:
			if len(s.Targets) != 1 {
				return nil
			}
			if _, ok := s.Targets[0].(*syntax.Name); !ok {
				return nil
			}
			out.locals = append(out.locals, s)
		default:
			return nil
		}
	}
	returned := ret.Value
	call, wrapped := returned.(*syntax.Call)
	if wrapped {
		if len(call.Args) != 1 || len(call.Keywords) > 0 {
			return nil
		}
		returned = call.Args[0]
	}
	name, ok := returned.(*syntax.Name)
	if !ok {
		return nil
	}
	names := map[string]bool{}
	for i, d := range out.helpers {
		if names[d.Name] {
			return nil
		}
		names[d.Name] = true
		if d.Name == name.Id {
			out.def = d
			out.helpers = append(out.helpers[:i:i], out.helpers[i+1:]...)
		}
	}
	for _, a := range out.locals {
		if names[a.Targets[0].(*syntax.Name).Id] {
			return nil
		}
	}
	if out.def == nil {
		return nil
	}
	out.compilers = out.def.DecoratorList
	if wrapped && len(out.compilers) == 0 {
		out.compilers, out.wrap = []syntax.Expr{call.Func}, call
	}
	if len(out.compilers) == 0 || wrapped && out.wrap == nil {
		return nil
	}
	for _, d := range out.helpers {
		if len(d.DecoratorList) == 0 {
			return nil
		}
	}
	return out
}

// factoryLocals evaluates a factory's assignments, in order, into the
// product's scope, each seeing the arguments, the locals before it and
// the module's names; it reports whether every one is a constant pynjit
// evaluates.
func (r *resolver) factoryLocals(scope *Module, factory string, locals []*syntax.Assign) bool {
	if len(locals) == 0 {
		return true
	}
	seen := r.m.withGlobals(make(map[string]*Global, len(r.m.Globals)+len(scope.Globals)))
	for name, g := range r.m.Globals {
		seen.Globals[name] = g
	}
	for name, g := range scope.Globals {
		seen.Globals[name] = g
	}
	module := r.m
	r.m = seen
	defer func() { r.m = module }()
	for _, a := range locals {
		name := a.Targets[0].(*syntax.Name)
		v, why := r.evaluate(a.Value)
		if why != "" {
			return false
		}
		c, why := frozen(v)
		if why != "" {
			return false
		}
		g := &Global{Kind: GlobalConst, Name: name.Id, Span: name.Span(), Const: c, Factory: factory, evaluated: v}
		seen.Globals[name.Id] = g
		scope.Globals[name.Id] = g
	}
	return true
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
