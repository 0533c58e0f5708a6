package codegen

import (
	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of the array methods (a.sum(), and np.sum(a), the NumPy
// function of the same name) and attributes (a.shape), and of a
// complex's attributes.
func init() {
	m := func(name string) types.Key { return types.Key{Recv: types.ArrayRecv, Name: name} }
	register(lowerCopy, m("copy"))
	register(lowerFlatten, m("flatten"))
	register(reduction("pynjit_sum", false), m("sum"))
	register(reduction("pynjit_prod", false), m("prod"))
	register(reduction("pynjit_sum", true), m("mean"))
	register(minMaxReduction(0), m("min"))
	register(minMaxReduction(1), m("max"))
	register(argReduction(0), m("argmin"))
	register(argReduction(1), m("argmax"))
	register(lowerDot, m("dot"))
	register(arrayAttribute(func(c *fn, a value.Value, arr *types.Array) (value.Value, types.Type) { return c.arrayShape(a, arr) }), m("shape"))
	register(arrayAttribute(func(c *fn, a value.Value, arr *types.Array) (value.Value, types.Type) {
		return constant.NewInt(lt.I64, int64(arr.NDim)), types.Int64
	}), m("ndim"))
	register(arrayAttribute(func(c *fn, a value.Value, arr *types.Array) (value.Value, types.Type) {
		return c.arraySize(a, arr), types.Int64
	}), m("size"))
	register(arrayAttribute(func(c *fn, a value.Value, arr *types.Array) (value.Value, types.Type) { return c.transpose(a, arr) }), m("T"))
	register(complexPart(0), types.Key{Recv: lib.ComplexRecv, Name: "real"})
	register(complexPart(1), types.Key{Recv: lib.ComplexRecv, Name: "imag"})
}

// arrayAttribute lowers an attribute of an array (a GetAttr's value)
// computed by f.
func arrayAttribute(f func(c *fn, a value.Value, arr *types.Array) (value.Value, types.Type)) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		x, t := f(c, o.args[0], o.sig.Args[0].(*types.Array))
		return x, t, nil
	}
}

// complexPart lowers z.real (part 0) and z.imag (part 1).
func complexPart(part uint64) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		return c.cur.NewExtractValue(o.args[0], part), types.Float64, nil
	}
}

// lowerCopy is a.copy(): a new C-contiguous array of a's elements.
func lowerCopy(c *fn, o operation) (value.Value, types.Type, error) {
	args, arr := o.args, o.sig.Args[0].(*types.Array)
	shape := make([]value.Value, arr.NDim)
	for k := range shape {
		shape[k] = c.arrayField(args[0], arrShape, k)
	}
	dst := c.newArray(arr.Dtype, shape)
	c.forEach(dst, arr.NDim, func(idx []value.Value) {
		c.storeElement(c.loadElement(c.elemAddr(args[0], arr.Dtype, idx), arr.Dtype), c.elemAddr(dst, arr.Dtype, idx), arr.Dtype)
	})
	return dst, o.sig.Return, nil
}

// lowerFlatten is a.flatten(): a new 1-D array of a's elements in C
// order.
func lowerFlatten(c *fn, o operation) (value.Value, types.Type, error) {
	args, arr := o.args, o.sig.Args[0].(*types.Array)
	dst := c.newArray(arr.Dtype, []value.Value{c.arraySize(args[0], arr)})
	next := c.entry.NewAlloca(lt.I64)
	c.cur.NewStore(constant.NewInt(lt.I64, 0), next)
	c.forEach(args[0], arr.NDim, func(idx []value.Value) {
		k := c.cur.NewLoad(lt.I64, next)
		c.storeElement(c.loadElement(c.elemAddr(args[0], arr.Dtype, idx), arr.Dtype), c.elemAddr(dst, arr.Dtype, []value.Value{k}), arr.Dtype)
		c.cur.NewStore(c.cur.NewAdd(k, constant.NewInt(lt.I64, 1)), next)
	})
	return dst, o.sig.Return, nil
}

// reduced is the operands of a reduction through the runtime: a
// pointer to the array and its dtype's code.
func (c *fn) reduced(o operation) (ap value.Value, code *constant.Int, arr *types.Array) {
	arr = o.sig.Args[0].(*types.Array)
	return c.arrayPtr(o.args[0]), constant.NewInt(lt.I64, dtypeCode(arr.Dtype)), arr
}

