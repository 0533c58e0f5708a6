package progen

import (
	"math"
	"strconv"
	"strings"
)

// paramNames are the names array parameters take, the last six those of
// labels in pynjit's IR, which once met a parameter of the same name
// (testdata/run/param_names.py).
var paramNames = []string{"a", "b", "c", "m", "arr", "grid", "data", "src", "dst", "vals", "b1", "b2", "b0", "entry", "ok", "error"}

// arrayParams gives f up to three array parameters of the case's
// dimensions (entry) or one of fresh dimensions (a helper).
func (g *gen) arrayParams(f *Func, sc *scope, entry bool) {
	n := 0
	switch {
	case entry && g.r.IntN(4) != 0:
		n = 1 + g.r.IntN(3)
	case !entry && g.r.IntN(3) == 0:
		n = 1
	}
	used := map[string]bool{}
	for range n {
		name := pick(g.r, paramNames)
		for used[name] {
			name = pick(g.r, paramNames)
		}
		used[name] = true
		d := pick(g.r, []Dtype{F64, F64, F64, I64, I64, F32, I32})
		nd := pick(g.r, []int{1, 1, 1, 2, 2, 2, 3})
		shape := make([]string, nd)
		for i := range shape {
			if entry {
				shape[i] = pick(g.r, caseDims)
			} else {
				shape[i] = g.fresh()
			}
		}
		// a helper's caller passes exact values, so that the helper may sum them
		exact := d.isFloat() && (!entry || g.r.IntN(3) != 0)
		p := Param{Name: name, Type: ArrayOf(d, nd), Shape: shape, Exact: exact}
		f.Params = append(f.Params, p)
		// a parameter never rebound holds the caller's array to the end
		assign := g.r.IntN(2) == 0
		sc.arrays = append(sc.arrays, arrayVar{name: name, t: p.Type, shape: shape, exact: exact, assign: assign, root: name})
	}
}

// newArrayName names a local array.
func (g *gen) newArrayName() string {
	g.arrayNames++
	return "w" + strconv.Itoa(g.arrayNames)
}

// arrayDecl declares a new local array: a view of an array in scope, an
// alias, a new array computed from others or allocated; the new
// variable joins sc.
func (g *gen) arrayDecl(sc *scope) *Stmt {
	name := g.newArrayName()
	if len(sc.arrays) == 0 || g.r.IntN(6) == 0 {
		return g.allocDecl(sc, name)
	}
	v := pick(g.r, sc.arrays)
	nd := len(v.shape)
	w := arrayVar{name: name, assign: true}
	var rhs *Expr
	switch g.r.IntN(7) {
	case 0, 1:
		rhs = g.subscript(sc, v, 1+g.r.IntN(nd))
	case 2:
		rhs = g.whole(v)
	case 3:
		if nd >= 2 {
			rhs = &Expr{Format: v.name + ".T", Type: v.t, Shape: reversed(v.shape)}
			g.mark(v, rhs)
			break
		}
		fallthrough
	default:
		d := pick(g.r, []Dtype{v.t.Dtype(), F64, I64, F32, I32})
		shape := v.shape
		if nd > 1 && g.r.IntN(3) == 0 {
			shape = shape[g.r.IntN(nd):]
		}
		exact := d.isFloat() && g.r.IntN(2) == 0
		want := anyClass
		if exact {
			want = exactClass
		}
		if g.r.IntN(3) == 0 {
			alloc := "np.empty(" + g.shapeExpr(sc, shape) + ", dtype=" + d.np() + ")"
			if d == v.t.Dtype() && len(shape) == nd && g.r.IntN(2) == 0 {
				alloc = "np.empty_like(" + v.name + ")"
			}
			s := &Stmt{Head: name + " = " + alloc + "\n" +
				name + "[" + strings.TrimSuffix(strings.Repeat(":, ", len(shape)), ", ") + "] = $", Fixed: true}
			w.t, w.shape, w.exact, w.root, w.contig = ArrayOf(d, len(shape)), shape, exact, name, true
			s.Exprs = []*Expr{g.stored(w, g.elemValue(sc, d, want), nil)}
			sc.arrays = append(sc.arrays, w)
			return s
		}
		rhs = g.arrExpr(sc, d, shape, 1+g.r.IntN(2), want)
		exact = exact && storable(rhs, d, want)
		w.exact = exact
	}
	w.t, w.shape, w.contig = rhs.Type, rhs.Shape, contiguous(rhs)
	if rhs.View != "" {
		// a view: writes through it reach the array it views
		w.root, w.exact = rhs.View, rhs.Exact
	} else {
		w.root = name
		g.stored(w, rhs, nil)
	}
	sc.arrays = append(sc.arrays, w)
	return &Stmt{Head: name + " = $", Exprs: []*Expr{rhs}, Fixed: true}
}

