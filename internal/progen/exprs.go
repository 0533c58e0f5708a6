package progen

import (
	"math"
	"strconv"
)

// Every expression renders as an atom (a name, a call, a non-negative
// literal or a parenthesized expression), so that formats can combine
// them without thinking about precedence.

func bin(format string, t Type, bound float64, args ...*Expr) *Expr {
	return &Expr{Format: format, Args: args, Type: t, Bound: bound}
}

// reduce makes e's magnitude at most limit: e itself, or e % m.
func reduce(e *Expr, limit float64) *Expr {
	if e.Bound <= limit {
		return e
	}
	m := math.Min(limit, wrapModulus)
	return bin("($ % "+strconv.Itoa(int(m))+")", Int, m, e)
}

// fitVar reduces e to a value an integer variable may hold.
func fitVar(e *Expr) *Expr { return reduce(e, varBound) }

// intConst is a small integer literal.
func (g *gen) intConst() *Expr {
	n := pick(g.r, []int{0, 1, 2, 3, 5, 7, 10, 100, -1, -2, -9, 12345})
	if n < 0 {
		return leaf("("+strconv.Itoa(n)+")", Int, float64(-n))
	}
	return leaf(strconv.Itoa(n), Int, float64(n))
}

func (g *gen) intLeaf(sc *scope) *Expr {
	switch k := g.r.IntN(10); {
	case k < 5:
		v := pick(g.r, sc.ints)
		return leaf(v.name, Int, v.bound)
	case k < 7:
		return g.intConst()
	case k < 8 && len(sc.arrays) > 0 && g.nest == 0 && g.r.IntN(2) == 0:
		g.nest++
		defer func() { g.nest-- }()
		if g.r.IntN(3) != 0 {
			return g.elemRead(sc, Int)
		}
		return g.intReduction(sc)
	}
	v := pick(g.r, sc.ints)
	return leaf(v.name, Int, v.bound)
}

// divisor is a nonzero integer divisor of either sign, or now and then
// any integer (so that ZeroDivisionError is tested too).
func (g *gen) divisor(sc *scope) *Expr {
	e := g.intExpr(sc, 1)
	switch g.r.IntN(6) {
	case 0:
		return bin("(-($ % 13) - 1)", Int, 13, e)
	case 1:
		return fitVar(e)
	case 2:
		return g.intConst()
	}
	return bin("($ % 13 + 1)", Int, 13, e)
}

func (g *gen) intExpr(sc *scope, depth int) *Expr {
	if depth <= 0 || g.r.IntN(4) == 0 {
		return g.intLeaf(sc)
	}
	d := depth - 1
	switch g.r.IntN(18) {
	case 0, 1:
		x, y := g.intExpr(sc, d), g.intExpr(sc, d)
		op := pick(g.r, []string{"+", "-"})
		return bin("($ "+op+" $)", Int, x.Bound+y.Bound, x, y)
	case 2:
		x, y := g.intExpr(sc, d), g.intExpr(sc, d)
		for x.Bound*y.Bound > exprLimit {
			if x.Bound > y.Bound {
				x = reduce(x, 1009)
			} else {
				y = reduce(y, 1009)
			}
		}
		return bin("($ * $)", Int, x.Bound*y.Bound, x, y)
	case 3:
		x := g.intExpr(sc, d)
		return bin("($ // $)", Int, x.Bound, x, g.divisor(sc))
	case 4:
		y := g.divisor(sc)
		return bin("($ % $)", Int, y.Bound, g.intExpr(sc, d), y)
	case 5:
		x := g.intExpr(sc, d)
		return bin("(-$)", Int, x.Bound, x)
	case 6:
		x := g.intExpr(sc, d)
		return bin("abs($)", Int, x.Bound, x)
	case 7:
		x, y := g.intExpr(sc, d), g.intExpr(sc, d)
		return bin(pick(g.r, []string{"min($, $)", "max($, $)"}), Int, math.Max(x.Bound, y.Bound), x, y)
	case 8:
		x, y := g.intExpr(sc, d), g.intExpr(sc, d)
		op := pick(g.r, []string{"&", "|", "^"})
		return bin("($ "+op+" $)", Int, 2*math.Max(x.Bound, y.Bound)+1, x, y)
	case 9:
		x := reduce(g.intExpr(sc, d), 1024)
		return bin("($ << ($ % 10))", Int, x.Bound*512, x, g.intExpr(sc, d))
	case 10:
		x := g.intExpr(sc, d)
		return bin("($ >> ($ % 20))", Int, x.Bound, x, g.intExpr(sc, d))
	case 11:
		k := g.r.IntN(5)
		x := reduce(g.intExpr(sc, d), 31)
		return bin("($ ** "+strconv.Itoa(k)+")", Int, math.Pow(x.Bound, float64(k)), x)
	case 12:
		x, y := g.intExpr(sc, d), g.intExpr(sc, d)
		return bin("($ if $ else $)", Int, math.Max(x.Bound, y.Bound), x, g.boolExpr(sc, d), y)
	case 13:
		f := pick(g.r, []string{"int", "round", "math.floor", "math.ceil", "math.trunc"})
		return bin(f+"(math.fmod($, 1e6))", Int, 1e6, g.floatExpr(sc, d))
	case 14:
		return bin(pick(g.r, []string{"($ + $)", "($ * $)", "($ - $)"}), Int, 1+varBound, g.intExpr(sc, 0), g.boolExpr(sc, d))
	case 15:
		if h := g.helper(Int); h != nil {
			return g.call(sc, h, d, varBound)
		}
	case 16:
		x, y := g.intExpr(sc, d), g.divisor(sc)
		switch g.r.IntN(3) {
		case 0:
			return bin("divmod($, $)["+strconv.Itoa(g.r.IntN(2))+"]", Int, math.Max(x.Bound, y.Bound), x, y)
		case 1:
			return bin("pow($, "+strconv.Itoa(g.r.IntN(40))+", $)", Int, y.Bound, x, y)
		}
		if len(sc.arrays) > 0 && g.nest == 0 {
			g.nest++
			defer func() { g.nest-- }()
			return g.intReduction(sc)
		}
	}
	x, y := g.intExpr(sc, d), g.intExpr(sc, d)
	return bin("($ - $)", Int, x.Bound+y.Bound, x, y)
}