// reduction lowers a.sum(), a.prod() and (mean) a.mean() through the
// runtime's helper (prefix "_f" sums in float64, "_i" in int64).
func reduction(helper string, mean bool) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		ap, code, arr := c.reduced(o)
		rt := o.sig.Return
		ptrT := lt.NewPointer(arrayType)
		if !types.IsFloat(arr.Dtype) && !mean {
			return c.cur.NewCall(c.g.runtime(helper+"_i", lt.I64, ptrT, lt.I64), ap, code), rt, nil
		}
		r := value.Value(c.cur.NewCall(c.g.runtime(helper+"_f", lt.Double, ptrT, lt.I64), ap, code))
		if mean && types.Equal(rt, types.Float32) {
			// NumPy divides the float32 sum in float32
			n := c.arraySize(o.args[0], arr)
			return c.cur.NewFDiv(c.cur.NewFPTrunc(r, lt.Float), c.cur.NewSIToFP(n, lt.Float)), rt, nil
		}
		if mean {
			n := c.arraySize(o.args[0], arr)
			r = c.cur.NewFDiv(r, c.cur.NewSIToFP(n, lt.Double))
		}
		return c.convert(r, types.Float64, rt), rt, nil
	}
}

// minMaxReduction lowers a.min() (which 0) and a.max() (which 1).
func minMaxReduction(which int64) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		ap, code, arr := c.reduced(o)
		rt, ptrT, w := o.sig.Return, lt.NewPointer(arrayType), constant.NewInt(lt.I64, which)
		if types.IsFloat(arr.Dtype) {
			r := c.checked("pynjit_minmax_f", lt.Double, []value.Value{ap, code, w}, ptrT, lt.I64, lt.I64)
			return c.convert(r, types.Float64, rt), rt, nil
		}
		r := c.checked("pynjit_minmax_i", lt.I64, []value.Value{ap, code, w}, ptrT, lt.I64, lt.I64)
		return c.convert(r, types.Int64, rt), rt, nil
	}
}

// argReduction lowers a.argmin() (which 0) and a.argmax() (which 1).
func argReduction(which int64) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		ap, code, arr := c.reduced(o)
		helper := "pynjit_arg_i"
		if types.IsFloat(arr.Dtype) {
			helper = "pynjit_arg_f"
		}
		ptrT := lt.NewPointer(arrayType)
		return c.checked(helper, lt.I64, []value.Value{ap, code, constant.NewInt(lt.I64, which)}, ptrT, lt.I64, lt.I64), o.sig.Return, nil
	}
}

// lowerDot is np.dot(a, b) (and a @ b of two vectors, lowerMatmul's): a
// matrix product when the result is an array, else the vectors' inner
// product.
func lowerDot(c *fn, o operation) (value.Value, types.Type, error) {
	args, rt := o.args, o.sig.Return
	ap, code, arr := c.reduced(o)
	ptrT := lt.NewPointer(arrayType)
	if res, ok := rt.(*types.Array); ok {
		return c.matmul(args[0], args[1], arr, o.sig.Args[1].(*types.Array), res, false), rt, nil
	}
	operator := o.a != nil && isBinOp(o.a.Value)
	brr := o.sig.Args[1].(*types.Array)
	if types.Equal(rt, types.Float32) {
		// float32 products are summed in float32, as NumPy's sdot does
		c.check(c.cur.NewCall(c.g.runtime("pynjit_matmul_check", lt.I32, ptrT, ptrT, lt.I64), ap, c.arrayPtr(args[1]), constant.NewInt(lt.I64, 0)))
		return c.matmulLoop(args[0], args[1], arr, brr, rt, nil, !operator), rt, nil
	}
	bp := c.arrayPtr(args[1])
	bcode := constant.NewInt(lt.I64, dtypeCode(brr.Dtype))
	if types.Equal(rt, types.Float64) {
		return c.checked("pynjit_dot_f", lt.Double, []value.Value{ap, code, bp, bcode, asDot(!operator)}, ptrT, lt.I64, ptrT, lt.I64, lt.I64), rt, nil
	}
	// integers wrap in 64 bits, which is their own width's sum once
	// truncated; a bool's is whether any product is true
	r := c.checked("pynjit_dot_i", lt.I64, []value.Value{ap, code, bp, bcode}, ptrT, lt.I64, ptrT, lt.I64)
	return c.convert(r, types.Int64, rt), rt, nil
}

// isBinOp reports whether v is an operator's (a @ b's) value.
func isBinOp(v pir.Value) bool {
	_, ok := v.(*pir.BinOp)
	return ok
}
