package syntax

import (
	"math/big"

	"github.com/pynjit/pynjit/internal/slab"
	"github.com/pynjit/pynjit/internal/source"
)

// The parser allocates the AST of a large file in few, large allocations:
// the most frequent nodes come from slabs (package slab: blocks of 8
// values doubling up to 256), and lists being parsed grow on
// stacks shared by all nesting levels, so only the finished list is
// allocated, at its exact length. A file of the standard library parses
// with about half the allocations it would take node by node.

// stack collects the elements of lists being parsed. A list starts at
// mark() and ends with take(mark), which pops its elements and returns
// them in a slice of their own, carved from a block like a slab's (with
// no room to grow into its neighbour: appending to it copies).
type stack[T any] struct {
	items []T
	free  []T
	next  int // size of the next block
}

func (s *stack[T]) mark() int { return len(s.items) }

// push grows the stack by doubling: a list of 100,000 elements (a tuple,
// an f-string's fields) would be copied several times over by append's
// growth by a quarter.
func (s *stack[T]) push(x T) {
	s.room()
	s.items = append(s.items, x)
}

// room makes room for one more item, doubling a full stack, for a caller
// that appends to items itself (a block's statements: 100,000 of them
// grown by append's quarter allocated 8.5 MB for 1.6).
func (s *stack[T]) room() {
	if n := len(s.items); n == cap(s.items) && n >= 256 {
		s.items = append(make([]T, 0, 2*n), s.items...)
	}
}

// top returns the last element pushed.
func (s *stack[T]) top() T { return s.items[len(s.items)-1] }

func (s *stack[T]) take(mark int) []T {
	n := len(s.items) - mark
	if n > len(s.free) {
		s.next = min(max(2*s.next, 16), 1024)
		s.free = make([]T, max(n, s.next))
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	copy(out, s.items[mark:])
	clear(s.items[mark:])
	s.items = s.items[:mark]
	return out
}

// truncate drops what was pushed after mark, for a parse that was rewound.
func (s *stack[T]) truncate(mark int) {
	clear(s.items[mark:])
	s.items = s.items[:mark]
}

// arena holds the parser's slabs and stacks.
type arena struct {
	names     slab.Slab[Name]
	attrs     slab.Slab[Attribute]
	calls     slab.Slab[Call]
	constants slab.Slab[Constant]
	keywords  slab.Slab[Keyword]
	assigns   slab.Slab[Assign]
	exprStmts slab.Slab[ExprStmt]
	binOps    slab.Slab[BinOp]
	compares  slab.Slab[Compare]
	subscrs   slab.Slab[Subscript]
	params    slab.Slab[Arg]
	arguments slab.Slab[Arguments]
	ints      slab.Slab[big.Int]
	words     stack[big.Word]
	// small holds the values of the integer literals below 256, made
	// once per file: a literal's *big.Int is never modified, and
	// generated code repeats small constants (100,000 statements: 8 MB).
	small [256]*big.Int

	stmts  stack[Stmt]
	exprs  stack[Expr]
	kws    stack[*Keyword]
	args   stack[*Arg]
	cmpOps stack[CmpOp]
}

// marks records the stacks' heights, to rewind them with rewind.
type marks struct{ stmts, exprs, kws, args, cmpOps int }

func (a *arena) marks() marks {
	return marks{a.stmts.mark(), a.exprs.mark(), a.kws.mark(), a.args.mark(), a.cmpOps.mark()}
}

func (a *arena) rewind(m marks) {
	a.stmts.truncate(m.stmts)
	a.exprs.truncate(m.exprs)
	a.kws.truncate(m.kws)
	a.args.truncate(m.args)
	a.cmpOps.truncate(m.cmpOps)
}

func (a *arena) name(id string, span source.Span) *Name {
	n := a.names.Alloc()
	n.Id, n.Ctx, n.span = id, Load, source.Pack(span)
	return n
}

func (a *arena) constant(v any, span source.Span) *Constant {
	c := a.constants.Alloc()
	c.Value, c.span = v, source.Pack(span)
	return c
}

// number converts a numeric literal the scanner accepted; a decimal
// integer of one machine word, the most frequent kind, is made without
// parsing through math/big.
func (a *arena) number(lit string) any {
	v, ok := smallDecimal(lit)
	if !ok || uint64(big.Word(v)) != v {
		return numberValue(lit)
	}
	if v < uint64(len(a.small)) && a.small[v] != nil {
		return a.small[v]
	}
	z := a.ints.Alloc()
	if v < uint64(len(a.small)) {
		a.small[v] = z
	}
	if v != 0 {
		a.words.push(big.Word(v))
		z.SetBits(a.words.take(a.words.mark() - 1))
	}
	return z
}

// smallDecimal returns the value of lit when it is a decimal integer of at
// most 19 digits without underscores (so it fits a uint64). It does not
// use strconv.ParseUint, whose error for every float literal allocates.
func smallDecimal(lit string) (uint64, bool) {
	if len(lit) == 0 || len(lit) > 19 || (lit[0] == '0' && len(lit) > 1) {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, true
}