func (g *gen) floatLeaf(sc *scope) *Expr {
	switch k := g.r.IntN(10); {
	case k < 6:
		return leaf(pick(g.r, sc.floats), Float, 0)
	case k < 8:
		c := g.floatConst()
		if c[0] == '-' {
			c = "(" + c + ")"
		}
		return leaf(c, Float, 0)
	case k < 9 && len(sc.arrays) > 0 && g.nest == 0 && g.r.IntN(2) == 0:
		g.nest++
		defer func() { g.nest-- }()
		return g.elemRead(sc, Float)
	}
	return bin("float($)", Float, 0, g.intLeaf(sc))
}

// unaryMath are math functions of one float returning a float; some
// raise ValueError or OverflowError on some inputs, as they should.
var unaryMath = []string{"math.sqrt", "math.exp", "math.log", "math.sin", "math.cos", "math.tan", "math.atan",
	"math.tanh", "math.fabs", "math.log1p", "math.expm1", "math.asinh", "math.sinh", "math.cosh", "math.erf",
	"math.log10", "math.log2", "math.acos", "math.asin", "math.atanh", "math.degrees", "math.radians",
	"math.erfc", "math.acosh"}

// inDomain are math functions of one float with their argument mapped
// into their domain, so that most calls return.
var inDomain = []string{"math.sqrt(abs($))", "math.log(abs($) + 1.0)", "math.log10(abs($) + 0.5)", "math.log2(abs($) + 2.0)",
	"math.acos(math.cos($))", "math.asin(math.sin($))", "math.atanh(math.tanh($) * 0.5)", "math.exp(math.sin($))",
	"math.cosh(math.fmod($, 100.0))", "math.log1p(abs($))"}

func (g *gen) floatExpr(sc *scope, depth int) *Expr {
	if depth <= 0 || g.r.IntN(4) == 0 {
		return g.floatLeaf(sc)
	}
	d := depth - 1
	f := func() *Expr { return g.floatExpr(sc, d) }
	switch g.r.IntN(18) {
	case 0, 1, 2:
		op := pick(g.r, []string{"+", "-", "*"})
		return bin("($ "+op+" $)", Float, 0, f(), f())
	case 3:
		return bin("($ / (abs($) + 1.0))", Float, 0, f(), f())
	case 4:
		op := pick(g.r, []string{"/", "//", "%"})
		return bin("($ "+op+" $)", Float, 0, f(), f())
	case 5:
		return bin("(abs($) ** "+pick(g.r, []string{"0.5", "2.0", "3", "-1.0", "1.5", "0"})+")", Float, 0, f())
	case 6:
		// a negative base would give a complex in CPython
		return bin("(abs($) ** $)", Float, 0, f(), f())
	case 7:
		return bin(pick(g.r, []string{"(-$)", "abs($)"}), Float, 0, f())
	case 8:
		return bin(pick(g.r, []string{"min($, $)", "max($, $)"}), Float, 0, f(), f())
	case 9:
		return bin(pick(g.r, unaryMath)+"($)", Float, 0, f())
	case 10:
		if len(sc.arrays) > 0 && g.nest == 0 && g.r.IntN(2) == 0 {
			g.nest++
			defer func() { g.nest-- }()
			// on an empty array max and min raise ValueError
			return g.floatReduction(sc)
		}
		return bin(pick(g.r, inDomain), Float, 0, f())
	case 11:
		return bin(pick(g.r, []string{"math.atan2($, $)", "math.hypot($, $)", "math.copysign($, $)", "math.fmod($, $)"}), Float, 0, f(), f())
	case 12:
		x := g.intExpr(sc, d)
		op := pick(g.r, []string{"+", "-", "*", "/"})
		if g.r.IntN(2) == 0 {
			return bin("($ "+op+" $)", Float, 0, x, f())
		}
		return bin("($ "+op+" $)", Float, 0, f(), x)
	case 13:
		return bin("($ / $)", Float, 0, g.intExpr(sc, d), g.divisor(sc))
	case 14:
		return bin("($ if $ else $)", Float, 0, f(), g.boolExpr(sc, d), f())
	case 15:
		return bin("round($, "+strconv.Itoa(g.r.IntN(4))+")", Float, 0, f())
	case 16:
		if h := g.helper(Float); h != nil {
			return g.call(sc, h, d, 0)
		}
	}
	return bin("float($)", Float, 0, g.intExpr(sc, d))
}

