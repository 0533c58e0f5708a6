// Package progen generates random, well-typed Python programs in the
// subset pynjit compiles, so that CPython (with NumPy) and pynjit can run
// them side by side, and shrinks a program that disagrees to a small
// reproducer. The programs use scalar int, float and bool arithmetic with
// every operator, branches, nested loops, calls, tuples and math
// functions, and NumPy arrays of 1 to 3 dimensions (float64, int64,
// float32, int32) passed in any layout (transposed, reversed, strided):
// element and view indexing with mixed integers and slices, writes
// through views, whole-array arithmetic and bitwise operators,
// comparisons, ufuncs, np.where, reductions and matrix products,
// allocation (also in loops), in-place updates of arrays and views,
// iteration over arrays and views (rows, zip, enumerate) and arrays
// returned, views of new arrays included.
//
// Integers never overflow: every integer expression carries a bound on
// its magnitude, and an operation whose result could leave
// [-2**60, 2**60] has its operands reduced with % first; variables hold
// values below 2**20. Integer arrays may wrap, as they do alike in NumPy
// and pynjit; their elements are reduced when read into scalars. Every
// divisor, index and loop count is built so that the program terminates
// and never indexes out of bounds, but division by zero, math domain
// errors, float overflow and arrays that do not broadcast together are
// allowed: both sides must raise the same exception. Sums and products
// whose value depends on the order of their terms are only taken where
// NumPy's order is pynjit's (see arrays.go's exact class). What NumPy
// leaves to its implementation is left out: float dot products get
// operands without inf and nan, whose products with zeros NumPy's BLAS
// may skip (finite.go), and a 1-D view is assigned a view of its own
// memory only where NumPy copies as if through a temporary (arrayStmt).
//
// Constructs on which pynjit is known to be wrong are listed in Known
// and left out unless Options.Reach names them.
package progen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

// varBound bounds every integer variable and parameter.
const varBound = 1 << 20

// exprLimit is the largest magnitude an integer expression may reach.
const exprLimit = 1 << 60

// wrapModulus reduces a value below varBound.
const wrapModulus = 1000003

type intVar struct {
	name  string
	bound float64
}

// scope is what a statement being generated may use.
type scope struct {
	ints    []intVar
	floats  []string
	bools   []string
	pairs   []string
	assignI []string // int variables that may be assigned
	assignF []string
	arrays  []arrayVar
	// inRange names, for a dimension, the loop variables that run over
	// its indexes in the loops around the statement
	inRange   map[string][]string
	loops     int // loops around the statement
	loopNames int // loop variables named so far
}

type gen struct {
	r          *rand.Rand
	opts       Options
	helpers    []*Func // callable functions generated so far
	depth      int     // expression nesting
	nest       int     // array reads and reductions being generated inside each other
	freshDims  int     // fresh dimension names made so far
	derived    map[string]derivation
	arrayNames int // local arrays named so far in the function
	// roots holds what is decided of the elements of the function's
	// arrays, by root (finite.go)
	roots  map[string]rootState
	budget int // statements the function may still get
}

// Generate makes the program of a seed with the default Options: the
// same seed always gives the same program. Its functions are named with
// prefix.
func Generate(seed uint64, prefix string) *Program {
	return GenerateWith(seed, prefix, Options{})
}

// GenerateWith makes the program of a seed with opts.
func GenerateWith(seed uint64, prefix string, opts Options) *Program {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x5eed)), opts: opts}
	p := &Program{Seed: seed}
	for i := range g.r.IntN(3) {
		f := g.function(fmt.Sprintf("%s_h%d", prefix, i), false)
		g.helpers = append(g.helpers, f)
		p.Funcs = append(p.Funcs, f)
	}
	if g.r.IntN(3) == 0 {
		f := g.recursive(prefix + "_r")
		g.helpers = append(g.helpers, f)
		p.Funcs = append(p.Funcs, f)
	}
	entry := g.function(prefix, true)
	p.Funcs = append(p.Funcs, entry)
	for range 3 {
		p.Cases = append(p.Cases, g.arguments(entry))
	}
	return p
}

