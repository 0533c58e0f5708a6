package progen

import (
	"math"
	"strconv"
	"strings"
)

// maxDim bounds every dimension of every array: the cases' sizes,
// constants and lengths taken modulo 7 are all smaller.
const maxDim = 8

// maxSize bounds the number of elements of an array (3 dimensions).
const maxSize = maxDim * maxDim * maxDim

// arrayVar is an array in scope: a parameter, a local or a loop's row.
// Its dtype, dimensions and shape never change: every assignment to it
// makes an array of the same shape.
type arrayVar struct {
	name   string
	t      Type
	shape  []string
	exact  bool   // float: every element ever stored is exact (class)
	assign bool   // may be rebound
	root   string // the array whose memory it may share: the parameter or local it views
	// contig: its type is C-contiguous, so that it is never assigned
	// a view of layout A (Numba, and pynjit, cannot iterate over a
	// variable whose first type is C and a later one A)
	contig bool
}

// The exact class: the elements of an exact float array are multiples
// of 2**-exactScale no larger than the dtype's exactBound, or inf or
// nan. Their sums (and the sums of their products) are exact in any
// order, so the pairwise sums of NumPy and any other order agree. Dot
// products take the finite part of the class (finite.go).
const exactScale = 3

// exactBound is the largest element of an exact array of d.
func exactBound(d Dtype) float64 {
	if d == F32 {
		return 1 << 7
	}
	return 1 << 12
}

// mantissa is the number of significant bits of d's elements.
func mantissa(d Dtype) int {
	if d == F32 {
		return 24
	}
	return 53
}

// units is how many multiples of 2**-Scale an exact value may reach.
func units(e *Expr) float64 { return e.Bound * math.Pow(2, float64(e.Scale)) }

// storable reports whether e's values are of class want as elements of
// an array of d.
func storable(e *Expr, d Dtype, want class) bool {
	switch {
	case want == anyClass || !d.isFloat():
		return true
	case !e.Exact || e.Bound > exactBound(d) || e.Scale > exactScale:
		return false
	}
	return want == exactClass || finite(e)
}

// exactOp gives e the exactness of combining x and y: magnitudes and
// scales add for a product (mul), else the larger of each is taken and
// magnitudes add for a sum (add); finite when both are.
func exactOp(e, x, y *Expr, add, mul bool) *Expr {
	e.Exact = x.Exact && y.Exact
	if !e.Exact {
		return e
	}
	e.Finite = finite(x) && finite(y)
	switch {
	case mul:
		e.Bound, e.Scale = x.Bound*y.Bound, x.Scale+y.Scale
	case add:
		e.Bound, e.Scale = x.Bound+y.Bound, max(x.Scale, y.Scale)
	default:
		e.Bound, e.Scale = math.Max(x.Bound, y.Bound), max(x.Scale, y.Scale)
	}
	if units(e) > 1<<40 {
		e.Exact = false
	}
	return e
}

// mark gives an expression reading v (or a view of it) v's exactness
// and root, and finiteness when the root is committed to it.
func (g *gen) mark(v arrayVar, e *Expr) {
	e.View = v.root
	if v.t.Dtype().isFloat() && v.exact {
		e.Exact, e.Bound, e.Scale = true, exactBound(v.t.Dtype()), exactScale
		e.Finite = g.roots[v.root] == rootCommitted
	}
}

// whole is an expression reading v.
func (g *gen) whole(v arrayVar) *Expr {
	e := &Expr{Format: v.name, Type: v.t, Shape: v.shape, Contig: v.contig}
	g.mark(v, e)
	if len(v.shape) == 1 {
		along(e, v, 0, 1)
	}
	return e
}

// contiguous reports whether the static type of the array e is
// C-contiguous.
func contiguous(e *Expr) bool { return e.View == "" || e.Contig }

// copied is e, copied into a new array when it is a view.
func copied(e *Expr) *Expr {
	if e.View == "" {
		return e
	}
	return &Expr{Format: "$.copy()", Args: []*Expr{e}, Type: e.Type, Shape: e.Shape, Exact: e.Exact, Bound: e.Bound, Scale: e.Scale, Finite: e.Finite}
}

