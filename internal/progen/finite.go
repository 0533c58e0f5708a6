package progen

// Finite operands of dot products. NumPy computes np.dot and @ of float
// arrays with its BLAS, whose kernels may skip a zero factor, so that
// inf or nan times 0 counts as 0 there where pynjit's loop, as IEEE
// arithmetic, makes it nan (docs/semantics.md): which one NumPy gives
// depends on the BLAS it links, not a meaning pynjit can match. So every
// operand of a float dot product is in the finite class: the exact class
// (arrays.go) without inf and nan.
//
// Inf and nan come into exact arrays only from the cases' arguments and
// from elements read out of such arrays, so the finite class is a
// property of an array's memory, its root (arrayVar.root): a root is
// finite when nothing but finite values is ever stored in it. Which
// roots are is decided as late as possible, so that only the arrays dot
// products read lose inf and nan: a root is open until a finite
// expression reads it, which commits it (every later store in it must
// be finite, and a parameter's arguments are: Param.Finite), or until a
// value that may not be finite is stored in it, which mixes it (no
// finite expression reads it). A helper never makes a finite argument
// hold inf or nan: what it stores in its exact array parameter comes
// from that parameter, from integers and from constants.

// class is what a float expression being generated is asked to be.
type class int

const (
	anyClass    class = iota
	exactClass        // in the exact class: may be inf or nan
	finiteClass       // in the exact class and finite
)

// rootState is what the generator has decided of a root's elements.
type rootState int

const (
	rootOpen      rootState = iota // all finite so far, nothing decided
	rootCommitted                  // finite, for a finite expression reads it
	rootMixed                      // may hold inf or nan
)

// finite reports whether every value e takes is finite: it is an
// integer, or a float marked Finite.
func finite(e *Expr) bool {
	switch {
	case e.Type == Int:
		return true
	case e.Type.IsArray():
		return !e.Type.Dtype().isFloat() || e.Finite
	}
	return e.Finite
}

// holds reports whether an expression asked to be of class want may
// read v.
func (g *gen) holds(v arrayVar, want class) bool {
	if !v.t.Dtype().isFloat() || want == anyClass {
		return true
	}
	return v.exact && (want == exactClass || g.roots[v.root] != rootMixed)
}

// want is the class of the values stored in v.
func (g *gen) want(v arrayVar) class {
	switch {
	case !v.exact:
		return anyClass
	case g.roots[v.root] == rootCommitted:
		return finiteClass
	}
	return exactClass
}

// read commits the root that e, an exact expression reading an array or
// a view of it (see mark), reads, when e is asked to be finite.
func (g *gen) read(e *Expr, want class) *Expr {
	if want != finiteClass || !e.Exact {
		return e
	}
	if g.roots[e.View] == rootMixed {
		panic("progen: a finite expression reads " + e.View + ", which may hold inf or nan")
	}
	g.roots[e.View] = rootCommitted
	e.Finite = true
	return e
}

// stored records that value is stored in v's memory and returns it, or
// when v is exact, its root was committed while value was generated (a
// dot product in it reading the root) and value may not be finite, the
// finite value redo gives instead. redo may be nil for the first store
// in a new array, whose root nothing has read.
func (g *gen) stored(v arrayVar, value *Expr, redo func() *Expr) *Expr {
	if !v.exact || finite(value) {
		return value
	}
	if g.roots[v.root] == rootCommitted {
		if value = redo(); !finite(value) {
			panic("progen: a value that may not be finite stored in " + v.root)
		}
		return value
	}
	g.roots[v.root] = rootMixed
	return value
}

// finiteParams gives f's exact array parameters whose roots are
// committed the finite class: their arguments hold no inf or nan.
func (g *gen) finiteParams(f *Func) {
	for i, p := range f.Params {
		f.Params[i].Finite = p.Exact && g.roots[p.Name] == rootCommitted
	}
}