// function generates a function; an entry may take arrays and return a
// tuple.
func (g *gen) function(name string, entry bool) *Func {
	f := &Func{Name: name, Ret: [...]Type{Int, Float, Float, Int, Bool, Pair}[g.r.IntN(6)]}
	if !entry && f.Ret > Float {
		f.Ret = Float
	}
	sc := &scope{}
	g.roots = map[string]rootState{}
	for i := range 1 + g.r.IntN(2) {
		n := fmt.Sprintf("n%d", i)
		f.Params = append(f.Params, Param{Name: n, Type: Int})
		sc.ints = append(sc.ints, intVar{n, varBound})
	}
	for i := range 1 + g.r.IntN(2) {
		n := fmt.Sprintf("x%d", i)
		f.Params = append(f.Params, Param{Name: n, Type: Float})
		sc.floats = append(sc.floats, n)
	}
	g.arrayParams(f, sc, entry)
	g.arrayNames = 0
	// Locals are all assigned first, so that any statement may go.
	for i := range 3 {
		n := fmt.Sprintf("i%d", i)
		f.Body = append(f.Body, &Stmt{Head: n + " = " + strconv.Itoa(g.r.IntN(10)-3), Fixed: true})
		sc.ints = append(sc.ints, intVar{n, varBound})
		sc.assignI = append(sc.assignI, n)
	}
	for i := range 3 {
		n := fmt.Sprintf("f%d", i)
		f.Body = append(f.Body, &Stmt{Head: n + " = " + g.floatConst(), Fixed: true})
		sc.floats = append(sc.floats, n)
		sc.assignF = append(sc.assignF, n)
	}
	f.Body = append(f.Body, &Stmt{Head: "c0 = False", Fixed: true}, &Stmt{Head: "t0 = (0, 0.0)", Fixed: true})
	sc.bools = append(sc.bools, "c0")
	sc.pairs = append(sc.pairs, "t0")
	decls := 0
	switch {
	case len(sc.arrays) > 0:
		decls = g.r.IntN(4)
	case entry && g.r.IntN(3) == 0:
		decls = 1 + g.r.IntN(2)
	}
	for range decls {
		f.Body = append(f.Body, g.arrayDecl(sc))
	}
	if entry && len(sc.arrays) > 0 && g.r.IntN(4) == 0 {
		v := pick(g.r, sc.arrays)
		f.Ret = v.t
	}
	size := 3 + g.r.IntN(6)
	if !entry {
		size = 1 + g.r.IntN(3)
	}
	// Arrays make much more code per statement (each operation a loop,
	// each exit a release of every array), so functions with arrays get
	// fewer statements in all.
	g.budget = 60
	if len(sc.arrays) > 0 {
		g.budget = 10
	}
	f.Body = append(f.Body, g.block(sc, size)...)
	f.Body = append(f.Body, &Stmt{Head: "return $", Exprs: []*Expr{g.result(sc, f.Ret)}, Fixed: true})
	g.finiteParams(f)
	return f
}

// recursive generates a function that calls itself n0 times.
func (g *gen) recursive(name string) *Func {
	f := &Func{Name: name, Ret: Float, Recursive: true, Params: []Param{{Name: "n0", Type: Int}, {Name: "x0", Type: Float}}}
	sc := &scope{ints: []intVar{{"n0", 8}}, floats: []string{"x0"}, bools: []string{"(n0 > 2)"}}
	self := &Expr{Format: name + "(n0 - 1, $)", Args: []*Expr{g.floatExpr(sc, 2)}, Type: Float, Keep: true}
	op := pick(g.r, []string{"+", "-", "*", "/"})
	f.Body = []*Stmt{
		{Head: "if n0 <= 0:", Body: []*Stmt{{Head: "return $", Exprs: []*Expr{g.floatExpr(sc, 2)}, Fixed: true}}, Fixed: true},
		{Head: "return ($ " + op + " $)", Exprs: []*Expr{self, g.floatExpr(sc, 2)}, Fixed: true},
	}
	return f
}