// allocDecl declares a new array of sizes computed at run time (fresh
// dimensions), or of constant sizes.
func (g *gen) allocDecl(sc *scope, name string) *Stmt {
	d := pick(g.r, []Dtype{F64, F64, I64, F32, I32})
	nd := 1 + g.r.IntN(3)
	shape := make([]string, nd)
	var dims []string
	var args []*Expr
	for i := range shape {
		if g.r.IntN(2) == 0 {
			shape[i] = strconv.Itoa(1 + g.r.IntN(4))
			dims = append(dims, shape[i])
			continue
		}
		shape[i] = g.fresh()
		dims = append(dims, "$ % 7")
		args = append(args, g.intExpr(sc, 1))
	}
	f := pick(g.r, []string{"np.zeros", "np.ones"})
	dims0 := strings.Join(dims, ", ")
	if nd > 1 {
		dims0 = "(" + dims0 + ")"
	}
	w := arrayVar{name: name, t: ArrayOf(d, nd), shape: shape, exact: d.isFloat(), assign: true, root: name, contig: true}
	sc.arrays = append(sc.arrays, w)
	return &Stmt{Head: name + " = " + f + "(" + dims0 + ", dtype=" + d.np() + ")", Exprs: args, Fixed: true}
}

// elemValue is a scalar to store in an array of d: an int for int
// arrays, a float of class want for float ones.
func (g *gen) elemValue(sc *scope, d Dtype, want class) *Expr {
	switch {
	case !d.isFloat():
		return fitVar(g.intExpr(sc, 2))
	case want != anyClass:
		return g.exactFloat(sc, d, want)
	}
	return g.floatExpr(sc, 2)
}

// elemStore is a statement storing an element value in target, a
// subscript of v.
func (g *gen) elemStore(sc *scope, v arrayVar, target *Expr) *Stmt {
	d := v.t.Dtype()
	value := g.stored(v, g.elemValue(sc, d, g.want(v)), func() *Expr { return g.exactFloat(sc, d, finiteClass) })
	return &Stmt{Head: "$ = $", Exprs: []*Expr{target, value}}
}

