package codegen

import (
	"strings"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// arrayInplace is x op= y for an array x, as NumPy computes it with x as
// the ufunc's output: y broadcasts to x's shape (x itself never grows),
// every element is computed by the operator's kernel in the loop type
// o.sig.Args[0] and stored back into x with a cast to its dtype, and y
// is read as if copied first when it shares memory with x (a[1:] +=
// a[:-1] adds the old values). The value of the operation is x.
func (c *fn) arrayInplace(v *pir.BinOp, xt *types.Array, o operation) value.Value {
	x := c.loadRaw(v.Lhs)
	ct := o.sig.Args[0]
	y := c.operandOf(v.Rhs)
	var copied value.Value // the slot of y's copy, when it overlaps x
	if y.array {
		// NumPy names the output operand after the inputs when they
		// do not broadcast
		out := operand{val: x, dtype: xt.Dtype, array: true}
		ops := []operand{out, y, out}
		shape := c.broadcast(ops, xt.NDim)
		c.outputFits(x, xt.NDim, shape)
		y = ops[1]
		y.val, copied = c.unaliased(x, xt, y.val, y.dtype)
	}
	k := kernelOf(o.key, !y.array)
	c.forEach(x, xt.NDim, func(idx []value.Value) {
		p := c.elemAddr(x, xt.Dtype, idx)
		a := c.convert(c.loadElement(p, xt.Dtype), xt.Dtype, ct)
		b := y.val
		if y.array {
			b = c.loadElement(c.elemAddr(y.val, y.dtype, idx), y.dtype)
		}
		r := k(c, []value.Value{a, c.convert(b, y.dtype, ct)}, ct)
		c.storeElement(c.convert(r, ct, xt.Dtype), p, xt.Dtype)
	})
	if copied != nil {
		c.decref(c.cur.NewLoad(arrayType, copied))
		c.cur.NewStore(constant.NewZeroInitializer(arrayType), copied)
	}
	return x
}

// outputFits raises NumPy's ValueError when the broadcast shape of an
// in-place operation is not the shape of its output x.
func (c *fn) outputFits(x value.Value, nd int, shape []value.Value) {
	bad := value.Value(constant.False)
	for k := 0; k < nd; k++ {
		bad = c.cur.NewOr(bad, c.cur.NewICmp(enum.IPredNE, shape[k], c.arrayField(x, arrShape, k)))
	}
	fail, ok := c.newBlock("bcast"), c.newBlock("ok")
	c.cur.NewCondBr(c.expect(bad, false), fail, ok)
	c.cur = fail
	var args []value.Value
	for k := 0; k < nd; k++ {
		args = append(args, c.arrayField(x, arrShape, k))
	}
	args = append(args, shape...)
	sh := shapeFormat(nd)
	c.raiseFormatted("ValueError", "non-broadcastable output operand with shape "+sh+" doesn't match the broadcast shape "+sh, args...)
	c.cur = ok
}

// shapeFormat is the printf format of an nd-dimensional shape as NumPy
// prints it: (3,) or (2,3).
func shapeFormat(nd int) string {
	if nd == 1 {
		return "(%lld,)"
	}
	return "(" + strings.TrimSuffix(strings.Repeat("%lld,", nd), ",") + ")"
}

// raiseFormatted raises class with a message formatted by the C
// library's snprintf (its %lld arguments are i64 values).
func (c *fn) raiseFormatted(class, format string, args ...value.Value) {
	snprintf, ok := c.g.decls["snprintf"]
	if !ok {
		snprintf = c.g.m.NewFunc("snprintf", lt.I32, ir.NewParam("", lt.I8Ptr), ir.NewParam("", lt.I64), ir.NewParam("", lt.I8Ptr))
		snprintf.Sig.Variadic = true
		c.g.decls["snprintf"] = snprintf
	}
	const size = 256
	buf := c.entry.NewAlloca(lt.NewArray(size, lt.I8))
	zero := constant.NewInt(lt.I64, 0)
	p := c.cur.NewGetElementPtr(lt.NewArray(size, lt.I8), buf, zero, zero)
	c.cur.NewCall(snprintf, append([]value.Value{p, constant.NewInt(lt.I64, size), c.g.cstring(format)}, args...)...)
	set := c.g.runtime("pynjit_err_set", lt.Void, lt.I8Ptr, lt.I8Ptr)
	c.cur.NewCall(set, c.g.cstring(class), p)
	c.fail()
}

// unaliased returns y, or a C-contiguous copy of it when its memory
// overlaps x's and it is not x itself element for element (then reading
// y while x is written would see new values); the copy's slot is
// returned too, for the caller to release, and it is released with the
// function's arrays if an exception leaves first.
func (c *fn) unaliased(x value.Value, xt *types.Array, y value.Value, ydt types.Type) (value.Value, value.Value) {
	nd := xt.NDim
	lo1, hi1 := c.extent(x, nd, types.ItemSize(xt.Dtype))
	lo2, hi2 := c.extent(y, nd, types.ItemSize(ydt))
	overlap := c.cur.NewAnd(c.cur.NewICmp(enum.IPredULT, lo1, hi2), c.cur.NewICmp(enum.IPredULT, lo2, hi1))
	same := value.Value(c.cur.NewICmp(enum.IPredEQ, c.cur.NewPtrToInt(c.cur.NewExtractValue(x, arrData), lt.I64), c.cur.NewPtrToInt(c.cur.NewExtractValue(y, arrData), lt.I64)))
	if types.ItemSize(xt.Dtype) != types.ItemSize(ydt) {
		same = constant.False
	}
	for k := 0; k < nd; k++ {
		same = c.cur.NewAnd(same, c.cur.NewICmp(enum.IPredEQ, c.arrayField(x, arrStrides, k), c.arrayField(y, arrStrides, k)))
	}
	slot := c.entry.NewAlloca(arrayType)
	c.entry.NewStore(constant.NewZeroInitializer(arrayType), slot)
	c.arraySlots = append(c.arraySlots, slot)
	view := c.entry.NewAlloca(arrayType)
	c.cur.NewStore(y, view)
	cp, join := c.newBlock("alias"), c.newBlock("unaliased")
	c.cur.NewCondBr(c.expect(c.cur.NewAnd(overlap, c.cur.NewXor(same, constant.True)), false), cp, join)
	c.cur = cp
	shape := make([]value.Value, nd)
	for k := range shape {
		shape[k] = c.arrayField(y, arrShape, k)
	}
	dst := c.newArray(ydt, shape)
	c.forEach(dst, nd, func(idx []value.Value) {
		c.storeElement(c.loadElement(c.elemAddr(y, ydt, idx), ydt), c.elemAddr(dst, ydt, idx), ydt)
	})
	c.cur.NewStore(dst, slot)
	c.cur.NewStore(dst, view)
	c.cur.NewBr(join)
	c.cur = join
	return c.cur.NewLoad(arrayType, view), slot
}

// extent is the address range [lo, hi) an nd-dimensional view's elements
// occupy; an empty view occupies none.
func (c *fn) extent(a value.Value, nd int, itemsize int64) (lo, hi value.Value) {
	zero := constant.NewInt(lt.I64, 0)
	base := c.cur.NewPtrToInt(c.cur.NewExtractValue(a, arrData), lt.I64)
	lo, hi = base, c.cur.NewAdd(base, constant.NewInt(lt.I64, itemsize))
	empty := value.Value(constant.False)
	for k := 0; k < nd; k++ {
		n, s := c.arrayField(a, arrShape, k), c.arrayField(a, arrStrides, k)
		empty = c.cur.NewOr(empty, c.cur.NewICmp(enum.IPredEQ, n, zero))
		span := c.cur.NewMul(c.cur.NewSub(n, constant.NewInt(lt.I64, 1)), s)
		neg := c.cur.NewICmp(enum.IPredSLT, span, zero)
		lo = c.cur.NewAdd(lo, c.cur.NewSelect(neg, span, zero))
		hi = c.cur.NewAdd(hi, c.cur.NewSelect(neg, zero, span))
	}
	return c.cur.NewSelect(empty, base, lo), c.cur.NewSelect(empty, base, hi)
}

// inplaceViews finds the item assignments that store back the view an
// in-place operation already wrote (a[1:] += 1 reads the view a[1:],
// updates it in place and assigns it to a[1:]): setItem skips them.
func (c *fn) inplaceViews() map[*pir.SetItem]bool {
	// Only the definitions such a store reads are kept (in-place binary
	// operations and item reads), and none at all without a SetItem: most
	// temporaries are neither.
	var sets []*pir.SetItem
	defs := map[*pir.Var]pir.Value{}
	for _, b := range c.spec.Func.Blocks {
		for _, inst := range b.Insts {
			switch inst := inst.(type) {
			case *pir.SetItem:
				sets = append(sets, inst)
			case *pir.Assign:
				if !inst.Target.Temp {
					continue
				}
				switch v := inst.Value.(type) {
				case *pir.GetItem:
					defs[inst.Target] = v
				case *pir.BinOp:
					if v.Inplace {
						defs[inst.Target] = v
					}
				}
			}
		}
	}
	if len(sets) == 0 {
		return nil
	}
	out := map[*pir.SetItem]bool{}
	for _, s := range sets {
		op, ok := defs[s.Value].(*pir.BinOp)
		if !ok || !isArray(c.typeOf(op.Lhs)) {
			continue
		}
		if get, ok := defs[op.Lhs].(*pir.GetItem); ok && get.Value == s.Target && get.Index == s.Index {
			out[s] = true
		}
	}
	return out
}
