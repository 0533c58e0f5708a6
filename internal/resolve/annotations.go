package resolve

import (
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// annotationSig builds a signature from the parameters' annotations,
// when every parameter has one pynjit understands: int, float, bool,
// complex, NumPy scalar types (np.float32) and numpy.typing.NDArray of
// one (an array whose ndim the annotation leaves open: NDim 0 until
// settle gives it one). The return annotation is not applied: neither
// CPython nor Numba converts a result to it.
func (r *resolver) annotationSig(d *syntax.FunctionDef) *types.Signature {
	a := d.Args
	params := Params(a)
	if len(params) == 0 || HasStarParams(a) {
		return nil
	}
	sig := &types.Signature{}
	for _, p := range params {
		if p.Arg.Annotation == nil {
			return nil
		}
		t := r.annotationType(p.Arg.Annotation)
		if t == nil {
			return nil
		}
		sig.Args = append(sig.Args, t)
	}
	return sig
}

// annotationType reads one annotation, or nil.
func (r *resolver) annotationType(e syntax.Expr) types.Type {
	switch e := e.(type) {
	case *syntax.Name:
		switch e.Id {
		case "int":
			return types.Int64
		case "float":
			return types.Float64
		case "bool":
			return types.Bool
		case "complex":
			return types.Complex128
		}
		if mod, attr := r.importedName(e.Id); mod == "numpy" {
			return numpyScalar(attr)
		}
	case *syntax.Attribute:
		if r.modulePath(e.Value) == "numpy" {
			return numpyScalar(e.Attr)
		}
	case *syntax.Subscript:
		if !r.isNDArray(e.Value) {
			return nil
		}
		if dt := r.annotationType(e.Slice); dt != nil && types.IsNumber(dt) {
			return &types.Array{Dtype: dt, Layout: types.LayoutA}
		}
	case *syntax.Constant:
		// a string annotation, "np.float64", is read as the expression
		s, ok := e.Value.(string)
		if !ok {
			return nil
		}
		m, _ := syntax.Parse(source.NewFile("annotation", []byte(s)))
		if m == nil || len(m.Body) != 1 {
			return nil
		}
		if x, ok := m.Body[0].(*syntax.ExprStmt); ok {
			return r.annotationType(x.Value)
		}
	}
	return nil
}

// isNDArray matches numpy.typing.NDArray however it was imported.
func (r *resolver) isNDArray(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Name:
		mod, attr := r.importedName(e.Id)
		return mod == "numpy.typing" && attr == "NDArray"
	case *syntax.Attribute:
		return e.Attr == "NDArray" && r.modulePath(e.Value) == "numpy.typing"
	}
	return false
}

// numpyScalar is the type of a NumPy scalar class (np.float64, np.int32,
// np.bool_), or nil.
func numpyScalar(name string) types.Type {
	switch name {
	case "float64", "float32", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
		"complex64", "complex128", "bool_", "intp", "uintp", "double", "int_", "intc", "uintc":
		t, err := types.ParseType(name)
		if err == nil {
			return t
		}
	}
	return nil
}

// importedName returns the module and attribute a name was imported as
// (from numpy import float64: "numpy", "float64"), or "" when it was not.
func (r *resolver) importedName(name string) (module, attr string) {
	g := r.m.Globals[name]
	if g == nil || g.Kind != GlobalModuleAttr {
		return "", ""
	}
	return g.Module, g.Attr
}

// modulePath is the dotted module an expression names (np.random:
// "numpy.random"), or "".
func (r *resolver) modulePath(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Name:
		g := r.m.Globals[e.Id]
		if g == nil {
			return ""
		}
		switch g.Kind {
		case GlobalModule:
			return g.Module
		case GlobalModuleAttr:
			// from numpy import random, from numpy import typing as npt
			return g.Module + "." + g.Attr
		}
	case *syntax.Attribute:
		if base := r.modulePath(e.Value); base != "" {
			return base + "." + e.Attr
		}
	}
	return ""
}

// openNDim reports whether an annotated signature has an array whose
// ndim the annotation left open.
func openNDim(args []types.Type) bool {
	for _, t := range args {
		if a, ok := t.(*types.Array); ok && a.NDim == 0 {
			return true
		}
	}
	return false
}

// closeAnnotations gives every annotated signature with open array
// dimensions the ndim and layout of the observed signatures (calls,
// trace) that fit it, one signature per fit; without any, 1-d arrays of
// any layout.
func closeAnnotations(fn *Function) {
	var out []Sig
	for _, s := range fn.offered {
		if s.Origin.Kind != FromAnnotation || !openNDim(s.Args) {
			out = append(out, s)
			continue
		}
		fitted := false
		for _, o := range fn.offered {
			if o.Origin.Kind.tier() != 2 || !compatible(s.Args, o.Args) {
				continue
			}
			c := s
			c.Signature, c.annotated = &types.Signature{Args: o.Args}, s.Args
			c.Origin.Note = "array dimensions from the " + o.Origin.String()
			out = append(out, c)
			fitted = true
		}
		if !fitted {
			c := s
			c.Signature, c.annotated = &types.Signature{}, s.Args
			for _, t := range s.Args {
				if a, ok := t.(*types.Array); ok && a.NDim == 0 {
					t = &types.Array{Dtype: a.Dtype, NDim: 1, Layout: types.LayoutA}
				}
				c.Args = append(c.Args, t)
			}
			c.Origin.Note = "NDArray gives no ndim: 1-d assumed; give another with --sig or a call"
			out = append(out, c)
		}
	}
	fn.offered = out
}
