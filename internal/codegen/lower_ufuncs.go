package codegen

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of NumPy's ufuncs (np.sqrt, np.minimum, np.where, ...),
// applied to arrays (a new array) or to scalars (a scalar), in NumPy's
// floating-point semantics: no exceptions (sqrt(-1) is nan, log(0) is
// -inf).
func init() {
	u := func(name string) types.Key { return types.Key{Module: types.Ufuncs, Name: name} }
	register(ufunc(true, func(c *fn, xs []value.Value, t types.Type) value.Value {
		return c.cur.NewSelect(c.truth(xs[0], types.Bool), xs[1], xs[2])
	}), u("where"))
	register(ufunc(false, extremum(enum.FPredOLT, enum.IPredSLT, enum.IPredULT)), u("minimum"))
	register(ufunc(false, extremum(enum.FPredOGT, enum.IPredSGT, enum.IPredUGT)), u("maximum"))
	for _, f := range []struct{ name, libm string }{{"abs", "fabs"}, {"absolute", "fabs"}, {"arctan", "atan"},
		{"ceil", "ceil"}, {"cos", "cos"}, {"cosh", "cosh"}, {"exp", "exp"}, {"fabs", "fabs"}, {"floor", "floor"},
		{"log", "log"}, {"log10", "log10"}, {"log2", "log2"}, {"sin", "sin"}, {"sinh", "sinh"}, {"sqrt", "sqrt"},
		{"tan", "tan"}, {"tanh", "tanh"}} {
		register(ufunc(false, unaryUfunc(f.libm)), u(f.name))
	}
}

// ufunc lowers a ufunc whose element is computed by elem from the
// operands converted to the element type t; keepCond leaves the first
// operand (np.where's condition) bool.
func ufunc(keepCond bool, elem func(c *fn, xs []value.Value, t types.Type) value.Value) lowering {
	return func(c *fn, o *operation) (value.Value, types.Type, error) {
		sig := o.sig
		ops := make([]operand, len(o.args))
		nd := 0
		for i, a := range o.args {
			keep := keepCond && i == 0
			if arr, ok := sig.Args[i].(*types.Array); ok {
				ops[i] = operand{val: a, dtype: arr.Dtype, array: true, keep: keep}
				nd = max(nd, arr.NDim)
			} else {
				ops[i] = operand{val: a, dtype: sig.Args[i], keep: keep}
			}
		}
		et := sig.Return
		if arr, ok := et.(*types.Array); ok {
			et = arr.Dtype
		}
		f := func(xs []value.Value) value.Value { return elem(c, xs, et) }
		if nd > 0 {
			return c.elementwise(ops, et, sig.Return.(*types.Array), f), sig.Return, nil
		}
		xs := make([]value.Value, len(ops))
		for i, op := range ops {
			xs[i] = op.val
			if !op.keep {
				xs[i] = c.convert(op.val, op.dtype, et)
			}
		}
		return f(xs), sig.Return, nil
	}
}

// extremum is an element of np.minimum or np.maximum: the first operand
// when it is better than the second by the predicate for floats
// (fp, or NaN, which wins), signed or unsigned integers (bools compare
// as unsigned); of equal values the second, as NumPy's loop does.
func extremum(fp enum.FPred, signed, unsigned enum.IPred) func(c *fn, xs []value.Value, t types.Type) value.Value {
	return func(c *fn, xs []value.Value, t types.Type) value.Value {
		a, b := xs[0], xs[1]
		var better value.Value
		switch {
		case types.IsFloat(t):
			better = c.cur.NewOr(c.cur.NewFCmp(fp, a, b), c.cur.NewFCmp(enum.FPredUNO, a, a))
		case isSigned(t):
			better = c.cur.NewICmp(signed, a, b)
		default:
			better = c.cur.NewICmp(unsigned, a, b)
		}
		return c.cur.NewSelect(better, a, b)
	}
}

// unaryUfunc is an element of a ufunc of one operand: the C library
// function libm (its float version for float32); np.abs and
// np.absolute of an integer or a bool are computed inline.
func unaryUfunc(libm string) func(c *fn, xs []value.Value, t types.Type) value.Value {
	return func(c *fn, xs []value.Value, t types.Type) value.Value {
		x := xs[0]
		if types.Equal(t, types.Bool) { // abs of a bool
			return x
		}
		if it, ok := t.(types.Int); ok { // abs of an integer
			neg := c.cur.NewICmp(enum.IPredSLT, x, constant.NewInt(llType(it).(*lt.IntType), 0))
			if !it.Signed {
				return x
			}
			return c.cur.NewSelect(neg, c.cur.NewSub(constant.NewInt(llType(it).(*lt.IntType), 0), x), x)
		}
		name := libm
		ft := llType(t)
		if t.(types.Float).Bits == 32 {
			name += "f"
		}
		return c.cur.NewCall(c.g.runtime(name, ft, ft), x)
	}
}