// result is the returned expression of a function returning t.
func (g *gen) result(sc *scope, t Type) *Expr {
	if t.IsArray() {
		vs := sc.arraysWhere(func(v arrayVar) bool { return v.t == t })
		return g.arrExpr(sc, t.Dtype(), pick(g.r, vs).shape, 2, anyClass)
	}
	switch t {
	case Int:
		return fitVar(g.intExpr(sc, 2))
	case Bool:
		return g.boolExpr(sc, 2)
	case Pair:
		if g.r.IntN(2) == 0 {
			return leaf(sc.pairs[0], Pair, 0)
		}
		return &Expr{Format: "($, $)", Args: []*Expr{fitVar(g.intExpr(sc, 1)), g.floatExpr(sc, 1)}, Type: Pair}
	}
	return g.floatExpr(sc, 2)
}

func (g *gen) block(sc *scope, n int) []*Stmt {
	var out []*Stmt
	for range n {
		out = append(out, g.statement(sc))
	}
	return out
}

func (g *gen) statement(sc *scope) *Stmt {
	g.budget--
	if g.budget < 0 {
		v := pick(g.r, sc.assignF)
		return &Stmt{Head: v + " = $", Exprs: []*Expr{g.floatExpr(sc, 1)}}
	}
	compound := sc.loops < 2 && g.depth == 0 && g.budget > 3
	if len(sc.arrays) > 0 && g.r.IntN(3) == 0 {
		if compound && g.r.IntN(4) == 0 {
			return g.arrayLoop(sc)
		}
		return g.arrayStmt(sc)
	}
	switch k := g.r.IntN(20); {
	case k < 4:
		v := pick(g.r, sc.assignI)
		return &Stmt{Head: v + " = $", Exprs: []*Expr{fitVar(g.intExpr(sc, 3))}}
	case k < 8:
		v := pick(g.r, sc.assignF)
		if g.r.IntN(3) == 0 {
			op := pick(g.r, []string{"+=", "-=", "*=", "/="})
			return &Stmt{Head: v + " " + op + " $", Exprs: []*Expr{g.floatExpr(sc, 2)}}
		}
		return &Stmt{Head: v + " = $", Exprs: []*Expr{g.floatExpr(sc, 3)}}
	case k < 9:
		v := pick(g.r, sc.assignI)
		op := pick(g.r, []string{"%=", "//="})
		return &Stmt{Head: v + " " + op + " $", Exprs: []*Expr{g.divisor(sc)}}
	case k < 10:
		return &Stmt{Head: "c0 = $", Exprs: []*Expr{g.boolExpr(sc, 2)}}
	case k < 11:
		return g.tupleStmt(sc)
	case k < 15 && compound:
		return g.ifStmt(sc)
	case k < 17 && compound:
		return g.forStmt(sc)
	case k < 18 && compound:
		return g.whileStmt(sc)
	case k < 19 && sc.loops > 0:
		return &Stmt{Head: "if $:\n    " + pick(g.r, []string{"break", "continue"}), Exprs: []*Expr{g.boolExpr(sc, 1)}}
	}
	v := pick(g.r, sc.assignF)
	return &Stmt{Head: v + " = $", Exprs: []*Expr{g.floatExpr(sc, 2)}}
}

