package progen

import (
	"fmt"
	"strconv"
	"strings"
)

// Shapes are symbolic: each dimension has a name, and dimensions with the
// same name have the same length at run time. The names are a case's
// dimensions (caseDims: every case makes its array arguments from one
// size per name), small constants, the length of a constant slice of a
// named dimension ("(P-1)/2" is len(range(P)[1::2])), and fresh names
// ("?3") for lengths nothing else shares, such as a slice with variable
// bounds. Names only steer the generator towards operands that broadcast
// together: a wrong guess makes CPython and pynjit raise the same error,
// and every index is made in bounds from the run-time shape.

// caseDims are the dimension names every case gives a size.
var caseDims = []string{"P", "Q", "R"}

// derivation is how a derived dimension's length follows from its base's:
// len(range(base)[drop:][::step]) for the positive step.
type derivation struct {
	base       string
	drop, step int
}

// fresh names a new dimension that no other shares.
func (g *gen) fresh() string {
	g.freshDims++
	return "?" + strconv.Itoa(g.freshDims)
}

// derive names the length of a slice of dimension base that drops drop
// elements and takes every step-th of the rest.
func (g *gen) derive(base string, drop, step int) string {
	if drop == 0 && step == 1 {
		return base
	}
	name := fmt.Sprintf("(%s-%d)/%d", base, drop, step)
	if g.derived == nil {
		g.derived = map[string]derivation{}
	}
	g.derived[name] = derivation{base, drop, step}
	return name
}

// dimExpr renders the length of dimension name as a Python int
// expression that sc can evaluate, or "" when it cannot.
func (g *gen) dimExpr(sc *scope, name string) string {
	if _, err := strconv.Atoi(name); err == nil {
		return name
	}
	for _, v := range sc.arrays {
		for i, d := range v.shape {
			if d == name {
				return v.name + ".shape[" + strconv.Itoa(i) + "]"
			}
		}
	}
	if d, ok := g.derived[name]; ok {
		base := g.dimExpr(sc, d.base)
		if base == "" {
			return ""
		}
		n := "max(" + base + " - " + strconv.Itoa(d.drop) + ", 0)"
		if d.drop == 0 {
			n = base
		}
		if d.step == 1 {
			return n
		}
		return fmt.Sprintf("((%s + %d) // %d)", n, d.step-1, d.step)
	}
	return ""
}

// shapeExpr renders a shape as np.zeros takes it, or "" when some
// dimension cannot be rendered.
func (g *gen) shapeExpr(sc *scope, shape []string) string {
	dims := make([]string, len(shape))
	for i, d := range shape {
		if dims[i] = g.dimExpr(sc, d); dims[i] == "" {
			return ""
		}
	}
	if len(dims) == 1 {
		return dims[0]
	}
	return "(" + strings.Join(dims, ", ") + ")"
}

func sameShape(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i, d := range s {
		out[len(s)-1-i] = d
	}
	return out
}

// slicePart is one subscript of an array: an integer index (Index set)
// or a slice, with the dimension it leaves.
type slicePart struct {
	Index *Expr  // an in-bounds index, or nil for a slice
	Text  string // the slice, with '$' for each of Args
	Args  []*Expr
	Dim   string // the length the slice leaves
	Step  int    // the slice's step, 0 when it is computed
}

// slice makes a slice of dimension dim of arr: mostly constant bounds,
// whose length has a derived name, sometimes variable bounds (which
// Python clamps) and now and then a step that may be zero (ValueError).
func (g *gen) slice(sc *scope, dim string) slicePart {
	switch g.r.IntN(12) {
	case 0, 1:
		return slicePart{Text: ":", Dim: dim, Step: 1}
	case 2, 3:
		return slicePart{Text: "::-1", Dim: dim, Step: -1}
	case 4:
		k := 1 + g.r.IntN(2)
		return slicePart{Text: strconv.Itoa(k) + ":", Dim: g.derive(dim, k, 1), Step: 1}
	case 5:
		k := 1 + g.r.IntN(2)
		return slicePart{Text: ":-" + strconv.Itoa(k), Dim: g.derive(dim, k, 1), Step: 1}
	case 6:
		s := 2 + g.r.IntN(2)
		if g.r.IntN(2) == 0 {
			return slicePart{Text: "::-" + strconv.Itoa(s), Dim: g.derive(dim, 0, s), Step: -s}
		}
		return slicePart{Text: "::" + strconv.Itoa(s), Dim: g.derive(dim, 0, s), Step: s}
	case 7:
		k, m := g.r.IntN(2), 1+g.r.IntN(2)
		return slicePart{Text: strconv.Itoa(k) + ":-" + strconv.Itoa(m) + ":2", Dim: g.derive(dim, k+m, 2), Step: 2}
	case 8:
		return slicePart{Text: "$:", Args: []*Expr{fitVar(g.intExpr(sc, 1))}, Dim: g.fresh(), Step: 1}
	case 9:
		return slicePart{Text: "$:$", Args: []*Expr{g.intExpr(sc, 1), g.intExpr(sc, 1)}, Dim: g.fresh(), Step: 1}
	case 10:
		step := pick(g.r, []int{-1, 2, -2})
		return slicePart{Text: ":$:" + strconv.Itoa(step), Args: []*Expr{fitVar(g.intExpr(sc, 1))}, Dim: g.fresh(), Step: step}
	}
	step := bin("($ % 3 - 1)", Int, 1, g.intExpr(sc, 1))
	if g.r.IntN(4) != 0 {
		step = bin("($ % 3 + 1)", Int, 3, g.intExpr(sc, 1))
	}
	return slicePart{Text: "::$", Args: []*Expr{step}, Dim: g.fresh()}
}