// arrayStmt is a statement writing arrays: an element, a view filled
// with a scalar or copied from an array, updated in place, or an array
// variable rebound.
func (g *gen) arrayStmt(sc *scope) *Stmt {
	v := pick(g.r, sc.arrays)
	d, nd := v.t.Dtype(), len(v.shape)
	if g.r.IntN(12) == 0 {
		// n, m = a.shape, as kernels start (there are three int locals)
		names := g.r.Perm(len(sc.assignI))
		targets := make([]string, nd)
		for i := range targets {
			targets[i] = sc.assignI[names[i]]
		}
		if nd == 1 {
			return &Stmt{Head: targets[0] + ", = " + v.name + ".shape"}
		}
		return &Stmt{Head: strings.Join(targets, ", ") + " = " + v.name + ".shape"}
	}
	switch k := g.r.IntN(10); {
	case k < 3:
		target := g.subscript(sc, v, 0)
		if g.r.IntN(3) == 0 && !v.exact {
			return g.elemAug(sc, target, d)
		}
		return g.elemStore(sc, v, target)
	case k < 5:
		return g.elemStore(sc, v, g.subscript(sc, v, 1+g.r.IntN(nd)))
	case k < 7:
		target := g.subscript(sc, v, 1+g.r.IntN(nd))
		if g.shapeExpr(sc, target.Shape) == "" {
			return g.elemStore(sc, v, target)
		}
		src := d
		if g.r.IntN(4) == 0 {
			src = g.castableTo(d)
		}
		want := g.want(v)
		rhs := g.arrExpr(sc, src, target.Shape, 1+g.r.IntN(2), want)
		if !storable(rhs, d, want) {
			rhs = g.arrLeaf(sc, d, target.Shape, want)
		}
		rhs = g.stored(v, rhs, func() *Expr { return g.arrLeaf(sc, d, target.Shape, finiteClass) })
		if len(target.Shape) == 1 && rhs.View == v.root && memmoveUnsafe(target, rhs) {
			// NumPy copies a view of the target's own memory into a 1-D
			// target whose stride has the same sign without a temporary,
			// forward or (when the source starts lower and reaches the
			// target) backward, as memmove does: as if through a
			// temporary only when the strides are equal (a[1:6] = a[::2]
			// reads elements it has written); pynjit and Numba copy
			// through one
			rhs = copied(rhs)
		}
		return &Stmt{Head: "$ = $", Exprs: []*Expr{target, rhs}}
	case k < 8 && !v.exact:
		target := g.subscript(sc, v, 1+g.r.IntN(nd))
		return g.viewAug(sc, target, d)
	case k < 9 && !v.exact:
		return g.viewAug(sc, g.whole(v), d)
	}
	if vs := sc.arraysWhere(func(v arrayVar) bool { return v.assign }); len(vs) > 0 {
		return g.rebind(sc, pick(g.r, vs))
	}
	return g.elemStore(sc, v, g.subscript(sc, v, 0))
}

// castableTo is a dtype whose arrays may be copied into arrays of d:
// NumPy and pynjit convert alike (no float into int, which is undefined
// for nan).
func (g *gen) castableTo(d Dtype) Dtype {
	if d.isFloat() {
		return pick(g.r, []Dtype{F64, F32, I64, I32})
	}
	return pick(g.r, []Dtype{I64, I32})
}

// elemAug updates one element in place. Elements read under CPython are
// NumPy scalars, whose arithmetic follows NumPy (a float64 scalar divided
// by zero is inf, not ZeroDivisionError; float32 stays float32), so the
// operand is one on which NumPy's scalar rules and pynjit's agree.
func (g *gen) elemAug(sc *scope, target *Expr, d Dtype) *Stmt {
	switch d {
	case F32:
		op := pick(g.r, []string{"+=", "-=", "*="})
		return &Stmt{Head: "$ " + op + " $", Exprs: []*Expr{target, g.exactFloat(sc, d, exactClass)}}
	case F64:
		op := pick(g.r, []string{"+=", "-=", "*="})
		return &Stmt{Head: "$ " + op + " $", Exprs: []*Expr{target, g.floatExpr(sc, 2)}}
	}
	if g.r.IntN(3) == 0 {
		op := pick(g.r, []string{"//=", "%="})
		return &Stmt{Head: "$ " + op + " $", Exprs: []*Expr{target, bin("($ % 13 + 1)", Int, 13, g.intExpr(sc, 1))}}
	}
	op := pick(g.r, []string{"+=", "-=", "*="})
	return &Stmt{Head: "$ " + op + " $", Exprs: []*Expr{target, fitVar(g.intExpr(sc, 1))}}
}

