package infer

import (
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// kind orders NumPy's dtype kinds: bool < integer < float.
func kind(t types.Type) int {
	switch t.(type) {
	case types.Boolean:
		return 0
	case types.Int:
		return 1
	case types.Float:
		return 2
	}
	return 3
}

// npPromote is NumPy 1.x's result dtype of an operation between x and y;
// a side that is a Python scalar (not an array) only decides the result
// when its kind is higher, as NumPy's value-based casting does.
func npPromote(x types.Type, xScalar bool, y types.Type, yScalar bool) types.Type {
	if xScalar != yScalar {
		s, a := x, y
		if yScalar {
			s, a = y, x
		}
		if kind(s) <= kind(a) {
			return a
		}
		if kind(s) == 1 {
			return types.Int64
		}
		return types.Float64
	}
	if types.Equal(x, y) {
		return x
	}
	if kind(x) > kind(y) {
		x, y = y, x
	}
	switch {
	case kind(x) == 0:
		return y
	case kind(x) == 1 && kind(y) == 1:
		a, b := x.(types.Int), y.(types.Int)
		if a.Signed == b.Signed {
			return types.Int{Bits: max(a.Bits, b.Bits), Signed: a.Signed}
		}
		if !a.Signed {
			a, b = b, a // a signed, b unsigned
		}
		if a.Bits > b.Bits {
			return a
		}
		if b.Bits < 64 {
			return types.Int{Bits: 2 * b.Bits, Signed: true}
		}
		return types.Float64
	case kind(x) == 1 && kind(y) == 2:
		if y.(types.Float).Bits == 32 && x.(types.Int).Bits <= 16 {
			return types.Float32
		}
		return types.Float64
	}
	if x.(types.Float).Bits == 64 || y.(types.Float).Bits == 64 {
		return types.Float64
	}
	return types.Float32
}

// elementType is an operand's element type, and whether it is a scalar.
func elementType(t types.Type) (types.Type, bool, int) {
	if a, ok := t.(*types.Array); ok {
		return a.Dtype, false, a.NDim
	}
	return t, true, 0
}

// ArrayBinaryResult types an arithmetic operator with an array operand:
// elementwise with broadcasting, computed in the type of the loop its
// ufunc selects (loops.go). The signature's arguments are the element
// types the operands convert to; its result is the new array.
func ArrayBinaryResult(op syntax.Operator, l, r types.Type) (*types.Signature, bool) {
	le, ls, ln := elementType(l)
	re, rs, rn := elementType(r)
	if kind(le) > 2 || kind(re) > 2 {
		return nil, false
	}
	loop, ok := operatorLoop(op, []types.Type{le, re}, ls || rs)
	if !ok || kind(loop) > 2 {
		return nil, false
	}
	out := &types.Array{Dtype: loop, NDim: max(ln, rn), Layout: types.LayoutC}
	return &types.Signature{Args: []types.Type{loop, loop}, Return: out}, true
}

// ArrayCompareResult types a comparison with an array operand: a bool
// array; the operands compare in the type of the comparison's loop.
func ArrayCompareResult(op syntax.CmpOp, l, r types.Type) (*types.Signature, bool) {
	le, ls, ln := elementType(l)
	re, rs, rn := elementType(r)
	if kind(le) > 2 || kind(re) > 2 {
		return nil, false
	}
	switch op {
	case syntax.Eq, syntax.NotEq, syntax.Lt, syntax.LtE, syntax.Gt, syntax.GtE:
	default:
		return nil, false
	}
	common, ok := loopType(comparisonLoops, []types.Type{le, re}, ls || rs)
	if !ok || kind(common) > 2 {
		return nil, false
	}
	out := &types.Array{Dtype: types.Bool, NDim: max(ln, rn), Layout: types.LayoutC}
	return &types.Signature{Args: []types.Type{common, common}, Return: out}, true
}

func isArray(t types.Type) bool {
	_, ok := t.(*types.Array)
	return ok
}

// unaryUfuncs are the one-argument NumPy ufuncs compiled elementwise.
var unaryUfuncs = map[string]bool{"sqrt": true, "exp": true, "log": true, "log10": true, "log2": true,
	"sin": true, "cos": true, "tan": true, "arctan": true, "sinh": true, "cosh": true, "tanh": true,
	"floor": true, "ceil": true, "abs": true, "absolute": true, "fabs": true}

// ufunc types np.sqrt(x), np.minimum(x, y), np.where(c, x, y) over arrays
// or scalars; the elements are computed in the result's element type.
func (t *typer) ufunc(a *ir.Assign, name string, args []types.Type) types.Type {
	fail := func() types.Type {
		t.errorf(a, CodeCall, "No implementation of function np.%s found for signature (%s)", name, types.ArgsString(args))
		return nil
	}
	nd := 0
	for _, x := range args {
		e, _, n := elementType(x)
		if kind(e) > 2 {
			return fail()
		}
		nd = max(nd, n)
	}
	var res types.Type
	switch {
	case unaryUfuncs[name]:
		if len(args) != 1 {
			return fail()
		}
		e, _, _ := elementType(args[0])
		switch {
		case (name == "abs" || name == "absolute") && kind(e) == 1:
			res = e
		case kind(e) == 2:
			res = e
		case kind(e) <= 1 && (kind(e) == 0 || e.(types.Int).Bits >= 32):
			res = types.Float64
		case kind(e) == 1 && e.(types.Int).Bits == 16:
			res = types.Float32
		default:
			return fail() // NumPy would compute in float16
		}
	case name == "minimum" || name == "maximum":
		if len(args) != 2 {
			return fail()
		}
		le, ls, _ := elementType(args[0])
		re, rs, _ := elementType(args[1])
		var ok bool
		if res, ok = loopType(comparisonLoops, []types.Type{le, re}, ls || rs); !ok || kind(res) > 2 {
			return fail()
		}
	case name == "where":
		if len(args) != 3 {
			return fail()
		}
		if c, _, _ := elementType(args[0]); !types.Equal(c, types.Bool) {
			return fail()
		}
		le, ls, _ := elementType(args[1])
		re, rs, _ := elementType(args[2])
		res = npPromote(le, ls, re, rs)
	default:
		return fail()
	}
	var out types.Type = res
	if nd > 0 {
		out = &types.Array{Dtype: res, NDim: nd, Layout: types.LayoutC}
	}
	t.r.Callees[a] = &Callee{Kind: CallBuiltin, Name: "ufunc." + name}
	t.r.OpSigs[a] = &types.Signature{Args: args, Return: out}
	return out
}

// MatmulResult types np.dot(a, b) and a @ b for 1-D and 2-D arrays: a
// scalar for two vectors, else an array; float64 when either is float.
func MatmulResult(a, b *types.Array) (types.Type, bool) {
	for _, x := range []*types.Array{a, b} {
		if x.NDim < 1 || x.NDim > 2 {
			return nil, false
		}
		switch x.Dtype.String() {
		case "int32", "int64", "float32", "float64":
		default:
			return nil, false
		}
	}
	elem := types.Type(types.Int64)
	if types.IsFloat(a.Dtype) || types.IsFloat(b.Dtype) {
		elem = types.Float64
	}
	switch {
	case a.NDim == 1 && b.NDim == 1:
		return elem, true
	case a.NDim == 2 && b.NDim == 2:
		return &types.Array{Dtype: elem, NDim: 2, Layout: types.LayoutC}, true
	}
	return &types.Array{Dtype: elem, NDim: 1, Layout: types.LayoutC}, true
}