// arrIndex is an in-bounds index of dimension k of array v: a loop
// variable that runs over a dimension of the same length (as kernels
// index), or an index taken modulo the dimension, which is a modulo by
// zero when it is empty (raising on both sides).
func (g *gen) arrIndex(sc *scope, v arrayVar, k int) *Expr {
	if is := sc.inRange[v.shape[k]]; len(is) > 0 && g.r.IntN(3) != 0 {
		i := pick(g.r, is)
		if g.r.IntN(4) == 0 {
			return &Expr{Format: "(-1 - " + i + ")", Type: Int, Bound: maxDim, Keep: true}
		}
		return &Expr{Format: i, Type: Int, Bound: maxDim, Keep: true}
	}
	arr := v.name
	n := arr + ".shape[" + strconv.Itoa(k) + "]"
	if k == 0 && g.r.IntN(3) == 0 {
		n = "len(" + arr + ")"
	}
	format := "($ % " + n + ")"
	if g.r.IntN(3) == 0 {
		format = "(-1 - $ % " + n + ")"
	}
	return &Expr{Format: format, Args: []*Expr{g.intExpr(sc, 1)}, Type: Int, Bound: maxDim, Keep: true}
}

// subscript makes a subscript of var v leaving want dimensions (0 for an
// element): parts, in order, each an index or a slice, and the shape the
// subscript leaves.
func (g *gen) subscript(sc *scope, v arrayVar, want int) *Expr {
	nd := len(v.shape)
	// choose which dimensions stay (sliced) and which are indexed
	keep := make([]bool, nd)
	for _, k := range g.r.Perm(nd)[:want] {
		keep[k] = true
	}
	// trailing full slices may be left out: a[i] is a[i, :]
	last := nd
	if g.r.IntN(2) == 0 {
		for last > 0 && keep[last-1] {
			last--
		}
		if last == 0 {
			last = 1
		}
	}
	var format strings.Builder
	var args []*Expr
	var shape []string
	sliced := false
	axis, step := 0, 1 // of the last dimension kept
	format.WriteString(v.name + "[")
	for k := range nd {
		if k >= last {
			shape = append(shape, v.shape[k])
			axis, step = k, 1
			continue
		}
		if k > 0 {
			format.WriteString(", ")
		}
		if !keep[k] {
			format.WriteString("$")
			args = append(args, g.arrIndex(sc, v, k))
			continue
		}
		s := g.slice(sc, v.shape[k])
		if g.r.IntN(3) == 0 {
			s = slicePart{Text: ":", Dim: v.shape[k], Step: 1}
		}
		sliced = true
		format.WriteString(s.Text)
		args = append(args, s.Args...)
		shape = append(shape, s.Dim)
		axis, step = k, s.Step
	}
	format.WriteString("]")
	e := &Expr{Format: format.String(), Args: args, Type: ArrayOf(v.t.Dtype(), want), Shape: shape}
	if want == 0 {
		e.Type = scalarOf(v.t.Dtype())
	}
	g.mark(v, e)
	if want == 1 {
		along(e, v, axis, step)
	}
	e.Contig = v.contig && !sliced
	return e
}

// along gives the 1-D view e of v its Axis, dimension k of v, and Step.
func along(e *Expr, v arrayVar, k, step int) {
	e.Axis, e.Step = v.name+":"+strconv.Itoa(k), step
}

// memmoveUnsafe reports whether the 1-D views x and y may have strides
// of one sign and different magnitudes, on which NumPy copies one into
// the other without a temporary, as memmove does, which reads elements
// already written when they overlap (see arrayStmt).
func memmoveUnsafe(x, y *Expr) bool {
	if x.Axis == "" || x.Axis != y.Axis || x.Step == 0 || y.Step == 0 {
		return true
	}
	return x.Step != y.Step && (x.Step > 0) == (y.Step > 0)
}

// scalarOf is the scalar type an element converts to with int() or float().
func scalarOf(d Dtype) Type {
	if d.isFloat() {
		return Float
	}
	return Int
}