// arraysWhere lists the arrays in scope that ok accepts.
func (sc *scope) arraysWhere(ok func(arrayVar) bool) []arrayVar {
	var out []arrayVar
	for _, v := range sc.arrays {
		if ok(v) {
			out = append(out, v)
		}
	}
	return out
}

// exactFloat is a float scalar in the exact class of d, of class want
// (exactClass or finiteClass).
func (g *gen) exactFloat(sc *scope, d Dtype, want class) *Expr {
	if vs := sc.arraysWhere(func(v arrayVar) bool { return v.exact && v.t.Dtype() == d && g.holds(v, want) }); len(vs) > 0 && g.r.IntN(3) == 0 {
		e := g.read(g.subscript(sc, pick(g.r, vs), 0), want)
		return &Expr{Format: "float($)", Args: []*Expr{e}, Type: Float, Exact: true, Bound: exactBound(d), Scale: exactScale, Finite: e.Finite}
	}
	if g.r.IntN(3) == 0 {
		e := reduce(g.intExpr(sc, 1), exactBound(d))
		return &Expr{Format: "float($)", Args: []*Expr{e}, Type: Float, Exact: true, Bound: exactBound(d), Finite: true}
	}
	c := pick(g.r, []string{"0.5", "1.0", "2.0", "-1.5", "0.25", "-0.0", "3.0", "0.125", "-4.0", "0.0"})
	if c[0] == '-' {
		c = "(" + c + ")"
	}
	return &Expr{Format: c, Type: Float, Exact: true, Bound: 4, Scale: 3, Finite: true}
}

// scalarFor is a Python scalar to combine with an array of d, keeping
// its dtype under NumPy 1 (value-based casting, CPython's oracle) and
// Numba alike: an int for int64 and float arrays (of at most 2**7 for
// float32, which converts it exactly), a float for float64 ones, nil for
// int32 arrays (NumPy keeps int32 for a small int, Numba computes in
// int64). float32 arrays take no float, which Numba computes in
// float64. want is the class the scalar is asked to be of.
func (g *gen) scalarFor(sc *scope, d Dtype, want class) *Expr {
	switch {
	case d == I32:
		return nil
	case d == F64 && g.r.IntN(3) != 0:
		if want != anyClass {
			return g.exactFloat(sc, d, want)
		}
		return g.floatExpr(sc, 1)
	}
	e := fitVar(g.intExpr(sc, 1))
	if d == F32 {
		e = reduce(e, 1<<7)
	}
	return &Expr{Format: "$", Args: []*Expr{e}, Type: Int, Bound: e.Bound, Exact: true}
}

// augScalar is a Python scalar to update a view of d with in place: the
// view's dtype decides the result's, so any int goes, and for float32 a
// float that float32 holds (NumPy 1 computes in float32, Numba in
// float64 and rounds, which agree for one operation on float32 values).
func (g *gen) augScalar(sc *scope, d Dtype) *Expr {
	switch {
	case !d.isFloat():
		return fitVar(g.intExpr(sc, 1))
	case d == F32:
		return g.exactFloat(sc, d, exactClass)
	}
	return g.floatExpr(sc, 1)
}

// arrExpr makes an array expression of dtype d and the given shape,
// whose values are of class want as elements of an array of d.
func (g *gen) arrExpr(sc *scope, d Dtype, shape []string, depth int, want class) *Expr {
	if depth <= 0 || g.r.IntN(4) == 0 {
		return g.arrLeaf(sc, d, shape, want)
	}
	e := g.arrOp(sc, d, shape, depth-1, want)
	if e == nil || !storable(e, d, want) {
		return g.arrLeaf(sc, d, shape, want)
	}
	return e
}

// operand is the other operand of a binary operation on an array of d and
// shape: an array of the same shape, or of its last dimensions
// (broadcast), or a scalar.
func (g *gen) operand(sc *scope, d Dtype, shape []string, depth int, want class) *Expr {
	switch k := g.r.IntN(6); {
	case k < 2 && d != I32:
		return g.scalarFor(sc, d, want)
	case k < 3 && len(shape) > 1:
		return g.arrExpr(sc, d, shape[1+g.r.IntN(len(shape)-1):], depth, want)
	}
	return g.arrExpr(sc, d, shape, depth, want)
}