// viewAug updates an array or a view in place with a scalar or an
// array of its shape (or of its last dimensions).
func (g *gen) viewAug(sc *scope, target *Expr, d Dtype) *Stmt {
	ops := []string{"+=", "-=", "*="}
	if d.isFloat() {
		ops = append(ops, "/=")
	} else {
		ops = append(ops, "//=", "%=")
	}
	op := pick(g.r, ops)
	var rhs *Expr
	shape := target.Shape
	if len(shape) > 1 && g.r.IntN(3) == 0 {
		shape = shape[1+g.r.IntN(len(shape)-1):]
	}
	if g.r.IntN(3) == 0 || g.shapeExpr(sc, shape) == "" {
		rhs = g.augScalar(sc, d)
	} else {
		rhs = g.arrExpr(sc, g.castableTo(d), shape, 1+g.r.IntN(2), anyClass)
		if !d.isFloat() && rhs.Type.Dtype().isFloat() {
			rhs = g.arrExpr(sc, d, shape, 1+g.r.IntN(2), anyClass)
		}
	}
	return &Stmt{Head: "$ " + op + " $", Exprs: []*Expr{target, rhs}}
}

// rebind assigns w a new array of its shape: a view of an array that is
// not w's own is copied first, so that w never shares memory with
// another array than its root, and so is a view of layout A when w's
// type is C.
func (g *gen) rebind(sc *scope, w arrayVar) *Stmt {
	rhs := g.arrExpr(sc, w.t.Dtype(), w.shape, 1+g.r.IntN(2), g.want(w))
	rhs = g.stored(w, rhs, func() *Expr { return g.arrLeaf(sc, w.t.Dtype(), w.shape, finiteClass) })
	if rhs.View != "" && rhs.View != w.root || w.contig && !contiguous(rhs) {
		rhs = copied(rhs)
	}
	return &Stmt{Head: w.name + " = $", Exprs: []*Expr{rhs}}
}

// arrayLoop iterates over arrays: their elements or rows, zipped,
// enumerated, or over the indexes of one of their dimensions; the body
// may declare (allocate) arrays of its own.
func (g *gen) arrayLoop(sc *scope) *Stmt {
	inner := *sc
	inner.ints = append([]intVar(nil), sc.ints...)
	inner.floats = append([]string(nil), sc.floats...)
	inner.arrays = append([]arrayVar(nil), sc.arrays...)
	inner.loops++
	v := pick(g.r, sc.arrays)
	var s *Stmt
	enumerate := g.r.IntN(3) == 0
	switch k := g.r.IntN(4); {
	case k == 0:
		dim := g.r.IntN(len(v.shape))
		n := v.name + ".shape[" + strconv.Itoa(dim) + "]"
		if dim == 0 && g.r.IntN(2) == 0 {
			n = "len(" + v.name + ")"
		}
		i := g.loopVar(&inner)
		inner.ints = append(inner.ints, intVar{i, maxDim})
		inner.inRange = map[string][]string{}
		for d, is := range sc.inRange {
			inner.inRange[d] = is
		}
		inner.inRange[v.shape[dim]] = append(append([]string(nil), sc.inRange[v.shape[dim]]...), i)
		s = &Stmt{Head: "for " + i + " in range(" + n + "):"}
	case k == 1:
		vi, vx := g.iterable(sc, v)
		wi, wx := g.iterable(sc, pick(g.r, sc.arrays))
		x, y := g.loopItem(&inner, vi), g.loopItem(&inner, wi)
		target := x + ", " + y
		if enumerate {
			i := g.loopVar(&inner)
			inner.ints = append(inner.ints, intVar{i, maxDim})
			target = i + ", (" + target + ")"
			s = &Stmt{Head: "for " + target + " in enumerate(zip($, $)):", Exprs: []*Expr{vx, wx}}
			break
		}
		s = &Stmt{Head: "for " + target + " in zip($, $):", Exprs: []*Expr{vx, wx}}
	default:
		vi, vx := g.iterable(sc, v)
		x := g.loopItem(&inner, vi)
		if enumerate {
			i := g.loopVar(&inner)
			inner.ints = append(inner.ints, intVar{i, maxDim})
			s = &Stmt{Head: "for " + i + ", " + x + " in enumerate($):", Exprs: []*Expr{vx}}
			break
		}
		s = &Stmt{Head: "for " + x + " in $:", Exprs: []*Expr{vx}}
	}
	if g.r.IntN(3) == 0 {
		s.Body = append(s.Body, g.arrayDecl(&inner))
	}
	s.Body = append(s.Body, g.block(&inner, 1+g.r.IntN(3))...)
	sc.loopNames = inner.loopNames
	if g.r.IntN(5) == 0 {
		s.Else = g.block(sc, 1)
	}
	return s
}

