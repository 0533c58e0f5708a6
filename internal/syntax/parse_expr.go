package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pynjit/pynjit/internal/source"
)

// isKeyword reports whether s is one of Python's hard keywords. A switch,
// not a map: it is asked for nearly every name, and comparing lengths first
// is faster than hashing.
func isKeyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
		"try", "while", "with", "yield":
		return true
	}
	return false
}

// starExpressions parses star_expression (',' star_expression)* [','],
// making a Tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.tok().start()
	first := p.starExpression()
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return setSpan(&Tuple{Elts: elts, Ctx: Load}, p.spanFrom(start))
}

// startsExpression reports whether the current token can begin an
// expression (used after a trailing comma).
func (p *parser) startsExpression() bool {
	t := p.tok()
	switch t.kind {
	case tName:
		switch t.lit {
		case "not", "lambda", "await", "None", "True", "False":
			return true
		}
		return !isKeyword(t.lit)
	case tNumber, tString, tFStringStart:
		return true
	case tOp:
		switch t.lit {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

func (p *parser) starExpression() Expr {
	if p.isOp("*") {
		start := p.advance().start()
		v := p.bitwiseOr()
		return setSpan(&Starred{Value: v, Ctx: Load}, p.spanFrom(start))
	}
	return p.expression()
}

// starNamedExpression parses '*' bitwise_or | named_expression.
func (p *parser) starNamedExpression() Expr {
	if p.isOp("*") {
		start := p.advance().start()
		p.refuseBareStar()
		v := p.bitwiseOr()
		p.refuseUnpackingEquals(start, "iterable")
		return setSpan(&Starred{Value: v, Ctx: Load}, p.spanFrom(start))
	}
	e := p.namedExpression()
	p.refuseEquals(e)
	return e
}

// refuseBareStar reports, from 3.13, a '*' in brackets with no
// expression after it: "Invalid star expression" at the next token.
func (p *parser) refuseBareStar() {
	if p.version >= Python313 && !p.startsExpression() {
		p.failAtNext("Invalid star expression")
	}
}

// refuseUnpackingEquals reports, from 3.12, an '=' after an unpacking
// that starts at start ("f(*a=1)", "[*a=1]"): kind is "iterable" or
// "keyword".
func (p *parser) refuseUnpackingEquals(start source.Pos, kind string) {
	if p.version < Python312 || !p.isOp("=") {
		return
	}
	save := p.i
	p.advance()
	if p.attempt(func() { p.expression() }) {
		p.fail(source.Span{Start: start, End: p.prevEnd()}, "cannot assign to %s argument unpacking", kind)
	}
	p.i = save
}

// refuseEquals reports an '=' after a named expression where it cannot
// be (in brackets, where CPython's second pass suggests '==' or ':='):
// "x[a=1]", "(a.b=1)".
func (p *parser) refuseEquals(e Expr) {
	if !p.isOp("=") {
		return
	}
	save := p.i
	p.advance()
	var value Expr
	ok := p.attempt(func() { value = p.bitwiseOr() })
	if ok && !p.isOp("=") && !p.isOp(":=") {
		if _, isName := e.(*Name); isName {
			p.fail(source.Span{Start: e.Span().Start, End: value.Span().End}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		switch n := e.(type) {
		case *List, *Tuple, *GeneratorExp:
		case *Constant:
			if _, ok := n.Value.(NoneValue); !ok {
				if _, ok := n.Value.(bool); !ok {
					p.fail(e.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
				}
			}
		default:
			p.fail(e.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
		}
	}
	p.i = save
}

// namedExpression parses NAME ':=' expression | expression.
func (p *parser) namedExpression() Expr {
	t := p.tok()
	if t.kind == tName && p.peek(1).kind == tOp && p.peek(1).lit == ":=" && !isKeyword(t.lit) {
		p.advance()
		target := setSpan(&Name{Id: t.lit, Ctx: Store}, t.span())
		p.advance()
		v := p.expression()
		return setSpan(&NamedExpr{Target: target, Value: v}, p.spanFrom(t.start()))
	}
	e := p.expression()
	if p.isOp(":=") {
		p.fail(e.Span(), "cannot use assignment expressions with %s", exprName(e))
	}
	return e
}

// expression parses a conditional expression or a lambda.
func (p *parser) expression() Expr {
	if e := p.loneAtom(); e != nil {
		return e
	}
	p.enter()
	defer func() { p.depth-- }()
	if p.isKw("lambda") {
		return p.lambda()
	}
	start := p.tok().start()
	body := p.disjunction()
	if !p.isKw("if") {
		return body
	}
	p.advance()
	test := p.disjunction()
	if !p.isKw("else") {
		p.fail(source.Span{Start: start, End: p.prevEnd()}, "expected 'else' after 'if' expression")
	}
	p.advance()
	orelse := p.expression()
	return setSpan(&IfExp{Test: test, Body: body, Orelse: orelse}, p.spanFrom(start))
}

// loneAtom is a fast path for the most common expression: a name or a
// number followed by a token that ends the expression. It saves the
// descent through every precedence level; nil means "take the long way".
func (p *parser) loneAtom() Expr {
	t := &p.toks[p.i]
	if (t.kind != tName && t.kind != tNumber) || p.i+1 >= len(p.toks) {
		return nil
	}
	n := &p.toks[p.i+1]
	switch {
	case n.kind == tNewline:
	case n.kind == tOp && len(n.lit) == 1:
		switch n.lit[0] {
		case ',', ')', ']', '}', ':', '=', ';':
		default:
			return nil
		}
	default:
		return nil
	}
	if t.kind == tName && isKeyword(t.lit) && t.lit != "None" && t.lit != "True" && t.lit != "False" {
		return nil
	}
	return p.atom()
}

func (p *parser) lambda() Expr {
	start := p.advance().start()
	args := p.parameters(":", true)
	if t := p.tok(); t.spec {
		// the scanner read the colon as an f-string's format spec
		p.fail(source.Span{Start: start, End: t.end()}, "f-string: lambda expressions are not allowed without parentheses")
	}
	p.expectOp(":")
	body := p.expression()
	return setSpan(&Lambda{Args: args, Body: body}, p.spanFrom(start))
}

func (p *parser) disjunction() Expr {
	start := p.tok().start()
	first := p.conjunction()
	if !p.isKw("or") {
		return first
	}
	vals := []Expr{first}
	for p.acceptKw("or") {
		vals = append(vals, p.conjunction())
	}
	return setSpan(&BoolOp{Op: Or, Values: vals}, p.spanFrom(start))
}

func (p *parser) conjunction() Expr {
	start := p.tok().start()
	first := p.inversion()
	if !p.isKw("and") {
		return first
	}
	vals := []Expr{first}
	for p.acceptKw("and") {
		vals = append(vals, p.inversion())
	}
	return setSpan(&BoolOp{Op: And, Values: vals}, p.spanFrom(start))
}

func (p *parser) inversion() Expr {
	if p.isKw("not") {
		start := p.advance().start()
		p.enter()
		defer func() { p.depth-- }()
		v := p.inversion()
		return setSpan(&UnaryOp{Op: Not, Operand: v}, p.spanFrom(start))
	}
	return p.comparison()
}

func (p *parser) compareOp() (CmpOp, bool) {
	t := p.tok()
	if t.kind == tOp {
		switch t.lit {
		case "==":
			return Eq, true
		case "!=":
			return NotEq, true
		case "<":
			return Lt, true
		case "<=":
			return LtE, true
		case ">":
			return Gt, true
		case ">=":
			return GtE, true
		}
		return 0, false
	}
	if t.kind == tName {
		switch t.lit {
		case "in":
			return In, true
		case "is":
			if n := p.peek(1); n.kind == tName && n.lit == "not" {
				return IsNot, true
			}
			return Is, true
		case "not":
			if n := p.peek(1); n.kind == tName && n.lit == "in" {
				return NotIn, true
			}
		}
	}
	return 0, false
}

func (p *parser) comparison() Expr {
	start := p.tok().start()
	left := p.bitwiseOr()
	op, ok := p.compareOp()
	if !ok {
		return left
	}
	opMark, cmpMark := p.cmpOps.mark(), p.exprs.mark()
	for ok {
		p.advance()
		if op == IsNot || op == NotIn {
			p.advance()
		}
		p.cmpOps.push(op)
		p.exprs.push(p.bitwiseOr())
		op, ok = p.compareOp()
	}
	c := p.compares.Alloc()
	c.Left, c.Ops, c.Comparators, c.span = left, p.cmpOps.take(opMark), p.exprs.take(cmpMark), source.Pack(p.spanFrom(start))
	return c
}

// binaryOp returns the precedence level and operator of a binary
// operator token: 1 bitwise_or, 2 bitwise_xor, 3 bitwise_and, 4 shift,
// 5 sum, 6 term; 0 if lit is not one.
func binaryOp(lit string) (int, Operator) {
	switch lit {
	case "|":
		return 1, BitOr
	case "^":
		return 2, BitXor
	case "&":
		return 3, BitAnd
	case "<<":
		return 4, LShift
	case ">>":
		return 4, RShift
	case "+":
		return 5, Add
	case "-":
		return 5, Sub
	case "*":
		return 6, Mult
	case "/":
		return 6, Div
	case "//":
		return 6, FloorDiv
	case "%":
		return 6, Mod
	case "@":
		return 6, MatMult
	}
	return 0, 0
}

// bitwiseOr parses bitwise_or and the binary levels below it by
// precedence climbing; all of them are left-associative.
func (p *parser) bitwiseOr() Expr { return p.binary(1) }

func (p *parser) binary(minLevel int) Expr {
	start := p.tok().start()
	left := p.factor()
	for chain := 1; ; chain++ {
		if p.depth+chain > maxDepth {
			p.fail(source.Span{Start: p.tok().start(), End: p.tok().start()}, "too many nested expressions: more than %d levels (CPython stops at about as many, with RecursionError)", maxDepth)
		}
		t := p.tok()
		if t.kind != tOp {
			return left
		}
		level, op := binaryOp(t.lit)
		if level < minLevel || level == 0 {
			return left
		}
		p.advance()
		right := p.binary(level + 1)
		b := p.binOps.Alloc()
		b.Left, b.Op, b.Right, b.span = left, op, right, source.Pack(p.spanFrom(start))
		left = b
	}
}

func (p *parser) factor() Expr {
	t := p.tok()
	if t.kind == tOp {
		var op UnaryOpKind
		switch t.lit {
		case "+":
			op = UAdd
		case "-":
			op = USub
		case "~":
			op = Invert
		}
		if op != 0 {
			p.advance()
			p.enter()
			v := p.factor()
			p.depth--
			return setSpan(&UnaryOp{Op: op, Operand: v}, p.spanFrom(t.start()))
		}
	}
	return p.power()
}

func (p *parser) power() Expr {
	start := p.tok().start()
	left := p.awaitPrimary()
	if p.isOp("**") {
		p.advance()
		p.enter()
		defer func() { p.depth-- }()
		right := p.factor()
		return setSpan(&BinOp{Left: left, Op: Pow, Right: right}, p.spanFrom(start))
	}
	return left
}

func (p *parser) awaitPrimary() Expr {
	if p.isKw("await") {
		start := p.advance().start()
		v := p.primary()
		return setSpan(&Await{Value: v}, p.spanFrom(start))
	}
	return p.primary()
}

// primary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) primary() Expr {
	start := p.tok().start()
	e := p.atom()
	for {
		t := p.tok()
		if t.kind != tOp {
			return e
		}
		switch t.lit {
		case ".":
			p.advance()
			nt := p.tok()
			attr := p.name()
			a := p.attrs.Alloc()
			a.Value, a.Attr, a.Ctx, a.AttrSpan, a.span = e, attr, Load, nt.span(), source.Pack(p.spanFrom(start))
			e = a
		case "(":
			p.advance()
			c := p.calls.Alloc()
			c.Func, c.Args, c.Keywords = e, []Expr{}, []*Keyword{}
			if !p.isOp(")") {
				c.Args, c.Keywords = p.callArgs()
			}
			if !p.isOp(")") {
				p.callArgsError(*t)
			}
			p.advance()
			e = setSpan(c, p.spanFrom(start))
		case "[":
			p.advance()
			s := p.slices()
			p.expectOp("]")
			sub := p.subscrs.Alloc()
			sub.Value, sub.Slice, sub.Ctx, sub.span = e, s, Load, source.Pack(p.spanFrom(start))
			e = sub
		default:
			return e
		}
	}
}

// callArgsError reports a malformed argument list.
func (p *parser) callArgsError(open token) {
	t := p.tok()
	if t.kind == tEOF || t.kind == tNewline {
		p.syntaxErrorAt(*t)
	}
	p.syntaxErrorAt(*t)
}

// callArgs parses the arguments of a call (or class bases) up to ')'.
// A lone generator expression argument spans the call's parentheses.
func (p *parser) callArgs() ([]Expr, []*Keyword) {
	openIdx := p.i - 1
	open := p.toks[openIdx]
	argMark, kwMark := p.exprs.mark(), p.kws.mark()
	for !p.isOp(")") {
		ti := p.i
		t := p.tok()
		switch {
		case t.kind == tOp && t.lit == "*":
			p.advance()
			p.refuseBareStar()
			v := p.expression()
			p.refuseUnpackingEquals(t.start(), "iterable")
			e := setSpan(&Starred{Value: v, Ctx: Load}, p.spanFrom(t.start()))
			p.refuseUnpackedElt(e)
			for _, k := range p.kws.items[kwMark:] {
				if k.Arg == nil {
					// placed by each version's own rule: at the first
					// argument, the '*', or the comma before it
					at := p.toks[openIdx+1].start()
					switch p.version {
					case Python312:
						at = t.start()
					case Python313:
						at = p.toks[ti-1].start()
					}
					p.fail(source.Span{Start: at, End: at}, "iterable argument unpacking follows keyword argument unpacking")
				}
			}
			p.exprs.push(e)
		case t.kind == tOp && t.lit == "**":
			p.advance()
			v := p.expression()
			p.refuseUnpackingEquals(t.start(), "keyword")
			p.kws.push(setSpan(&Keyword{Value: v}, p.spanFrom(t.start())))
		case t.kind == tName && p.peek(1).kind == tOp && p.peek(1).lit == "=" && !isKeyword(t.lit):
			p.advance()
			p.advance()
			v := p.expression()
			k := p.keywords.Alloc()
			name := t.lit
			k.Arg, k.Value, k.span = &name, v, source.Pack(p.spanFrom(t.start()))
			p.kws.push(k)
		default:
			e := p.namedExpression()
			if p.isKw("for") || p.isKw("async") {
				gens := p.comprehensions()
				if p.exprs.mark() == argMark && p.kws.mark() == kwMark && p.isOp(")") {
					span := source.Span{Start: open.start(), End: p.tok().end()}
					return []Expr{setSpan(&GeneratorExp{Elt: e, Generators: gens}, span)}, []*Keyword{}
				}
				p.fail(source.Span{Start: e.Span().Start, End: p.prevEnd()}, "Generator expression must be parenthesized")
			}
			if p.isOp("=") {
				p.fail(source.Span{Start: e.Span().Start, End: p.tok().end()}, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if p.kws.mark() > kwMark {
				if p.kws.items[len(p.kws.items)-1].Arg == nil {
					p.failAtNext("positional argument follows keyword argument unpacking")
				}
				p.failAtNext("positional argument follows keyword argument")
			}
			p.exprs.push(e)
			if !p.isOp(",") && !p.isOp(")") {
				p.parenError(open, e)
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	return p.exprs.take(argMark), p.kws.take(kwMark)
}

// refuseUnpackedElt reports a starred element followed by a
// comprehension: "[*x for x in y]".
func (p *parser) refuseUnpackedElt(e Expr) {
	if _, ok := e.(*Starred); ok && (p.isKw("for") || p.isKw("async")) {
		p.fail(e.Span(), "iterable unpacking cannot be used in comprehension")
	}
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.tok().start()
	first := p.slice()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			return setSpan(&Tuple{Elts: []Expr{first}, Ctx: Load}, p.spanFrom(start))
		}
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp("]") {
			break
		}
		elts = append(elts, p.slice())
	}
	return setSpan(&Tuple{Elts: elts, Ctx: Load}, p.spanFrom(start))
}

func (p *parser) slice() Expr {
	start := p.tok().start()
	if p.isOp("*") {
		p.advance()
		p.refuseBareStar()
		v := p.bitwiseOr()
		e := setSpan(&Starred{Value: v, Ctx: Load}, p.spanFrom(start))
		p.refuseUnpackingEquals(start, "iterable")
		return e
	}
	var lower Expr
	if !p.isOp(":") {
		lower = p.namedExpression()
		p.refuseEquals(lower)
		if !p.isOp(":") {
			return lower
		}
	}
	p.advance()
	s := &Slice{Lower: lower}
	if !p.isOp(":") && !p.isOp("]") && !p.isOp(",") {
		s.Upper = p.expression()
	}
	if p.acceptOp(":") {
		if !p.isOp("]") && !p.isOp(",") {
			s.Step = p.expression()
		}
	}
	return setSpan(s, p.spanFrom(start))
}

// comprehensions parses for_if_clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for p.isKw("for") || (p.isKw("async") && p.peek(1).kind == tName && p.peek(1).lit == "for") {
		start := p.tok().start()
		c := &Comprehension{}
		if p.acceptKw("async") {
			c.IsAsync = 1
		}
		p.advance()
		c.Target = p.starTargets()
		if !p.isKw("in") {
			p.syntaxErrorAt(*p.tok())
		}
		p.advance()
		c.Iter = p.disjunction()
		c.Ifs = []Expr{}
		for p.acceptKw("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, setSpan(c, p.spanFrom(start)))
	}
	return gens
}

// starTargets parses the targets of a for loop or comprehension (the part
// before 'in'), in Store context.
func (p *parser) starTargets() Expr {
	start := p.tok().start()
	first := p.starTarget()
	if !p.isOp(",") {
		p.setStore(first, "assign")
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isKw("in") || p.isOp("=") || p.isOp(")") || p.isOp(":") {
			break
		}
		elts = append(elts, p.starTarget())
	}
	t := setSpan(&Tuple{Elts: elts, Ctx: Store}, p.spanFrom(start))
	p.setStore(t, "assign")
	return t
}

func (p *parser) starTarget() Expr {
	if p.isOp("*") {
		start := p.advance().start()
		v := p.starTarget()
		return setSpan(&Starred{Value: v, Ctx: Store}, p.spanFrom(start))
	}
	return p.bitwiseOr()
}

// setStore turns an expression parsed as a value into an assignment
// target, or reports why it cannot be one.
func (p *parser) setStore(e Expr, verb string) { p.setCtx(e, Store, verb) }

func (p *parser) setCtx(e Expr, ctx ExprContext, verb string) {
	switch n := e.(type) {
	case *Name:
		n.Ctx = ctx
		if ctx == Store && n.Id == "__debug__" {
			p.fail(n.Span(), "cannot assign to __debug__")
		}
	case *Attribute:
		n.Ctx = ctx
	case *Subscript:
		n.Ctx = ctx
	case *Starred:
		if ctx == Del {
			p.fail(n.Span(), "cannot delete starred")
		}
		n.Ctx = ctx
		p.setCtx(n.Value, ctx, verb)
	case *Tuple:
		n.Ctx = ctx
		for _, x := range n.Elts {
			p.setCtx(x, ctx, verb)
		}
	case *List:
		n.Ctx = ctx
		for _, x := range n.Elts {
			p.setCtx(x, ctx, verb)
		}
	default:
		if verb == "assign" {
			verb = "assign to"
		}
		p.fail(e.Span(), "cannot %s %s", verb, exprName(e))
	}
}

// hintable reports whether CPython adds "Maybe you meant '==' instead of
// '='?" when e is assigned to: e must be an operand-level expression
// other than a display, a generator or a singleton.
func hintable(e Expr) bool {
	switch n := e.(type) {
	case *Call, *BinOp, *Dict, *Set, *ListComp, *SetComp, *DictComp, *JoinedStr, *Await, *NamedExpr:
		return true
	case *UnaryOp:
		return n.Op != Not
	case *Constant:
		switch n.Value.(type) {
		case NoneValue, bool:
			return false
		}
		return true
	}
	return false
}

// hintableValue reports whether the value after '=' is an operand-level
// expression, the other condition of that hint.
func hintableValue(e Expr) bool {
	switch n := e.(type) {
	case *Tuple, *Yield, *YieldFrom, *BoolOp, *Compare, *IfExp, *Lambda, *Starred:
		return false
	case *UnaryOp:
		return n.Op != Not
	}
	return true
}

// testExpression parses the condition of if, elif and while, catching
// the common mistake of '=' for '=='.
func (p *parser) testExpression() Expr {
	e := p.namedExpression()
	if !p.isOp("=") {
		return e
	}
	save := p.i
	p.advance()
	var value Expr
	ok := p.attempt(func() { value = p.bitwiseOr() })
	if ok && !p.isOp("=") && !p.isOp(":=") {
		if _, isName := e.(*Name); isName {
			p.fail(source.Span{Start: e.Span().Start, End: value.Span().End}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		if hintable(e) {
			p.fail(e.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e))
		}
	}
	p.i = save
	p.syntaxErrorAt(*p.tok())
	return nil
}

// exprName names an expression kind as CPython's error messages do.
func exprName(e Expr) string {
	switch n := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := n.Value.(type) {
		case NoneValue:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

func (p *parser) yieldExpr() Expr {
	start := p.advance().start()
	if p.acceptKw("from") {
		v := p.expression()
		return setSpan(&YieldFrom{Value: v}, p.spanFrom(start))
	}
	y := &Yield{}
	if p.startsExpression() {
		y.Value = p.starExpressions()
	}
	return setSpan(y, p.spanFrom(start))
}

// atom parses names, literals and bracketed displays.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tName:
		switch t.lit {
		case "None":
			p.advance()
			return p.constant(NoneValue{}, t.span())
		case "True":
			p.advance()
			return p.constant(true, t.span())
		case "False":
			p.advance()
			return p.constant(false, t.span())
		}
		if isKeyword(t.lit) {
			p.syntaxErrorAt(*t)
		}
		p.advance()
		return p.arena.name(t.lit, t.span())
	case tNumber:
		p.advance()
		if n := decimalDigits(t.lit); n > maxIntDigits {
			// raised by the literal's conversion, so no check for
			// unclosed brackets overrides it
			panic(&syntaxError{span: t.span(), msg: fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxIntDigits, n)})
		}
		return p.constant(p.number(t.lit), t.span())
	case tString, tFStringStart:
		return p.strings()
	case tOp:
		switch t.lit {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.dictOrSetAtom()
		case "...":
			p.advance()
			return setSpan(&Constant{Value: EllipsisValue{}}, t.span())
		}
	case tError:
		p.tokenError(*t)
	}
	p.syntaxErrorAt(*t)
	return nil
}

// maxIntDigits is CPython 3.11's default limit on the digits of a decimal
// integer it converts (sys.get_int_max_str_digits()): it rejects longer
// literals, whose conversion takes time quadratic in their length.
const maxIntDigits = 4300

// decimalDigits counts the digits of lit when it is a decimal integer
// literal of more than maxIntDigits characters other than zero (0000 is
// converted without the limit); else it returns 0.
func decimalDigits(lit string) int {
	if len(lit) <= maxIntDigits || lit[0] == '0' || lit[0] == '.' {
		return 0
	}
	n := 0
	for i := 0; i < len(lit); i++ {
		switch c := lit[i]; {
		case c >= '0' && c <= '9':
			n++
		case c != '_':
			return 0 // a float or an imaginary literal
		}
	}
	return n
}

// numberValue converts a numeric literal the scanner accepted.
func numberValue(lit string) any {
	s := strings.ReplaceAll(lit, "_", "")
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		return Imaginary(parseFloat(s[:len(s)-1]))
	}
	if len(s) > 1 && s[0] == '0' && (s[1]|0x20 == 'x' || s[1]|0x20 == 'o' || s[1]|0x20 == 'b') {
		base := map[byte]int{'x': 16, 'o': 8, 'b': 2}[s[1]|0x20]
		v, _ := new(big.Int).SetString(s[2:], base)
		return v
	}
	if strings.ContainsAny(s, ".eE") {
		return parseFloat(s)
	}
	v, _ := new(big.Int).SetString(s, 10)
	return v
}

// parseFloat converts a float literal without underscores, rounding
// correctly at any length: strconv.ParseFloat does up to 800 significant
// digits but loses the place of the decimal point past them
// ("1" + 5000 zeros + "e-5000" gives 0), so a longer literal is cut to
// 768 digits (enough to round any float64) and a 1 standing for the
// nonzero digits cut off, with the exponent moved to match.
func parseFloat(s string) float64 {
	mant, exp, _ := strings.Cut(strings.ToLower(s), "e")
	if len(mant) <= 768 {
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	whole, frac, _ := strings.Cut(mant, ".")
	digits := strings.TrimLeft(whole+frac, "0")
	point := len(whole) - (len(whole) + len(frac) - len(digits)) // where the point is in digits
	e, err := strconv.ParseInt(exp, 10, 64)
	if exp == "" {
		e, err = 0, nil
	}
	if err != nil || digits == "" { // an exponent past int64 is past any float's
		if digits == "" || strings.HasPrefix(exp, "-") {
			return 0
		}
		return math.Inf(1)
	}
	const keep = 768
	if len(digits) > keep {
		cut := strings.TrimRight(digits[keep:], "0")
		digits = digits[:keep]
		if cut != "" {
			digits += "1"
		}
	}
	e = max(min(e, 1<<40), -1<<40) + int64(point)
	f, _ := strconv.ParseFloat("0."+digits+"e"+strconv.FormatInt(e, 10), 64)
	return f
}

func (p *parser) parenAtom() Expr {
	open := p.advance()
	if p.isOp(")") {
		p.advance()
		return setSpan(&Tuple{Elts: []Expr{}, Ctx: Load}, p.spanFrom(open.start()))
	}
	if p.isKw("yield") {
		e := p.yieldExpr()
		p.expectOp(")")
		return e
	}
	first := p.starNamedExpression()
	if p.isKw("for") || p.isKw("async") {
		p.refuseUnpackedElt(first)
		gens := p.comprehensions()
		p.expectOp(")")
		return setSpan(&GeneratorExp{Elt: first, Generators: gens}, p.spanFrom(open.start()))
	}
	if p.isOp(")") {
		p.advance()
		if _, ok := first.(*Starred); ok {
			p.fail(first.Span(), "cannot use starred expression here")
		}
		return first
	}
	if !p.isOp(",") {
		p.parenError(*open, first)
	}
	mark := p.exprs.mark()
	p.exprs.push(first)
	for p.acceptOp(",") {
		if p.isOp(")") {
			break
		}
		p.exprs.push(p.starNamedExpression())
	}
	if !p.isOp(")") {
		p.parenError(*open, p.exprs.top())
	}
	p.advance()
	elts := p.exprs.take(mark)
	return setSpan(&Tuple{Elts: elts, Ctx: Load}, p.spanFrom(open.start()))
}

// parenError reports what went wrong inside a bracketed display,
// including CPython's "Perhaps you forgot a comma?" hint.
func (p *parser) parenError(open token, last Expr) {
	t := p.tok()
	if t.kind == tEOF || t.kind == tNewline {
		p.syntaxErrorAt(*t)
	}
	if p.startsExpression() && t.kind != tOp || (t.kind == tOp && (t.lit == "(" || t.lit == "[" || t.lit == "{")) && t.start().Line == last.Span().End.Line {
		if t.kind == tName && isKeyword(t.lit) && t.lit != "None" && t.lit != "True" && t.lit != "False" && t.lit != "not" && t.lit != "lambda" {
			p.syntaxErrorAt(*t)
		}
		p.forgotComma(last)
	}
	p.syntaxErrorAt(*t)
}

// forgotComma reports "invalid syntax. Perhaps you forgot a comma?" when
// an expression follows the expression last directly, as CPython's second
// pass does inside brackets: unless last starts with a soft keyword or is
// a name followed by a string (as in the Python 2 statement print "x"),
// and unless the tokenizer fails on the token after the second
// expression, where it reads to know the expression ends.
func (p *parser) forgotComma(last Expr) {
	first := p.i - 1
	for first > 0 && p.toks[first].start() != last.Span().Start {
		first--
	}
	if ft := p.toks[first]; ft.kind == tName && (softKeyword(ft.lit, p.version) || first == p.i-1 && p.tok().kind == tString) {
		return
	}
	save := p.i
	var after token
	ok := p.attempt(func() {
		p.expression()
		after = *p.tok()
	})
	end := p.prevEnd()
	p.i = save
	if !ok {
		return
	}
	if after.kind == tError && !parserReported[after.lit] && after.lit != "invalid syntax" {
		p.tokenError(after)
	}
	p.fail(source.Span{Start: last.Span().Start, End: end}, "invalid syntax. Perhaps you forgot a comma?")
}

// softKeyword reports whether name is a soft keyword of version v.
func softKeyword(name string, v Version) bool {
	switch name {
	case "_", "case", "match":
		return true
	case "type":
		return v >= Python312
	}
	return false
}

func (p *parser) listAtom() Expr {
	open := p.advance()
	if p.isOp("]") {
		p.advance()
		return setSpan(&List{Elts: []Expr{}, Ctx: Load}, p.spanFrom(open.start()))
	}
	first := p.starNamedExpression()
	if p.isKw("for") || p.isKw("async") {
		p.refuseUnpackedElt(first)
		gens := p.comprehensions()
		p.expectOp("]")
		return setSpan(&ListComp{Elt: first, Generators: gens}, p.spanFrom(open.start()))
	}
	mark := p.exprs.mark()
	p.exprs.push(first)
	for p.acceptOp(",") {
		if p.isOp("]") {
			break
		}
		p.exprs.push(p.starNamedExpression())
	}
	if !p.isOp("]") {
		p.parenError(*open, p.exprs.top())
	}
	p.advance()
	elts := p.exprs.take(mark)
	return setSpan(&List{Elts: elts, Ctx: Load}, p.spanFrom(open.start()))
}

func (p *parser) dictOrSetAtom() Expr {
	open := p.advance()
	if p.isOp("}") {
		p.advance()
		return setSpan(&Dict{Keys: []Expr{}, Values: []Expr{}}, p.spanFrom(open.start()))
	}
	if p.isOp("**") {
		return p.dictRest(*open, nil, nil)
	}
	first := p.starNamedExpression()
	if p.isOp(":") {
		p.advance()
		v := p.expression()
		if p.isKw("for") || p.isKw("async") {
			gens := p.comprehensions()
			p.expectOp("}")
			return setSpan(&DictComp{Key: first, Value: v, Generators: gens}, p.spanFrom(open.start()))
		}
		return p.dictRest(*open, []Expr{first}, []Expr{v})
	}
	if p.isKw("for") || p.isKw("async") {
		p.refuseUnpackedElt(first)
		gens := p.comprehensions()
		p.expectOp("}")
		return setSpan(&SetComp{Elt: first, Generators: gens}, p.spanFrom(open.start()))
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp("}") {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if !p.isOp("}") {
		p.parenError(*open, elts[len(elts)-1])
	}
	p.advance()
	return setSpan(&Set{Elts: elts}, p.spanFrom(open.start()))
}

// dictRest parses the remaining items of a dict display.
func (p *parser) dictRest(open token, keys, values []Expr) Expr {
	if keys != nil {
		if !p.acceptOp(",") {
			if !p.isOp("}") {
				p.parenError(open, values[len(values)-1])
			}
			p.advance()
			return setSpan(&Dict{Keys: keys, Values: values}, p.spanFrom(open.start()))
		}
	}
	for !p.isOp("}") {
		if t := *p.tok(); p.acceptOp("**") {
			keys = append(keys, nil)
			values = append(values, p.bitwiseOr())
			if len(keys) == 1 && (p.isKw("for") || p.isKw("async")) {
				p.fail(source.Span{Start: t.start(), End: p.prevEnd()}, "dict unpacking cannot be used in dict comprehension")
			}
		} else {
			k := p.expression()
			if !p.isOp(":") {
				if p.isOp("}") || p.isOp(",") {
					p.fail(k.Span(), "':' expected after dictionary key")
				}
				p.syntaxErrorAt(*p.tok())
			}
			p.advance()
			keys = append(keys, k)
			values = append(values, p.expression())
		}
		if !p.acceptOp(",") {
			break
		}
	}
	if !p.isOp("}") {
		p.parenError(open, values[len(values)-1])
	}
	p.advance()
	return setSpan(&Dict{Keys: keys, Values: values}, p.spanFrom(open.start()))
}

// maxDepth bounds how deeply expressions nest (unary operators, not,
// **, lambda and conditional expressions, chains of binary operators),
// so that no input can exhaust the stack of this or a later stage;
// CPython gives up near the same depth when it builds its tree.
const maxDepth = 3000

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.fail(source.Span{Start: p.tok().start(), End: p.tok().start()}, "too many nested expressions: more than %d levels (CPython stops at about as many, with RecursionError)", maxDepth)
	}
}
