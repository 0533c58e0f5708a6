package syntax

import (
	"github.com/pynjit/pynjit/internal/source"
)

// statement parses compound_stmt | simple_stmts and appends the
// statements to dst.
func (p *parser) statement(dst []Stmt) []Stmt {
	t := p.tok()
	if t.kind == tOp && t.lit == "@" {
		return append(dst, p.decorated())
	}
	if t.kind == tName {
		switch t.lit {
		case "def":
			return append(dst, p.funcDef(nil, t.start(), false))
		case "if":
			return append(dst, p.ifStmt())
		case "class":
			return append(dst, p.classDef(nil, t.start()))
		case "with":
			return append(dst, p.withStmt(t.start(), false))
		case "for":
			return append(dst, p.forStmt(t.start(), false))
		case "try":
			return append(dst, p.tryStmt())
		case "while":
			return append(dst, p.whileStmt())
		case "async":
			return append(dst, p.asyncStmt())
		case "match":
			if s := p.matchStmt(); s != nil {
				return append(dst, s)
			}
		}
	}
	return p.simpleStmts(dst)
}

// simpleStmts parses simple_stmt (';' simple_stmt)* [';'] NEWLINE and
// appends the statements to dst.
func (p *parser) simpleStmts(out []Stmt) []Stmt {
	for {
		out = append(out, p.simpleStmt())
		if !p.acceptOp(";") {
			break
		}
		if p.tok().kind == tNewline {
			break
		}
	}
	if p.tok().kind != tNewline {
		p.afterStatementError()
	}
	p.advance()
	return out
}

// afterStatementError reports a statement followed by something that can
// not continue it, e.g. two expressions with no operator between them.
func (p *parser) afterStatementError() {
	t := p.tok()
	if t.kind == tOp && t.lit == "=" {
		p.syntaxErrorAt(*t)
	}
	p.syntaxErrorAt(*t)
}

var augOps = map[string]Operator{
	"+=": Add, "-=": Sub, "*=": Mult, "@=": MatMult, "/=": Div, "%=": Mod, "&=": BitAnd, "|=": BitOr,
	"^=": BitXor, "<<=": LShift, ">>=": RShift, "**=": Pow, "//=": FloorDiv,
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := t.start()
	if t.kind == tName {
		switch t.lit {
		case "return":
			p.advance()
			s := &Return{}
			if !p.atStmtEnd() {
				s.Value = p.starExpressions()
			}
			return setSpan(s, p.spanFrom(start))
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		case "raise":
			p.advance()
			s := &Raise{}
			if !p.atStmtEnd() {
				s.Exc = p.expression()
				if p.acceptKw("from") {
					s.Cause = p.expression()
				}
			}
			return setSpan(s, p.spanFrom(start))
		case "pass":
			p.advance()
			return setSpan(&Pass{}, p.spanFrom(start))
		case "break":
			p.advance()
			return setSpan(&Break{}, p.spanFrom(start))
		case "continue":
			p.advance()
			return setSpan(&Continue{}, p.spanFrom(start))
		case "del":
			return p.delStmt()
		case "assert":
			p.advance()
			s := &Assert{Test: p.expression()}
			if p.acceptOp(",") {
				s.Msg = p.expression()
			}
			return setSpan(s, p.spanFrom(start))
		case "type":
			if p.isTypeAlias() {
				return p.typeAlias()
			}
		case "global", "nonlocal":
			p.advance()
			var names []string
			for {
				names = append(names, p.name())
				if !p.acceptOp(",") {
					break
				}
			}
			if t.lit == "global" {
				return setSpan(&Global{Names: names}, p.spanFrom(start))
			}
			return setSpan(&Nonlocal{Names: names}, p.spanFrom(start))
		}
	}
	return p.exprOrAssign()
}

func (p *parser) atStmtEnd() bool {
	t := p.tok()
	return t.kind == tNewline || t.kind == tEOF || (t.kind == tOp && t.lit == ";")
}

// name parses a NAME that is not a keyword.
func (p *parser) name() string {
	t := p.tok()
	if t.kind != tName || isKeyword(t.lit) {
		p.syntaxErrorAt(*t)
	}
	p.advance()
	return t.lit
}

