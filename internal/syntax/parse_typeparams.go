package syntax

import "github.com/pynjit/pynjit/internal/source"

// PEP 695 (3.12): type parameter lists on def and class, and the type
// statement; PEP 696 (3.13): defaults for type parameters.

// typeParams parses '[' type_param (',' type_param)* [','] ']'.
func (p *parser) typeParams() []TypeParam {
	p.advance()
	if p.isOp("]") && p.version >= Python313 {
		at := p.tok().start()
		p.fail(source.Span{Start: at, End: at}, "Type parameter list cannot be empty")
	}
	var params []TypeParam
	for {
		params = append(params, p.typeParam())
		if !p.acceptOp(",") || p.isOp("]") {
			break
		}
	}
	if !p.isOp("]") {
		p.syntaxErrorAt(*p.tok())
	}
	p.advance()
	return params
}

// typeParam parses NAME [':' bound] | '*' NAME | '**' NAME, each with
// a default '=' value from 3.13 (a starred one for '*' NAME).
func (p *parser) typeParam() TypeParam {
	start := p.tok().start()
	switch {
	case p.isOp("*"):
		p.advance()
		tp := &TypeVarTuple{Name: p.name()}
		p.refuseBound("TypeVarTuple")
		if p.version >= Python313 && p.acceptOp("=") {
			tp.DefaultValue = p.starExpression()
		}
		return setSpan(tp, p.spanFrom(start))
	case p.isOp("**"):
		p.advance()
		tp := &ParamSpec{Name: p.name()}
		p.refuseBound("ParamSpec")
		if p.version >= Python313 && p.acceptOp("=") {
			tp.DefaultValue = p.expression()
		}
		return setSpan(tp, p.spanFrom(start))
	}
	tp := &TypeVar{Name: p.name()}
	if p.acceptOp(":") {
		tp.Bound = p.expression()
	}
	if p.version >= Python313 && p.acceptOp("=") {
		tp.DefaultValue = p.expression()
	}
	return setSpan(tp, p.spanFrom(start))
}

// refuseBound reports a bound or constraints given to a TypeVarTuple or
// ParamSpec, from the colon to the end of the expression.
func (p *parser) refuseBound(kind string) {
	if !p.isOp(":") {
		return
	}
	colon := p.advance().start()
	e := p.expression()
	what := "bound"
	if _, ok := e.(*Tuple); ok {
		what = "constraints"
	}
	p.failKind(errBound, source.Span{Start: colon, End: e.Span().End}, "cannot use %s with %s", what, kind)
}

// defTypeParams parses the type parameters of a def. A list CPython
// cannot parse there makes its "expected '('" at the '[' (the def's
// forced parenthesis), except for the errors raised on the way: the
// tokenizer's, a bound on a TypeVarTuple or ParamSpec and, from 3.13, the
// specific messages of its second pass.
func (p *parser) defTypeParams() (params []TypeParam) {
	open := *p.tok()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		e, ok := r.(*syntaxError)
		if !ok || e.kind == errToken || e.kind == errBound || p.version >= Python313 && e.kind == errSpecific {
			panic(r)
		}
		p.overriding = false
		p.fail(source.Span{Start: open.start(), End: open.start()}, "expected '('")
	}()
	return p.typeParams()
}

// isTypeAlias reports whether the current token starts a type statement:
// the soft keyword "type" followed by a name (otherwise "type" is an
// ordinary name, as in type(x)).
func (p *parser) isTypeAlias() bool {
	if p.version < Python312 || !p.isKw("type") {
		return false
	}
	n := p.peek(1)
	return n.kind == tName && !isKeyword(n.lit)
}

// typeAlias parses "type" NAME [type_params] '=' expression. When one
// with type parameters fails with a generic error, CPython's second pass
// reads "NAME[...]" as the subscript it looks like, and reports what that
// finds wrong instead: "T=int" is "Maybe you meant '==' or ':='", "*T=x"
// "cannot assign to iterable argument unpacking".
func (p *parser) typeAlias() Stmt {
	start := p.advance().start()
	nt := *p.tok()
	name := p.arena.name(p.name(), nt.span())
	name.Ctx = Store
	s := &TypeAlias{Name: name}
	open := p.i
	err := p.try(func() {
		if p.isOp("[") {
			s.TypeParams = p.typeParams()
		}
		if !p.isOp("=") {
			p.syntaxErrorAt(*p.tok())
		}
		p.advance()
		s.Value = p.expression()
		if !p.atStmtEnd() {
			p.syntaxErrorAt(*p.tok())
		}
	})
	if err == nil {
		return setSpan(s, p.spanFrom(start))
	}
	if p.toks[open].kind == tOp && p.toks[open].lit == "[" && (err.kind == errGeneric || err.kind == errRunAhead) {
		p.i = open
		if sub := p.try(func() { p.advance(); p.slices() }); sub != nil && sub.kind == errSpecific {
			panic(sub)
		}
	}
	panic(err)
}
