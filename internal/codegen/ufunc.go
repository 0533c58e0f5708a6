package codegen

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// operand is one input of an elementwise operation: an array, seen
// through a view broadcast to the result's dimensions, or a scalar. keep
// leaves its elements in their own type (np.where's condition).
type operand struct {
	val   value.Value // the scalar, or the broadcast view
	dtype types.Type
	array bool
	keep  bool
}

// broadcast gives the result shape of arrays operated on together, as
// NumPy's broadcasting rules do (dimensions aligned at the right, a
// dimension of 1 stretches), raising NumPy's ValueError when two arrays
// do not fit, and rewrites every array operand as a view with the
// result's dimensions (stride 0 where it stretches).
func (c *fn) broadcast(ops []operand, nd int) []value.Value {
	one, zero := constant.NewInt(lt.I64, 1), constant.NewInt(lt.I64, 0)
	shape := make([]value.Value, nd)
	for k := range shape {
		shape[k] = one
	}
	// each array operand's extent and stride along every result
	// dimension: 1 and 0 where it has no such dimension
	type dims struct{ n, stride []value.Value }
	per := make([]*dims, len(ops)) // nil for scalars
	var arrays []value.Value
	for i, op := range ops {
		if !op.array {
			continue
		}
		arrays = append(arrays, op.val)
		p := c.arrayPtr(op.val)
		lead := c.cur.NewSub(constant.NewInt(lt.I64, int64(nd)), c.cur.NewExtractValue(op.val, arrNDim))
		d := &dims{make([]value.Value, nd), make([]value.Value, nd)}
		for k := 0; k < nd; k++ {
			j := c.cur.NewSub(constant.NewInt(lt.I64, int64(k)), lead) // its own dimension, if j >= 0
			has := c.cur.NewICmp(enum.IPredSGE, j, zero)
			safe := c.cur.NewSelect(has, j, zero)
			field := func(f int64) value.Value {
				return c.cur.NewLoad(lt.I64, c.cur.NewGetElementPtr(arrayType, p, constant.NewInt(lt.I32, 0), constant.NewInt(lt.I32, f), safe))
			}
			d.n[k] = c.cur.NewSelect(has, field(arrShape), one)
			d.stride[k] = c.cur.NewSelect(c.cur.NewAnd(has, c.cur.NewICmp(enum.IPredNE, d.n[k], one)), field(arrStrides), zero)
		}
		per[i] = d
	}
	for _, d := range per {
		if d == nil {
			continue
		}
		for k := 0; k < nd; k++ {
			shape[k] = c.cur.NewSelect(c.cur.NewICmp(enum.IPredEQ, shape[k], one), d.n[k], shape[k])
		}
	}
	if len(arrays) > 1 {
		// every array must have the result's extent or 1 in each dimension
		bad := value.Value(constant.False)
		for _, d := range per {
			for k := 0; d != nil && k < nd; k++ {
				bad = c.cur.NewOr(bad, c.cur.NewAnd(c.cur.NewICmp(enum.IPredNE, d.n[k], one), c.cur.NewICmp(enum.IPredNE, d.n[k], shape[k])))
			}
		}
		fail, ok := c.newBlock("bcast"), c.newBlock("ok")
		c.cur.NewCondBr(bad, fail, ok)
		c.cur = fail
		ptr := lt.NewPointer(arrayType)
		args := []value.Value{constant.NewInt(lt.I64, int64(len(ops)))}
		for _, op := range ops[:min(len(ops), 3)] {
			if op.array {
				args = append(args, c.arrayPtr(op.val))
			} else {
				args = append(args, constant.NewNull(ptr))
			}
		}
		for len(args) < 4 {
			args = append(args, constant.NewNull(ptr))
		}
		c.cur.NewCall(c.g.runtime("pynjit_broadcast_error", lt.I32, lt.I64, ptr, ptr, ptr), args...)
		c.fail()
		c.cur = ok
	}
	for i, d := range per {
		if d == nil {
			continue
		}
		v := c.cur.NewInsertValue(ops[i].val, constant.NewInt(lt.I64, int64(nd)), arrNDim)
		for k := 0; k < nd; k++ {
			v = c.cur.NewInsertValue(v, shape[k], arrShape, uint64(k))
			v = c.cur.NewInsertValue(v, d.stride[k], arrStrides, uint64(k))
		}
		ops[i].val = v
	}
	return shape
}