func (g *gen) arrOp(sc *scope, d Dtype, shape []string, depth int, want class) *Expr {
	t := ArrayOf(d, len(shape))
	if d == B1 {
		return g.arrCompare(sc, shape, depth)
	}
	switch g.r.IntN(14) {
	case 0, 1, 2:
		x, y := g.arrExpr(sc, d, shape, depth, want), g.operand(sc, d, shape, depth, want)
		op := pick(g.r, []string{"+", "-", "*"})
		if g.r.IntN(3) == 0 {
			x, y = y, x
		}
		return exactOp(&Expr{Format: "($ " + op + " $)", Args: []*Expr{x, y}, Type: t, Shape: shape}, x, y, op != "*", op == "*")
	case 3:
		// mixed dtypes promoting to d: int arrays with floats, float32
		// with float64
		if d == F64 {
			src := pick(g.r, []Dtype{I64, I32, F32})
			x := g.arrExpr(sc, src, shape, depth, anyClass)
			y := g.operand(sc, F64, shape, depth, anyClass)
			if src.isFloat() || g.r.IntN(2) == 0 {
				y = g.arrExpr(sc, F64, shape, depth, anyClass)
			} else if y.Type == Int {
				y = g.floatExpr(sc, 1)
			}
			if g.r.IntN(2) == 0 {
				x, y = y, x
			}
			return &Expr{Format: "($ " + pick(g.r, []string{"+", "-", "*", "/"}) + " $)", Args: []*Expr{x, y}, Type: t, Shape: shape}
		}
		if d == I64 {
			x, y := g.arrExpr(sc, I32, shape, depth, anyClass), g.arrExpr(sc, I64, shape, depth, anyClass)
			return &Expr{Format: "($ " + pick(g.r, []string{"+", "-", "*"}) + " $)", Args: []*Expr{x, y}, Type: t, Shape: shape}
		}
	case 4:
		if !d.isFloat() {
			// integer division and remainder: by zero they give 0
			x, y := g.arrExpr(sc, d, shape, depth, anyClass), g.operand(sc, d, shape, depth, anyClass)
			return &Expr{Format: "($ " + pick(g.r, []string{"//", "%"}) + " $)", Args: []*Expr{x, y}, Type: t, Shape: shape}
		}
		x, y := g.arrExpr(sc, d, shape, depth, anyClass), g.operand(sc, d, shape, depth, anyClass)
		if d == F64 && g.r.IntN(3) == 0 {
			x = g.arrExpr(sc, pick(g.r, []Dtype{I64, I32}), shape, depth, anyClass)
			y = g.arrExpr(sc, pick(g.r, []Dtype{I64, I32}), shape, depth, anyClass)
			return &Expr{Format: "($ / $)", Args: []*Expr{x, y}, Type: t, Shape: shape}
		}
		return &Expr{Format: "($ " + pick(g.r, []string{"/", "//", "%"}) + " $)", Args: []*Expr{x, y}, Type: t, Shape: shape}
	case 5:
		x := g.arrExpr(sc, d, shape, depth, want)
		e := &Expr{Format: pick(g.r, []string{"(-$)", "np.abs($)"}), Args: []*Expr{x}, Type: t, Shape: shape}
		e.Exact, e.Bound, e.Scale, e.Finite = x.Exact, x.Bound, x.Scale, x.Finite
		return e
	case 6:
		if d == I64 {
			x := g.arrExpr(sc, d, shape, depth, anyClass)
			return &Expr{Format: "($ ** " + strconv.Itoa(g.r.IntN(4)) + ")", Args: []*Expr{x}, Type: t, Shape: shape}
		}
		if d == I32 {
			break // an int exponent is a scalar int: int32 or int64 by the oracle
		}
		src := d
		if d == F64 && g.r.IntN(3) == 0 {
			src = pick(g.r, []Dtype{I64, I32})
		}
		x := g.arrExpr(sc, src, shape, depth, anyClass)
		fs := []string{"np.sqrt($)", "np.floor($)", "np.ceil($)", "np.abs($)", "np.sqrt(np.abs($))"}
		if src != d {
			fs = fs[:3] // np.abs keeps an int dtype
		}
		f := pick(g.r, fs)
		e := &Expr{Format: f, Args: []*Expr{x}, Type: t, Shape: shape}
		if f == "np.floor($)" || f == "np.ceil($)" {
			e.Exact, e.Bound, e.Finite = x.Exact, x.Bound, finite(x)
		}
		return e
	case 7:
		if d.isFloat() {
			x := g.arrExpr(sc, d, shape, depth, anyClass)
			ps := []string{"2", "3", "-1", "0", "1", "-2"}
			if d == F64 {
				ps = append(ps, "2.0", "1.5", "0.5")
			}
			p := pick(g.r, ps)
			return &Expr{Format: "($ ** " + p + ")", Args: []*Expr{x}, Type: t, Shape: shape}
		}
	case 8, 9:
		c := g.arrCompare(sc, shape, depth)
		if g.r.IntN(3) == 0 && len(shape) > 1 {
			c = g.arrCompare(sc, shape[1:], depth)
		}
		x, y := g.arrExpr(sc, d, shape, depth, want), g.operand(sc, d, shape, depth, want)
		if d == F32 && y.Type == Int {
			// np.where takes NumPy's promote_types under Numba: float64
			y = g.arrExpr(sc, d, shape, depth, want)
		}
		if g.r.IntN(3) == 0 {
			x, y = y, x
		}
		return exactOp(&Expr{Format: "np.where($, $, $)", Args: []*Expr{c, x, y}, Type: t, Shape: shape}, x, y, false, false)
	case 10:
		x, y := g.arrExpr(sc, d, shape, depth, want), g.operand(sc, d, shape, depth, want)
		if g.r.IntN(3) == 0 {
			x, y = y, x
		}
		f := pick(g.r, []string{"np.minimum($, $)", "np.maximum($, $)"})
		return exactOp(&Expr{Format: f, Args: []*Expr{x, y}, Type: t, Shape: shape}, x, y, false, false)
	case 11:
		if e := g.matmul(sc, d, shape, depth); e != nil {
			return e
		}
	case 12:
		if d.isFloat() {
			x := g.arrExpr(sc, d, shape, depth, want)
			f := pick(g.r, []string{"np.floor($)", "np.ceil($)"})
			e := &Expr{Format: f, Args: []*Expr{x}, Type: t, Shape: shape}
			e.Exact, e.Bound, e.Finite = x.Exact, x.Bound, finite(x)
			return e
		}
		return g.bitwise(sc, d, shape, depth)
	case 13:
		if !d.isFloat() {
			return g.bitwise(sc, d, shape, depth)
		}
	}
	return g.arrLeaf(sc, d, shape, want)
}

