// Package progen generates random, well-typed Python programs in the
// subset pynjit compiles (scalar int, float and bool arithmetic with
// every operator, branches, nested loops, calls, tuples, math functions
// and reads and writes of 1-D arrays), so that CPython and pynjit can run
// them side by side, and shrinks a program that disagrees to a small
// reproducer.
//
// Integers never overflow: every integer expression carries a bound on
// its magnitude, and an operation whose result could leave
// [-2**60, 2**60] has its operands reduced with % first; variables hold
// values below 2**20. Every divisor, index and loop count is built so
// that the program terminates and never indexes out of bounds, but
// division by zero, math domain errors and float overflow are allowed:
// both sides must raise the same exception.
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
	ints      []intVar
	floats    []string
	bools     []string
	pairs     []string
	assignI   []string // int variables that may be assigned
	assignF   []string
	farr      string // a float64[:] parameter, or ""
	iarr      string
	loops     int // loops around the statement
	loopNames int // loop variables named so far
}

type gen struct {
	r       *rand.Rand
	helpers []*Func // callable functions generated so far
	depth   int     // expression nesting
}

// Generate makes the program of a seed: the same seed always gives the
// same program. Its functions are named with prefix.
func Generate(seed uint64, prefix string) *Program {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x5eed))}
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
	for i := range 1 + g.r.IntN(2) {
		n := fmt.Sprintf("n%d", i)
		f.Params = append(f.Params, Param{n, Int})
		sc.ints = append(sc.ints, intVar{n, varBound})
	}
	for i := range 1 + g.r.IntN(2) {
		n := fmt.Sprintf("x%d", i)
		f.Params = append(f.Params, Param{n, Float})
		sc.floats = append(sc.floats, n)
	}
	if entry && g.r.IntN(2) == 0 {
		f.Params = append(f.Params, Param{"a", FloatArray})
		sc.farr = "a"
	}
	if entry && g.r.IntN(3) == 0 {
		f.Params = append(f.Params, Param{"b", IntArray})
		sc.iarr = "b"
	}
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
	size := 3 + g.r.IntN(6)
	if !entry {
		size = 1 + g.r.IntN(3)
	}
	f.Body = append(f.Body, g.block(sc, size)...)
	f.Body = append(f.Body, &Stmt{Head: "return $", Exprs: []*Expr{g.result(sc, f.Ret)}, Fixed: true})
	return f
}

// recursive generates a function that calls itself n0 times.
func (g *gen) recursive(name string) *Func {
	f := &Func{Name: name, Ret: Float, Recursive: true, Params: []Param{{"n0", Int}, {"x0", Float}}}
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
	compound := sc.loops < 2 && g.depth == 0
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
	case k < 13 && (sc.farr != "" || sc.iarr != ""):
		return g.store(sc)
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

func (g *gen) store(sc *scope) *Stmt {
	if sc.farr != "" && (sc.iarr == "" || g.r.IntN(2) == 0) {
		op := pick(g.r, []string{"=", "=", "+=", "*="})
		return &Stmt{Head: sc.farr + "[$] " + op + " $", Exprs: []*Expr{g.index(sc, sc.farr), g.floatExpr(sc, 2)}}
	}
	return &Stmt{Head: sc.iarr + "[$] = $", Exprs: []*Expr{g.index(sc, sc.iarr), fitVar(g.intExpr(sc, 2))}}
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
		if sc.farr != "" {
			s = &Stmt{Head: "for " + v + " in range(len(" + sc.farr + ")):"}
			bound = 16
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