// elementwise allocates the result of an operation over ops and fills
// it: each element is f of the operands' elements, converted to ct
// (unless an operand keeps its type).
func (c *fn) elementwise(ops []operand, ct types.Type, res *types.Array, f func(xs []value.Value) value.Value) value.Value {
	shape := c.broadcast(ops, res.NDim)
	out := c.newArray(res.Dtype, shape)
	c.forEach(out, res.NDim, func(idx []value.Value) {
		xs := make([]value.Value, len(ops))
		for i, op := range ops {
			x := op.val
			if op.array {
				x = c.loadElement(c.elemAddr(op.val, op.dtype, idx), op.dtype)
			}
			if !op.keep {
				x = c.convert(x, op.dtype, ct)
			}
			xs[i] = x
		}
		c.storeElement(f(xs), c.elemAddr(out, res.Dtype, idx), res.Dtype)
	})
	return out
}

func (c *fn) operandOf(v *pir.Var) operand {
	t := c.typeOf(v)
	if a, ok := t.(*types.Array); ok {
		return operand{val: c.loadRaw(v), dtype: a.Dtype, array: true}
	}
	return operand{val: c.loadRaw(v), dtype: t}
}

// arrayBinary is a + b, a // 2, ... with an array operand: each
// element is the kernel of the operator's ufunc (lower_ufuncs.go).
func (c *fn) arrayBinary(v *pir.BinOp, o operation) value.Value {
	ct := o.sig.Args[0]
	res := o.sig.Return.(*types.Array)
	x, y := c.operandOf(v.Lhs), c.operandOf(v.Rhs)
	k := kernelOf(o.key, x.array && !y.array)
	return c.elementwise([]operand{x, y}, ct, res, func(xs []value.Value) value.Value {
		return c.convert(k(c, xs, ct), ct, res.Dtype)
	})
}

// npScalarPower is one element of an array raised to a scalar power y
// in floating point, as NumPy's power computes it: for y equal to 2, -1
// or 0.5 the square, the reciprocal or the square root (exact, where
// pow is a unit in the last place off now and then, and sqrt(-0.0) is
// -0.0 and sqrt(-inf) NaN where pow gives 0.0 and inf), pow for any
// other y. A constant y folds to one of them; an array exponent always
// calls pow (npPower).
func (c *fn) npScalarPower(x, y value.Value, t types.Float) value.Value {
	d := llType(t).(*lt.FloatType)
	is := func(k float64) value.Value { return c.cur.NewFCmp(enum.FPredOEQ, y, constant.NewFloat(d, k)) }
	r := npPower(c, x, y, t)
	sqrt := c.cur.NewCall(c.g.runtime(fmt.Sprintf("llvm.sqrt.f%d", t.Bits), d, d), x)
	r = c.cur.NewSelect(is(0.5), sqrt, r)
	r = c.cur.NewSelect(is(-1), c.cur.NewFDiv(constant.NewFloat(d, 1), x), r)
	return c.cur.NewSelect(is(2), c.cur.NewFMul(x, x), r)
}

// arrayCompare is a < b, a == 0, ... with an array operand: a bool
// array of the comparison's kernel.
func (c *fn) arrayCompare(v *pir.Compare, o operation) value.Value {
	ct := o.sig.Args[0]
	res := o.sig.Return.(*types.Array)
	k := kernelOf(o.key, false)
	return c.elementwise([]operand{c.operandOf(v.Lhs), c.operandOf(v.Rhs)}, ct, res, func(xs []value.Value) value.Value {
		return k(c, xs, ct)
	})
}

// arrayUnary is -a, +a or ~a: each element the operator's kernel.
func (c *fn) arrayUnary(v *pir.UnaryOp, o operation) value.Value {
	res := o.sig.Return.(*types.Array)
	k := kernelOf(o.key, false)
	return c.elementwise([]operand{c.operandOf(v.Operand)}, res.Dtype, res, func(xs []value.Value) value.Value {
		return k(c, xs, res.Dtype)
	})
}

// npArith is the kernel of a NumPy arithmetic ufunc of two operands, by
// the kind of its loop type; nil where the ufunc has no such loop.
type npArith struct {
	float func(c *fn, x, y value.Value, t types.Float) value.Value
	// int is also given whether y is 0, which every integer element
	// tests first (only // and % read it; -O2 removes the test from the
	// others).
	int  func(c *fn, x, y, isZero value.Value, t types.Int) value.Value
	bool func(c *fn, x, y value.Value) value.Value
}

