package progen

import (
	"regexp"
	"strings"
)

// Shrink makes p smaller while fails still holds, greedily: it tries
// dropping a case, a helper nobody calls, a statement (a declaration only
// when nothing else uses the local), an if around its
// body or an else clause, and replacing an expression with a constant or
// with one of its operands, keeping every change after which fails still
// holds, until no change is kept or attempts run out. Every change keeps
// the program well typed and free of overflow and out-of-bounds indexes.
func Shrink(p *Program, fails func(*Program) bool, attempts int) *Program {
	for progress := true; progress && attempts > 0; {
		progress = false
		for i := 0; attempts > 0; {
			q, ok := mutate(p, i)
			if !ok {
				break
			}
			attempts--
			if fails(q) {
				p, progress = q, true
				continue // the same index now names the next site
			}
			i++
		}
	}
	return p
}

// Lines counts the lines of p's functions.
func (p *Program) Lines() int { return strings.Count(p.Source(), "\n") }

// mutate returns a copy of p with its i-th possible change made, or false
// when p has fewer changes.
func mutate(p *Program, i int) (*Program, bool) {
	q := p.clone()
	m := &mutator{target: i}
	if len(q.Cases) > 1 {
		for j := range q.Cases {
			if m.hit() {
				q.Cases = append(q.Cases[:j:j], q.Cases[j+1:]...)
				return q, true
			}
		}
	}
	for j, f := range q.Funcs[:len(q.Funcs)-1] {
		if !q.calls(f.Name) && m.hit() {
			q.Funcs = append(q.Funcs[:j:j], q.Funcs[j+1:]...)
			return q, true
		}
	}
	for _, f := range q.Funcs {
		var b strings.Builder
		f.write(&b)
		m.fn = b.String()
		f.Body = m.stmts(f.Body)
		if m.done {
			return q, true
		}
	}
	return nil, false
}

// calls reports whether any other function of p calls name.
func (p *Program) calls(name string) bool {
	for _, f := range p.Funcs {
		if f.Name == name {
			continue
		}
		var b strings.Builder
		f.write(&b)
		if strings.Contains(b.String(), name+"(") {
			return true
		}
	}
	return false
}

type mutator struct {
	target, n int
	done      bool
	fn        string // the source of the function being mutated
}

// declName matches a statement declaring a local: its name.
var declName = regexp.MustCompile(`^([A-Za-z_]\w*) = `)

// unused reports whether s declares a local that nothing else in the
// function reads or writes.
func (m *mutator) unused(s *Stmt) bool {
	d := declName.FindStringSubmatch(s.Head)
	if d == nil {
		return false
	}
	var b strings.Builder
	writeBlock(&b, []*Stmt{s}, "")
	word := regexp.MustCompile(`\b` + d[1] + `\b`)
	return len(word.FindAllStringIndex(m.fn, -1)) == len(word.FindAllStringIndex(b.String(), -1))
}

// hit counts one possible change and reports whether it is the one to
// make.
func (m *mutator) hit() bool {
	if m.done {
		return false
	}
	m.n++
	m.done = m.n-1 == m.target
	return m.done
}

func (m *mutator) stmts(list []*Stmt) []*Stmt {
	for i := 0; i < len(list) && !m.done; i++ {
		s := list[i]
		if (!s.Fixed || m.unused(s)) && m.hit() {
			return append(list[:i:i], list[i+1:]...)
		}
		if strings.HasPrefix(s.Head, "if $:") && s.Body != nil && m.hit() {
			return append(append(list[:i:i], s.Body...), list[i+1:]...)
		}
		if s.Else != nil && m.hit() {
			s.Else = nil
			return list
		}
		for j := range s.Exprs {
			s.Exprs[j] = m.expr(s.Exprs[j])
		}
		s.Body = m.stmts(s.Body)
		if s.Else != nil {
			s.Else = m.stmts(s.Else)
		}
	}
	return list
}

// simplest is the constant an expression of type t shrinks to; 0 keeps
// every integer bound valid.
var simplest = map[Type]string{Int: "0", Float: "0.5", Bool: "True"}

func (m *mutator) expr(e *Expr) *Expr {
	if len(e.Args) == 0 || m.done {
		return e
	}
	if c, ok := simplest[e.Type]; ok && !e.Keep && m.hit() {
		return leaf(c, e.Type, 0)
	}
	for _, a := range e.Args {
		if !e.Keep && fits(a, e) && m.hit() {
			return a
		}
	}
	for i := range e.Args {
		e.Args[i] = m.expr(e.Args[i])
	}
	return e
}

// fits reports whether a may replace e: of e's type, within e's bound,
// shape, exactness and finiteness, a view of the same array or neither.
func fits(a, e *Expr) bool {
	switch {
	case a.Type != e.Type || a.View != e.View:
		return false
	case e.Type == Int && a.Bound > e.Bound:
		return false
	case e.Type.IsArray() && !sameShape(a.Shape, e.Shape):
		return false
	case e.Exact && !(a.Exact && a.Bound <= e.Bound && a.Scale <= e.Scale):
		return false
	case finite(e) && !finite(a):
		return false
	}
	return true
}

func (p *Program) clone() *Program {
	q := &Program{Seed: p.Seed, Cases: append([]string(nil), p.Cases...)}
	for _, f := range p.Funcs {
		g := *f
		g.Body = cloneStmts(f.Body)
		q.Funcs = append(q.Funcs, &g)
	}
	return q
}

func cloneStmts(list []*Stmt) []*Stmt {
	if list == nil {
		return nil
	}
	out := make([]*Stmt, len(list))
	for i, s := range list {
		c := *s
		c.Exprs = make([]*Expr, len(s.Exprs))
		for j, e := range s.Exprs {
			c.Exprs[j] = cloneExpr(e)
		}
		c.Body = cloneStmts(s.Body)
		c.Else = cloneStmts(s.Else)
		out[i] = &c
	}
	return out
}

func cloneExpr(e *Expr) *Expr {
	c := *e
	c.Args = make([]*Expr, len(e.Args))
	for i, a := range e.Args {
		c.Args[i] = cloneExpr(a)
	}
	return &c
}
