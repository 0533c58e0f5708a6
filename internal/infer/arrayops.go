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
	ct := loop
	if (ls || rs) && kind(le) <= 1 && kind(re) <= 1 && kind(loop) == 2 {
		switch op {
		case syntax.Add, syntax.Sub, syntax.Mult, syntax.FloorDiv, syntax.Mod:
			// Numba computes an array expression's elements with its
			// scalar operators, converting to the loop's type after: an
			// int64 with a uint64 adds (and divides by 0, giving 0) in
			// int64 although the array is float64
			ct = types.Int64
		}
	}
	return &types.Signature{Args: []types.Type{ct, ct}, Return: out}, true
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
		e, scalar, _ := elementType(args[0])
		cands := floatUfuncLoops
		if name == "abs" || name == "absolute" {
			cands = absoluteLoops
		}
		var ok bool
		if res, ok = loopType(cands, []types.Type{e}, scalar); !ok {
			return fail()
		}
		if types.Equal(res, float16) {
			t.errorf(a, CodeCall, "np.%s(%s) computes in float16 in NumPy, which pynjit does not have (convert the array to float32 first)", name, args[0])
			return nil
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
		// np.promote_types of the two, scalars with their own types (as
		// Numba does; NumPy 1.x would cast a Python scalar by value)
		le, _, _ := elementType(args[1])
		re, _, _ := elementType(args[2])
		var ok bool
		if res, ok = loopType(comparisonLoops, []types.Type{le, re}, false); !ok || kind(res) > 2 {
			return fail()
		}
	default:
		return fail()
	}
	var out types.Type = res
	if nd > 0 {
		out = &types.Array{Dtype: res, NDim: nd, Layout: types.LayoutC}
	}
	k := types.Key{Module: types.Ufuncs, Name: name}
	t.r.Callees[a] = &Callee{Kind: CallBuiltin, Key: k}
	t.record(a, k, &types.Signature{Args: args, Return: out})
	return out
}

// MatmulResult types np.dot(a, b) and a @ b for 1-D and 2-D arrays: a
// scalar for two vectors, else an array, of the dtype of NumPy's
// multiply loop for the two (bool @ bool is bool, int32 @ int32 int32,
// float32 @ float32 float32).
func MatmulResult(a, b *types.Array) (types.Type, bool) {
	for _, x := range []*types.Array{a, b} {
		if x.NDim < 1 || x.NDim > 2 {
			return nil, false
		}
	}
	elem, ok := loopType(operatorLoops[syntax.Mult], []types.Type{a.Dtype, b.Dtype}, false)
	if !ok || kind(elem) > 2 {
		return nil, false
	}
	switch {
	case a.NDim == 1 && b.NDim == 1:
		return elem, true
	case a.NDim == 2 && b.NDim == 2:
		return &types.Array{Dtype: elem, NDim: 2, Layout: types.LayoutC}, true
	}
	return &types.Array{Dtype: elem, NDim: 1, Layout: types.LayoutC}, true
}