// kernel computes an element of a in the loop type t.
func (a npArith) kernel(c *fn, xs []value.Value, t types.Type) value.Value {
	x, y := xs[0], xs[1]
	switch t := t.(type) {
	case types.Float:
		if a.float != nil {
			return a.float(c, x, y, t)
		}
	case types.Int:
		isZero := c.cur.NewICmp(enum.IPredEQ, y, constant.NewInt(llType(t).(*lt.IntType), 0))
		if a.int != nil {
			return a.int(c, x, y, isZero, t)
		}
	case types.Boolean:
		if a.bool != nil {
			return a.bool(c, x, y)
		}
	}
	return x
}

// The float kernels of add, subtract, multiply and true_divide.
func fadd(c *fn, x, y value.Value, _ types.Float) value.Value { return c.cur.NewFAdd(x, y) }
func fsub(c *fn, x, y value.Value, _ types.Float) value.Value { return c.cur.NewFSub(x, y) }
func fmul(c *fn, x, y value.Value, _ types.Float) value.Value { return c.cur.NewFMul(x, y) }
func fdiv(c *fn, x, y value.Value, _ types.Float) value.Value { return c.cur.NewFDiv(x, y) }

// The integer kernels of add, subtract, multiply and the bitwise
// operations, which wrap around.
func iadd(c *fn, x, y, _ value.Value, _ types.Int) value.Value { return c.cur.NewAdd(x, y) }
func isub(c *fn, x, y, _ value.Value, _ types.Int) value.Value { return c.cur.NewSub(x, y) }
func imul(c *fn, x, y, _ value.Value, _ types.Int) value.Value { return c.cur.NewMul(x, y) }
func iand(c *fn, x, y, _ value.Value, _ types.Int) value.Value { return c.cur.NewAnd(x, y) }
func ior(c *fn, x, y, _ value.Value, _ types.Int) value.Value  { return c.cur.NewOr(x, y) }
func ixor(c *fn, x, y, _ value.Value, _ types.Int) value.Value { return c.cur.NewXor(x, y) }

// The bool kernels, NumPy's bool loops: + is or, * is and.
func band(c *fn, x, y value.Value) value.Value { return c.cur.NewAnd(x, y) }
func bor(c *fn, x, y value.Value) value.Value  { return c.cur.NewOr(x, y) }
func bxor(c *fn, x, y value.Value) value.Value { return c.cur.NewXor(x, y) }

// npFloatHelper is a float kernel computed in double by the runtime's
// helper (floor_divide's and remainder's).
func npFloatHelper(helper string) func(c *fn, x, y value.Value, t types.Float) value.Value {
	return func(c *fn, x, y value.Value, t types.Float) value.Value {
		wide := func(v value.Value) value.Value {
			if t.Bits == 32 {
				return c.cur.NewFPExt(v, lt.Double)
			}
			return v
		}
		r := c.cur.NewCall(c.g.runtime(helper, lt.Double, lt.Double, lt.Double), wide(x), wide(y))
		if t.Bits == 32 {
			return c.cur.NewFPTrunc(r, llType(t))
		}
		return r
	}
}

// npPower is the float kernel of power: the C library's pow.
func npPower(c *fn, x, y value.Value, t types.Float) value.Value {
	if t.Bits == 32 {
		return c.cur.NewCall(c.g.runtime("powf", lt.Float, lt.Float, lt.Float), x, y)
	}
	return c.cur.NewCall(c.g.runtime("pow", lt.Double, lt.Double, lt.Double), x, y)
}

// npPowerByScalar is an element of an array raised to a scalar power:
// npScalarPower in floating point.
func npPowerByScalar(c *fn, xs []value.Value, t types.Type) value.Value {
	if ft, ok := t.(types.Float); ok {
		return c.npScalarPower(xs[0], xs[1], ft)
	}
	return kernels[lib.Op("pow")].elem(c, xs, t)
}

// npIntDivision is the integer kernel of floor_divide, or of remainder
// (mod): 0 for a zero divisor.
func npIntDivision(mod bool) func(c *fn, x, y, isZero value.Value, t types.Int) value.Value {
	return func(c *fn, x, y, isZero value.Value, t types.Int) value.Value {
		it := llType(t).(*lt.IntType)
		if !t.Signed {
			safe := c.cur.NewSelect(isZero, constant.NewInt(it, 1), y)
			var r value.Value = c.cur.NewUDiv(x, safe)
			if mod {
				r = c.cur.NewURem(x, safe)
			}
			return c.cur.NewSelect(isZero, constant.NewInt(it, 0), r)
		}
		name := "pynjit_np_floordiv_i"
		if mod {
			name = "pynjit_np_mod_i"
		}
		r := c.cur.NewCall(c.g.runtime(name, lt.I64, lt.I64, lt.I64), c.convert(x, t, types.Int64), c.convert(y, t, types.Int64))
		return c.convert(r, types.Int64, t)
	}
}

