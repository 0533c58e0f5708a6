package codegen

import (
	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of NumPy's allocators; their operands are as
// infer.allocation lists them.
func init() {
	np := func(name string) types.Key { return types.Key{Module: types.NumPy, Name: name} }
	register(allocation(nil), np("empty"))
	register(allocation(func(c *fn, o operation, res *types.Array) value.Value {
		return c.convert(constant.NewInt(lt.I64, 0), types.Int64, res.Dtype)
	}), np("zeros"))
	register(allocation(func(c *fn, o operation, res *types.Array) value.Value {
		return c.convert(constant.NewInt(lt.I64, 1), types.Int64, res.Dtype)
	}), np("ones"))
	register(allocation(func(c *fn, o operation, res *types.Array) value.Value {
		return c.convert(o.args[1], o.sig.Args[1], res.Dtype)
	}), np("full"))
	register(allocationLike(false), np("empty_like"))
	register(allocationLike(true), np("zeros_like"))
	register(lowerArange, np("arange"))
	register(lowerLinspace, np("linspace"))
}

// allocation lowers np.empty, zeros, ones and full: a new array of the
// shape of the first operand, filled with fill's value unless fill is
// nil.
func allocation(fill func(c *fn, o operation, res *types.Array) value.Value) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		res := o.sig.Return.(*types.Array)
		a := c.newArray(res.Dtype, c.shapeValues(o.args[0], o.sig.Args[0]))
		if fill != nil {
			c.fill(a, res, fill(c, o, res))
		}
		return a, res, nil
	}
}

// allocationLike lowers np.empty_like and (zero) np.zeros_like.
func allocationLike(zero bool) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		res := o.sig.Return.(*types.Array)
		src := o.sig.Args[0].(*types.Array)
		shape := make([]value.Value, src.NDim)
		for k := range shape {
			shape[k] = c.arrayField(o.args[0], arrShape, k)
		}
		a := c.newArray(res.Dtype, shape)
		if zero {
			c.fill(a, res, c.convert(constant.NewInt(lt.I64, 0), types.Int64, res.Dtype))
		}
		return a, res, nil
	}
}

// lowerArange is np.arange([start, ]stop[, step]).
func lowerArange(c *fn, o operation) (value.Value, types.Type, error) {
	args, sig := o.args, o.sig
	res := sig.Return.(*types.Array)
	start, stop, step := value.Value(constant.NewFloat(lt.Double, 0)), c.convert(args[0], sig.Args[0], types.Float64), value.Value(constant.NewFloat(lt.Double, 1))
	if len(args) >= 2 {
		start, stop = c.convert(args[0], sig.Args[0], types.Float64), c.convert(args[1], sig.Args[1], types.Float64)
	}
	if len(args) == 3 {
		step = c.convert(args[2], sig.Args[2], types.Float64)
	}
	n := c.checked("pynjit_arange_len", lt.I64, []value.Value{start, stop, step}, lt.Double, lt.Double, lt.Double)
	a := c.newArray(res.Dtype, []value.Value{n})
	if types.IsFloat(res.Dtype) {
		// NumPy fills start + i*delta, delta being (start+step)-start
		delta := c.cur.NewFSub(c.cur.NewFAdd(start, step), start)
		c.forEach(a, 1, func(idx []value.Value) {
			x := c.cur.NewFAdd(start, c.cur.NewFMul(c.cur.NewSIToFP(idx[0], lt.Double), delta))
			c.storeElement(c.convert(x, types.Float64, res.Dtype), c.elemAddr(a, res.Dtype, idx), res.Dtype)
		})
		return a, res, nil
	}
	istart, istep := value.Value(constant.NewInt(lt.I64, 0)), value.Value(constant.NewInt(lt.I64, 1))
	if len(args) >= 2 {
		istart = c.convert(args[0], sig.Args[0], types.Int64)
	}
	if len(args) == 3 {
		istep = c.convert(args[2], sig.Args[2], types.Int64)
	}
	c.forEach(a, 1, func(idx []value.Value) {
		x := c.cur.NewAdd(istart, c.cur.NewMul(idx[0], istep))
		c.storeElement(c.convert(x, types.Int64, res.Dtype), c.elemAddr(a, res.Dtype, idx), res.Dtype)
	})
	return a, res, nil
}

// lowerLinspace is np.linspace(start, stop[, num]).
func lowerLinspace(c *fn, o operation) (value.Value, types.Type, error) {
	args, sig := o.args, o.sig
	start, stop := c.convert(args[0], sig.Args[0], types.Float64), c.convert(args[1], sig.Args[1], types.Float64)
	num := value.Value(constant.NewInt(lt.I64, 50))
	if len(args) == 3 {
		num = c.convert(args[2], sig.Args[2], types.Int64)
	}
	c.check(c.cur.NewCall(c.g.runtime("pynjit_check_num", lt.I32, lt.I64), num))
	a := c.newArray(types.Float64, []value.Value{num})
	f := c.g.runtime("pynjit_linspace_fill", lt.Void, lt.Double, lt.Double, lt.I64, lt.I8Ptr)
	c.cur.NewCall(f, start, stop, num, c.cur.NewExtractValue(a, arrData))
	return a, sig.Return, nil
}