// exprOrAssign parses assignment | star_expressions as a statement.
func (p *parser) exprOrAssign() Stmt {
	start := p.tok().start()
	firstParen := p.isOp("(")
	var first Expr
	if p.isKw("yield") {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	t := p.tok()
	if t.kind == tOp {
		switch t.lit {
		case ":":
			colon := *p.advance()
			switch first.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				// CPython names a bad target only when an annotation
				// follows; else it fails at the colon
				if !p.attempt(func() { p.expression() }) {
					p.syntaxErrorAt(colon)
				}
				switch first.(type) {
				case *Tuple:
					p.fail(first.Span(), "only single target (not tuple) can be annotated")
				case *List:
					p.fail(first.Span(), "only single target (not list) can be annotated")
				}
				p.fail(first.Span(), "illegal target for annotation")
			}
			p.setStore(first, "assign")
			s := &AnnAssign{Target: first, Annotation: p.expression()}
			if _, isName := first.(*Name); isName && !firstParen {
				s.Simple = 1
			}
			if p.acceptOp("=") {
				if p.isKw("yield") {
					s.Value = p.yieldExpr()
				} else {
					s.Value = p.starExpressions()
				}
			}
			return setSpan(s, p.spanFrom(start))
		case "=":
			mark := p.exprs.mark()
			p.exprs.push(first)
			var value Expr
			for p.acceptOp("=") {
				if err := p.try(func() {
					if p.isKw("yield") {
						value = p.yieldExpr()
					} else {
						value = p.starExpressions()
					}
				}); err != nil {
					// CPython's second pass finds a bad target before a bad
					// value: "3 = " is "cannot assign to literal"
					if err.kind == errGeneric {
						for _, tg := range p.exprs.items[mark:] {
							p.setStore(tg, "assign")
						}
					}
					panic(err)
				}
				if p.isOp("=") {
					p.exprs.push(value)
				}
			}
			targets := p.exprs.take(mark)
			for _, tg := range targets {
				if len(targets) == 1 && hintable(tg) && hintableValue(value) {
					p.fail(tg.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(tg))
				}
				p.setStore(tg, "assign")
			}
			a := p.assigns.Alloc()
			a.Targets, a.Value, a.span = targets, value, source.Pack(p.spanFrom(start))
			return a
		default:
			if op, ok := augOps[t.lit]; ok {
				switch first.(type) {
				case *Name, *Attribute, *Subscript:
				default:
					p.fail(first.Span(), "'%s' is an illegal expression for augmented assignment", exprName(first))
				}
				p.advance()
				p.setStore(first, "assign")
				s := &AugAssign{Target: first, Op: op}
				if p.isKw("yield") {
					s.Value = p.yieldExpr()
				} else {
					s.Value = p.starExpressions()
				}
				return setSpan(s, p.spanFrom(start))
			}
		}
	}
	if t.kind != tNewline && t.kind != tEOF && !(t.kind == tOp && t.lit == ";") {
		p.juxtapositionError(first, *t)
	}
	e := p.exprStmts.Alloc()
	e.Value, e.span = first, source.Pack(p.spanFrom(start))
	return e
}