// npIntPower is the integer kernel of power: repeated squaring for
// unsigned integers, the runtime's (ValueError for a negative exponent)
// for signed ones.
func npIntPower(c *fn, x, y, _ value.Value, t types.Int) value.Value {
	if !t.Signed {
		return c.squaring(x, y, constant.NewInt(llType(t).(*lt.IntType), 1), c.mul)
	}
	r := c.checked("pynjit_np_pow_i", lt.I64, []value.Value{c.convert(x, t, types.Int64), c.convert(y, t, types.Int64)}, lt.I64, lt.I64)
	return c.convert(r, types.Int64, t)
}

// numbaPower is the kernel of np.power called as a function, Numba's:
// npPower for floats; for integers repeated squaring, which wraps
// around, and for a negative exponent (which NumPy refuses with
// ValueError, as the ** operator on arrays does) 1 for a base of 1,
// -1 or 1 by the exponent's parity for -1, the type's minimum for 0
// (Numba's 1.0 / 0 converted to the integer) and 0 for any other base.
func numbaPower(c *fn, xs []value.Value, t types.Type) value.Value {
	it, ok := t.(types.Int)
	if !ok || !it.Signed {
		return kernels[lib.Op("pow")].elem(c, xs, t)
	}
	x, y := xs[0], xs[1]
	ity := llType(it).(*lt.IntType)
	k := func(v int64) value.Value { return constant.NewInt(ity, v) }
	neg := c.cur.NewICmp(enum.IPredSLT, y, k(0))
	r := c.squaring(x, c.cur.NewSelect(neg, k(0), y), k(1), c.mul)
	odd := c.cur.NewICmp(enum.IPredNE, c.cur.NewAnd(y, k(1)), k(0))
	var inv value.Value = k(0)
	inv = c.cur.NewSelect(c.cur.NewICmp(enum.IPredEQ, x, k(-1)), c.cur.NewSelect(odd, k(-1), k(1)), inv)
	inv = c.cur.NewSelect(c.cur.NewICmp(enum.IPredEQ, x, k(1)), k(1), inv)
	inv = c.cur.NewSelect(c.cur.NewICmp(enum.IPredEQ, x, k(0)), constant.NewInt(ity, -1<<(it.Bits-1)), inv)
	return c.cur.NewSelect(neg, inv, r)
}

// npShift is the kernel of left_shift (left) or right_shift, NumPy's
// x << y or x >> y on integers of type t: a shift by the width or more
// (or by a negative count, which NumPy compares as unsigned) gives 0, or
// -1 for >> of a negative x.
func npShift(left bool) func(c *fn, x, y, isZero value.Value, t types.Int) value.Value {
	return func(c *fn, x, y, _ value.Value, t types.Int) value.Value {
		it := llType(t).(*lt.IntType)
		zero := constant.NewInt(it, 0)
		big := c.cur.NewICmp(enum.IPredUGE, y, constant.NewInt(it, int64(t.Bits)))
		safe := c.cur.NewSelect(big, zero, y)
		switch {
		case left:
			return c.cur.NewSelect(big, zero, c.cur.NewShl(x, safe))
		case !t.Signed:
			return c.cur.NewSelect(big, zero, c.cur.NewLShr(x, safe))
		}
		sign := c.cur.NewAShr(x, constant.NewInt(it, int64(t.Bits-1)))
		return c.cur.NewSelect(big, sign, c.cur.NewAShr(x, safe))
	}
}

// npNegative is the kernel of negative (-a).
func npNegative(c *fn, xs []value.Value, t types.Type) value.Value {
	if types.IsFloat(t) {
		return c.cur.NewFNeg(xs[0])
	}
	return c.cur.NewSub(constant.NewInt(llType(t).(*lt.IntType), 0), xs[0])
}

// npInvert is the kernel of invert (~a): logical on bools.
func npInvert(c *fn, xs []value.Value, t types.Type) value.Value {
	if types.Equal(t, types.Bool) {
		return c.cur.NewXor(xs[0], constant.True)
	}
	return c.cur.NewXor(xs[0], constant.NewInt(llType(t).(*lt.IntType), -1))
}