// bitwise is an int array of d and shape made with bitwise operators:
// &, | and ^ of arrays (and for int64 of an int), ~, and for int64
// shifts by a constant below 8, which wrap alike in NumPy and pynjit.
// int32 arrays take no scalar (see scalarFor) and are not shifted: the
// shift is a Python int, int32 under NumPy 1's value-based casting and
// int64 under Numba's.
func (g *gen) bitwise(sc *scope, d Dtype, shape []string, depth int) *Expr {
	t := ArrayOf(d, len(shape))
	x := g.arrExpr(sc, d, shape, depth, anyClass)
	switch k := g.r.IntN(5); {
	case k == 0:
		return &Expr{Format: "(~$)", Args: []*Expr{x}, Type: t, Shape: shape}
	case k == 1 && d == I64:
		op := pick(g.r, []string{"<<", ">>"})
		return &Expr{Format: "($ " + op + " " + strconv.Itoa(g.r.IntN(8)) + ")", Args: []*Expr{x}, Type: t, Shape: shape}
	}
	y := g.operand(sc, d, shape, depth, anyClass)
	if g.r.IntN(3) == 0 {
		x, y = y, x
	}
	return &Expr{Format: "($ " + pick(g.r, []string{"&", "|", "^"}) + " $)", Args: []*Expr{x, y}, Type: t, Shape: shape}
}

