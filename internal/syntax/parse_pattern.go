package syntax

import "github.com/pynjit/pynjit/internal/source"

// matchStmt parses a match statement, or returns nil (with the parser
// rewound) when "match" starts an ordinary statement: match is a soft
// keyword.
func (p *parser) matchStmt() Stmt {
	start := p.tok().start()
	var subject Expr
	ok := p.attempt(func() {
		p.advance()
		subject = p.matchSubject()
		p.expectOp(":")
		if p.tok().kind != tNewline {
			p.syntaxErrorAt(*p.tok())
		}
	})
	if !ok {
		return nil
	}
	line := start.Line
	p.advance()
	if p.tok().kind != tIndent {
		p.fail(source.Span{Start: p.tok().start(), End: p.tok().start()}, "expected an indented block after 'match' statement on line %d", line)
	}
	p.advance()
	m := &Match{Subject: subject}
	for p.tok().kind != tDedent && p.tok().kind != tEOF {
		if !p.isKw("case") {
			p.syntaxErrorAt(*p.tok())
		}
		m.Cases = append(m.Cases, p.caseBlock())
	}
	if p.tok().kind == tDedent {
		p.advance()
	}
	return setSpan(m, p.spanFrom(start))
}

func (p *parser) matchSubject() Expr {
	start := p.tok().start()
	first := p.starNamedExpression()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			p.syntaxErrorAt(*p.tok())
		}
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp(":") {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return setSpan(&Tuple{Elts: elts, Ctx: Load}, p.spanFrom(start))
}

func (p *parser) caseBlock() *MatchCase {
	t := p.advance()
	c := &MatchCase{Pattern: p.patterns()}
	if p.acceptKw("if") {
		c.Guard = p.namedExpression()
	}
	c.Body = p.colonBlock("'case' statement", t.start().Line)
	return setSpan(c, p.spanFrom(t.start()))
}