// iterable is what a loop iterates over for v: v itself, or now and then
// a view of it (reversed, transposed, sliced), described as an array
// whose rows the loop takes, and rendered.
func (g *gen) iterable(sc *scope, v arrayVar) (arrayVar, *Expr) {
	var e *Expr
	switch k := g.r.IntN(6); {
	case k == 0:
		e = g.reversedView(v)
	case k == 1 && len(v.shape) > 1:
		e = &Expr{Format: v.name + ".T", Type: v.t, Shape: reversed(v.shape)}
		g.mark(v, e)
	case k == 2:
		e = g.subscript(sc, v, len(v.shape))
	default:
		return v, g.whole(v)
	}
	return arrayVar{name: v.name, t: e.Type, shape: e.Shape, exact: v.exact, root: v.root, contig: contiguous(e)}, e
}

// loopItem names the item a loop takes from v and puts it in scope: an
// element (read through float() or int(), as CPython's would be a NumPy
// scalar) or a row, a view of v.
func (g *gen) loopItem(sc *scope, v arrayVar) string {
	name := g.loopVar(sc)
	if len(v.shape) == 1 {
		switch d := v.t.Dtype(); {
		case d.isFloat():
			sc.floats = append(sc.floats, "float("+name+")")
		case d == I32:
			sc.ints = append(sc.ints, intVar{"int(" + name + ")", 1 << 31})
		default:
			sc.ints = append(sc.ints, intVar{"(int(" + name + ") % " + strconv.Itoa(wrapModulus) + ")", wrapModulus})
		}
		return name
	}
	sc.arrays = append(sc.arrays, arrayVar{name: name, t: ArrayOf(v.t.Dtype(), len(v.shape)-1), shape: v.shape[1:], exact: v.exact, root: v.root, contig: v.contig})
	return name
}

// elemRead reads one element of an array in scope as a Python scalar of
// type t (Int or Float).
func (g *gen) elemRead(sc *scope, t Type) *Expr {
	v := pick(g.r, sc.arrays)
	e := g.subscript(sc, v, 0)
	if t == Float {
		return &Expr{Format: "float($)", Args: []*Expr{e}, Type: Float}
	}
	if v.t.Dtype().isFloat() {
		return bin("int(math.fmod($, 1e6))", Int, 1e6, &Expr{Format: "float($)", Args: []*Expr{e}, Type: Float})
	}
	bound := math.Pow(2, 63)
	if v.t.Dtype() == I32 {
		bound = 1 << 31
	}
	return reduce(&Expr{Format: "int($)", Args: []*Expr{e}, Type: Int, Bound: bound}, 1<<31)
}

// reductionOperand is an array of d to reduce, of the shape of an array
// in scope (or its last dimensions), of class want.
func (g *gen) reductionOperand(sc *scope, d Dtype, want class) *Expr {
	v := pick(g.r, sc.arrays)
	shape := v.shape
	if len(shape) > 1 && g.r.IntN(3) == 0 {
		shape = shape[g.r.IntN(len(shape)):]
	}
	return g.arrExpr(sc, d, shape, 1+g.r.IntN(2), want)
}