// arrCompare is a bool array of the given shape: a comparison of arrays,
// or of an array and a scalar.
func (g *gen) arrCompare(sc *scope, shape []string, depth int) *Expr {
	d := pick(g.r, []Dtype{F64, F64, I64, F32, I32})
	x, y := g.arrExpr(sc, d, shape, depth, anyClass), g.operand(sc, d, shape, depth, anyClass)
	if g.r.IntN(3) == 0 {
		x, y = y, x
	}
	op := pick(g.r, []string{"<", "<=", ">", ">=", "==", "!="})
	return &Expr{Format: "($ " + op + " $)", Args: []*Expr{x, y}, Type: ArrayOf(B1, len(shape)), Shape: shape}
}

// matmul is a @ b or np.dot(a, b) giving an array of d and shape, with
// the inner dimension named after any dimension in scope; both operands
// exact when d is float, so that the order of the products' sum does
// not matter, and finite, so that no BLAS skips a zero times inf or nan.
func (g *gen) matmul(sc *scope, d Dtype, shape []string, depth int) *Expr {
	if d == B1 || len(shape) > 2 {
		return nil
	}
	inner := g.someDim(sc)
	var xs, ys []string
	switch {
	case len(shape) == 2:
		xs, ys = []string{shape[0], inner}, []string{inner, shape[1]}
	case g.r.IntN(2) == 0:
		xs, ys = []string{shape[0], inner}, []string{inner}
	default:
		xs, ys = []string{inner}, []string{inner, shape[0]}
	}
	x, y := g.arrExpr(sc, d, xs, depth, finiteClass), g.arrExpr(sc, d, ys, depth, finiteClass)
	if d.isFloat() && (!x.Exact || !y.Exact || !finite(x) || !finite(y) || units(x)*units(y)*maxDim > math.Pow(2, float64(mantissa(d)))) {
		return nil
	}
	f := pick(g.r, []string{"($ @ $)", "np.dot($, $)"})
	return &Expr{Format: f, Args: []*Expr{x, y}, Type: ArrayOf(d, len(shape)), Shape: shape}
}

// someDim is the name of any dimension of an array in scope.
func (g *gen) someDim(sc *scope) string {
	if len(sc.arrays) == 0 {
		return pick(g.r, []string{"2", "3"})
	}
	v := pick(g.r, sc.arrays)
	return pick(g.r, v.shape)
}

// arrLeaf is an array of dtype d and the given shape, of class want: a
// variable, a view of one (reversed, transposed, a row of a larger one),
// or a new array.
func (g *gen) arrLeaf(sc *scope, d Dtype, shape []string, want class) *Expr {
	t := ArrayOf(d, len(shape))
	var cands []func() *Expr
	for _, v := range sc.arrays {
		if v.t.Dtype() != d || !g.holds(v, want) {
			continue
		}
		nd := len(v.shape)
		whole := func() *Expr { return g.whole(v) }
		switch {
		case sameShape(v.shape, shape):
			cands = append(cands, whole, whole, func() *Expr { return g.reversedView(v) })
		case nd >= 2 && nd == len(shape) && sameShape(reversed(v.shape), shape):
			cands = append(cands, func() *Expr {
				e := &Expr{Format: v.name + ".T", Type: t, Shape: shape}
				g.mark(v, e)
				return e
			})
		}
		for k := 0; k < nd && nd > len(shape); k++ {
			// v with dimension k indexed away
			rest := append(append([]string(nil), v.shape[:k]...), v.shape[k+1:]...)
			if !sameShape(rest, shape) {
				continue
			}
			cands = append(cands, func() *Expr { return g.rowOf(sc, v, k) })
		}
		if nd == len(shape)+2 && sameShape(v.shape[2:], shape) {
			cands = append(cands, func() *Expr {
				e := &Expr{Format: v.name + "[$, $]", Args: []*Expr{g.arrIndex(sc, v, 0), g.arrIndex(sc, v, 1)}, Type: t, Shape: shape}
				g.mark(v, e)
				if len(shape) == 1 {
					along(e, v, 2, 1)
				}
				e.Contig = v.contig
				return e
			})
		}
	}
	if len(cands) > 0 && g.r.IntN(5) != 0 {
		return g.read(pick(g.r, cands)(), want)
	}
	if e := g.alloc(sc, d, shape, want); e != nil {
		return e
	}
	if len(cands) > 0 {
		return g.read(pick(g.r, cands)(), want)
	}
	panic("progen: no array of shape " + strings.Join(shape, ", ") + " in scope")
}