// comparable gives two operands of one comparison: ints, floats or an
// int (exactly representable as a float) and a float.
func (g *gen) comparable(sc *scope, d int) (*Expr, *Expr) {
	switch g.r.IntN(3) {
	case 0:
		return g.intExpr(sc, d), g.intExpr(sc, d)
	case 1:
		return g.floatExpr(sc, d), g.floatExpr(sc, d)
	}
	return reduce(g.intExpr(sc, d), 1<<52), g.floatExpr(sc, d)
}

func (g *gen) boolExpr(sc *scope, depth int) *Expr {
	d := max(depth-1, 0)
	cmp := []string{"<", "<=", ">", ">=", "==", "!="}
	switch k := g.r.IntN(10); {
	case k < 4 || depth <= 0:
		x, y := g.comparable(sc, d)
		return bin("($ "+pick(g.r, cmp)+" $)", Bool, 0, x, y)
	case k < 5:
		x, y := g.comparable(sc, d)
		x, y = reduce(x, 1<<52), reduce(y, 1<<52) // the last operand is a float
		return bin("($ "+pick(g.r, cmp)+" $ "+pick(g.r, cmp)+" $)", Bool, 0, x, y, g.floatExpr(sc, d))
	case k < 6:
		return bin("(not $)", Bool, 0, g.boolExpr(sc, d))
	case k < 8:
		op := pick(g.r, []string{"and", "or"})
		return bin("($ "+op+" $)", Bool, 0, g.boolExpr(sc, d), g.boolExpr(sc, d))
	case k < 9:
		return bin(pick(g.r, []string{"math.isnan($)", "math.isinf($)", "math.isfinite($)"}), Bool, 0, g.floatExpr(sc, d))
	}
	return leaf(pick(g.r, sc.bools), Bool, 0)
}

// helper picks a generated function returning t, if there is one.
func (g *gen) helper(t Type) *Func {
	var fs []*Func
	for _, f := range g.helpers {
		if f.Ret == t {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	return pick(g.r, fs)
}

// call calls h with arguments of its parameter types, some by keyword.
func (g *gen) call(sc *scope, h *Func, d int, bound float64) *Expr {
	format := h.Name + "("
	var args []*Expr
	byKeyword := g.r.IntN(3) == 0
	for i, p := range h.Params {
		if i > 0 {
			format += ", "
		}
		if byKeyword && i == len(h.Params)-1 {
			format += p.Name + "="
		}
		format += "$"
		if p.Type.IsArray() {
			args = append(args, g.arrayArgument(sc, p))
		} else if p.Type == Int && i == 0 && h.Recursive {
			args = append(args, reduce(g.intExpr(sc, d), 8))
		} else if p.Type == Int {
			args = append(args, fitVar(g.intExpr(sc, d)))
		} else {
			args = append(args, g.floatExpr(sc, d))
		}
	}
	return bin(format+")", h.Ret, bound, args...)
}

// arrayArgument is an array to pass for the array parameter p: of the
// shape of an array in scope with as many dimensions, else of constant
// sizes; exact (and finite) elements when p takes them.
func (g *gen) arrayArgument(sc *scope, p Param) *Expr {
	nd := p.Type.NDim()
	shape := []string{"3", "2", "4"}[:nd]
	if vs := sc.arraysWhere(func(v arrayVar) bool { return len(v.shape) == nd }); len(vs) > 0 && g.r.IntN(4) != 0 {
		shape = pick(g.r, vs).shape
	}
	want := anyClass
	switch {
	case p.Finite:
		want = finiteClass
	case p.Exact:
		want = exactClass
	}
	return g.arrExpr(sc, p.Type.Dtype(), shape, 1, want)
}