// floatReduction reduces arrays to a float: sums, means and products
// (which NumPy and pynjit take in the same order, memory order, for
// views of every layout), minimum and maximum, dot products of finite
// exact vectors (finite.go).
func (g *gen) floatReduction(sc *scope) *Expr {
	d := pick(g.r, []Dtype{F64, F64, F32, I64})
	want := anyClass
	if g.r.IntN(2) == 0 {
		want = exactClass
	}
	x := g.reductionOperand(sc, d, want)
	if len(x.Shape) == 1 && g.r.IntN(3) == 0 && d != I64 {
		y, x := g.arrExpr(sc, d, x.Shape, 1, finiteClass), g.arrExpr(sc, d, x.Shape, 1, finiteClass)
		if x.Exact && y.Exact && finite(x) && finite(y) {
			return &Expr{Format: "float(" + pick(g.r, []string{"np.dot($, $)", "($ @ $)"}) + ")", Args: []*Expr{x, y}, Type: Float}
		}
	}
	names := []string{"max", "min", "sum", "sum", "mean"}
	if g.r.IntN(4) == 0 {
		names = []string{"prod"}
	}
	f := "np." + pick(g.r, names) + "($)"
	if g.r.IntN(2) == 0 {
		f = method(x, pick(g.r, names))
	}
	return &Expr{Format: "float(" + f + ")", Args: []*Expr{x}, Type: Float}
}

// intReduction reduces arrays to an int: sums, products, extremes and dot
// products of int arrays (wrapping as both sides do, then reduced; no
// inf or nan there for a BLAS to treat otherwise), arg-extremes and
// counts of anything, and sizes.
func (g *gen) intReduction(sc *scope) *Expr {
	switch g.r.IntN(5) {
	case 0:
		v := pick(g.r, sc.arrays)
		k := g.r.IntN(len(v.shape))
		f := pick(g.r, []string{"len(" + v.name + ")", v.name + ".shape[" + strconv.Itoa(k) + "]", v.name + ".size", v.name + ".ndim"})
		return leaf(f, Int, maxSize)
	case 1:
		x := g.reductionOperand(sc, pick(g.r, []Dtype{F64, I64, F32, I32}), anyClass)
		f := pick(g.r, []string{"int(np.argmax($))", "int(np.argmin($))", "int(" + method(x, "argmax") + ")", "int(" + method(x, "argmin") + ")"})
		return bin(f, Int, maxSize, x)
	case 2:
		v := pick(g.r, sc.arrays)
		c := g.arrCompare(sc, v.shape, 1)
		return bin(pick(g.r, []string{"int(np.sum($))", "int($.sum())"}), Int, maxSize, c)
	}
	d := pick(g.r, []Dtype{I64, I32})
	x := g.reductionOperand(sc, d, anyClass)
	if len(x.Shape) == 1 && g.r.IntN(4) == 0 {
		y := g.arrExpr(sc, d, x.Shape, 1, anyClass)
		return fitVar(&Expr{Format: "int(" + pick(g.r, []string{"np.dot($, $)", "($ @ $)"}) + ")", Args: []*Expr{x, y}, Type: Int, Bound: math.Pow(2, 63)})
	}
	f := pick(g.r, []string{"np.sum($)", "np.prod($)", "np.max($)", "np.min($)", "sum", "prod", "max", "min"})
	if !strings.Contains(f, "$") {
		f = method(x, f)
	}
	return fitVar(&Expr{Format: "int(" + f + ")", Args: []*Expr{x}, Type: Int, Bound: math.Pow(2, 63)})
}

// method renders a call of a method of the array x renders as, with
// parentheses around an operation.
func method(x *Expr, name string) string {
	if x.View != "" {
		return "$." + name + "()"
	}
	return "($)." + name + "()"
}