// reversedView is v with one dimension reversed, or all taken whole.
func (g *gen) reversedView(v arrayVar) *Expr {
	parts := make([]string, len(v.shape))
	for i := range parts {
		parts[i] = ":"
	}
	if g.r.IntN(4) != 0 {
		parts[g.r.IntN(len(parts))] = "::-1"
	}
	e := &Expr{Format: v.name + "[" + strings.Join(parts, ", ") + "]", Type: v.t, Shape: v.shape}
	g.mark(v, e)
	if len(parts) == 1 {
		along(e, v, 0, map[string]int{":": 1, "::-1": -1}[parts[0]])
	}
	return e
}

// rowOf is v with dimension k indexed by an in-bounds index: v[i],
// v[:, j] or v[:, :, j].
func (g *gen) rowOf(sc *scope, v arrayVar, k int) *Expr {
	parts := make([]string, k+1)
	for i := range k {
		parts[i] = ":"
	}
	parts[k] = "$"
	shape := append(append([]string(nil), v.shape[:k]...), v.shape[k+1:]...)
	e := &Expr{Format: v.name + "[" + strings.Join(parts, ", ") + "]", Args: []*Expr{g.arrIndex(sc, v, k)}, Type: ArrayOf(v.t.Dtype(), len(shape)), Shape: shape}
	g.mark(v, e)
	if len(shape) == 1 {
		along(e, v, 1-k, 1)
	}
	e.Contig = k == 0 && v.contig
	return e
}

// alloc is a new array of d and shape, of class want, or nil when the
// shape cannot be rendered.
func (g *gen) alloc(sc *scope, d Dtype, shape []string, want class) *Expr {
	dims := g.shapeExpr(sc, shape)
	if dims == "" || d == B1 {
		return nil
	}
	t := ArrayOf(d, len(shape))
	e := &Expr{Type: t, Shape: shape, Exact: true, Bound: 1, Finite: true}
	dtype := d.np()
	if d == F64 && g.r.IntN(2) == 0 {
		dtype = pick(g.r, []string{"", "np.float64", "float"})
	} else if d == I64 && g.r.IntN(3) == 0 {
		dtype = "int"
	}
	dt := ""
	if dtype != "" {
		dt = pick(g.r, []string{", ", ", dtype="}) + dtype
	}
	switch g.r.IntN(7) {
	case 0:
		e.Format = "np.zeros(" + dims + dt + ")"
		e.Bound = 0
	case 1:
		e.Format = "np.ones(" + dims + dt + ")"
	case 2, 3:
		var c *Expr
		if d.isFloat() {
			c = g.exactFloat(sc, d, max(want, exactClass))
		} else {
			c = fitVar(g.intExpr(sc, 1))
		}
		e.Format, e.Args, e.Bound, e.Scale, e.Finite = "np.full("+dims+", $"+dt+")", []*Expr{c}, c.Bound, c.Scale, finite(c)
	case 4, 5:
		if len(shape) == 1 {
			// arange takes its dtype by keyword only
			e.Format, e.Bound = "np.arange("+dims+", dtype="+d.np()+")", maxDim
			if d == I64 && g.r.IntN(2) == 0 {
				e.Format = "np.arange(" + dims + ")"
			}
			break
		}
		fallthrough
	default:
		like := sc.arraysWhere(func(v arrayVar) bool { return sameShape(v.shape, shape) })
		if len(like) == 0 {
			e.Format = "np.zeros(" + dims + dt + ")"
			break
		}
		v := pick(g.r, like)
		if v.t.Dtype() == d && (v.exact || want == anyClass) && g.holds(v, want) && g.r.IntN(2) == 0 {
			e.Format = v.name + ".copy()"
			g.mark(v, e)
			g.read(e, want)
			e.View = ""
			if !d.isFloat() {
				e.Exact = false
			}
			break
		}
		e.Format = "np.zeros_like(" + v.name + ", dtype=" + d.np() + ")"
		if v.t.Dtype() == d && g.r.IntN(2) == 0 {
			e.Format = "np.zeros_like(" + v.name + ")"
		}
		e.Bound = 0
	}
	return e
}