// patterns parses open_sequence_pattern | pattern.
func (p *parser) patterns() Pattern {
	start := p.tok().start()
	first := p.maybeStarPattern()
	if !p.isOp(",") {
		if _, ok := first.(*MatchStar); ok {
			return setSpan(&MatchSequence{Patterns: []Pattern{first}}, p.spanFrom(start))
		}
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp(",") {
		if p.isOp(":") || p.isKw("if") {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return setSpan(&MatchSequence{Patterns: pats}, p.spanFrom(start))
}

func (p *parser) maybeStarPattern() Pattern {
	if p.isOp("*") {
		start := p.advance().start()
		s := &MatchStar{}
		if !p.isKw("_") {
			n := p.name()
			s.Name = &n
		} else {
			p.advance()
		}
		return setSpan(s, p.spanFrom(start))
	}
	return p.pattern()
}

// pattern parses as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	start := p.tok().start()
	or := p.orPattern()
	if !p.isKw("as") {
		return or
	}
	p.advance()
	t := p.tok()
	if t.kind == tName && t.lit == "_" {
		p.fail(t.span(), "cannot use '_' as a target")
	}
	n := p.name()
	return setSpan(&MatchAs{Pattern: or, Name: &n}, p.spanFrom(start))
}

func (p *parser) orPattern() Pattern {
	start := p.tok().start()
	first := p.closedPattern()
	if !p.isOp("|") {
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp("|") {
		pats = append(pats, p.closedPattern())
	}
	return setSpan(&MatchOr{Patterns: pats}, p.spanFrom(start))
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	start := t.start()
	switch t.kind {
	case tNumber, tString:
		v := p.literalExpr()
		return setSpan(&MatchValue{Value: v}, p.spanFrom(start))
	case tOp:
		switch t.lit {
		case "-":
			v := p.literalExpr()
			return setSpan(&MatchValue{Value: v}, p.spanFrom(start))
		case "(":
			p.advance()
			if p.acceptOp(")") {
				return setSpan(&MatchSequence{Patterns: []Pattern{}}, p.spanFrom(start))
			}
			first := p.maybeStarPattern()
			if p.acceptOp(")") {
				if _, ok := first.(*MatchStar); ok {
					return setSpan(&MatchSequence{Patterns: []Pattern{first}}, p.spanFrom(start))
				}
				return first
			}
			pats := []Pattern{first}
			for p.acceptOp(",") {
				if p.isOp(")") {
					break
				}
				pats = append(pats, p.maybeStarPattern())
			}
			p.expectOp(")")
			return setSpan(&MatchSequence{Patterns: pats}, p.spanFrom(start))
		case "[":
			p.advance()
			pats := []Pattern{}
			for !p.isOp("]") {
				pats = append(pats, p.maybeStarPattern())
				if !p.acceptOp(",") {
					break
				}
			}
			p.expectOp("]")
			return setSpan(&MatchSequence{Patterns: pats}, p.spanFrom(start))
		case "{":
			return p.mappingPattern()
		}
	case tName:
		switch t.lit {
		case "None":
			p.advance()
			return setSpan(&MatchSingleton{Value: NoneValue{}}, t.span())
		case "True", "False":
			p.advance()
			return setSpan(&MatchSingleton{Value: t.lit == "True"}, t.span())
		}
		if isKeyword(t.lit) {
			p.syntaxErrorAt(*t)
		}
		if !(p.peek(1).kind == tOp && (p.peek(1).lit == "." || p.peek(1).lit == "(")) {
			p.advance()
			if t.lit == "_" {
				return setSpan(&MatchAs{}, t.span())
			}
			name := t.lit
			return setSpan(&MatchAs{Name: &name}, t.span())
		}
		var cls Expr = setSpan(&Name{Id: p.name(), Ctx: Load}, t.span())
		for p.acceptOp(".") {
			nt := p.tok()
			attr := p.name()
			cls = setSpan(&Attribute{Value: cls, Attr: attr, Ctx: Load, AttrSpan: nt.span()}, p.spanFrom(start))
		}
		if !p.isOp("(") {
			return setSpan(&MatchValue{Value: cls}, p.spanFrom(start))
		}
		return p.classPattern(start, cls)
	}
	p.syntaxErrorAt(*t)
	return nil
}

func (p *parser) classPattern(start source.Pos, cls Expr) Pattern {
	p.advance()
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for !p.isOp(")") {
		t := p.tok()
		if t.kind == tName && p.peek(1).kind == tOp && p.peek(1).lit == "=" {
			p.advance()
			p.advance()
			c.KwdAttrs = append(c.KwdAttrs, t.lit)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.fail(pat.Span(), "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp(")")
	return setSpan(c, p.spanFrom(start))
}

func (p *parser) mappingPattern() Pattern {
	start := p.advance().start()
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for !p.isOp("}") {
		if p.acceptOp("**") {
			n := p.name()
			m.Rest = &n
			p.acceptOp(",")
			break
		}
		var key Expr
		t := p.tok()
		if t.kind == tName && t.lit != "None" && t.lit != "True" && t.lit != "False" {
			kstart := t.start()
			key = setSpan(&Name{Id: p.name(), Ctx: Load}, t.span())
			for p.acceptOp(".") {
				nt := p.tok()
				attr := p.name()
				key = setSpan(&Attribute{Value: key, Attr: attr, Ctx: Load, AttrSpan: nt.span()}, p.spanFrom(kstart))
			}
		} else {
			key = p.literalExpr()
		}
		p.expectOp(":")
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp("}")
	return setSpan(m, p.spanFrom(start))
}

// literalExpr parses a pattern literal: a signed number, a complex
// number like -1+2j, strings, or None/True/False.
func (p *parser) literalExpr() Expr {
	t := p.tok()
	start := t.start()
	switch {
	case t.kind == tString:
		return p.strings()
	case t.kind == tName && (t.lit == "None" || t.lit == "True" || t.lit == "False"):
		return p.atom()
	}
	var real Expr
	if p.isOp("-") {
		p.advance()
		n := p.tok()
		if n.kind != tNumber {
			p.syntaxErrorAt(*n)
		}
		num := p.atom()
		real = setSpan(&UnaryOp{Op: USub, Operand: num}, p.spanFrom(start))
	} else if t.kind == tNumber {
		real = p.atom()
	} else {
		p.syntaxErrorAt(*t)
	}
	if p.isOp("+") || p.isOp("-") {
		opTok := p.advance()
		op := Add
		if opTok.lit == "-" {
			op = Sub
		}
		n := p.tok()
		if n.kind != tNumber {
			p.syntaxErrorAt(*n)
		}
		imag := p.atom()
		if _, ok := imag.(*Constant).Value.(Imaginary); !ok {
			p.fail(imag.Span(), "imaginary number required in complex literal")
		}
		return setSpan(&BinOp{Left: real, Op: op, Right: imag}, p.spanFrom(start))
	}
	return real
}