func (g *gen) tupleStmt(sc *scope) *Stmt {
	i, f := pick(g.r, sc.assignI), pick(g.r, sc.assignF)
	switch g.r.IntN(4) {
	case 0:
		return &Stmt{Head: sc.pairs[0] + " = ($, $)", Exprs: []*Expr{fitVar(g.intExpr(sc, 2)), g.floatExpr(sc, 2)}}
	case 1:
		return &Stmt{Head: i + ", " + f + " = " + sc.pairs[0]}
	case 2:
		j := pick(g.r, sc.assignI)
		return &Stmt{Head: i + ", " + j + " = " + j + ", " + i}
	}
	return &Stmt{Head: i + " = " + sc.pairs[0] + "[0] // 2\n" + f + " = " + sc.pairs[0] + "[1] * 0.5"}
}

func (g *gen) ifStmt(sc *scope) *Stmt {
	s := &Stmt{Head: "if $:", Exprs: []*Expr{g.boolExpr(sc, 2)}, Body: g.block(sc, 1+g.r.IntN(3))}
	switch g.r.IntN(3) {
	case 0:
		s.Else = g.block(sc, 1+g.r.IntN(2))
	case 1:
		s.Else = []*Stmt{g.ifStmt(sc)}
	}
	return s
}

// loopVar names a new loop variable.
func (g *gen) loopVar(sc *scope) string {
	sc.loopNames++
	return fmt.Sprintf("k%d", sc.loopNames)
}

func (g *gen) forStmt(sc *scope) *Stmt {
	v := g.loopVar(sc)
	var s *Stmt
	var bound float64
	switch g.r.IntN(4) {
	case 0:
		s = &Stmt{Head: "for " + v + " in range($ % 9):", Exprs: []*Expr{g.intExpr(sc, 1)}}
		bound = 9
	case 1:
		step := pick(g.r, []string{"1", "2", "-1", "-3"})
		s = &Stmt{Head: "for " + v + " in range($ % 7 - 3, $ % 11 - 5, " + step + "):", Exprs: []*Expr{g.intExpr(sc, 1), g.intExpr(sc, 1)}}
		bound = 16
	case 2:
		s = &Stmt{Head: "for " + v + " in range(" + strconv.Itoa(1+g.r.IntN(6)) + "):"}
		bound = 6
	default:
		if len(sc.arrays) > 0 {
			s = &Stmt{Head: "for " + v + " in range(len(" + pick(g.r, sc.arrays).name + ")):"}
			bound = maxDim
		} else {
			s = &Stmt{Head: "for " + v + " in range(4, -1, -1):"}
			bound = 4
		}
	}
	inner := *sc
	inner.ints = append(append([]intVar(nil), sc.ints...), intVar{v, bound})
	inner.loops++
	s.Body = g.block(&inner, 1+g.r.IntN(3))
	sc.loopNames = inner.loopNames
	if g.r.IntN(4) == 0 {
		s.Else = g.block(sc, 1)
	}
	return s
}

// whileStmt is a loop whose counter is reset before it and advanced
// first in its body, so it ends after a few iterations even with continue.
func (g *gen) whileStmt(sc *scope) *Stmt {
	v := g.loopVar(sc)
	s := &Stmt{Head: v + " = 0\nwhile " + v + " < " + strconv.Itoa(1+g.r.IntN(7)) + " and $:", Exprs: []*Expr{g.boolExpr(sc, 1)}}
	inner := *sc
	inner.ints = append(append([]intVar(nil), sc.ints...), intVar{v, 8})
	inner.loops++
	s.Body = append([]*Stmt{{Head: v + " += 1", Fixed: true}}, g.block(&inner, 1+g.r.IntN(3))...)
	sc.loopNames = inner.loopNames
	return s
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func leaf(text string, t Type, bound float64) *Expr {
	return &Expr{Format: text, Type: t, Bound: bound}
}

func (g *gen) floatConst() string {
	return pick(g.r, []string{"0.0", "-0.0", "0.5", "1.5", "-2.25", "3.0", "0.1", "1e-3", "-7.75", "1e10", "2.5e-8", "100.0", "1.0"})
}
