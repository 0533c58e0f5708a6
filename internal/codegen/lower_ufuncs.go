package codegen

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of NumPy's ufuncs (np.sqrt, np.minimum, np.where, ...),
// applied to arrays (a new array) or to scalars (a scalar), and the
// scalar kernels of every row of lib's ufunc table, the operators on
// arrays included, in NumPy's floating-point semantics: no exceptions
// (sqrt(-1) is nan, log(0) is -inf, x / 0 is inf or nan, an integer //
// 0 or % 0 is 0), except ValueError for an integer raised to a negative
// power. The loops over the elements are generic (elementwise,
// arrayInplace): a ufunc is its row in lib and its kernel here, which
// a row with a Libm function needs not write.
func init() {
	o := lib.Op
	for k, a := range map[types.Key]npArith{
		o("add"):      {float: fadd, int: iadd, bool: bor},
		o("sub"):      {float: fsub, int: isub},
		o("mul"):      {float: fmul, int: imul, bool: band},
		o("truediv"):  {float: fdiv},
		o("floordiv"): {float: npFloatHelper("pynjit_np_floordiv_f"), int: npIntDivision(false)},
		o("mod"):      {float: npFloatHelper("pynjit_np_mod_f"), int: npIntDivision(true)},
		o("pow"):      {float: npPower, int: npIntPower},
		o("and_"):     {int: iand, bool: band},
		o("or_"):      {int: ior, bool: bor},
		o("xor"):      {int: ixor, bool: bxor},
		o("lshift"):   {int: npShift(true)},
		o("rshift"):   {int: npShift(false)},
	} {
		kernels[k] = ufuncKernel{elem: a.kernel}
	}
	kernels[o("pow")] = ufuncKernel{elem: kernels[o("pow")].elem, scalarRight: npPowerByScalar}
	for k, p := range predicates {
		if lib.UfuncOf(k) != nil {
			kernels[k] = ufuncKernel{elem: p.kernel}
		}
	}
	kernels[o("neg")] = ufuncKernel{elem: npNegative}
	kernels[o("pos")] = ufuncKernel{elem: func(c *fn, xs []value.Value, t types.Type) value.Value { return xs[0] }}
	kernels[o("invert")] = ufuncKernel{elem: npInvert}
	u := func(name string) types.Key { return types.Key{Module: types.Ufuncs, Name: name} }
	kernels[u("minimum")] = ufuncKernel{elem: extremum(enum.FPredOLT, enum.IPredSLT, enum.IPredULT)}
	kernels[u("maximum")] = ufuncKernel{elem: extremum(enum.FPredOGT, enum.IPredSGT, enum.IPredUGT)}
	for _, f := range lib.Ufuncs() {
		if f.Libm != "" {
			kernels[f.Key] = ufuncKernel{elem: unaryUfunc(f.Libm)}
		}
		elem := kernels[f.Key].elem
		if f.Key == o("pow") {
			elem = numbaPower
		}
		register(ufunc(false, elem), f.FuncKey())
	}
	register(ufunc(true, func(c *fn, xs []value.Value, t types.Type) value.Value {
		return c.cur.NewSelect(c.truth(xs[0], types.Bool), xs[1], xs[2])
	}), u("where"))
}

// kernel computes one element of a ufunc from its operands' elements
// xs, converted to the loop type t.
type kernel func(c *fn, xs []value.Value, t types.Type) value.Value

// ufuncKernel is the kernel of a row of lib's ufunc table.
type ufuncKernel struct {
	elem kernel
	// scalarRight, when set, computes the elements of an array with a
	// scalar second operand (power, by a scalar exponent).
	scalarRight kernel
}

// kernels holds the kernel of every row of lib's ufunc table, by key.
var kernels = map[types.Key]ufuncKernel{}

// kernelOf is the kernel of the ufunc of key k, for an array with a
// scalar second operand when scalarRight is set.
func kernelOf(k types.Key, scalarRight bool) kernel {
	u := kernels[k]
	if scalarRight && u.scalarRight != nil {
		return u.scalarRight
	}
	return u.elem
}

// npElem is the element of the binary ufunc of key k of x and y, in the
// loop type t.
func (c *fn) npElem(k types.Key, x, y value.Value, t types.Type) value.Value {
	return kernels[k].elem(c, []value.Value{x, y}, t)
}

// ufunc lowers a ufunc whose element is computed by elem from the
// operands converted to the element type t; keepCond leaves the first
// operand (np.where's condition) bool.
func ufunc(keepCond bool, elem kernel) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
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
		if u := lib.UfuncOf(o.key); u != nil && u.Predicate {
			et, _ = u.Loop(sig.Args) // a comparison's loop, its result bool
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
func extremum(fp enum.FPred, signed, unsigned enum.IPred) kernel {
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
func unaryUfunc(libm string) kernel {
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