// juxtapositionError reports an expression followed directly by another
// token, with CPython's hints ("Perhaps you forgot a comma?", print).
func (p *parser) juxtapositionError(first Expr, t token) {
	if n, ok := first.(*Name); ok && (n.Id == "print" || n.Id == "exec") && t.kind != tOp {
		p.fail(source.Span{Start: n.Span().Start, End: p.lineEndOf(t)}, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
	}
	p.syntaxErrorAt(t)
}

// lineEndOf returns the end of the last token on t's logical line.
func (p *parser) lineEndOf(t token) source.Pos {
	end := t.end()
	for j := p.i; j < len(p.toks) && p.toks[j].kind != tNewline && p.toks[j].kind != tEOF && p.toks[j].kind != tError; j++ {
		end = p.toks[j].end()
	}
	return end
}

func (p *parser) delStmt() Stmt {
	start := p.advance().start()
	var targets []Expr
	for {
		e := p.delTarget()
		targets = append(targets, e)
		if !p.acceptOp(",") || p.atStmtEnd() {
			break
		}
	}
	if !p.atStmtEnd() {
		p.syntaxErrorAt(*p.tok())
	}
	return setSpan(&Delete{Targets: targets}, p.spanFrom(start))
}

func (p *parser) delTarget() Expr {
	e := p.bitwiseOr()
	p.setCtx(e, Del, "delete")
	return e
}

func (p *parser) importStmt() Stmt {
	start := p.advance().start()
	var names []*Alias
	for {
		astart := p.tok().start()
		n := p.dottedName()
		a := &Alias{Name: n}
		if p.acceptKw("as") {
			s := p.name()
			a.Asname = &s
		}
		names = append(names, setSpan(a, p.spanFrom(astart)))
		if !p.acceptOp(",") {
			break
		}
	}
	return setSpan(&Import{Names: names}, p.spanFrom(start))
}

func (p *parser) dottedName() string {
	n := p.name()
	for p.isOp(".") {
		p.advance()
		n += "." + p.name()
	}
	return n
}

func (p *parser) fromImport() Stmt {
	start := p.advance().start()
	level := 0
	for {
		if p.acceptOp(".") {
			level++
		} else if p.acceptOp("...") {
			level += 3
		} else {
			break
		}
	}
	s := &ImportFrom{Level: level}
	if !p.isKw("import") {
		m := p.dottedName()
		s.Module = &m
	}
	p.expectKw("import")
	if p.isOp("*") {
		t := p.advance()
		s.Names = []*Alias{setSpan(&Alias{Name: "*"}, t.span())}
		return setSpan(s, p.spanFrom(start))
	}
	paren := p.acceptOp("(")
	for {
		astart := p.tok().start()
		a := &Alias{Name: p.name()}
		if p.acceptKw("as") {
			n := p.name()
			a.Asname = &n
		}
		s.Names = append(s.Names, setSpan(a, p.spanFrom(astart)))
		if !p.acceptOp(",") {
			break
		}
		if paren && p.isOp(")") {
			break
		}
		if !paren && p.atStmtEnd() {
			p.fail(p.tok().span(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expectOp(")")
	}
	return setSpan(s, p.spanFrom(start))
}

// block parses NEWLINE INDENT statements DEDENT | simple_stmts. what and
// line name the statement that owns the block, for CPython's
// "expected an indented block after ..." message.
func (p *parser) block(what string, line int) []Stmt {
	if p.tok().kind != tNewline {
		if p.tok().kind == tEOF {
			p.syntaxErrorAt(*p.tok())
		}
		mark := p.stmts.mark()
		p.stmts.items = p.simpleStmts(p.stmts.items)
		return p.stmts.take(mark)
	}
	p.advance()
	if p.tok().kind != tIndent {
		t := p.tok()
		if t.kind == tError {
			p.tokenError(*t)
		}
		at := t.start()
		if t.kind == tEOF {
			at = source.Pos{Line: t.start().Line, Col: t.start().Col}
		}
		p.fail(source.Span{Start: at, End: at}, "expected an indented block after %s on line %d", what, line)
	}
	p.advance()
	mark := p.stmts.mark()
	for p.tok().kind != tDedent && p.tok().kind != tEOF {
		if p.tok().kind == tIndent {
			p.syntaxErrorAt(*p.tok())
		}
		if p.tok().kind == tError {
			p.tokenError(*p.tok())
		}
		p.stmts.room()
		p.stmts.items = p.statement(p.stmts.items)
	}
	if p.tok().kind == tDedent {
		p.advance()
	}
	return p.stmts.take(mark)
}

// colonBlock parses ':' block.
func (p *parser) colonBlock(what string, line int) []Stmt {
	if !p.isOp(":") {
		// CPython forces the ':' of def, try, else and finally; the other
		// statements expect it only where the line ends
		if !forcedColon[what] && p.tok().kind != tNewline {
			p.syntaxErrorAt(*p.tok())
		}
		p.errorExpected("':'")
	}
	p.advance()
	return p.block(what, line)
}

// forcedColon lists the statements whose ':' is "expected" wherever it
// is missing.
var forcedColon = map[string]bool{"function definition": true, "'try' statement": true, "'else' statement": true, "'finally' statement": true}

func (p *parser) ifStmt() Stmt {
	t := p.advance()
	s := &If{Test: p.testExpression()}
	s.Body = p.colonBlock("'if' statement", t.start().Line)
	s.Orelse = p.elseOrElif()
	return setSpan(s, p.spanFrom(t.start()))
}

// elseOrElif parses what follows an if's block: an elif is an If alone
// in the else block. A chain of elifs is parsed in a loop, not by
// recursion (100,000 branches would make as many nested calls), and each
// If's span ends where the chain ends, as the recursion gave it.
func (p *parser) elseOrElif() []Stmt {
	var chain []*If
	var starts []source.Pos
	for p.isKw("elif") {
		t := p.advance()
		s := &If{Test: p.testExpression()}
		s.Body = p.colonBlock("'elif' statement", t.start().Line)
		chain, starts = append(chain, s), append(starts, t.start())
	}
	orelse := []Stmt{}
	if p.isKw("else") {
		t := p.advance()
		orelse = p.colonBlock("'else' statement", t.start().Line)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		chain[i].Orelse = orelse
		orelse = []Stmt{setSpan(chain[i], p.spanFrom(starts[i]))}
	}
	return orelse
}

func (p *parser) elseBlock() []Stmt {
	if p.isKw("else") {
		t := p.advance()
		return p.colonBlock("'else' statement", t.start().Line)
	}
	return []Stmt{}
}

func (p *parser) whileStmt() Stmt {
	t := p.advance()
	s := &While{Test: p.testExpression()}
	s.Body = p.colonBlock("'while' statement", t.start().Line)
	s.Orelse = p.elseBlock()
	return setSpan(s, p.spanFrom(t.start()))
}

func (p *parser) forStmt(start source.Pos, async bool) Stmt {
	t := p.advance()
	target := p.starTargets()
	p.expectKw("in")
	iter := p.starExpressions()
	body := p.colonBlock("'for' statement", t.start().Line)
	orelse := p.elseBlock()
	if async {
		return setSpan(&AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse}, p.spanFrom(start))
	}
	return setSpan(&For{Target: target, Iter: iter, Body: body, Orelse: orelse}, p.spanFrom(start))
}

func (p *parser) withStmt(start source.Pos, async bool) Stmt {
	t := p.advance()
	var items []*WithItem
	parsed := false
	if p.isOp("(") {
		parsed = p.attempt(func() {
			p.advance()
			items = nil
			for {
				items = append(items, p.withItem())
				if !p.acceptOp(",") || p.isOp(")") {
					break
				}
			}
			p.expectOp(")")
			if !p.isOp(":") {
				p.syntaxErrorAt(*p.tok())
			}
		})
	}
	if !parsed {
		items = nil
		for {
			items = append(items, p.withItem())
			if !p.acceptOp(",") {
				break
			}
		}
	}
	what := "'with' statement"
	body := p.colonBlock(what, t.start().Line)
	if async {
		return setSpan(&AsyncWith{Items: items, Body: body}, p.spanFrom(start))
	}
	return setSpan(&With{Items: items, Body: body}, p.spanFrom(start))
}

func (p *parser) withItem() *WithItem {
	start := p.tok().start()
	w := &WithItem{ContextExpr: p.expression()}
	if p.acceptKw("as") {
		w.OptionalVars = p.starTarget()
		p.setStore(w.OptionalVars, "assign")
	}
	return setSpan(w, p.spanFrom(start))
}

func (p *parser) tryStmt() Stmt {
	t := p.advance()
	body := p.colonBlock("'try' statement", t.start().Line)
	var handlers []*ExceptHandler
	star := false
	for p.isKw("except") {
		et := p.advance()
		h := &ExceptHandler{}
		thisStar := p.acceptOp("*")
		if len(handlers) == 0 {
			star = thisStar
		} else if thisStar != star {
			p.fail(et.span(), "cannot have both 'except' and 'except*' on the same 'try'")
		}
		what := "'except' statement"
		if star {
			what = "'except*' statement"
			if p.isOp(":") {
				p.failAtNext("expected one or more exception types")
			}
		}
		if !p.isOp(":") {
			h.Type = p.expression()
			if p.isOp(",") {
				// except A, B: is Python 2 syntax.
				tstart := h.Type.Span().Start
				elts := []Expr{h.Type}
				for p.acceptOp(",") {
					elts = append(elts, p.expression())
				}
				if !p.isKw("as") {
					p.fail(source.Span{Start: tstart, End: p.prevEnd()}, "multiple exception types must be parenthesized")
				}
			}
			if p.acceptKw("as") {
				n := p.name()
				h.Name = &n
			}
		}
		h.Body = p.colonBlock(what, et.start().Line)
		handlers = append(handlers, setSpan(h, p.spanFrom(et.start())))
	}
	orelse := []Stmt{}
	if len(handlers) > 0 {
		orelse = p.elseBlock()
	}
	final := []Stmt{}
	if p.isKw("finally") {
		ft := p.advance()
		final = p.colonBlock("'finally' statement", ft.start().Line)
	}
	if len(handlers) == 0 && len(final) == 0 {
		p.failAtNext("expected 'except' or 'finally' block")
	}
	if handlers == nil {
		handlers = []*ExceptHandler{}
	}
	if star {
		return setSpan(&TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}, p.spanFrom(t.start()))
	}
	return setSpan(&Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}, p.spanFrom(t.start()))
}

func (p *parser) asyncStmt() Stmt {
	t := p.advance()
	switch {
	case p.isKw("def"):
		return p.funcDef(nil, t.start(), true)
	case p.isKw("with"):
		return p.withStmt(t.start(), true)
	case p.isKw("for"):
		return p.forStmt(t.start(), true)
	}
	p.syntaxErrorAt(*p.tok())
	return nil
}

func (p *parser) decorated() Stmt {
	var decs []Expr
	for p.isOp("@") {
		p.advance()
		decs = append(decs, p.namedExpression())
		if p.tok().kind != tNewline {
			p.syntaxErrorAt(*p.tok())
		}
		p.advance()
	}
	t := p.tok()
	switch {
	case t.kind == tName && t.lit == "def":
		return p.funcDef(decs, t.start(), false)
	case t.kind == tName && t.lit == "class":
		return p.classDef(decs, t.start())
	case t.kind == tName && t.lit == "async" && p.peek(1).kind == tName && p.peek(1).lit == "def":
		p.advance()
		return p.funcDef(decs, t.start(), true)
	}
	p.syntaxErrorAt(*t)
	return nil
}

func (p *parser) funcDef(decs []Expr, start source.Pos, async bool) Stmt {
	defTok := p.advance()
	nameTok := p.tok()
	name := p.name()
	var params []TypeParam
	if p.isOp("[") && p.version >= Python312 {
		params = p.defTypeParams()
	}
	if !p.isOp("(") {
		p.errorExpected("'('")
	}
	p.advance()
	args := p.parameters(")", false)
	p.expectOp(")")
	var returns Expr
	if p.acceptOp("->") {
		returns = p.expression()
	}
	if decs == nil {
		decs = []Expr{}
	}
	what := "function definition"
	body := p.colonBlock(what, defTok.start().Line)
	if async {
		return setSpan(&AsyncFunctionDef{Name: name, Args: args, Body: body, DecoratorList: decs, Returns: returns, TypeParams: params, NameSpan: nameTok.span()}, p.spanFrom(start))
	}
	return setSpan(&FunctionDef{Name: name, Args: args, Body: body, DecoratorList: decs, Returns: returns, TypeParams: params, NameSpan: nameTok.span()}, p.spanFrom(start))
}

func (p *parser) classDef(decs []Expr, start source.Pos) Stmt {
	classTok := p.advance()
	nameTok := p.tok()
	name := p.name()
	c := &ClassDef{Name: name, Bases: []Expr{}, Keywords: []*Keyword{}, NameSpan: nameTok.span()}
	if p.isOp("[") && p.version >= Python312 {
		c.TypeParams = p.typeParams()
	}
	if p.acceptOp("(") {
		if !p.isOp(")") {
			c.Bases, c.Keywords = p.callArgs()
		}
		p.expectOp(")")
	}
	if decs == nil {
		decs = []Expr{}
	}
	c.DecoratorList = decs
	c.Body = p.colonBlock("class definition", classTok.start().Line)
	return setSpan(c, p.spanFrom(start))
}

// parameters parses a def's or a lambda's parameter list up to (not
// including) the closing token.
func (p *parser) parameters(closer string, lambda bool) *Arguments {
	a := p.arguments.Alloc()
	a.Posonlyargs, a.Args, a.Kwonlyargs, a.KwDefaults, a.Defaults = []*Arg{}, []*Arg{}, []*Arg{}, []Expr{}, []Expr{}
	// The parameters being read are on the args stack from mark on: the
	// positional ones until a '*', then the keyword-only ones.
	mark := p.args.mark()
	start := p.tok().start()
	seenDefault := false
	star := false // after * or *args: keyword-only
	for !p.isOp(closer) {
		t := p.tok()
		switch {
		case t.kind == tOp && t.lit == "/":
			if star {
				p.fail(t.span(), "/ must be ahead of *")
			}
			if len(a.Posonlyargs) > 0 || p.args.mark() == mark {
				if p.args.mark() == mark {
					p.fail(t.span(), "at least one argument must precede /")
				}
				p.fail(t.span(), "/ may appear only once")
			}
			p.advance()
			a.Posonlyargs = p.args.take(mark)
		case t.kind == tOp && t.lit == "*":
			if star {
				p.fail(t.span(), "* argument may appear only once")
			}
			p.advance()
			star = true
			a.Args = p.args.take(mark)
			// a def's error is at the '*', a lambda's at the token read last
			if p.isOp(",") {
				if n := p.peek(1); n.kind == tOp && (n.lit == closer || n.lit == "**") {
					if lambda {
						t = n
					}
					p.fail(t.span(), "named arguments must follow bare *")
				}
			} else if p.isOp(closer) || p.isOp("**") {
				if lambda {
					t = p.tok()
				}
				p.fail(t.span(), "named arguments must follow bare *")
			} else {
				a.Vararg = p.varParam(lambda)
				if p.isOp("=") {
					p.fail(p.tok().span(), "var-positional argument cannot have default value")
				}
			}
		case t.kind == tOp && t.lit == "**":
			p.advance()
			a.Kwarg = p.param(lambda)
			if p.isOp("=") {
				p.fail(p.tok().span(), "var-keyword argument cannot have default value")
			}
			if p.acceptOp(",") && !p.isOp(closer) {
				p.fail(p.tok().span(), "arguments cannot follow var-keyword argument")
			}
			if !p.isOp(closer) {
				p.syntaxErrorAt(*p.tok())
			}
			continue
		default:
			arg := p.param(lambda)
			var def Expr
			if p.acceptOp("=") {
				def = p.expression()
			}
			if star {
				p.args.push(arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				p.args.push(arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
					seenDefault = true
				} else if seenDefault {
					if p.version >= Python312 {
						p.fail(arg.Span(), "parameter without a default follows parameter with a default")
					}
					p.fail(arg.Span(), "non-default argument follows default argument")
				}
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	if !p.isOp(closer) {
		p.syntaxErrorAt(*p.tok())
	}
	if star {
		a.Kwonlyargs = p.args.take(mark)
	} else {
		a.Args = p.args.take(mark)
	}
	return setSpan(a, p.spanFrom(start))
}

// varParam parses the *args parameter, whose annotation may be starred
// (def f(*args: *Ts)).
func (p *parser) varParam(lambda bool) *Arg {
	start := p.tok().start()
	a := &Arg{Arg: p.name()}
	if !lambda && p.acceptOp(":") {
		a.Annotation = p.starExpression()
	}
	return setSpan(a, p.spanFrom(start))
}

// param parses one parameter name with its annotation (not in lambdas).
func (p *parser) param(lambda bool) *Arg {
	start := p.tok().start()
	a := p.params.Alloc()
	a.Arg = p.name()
	if !lambda && p.acceptOp(":") {
		a.Annotation = p.expression()
	}
	a.setSpan(p.spanFrom(start))
	return a
}
