package codegen

import (
	"fmt"
	"math"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/facts"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// arrayType is every array's value: the header's pynjit_array, {owner,
// data, ndim, itemsize, shape[4], strides[4]} with strides in bytes. The
// element type is known statically.
var arrayType = lt.NewStruct(lt.I8Ptr, lt.I8Ptr, lt.I64, lt.I64, lt.NewArray(types.MaxDims, lt.I64), lt.NewArray(types.MaxDims, lt.I64))

// Field indexes of arrayType.
const (
	arrOwner = iota
	arrData
	arrNDim
	arrItemsize
	arrShape
	arrStrides
)

func (c *fn) arrayField(a value.Value, field int, dim int) value.Value {
	return c.cur.NewExtractValue(a, uint64(field), uint64(dim))
}

// sliceType is a slice value: start, stop, step, and flags saying
// whether start (1) and stop (2) were given.
var sliceType = lt.NewStruct(lt.I64, lt.I64, lt.I64, lt.I64)

// indexPart is one index of a subscript: an integer, or a slice. nonNeg
// says the integer is known to be >= 0 (it needs no wrap-around).
type indexPart struct {
	v      value.Value
	slice  bool
	nonNeg bool
}

// indexParts loads the indexes of the subscript of instruction at.
func (c *fn) indexParts(at pir.Inst, idx *pir.Var) []indexPart {
	part := func(v value.Value, t types.Type, nonNeg bool) indexPart {
		if _, ok := t.(types.SliceType); ok {
			return indexPart{v: v, slice: true}
		}
		return indexPart{v: c.convert(v, t, types.Int64), nonNeg: nonNeg}
	}
	it := c.typeOf(idx)
	if tt, ok := it.(*types.Tuple); ok {
		tup := c.loadRaw(idx)
		items := c.facts.ItemsNonNeg(at, idx)
		out := make([]indexPart, len(tt.Elems))
		for i, e := range tt.Elems {
			out[i] = part(c.cur.NewExtractValue(tup, uint64(i)), e, items)
		}
		return out
	}
	return []indexPart{part(c.loadRaw(idx), it, c.facts.NonNeg(at, idx) && facts.Keeps(it, types.Int64))}
}

func intParts(idx []value.Value) []indexPart {
	out := make([]indexPart, len(idx))
	for i, v := range idx {
		out[i] = indexPart{v: v}
	}
	return out
}

// subscript computes a[parts...]: the address of an element when every
// dimension gets an integer, else the view the slices and the remaining
// dimensions describe. Negative integers count from the end, as in
// Python; with bounds checking on, an index out of range raises
// IndexError("index 7 is out of bounds for axis 0 with size 5").
func (c *fn) subscript(a value.Value, arr *types.Array, parts []indexPart) (ptr value.Value, view value.Value, nd int) {
	off := value.Value(constant.NewInt(lt.I64, 0))
	var shapes, strides []value.Value
	for k, p := range parts {
		n, stride := c.arrayField(a, arrShape, k), c.stride(a, arr, k)
		if p.slice {
			f := c.g.runtime("pynjit_slice_adjust", lt.I32, lt.I64, lt.I64, lt.I64, lt.I64, lt.I64, lt.NewPointer(lt.NewArray(3, lt.I64)))
			out := c.entry.NewAlloca(lt.NewArray(3, lt.I64))
			c.check(c.cur.NewCall(f, n, c.cur.NewExtractValue(p.v, 0), c.cur.NewExtractValue(p.v, 1), c.cur.NewExtractValue(p.v, 2), c.cur.NewExtractValue(p.v, 3), out))
			res := c.cur.NewLoad(lt.NewArray(3, lt.I64), out)
			start, step, length := c.cur.NewExtractValue(res, 0), c.cur.NewExtractValue(res, 1), c.cur.NewExtractValue(res, 2)
			off = c.cur.NewAdd(off, c.cur.NewMul(start, stride))
			shapes = append(shapes, length)
			strides = append(strides, c.cur.NewMul(stride, step))
			continue
		}
		i := p.v
		var wrapped value.Value = i
		if !p.nonNeg {
			neg := c.cur.NewICmp(enum.IPredSLT, i, constant.NewInt(lt.I64, 0))
			wrapped = c.cur.NewSelect(neg, c.cur.NewAdd(i, n), i)
		}
		if c.boundscheck {
			f := c.g.runtime("pynjit_check_index", lt.I32, lt.I64, lt.I64, lt.I64)
			c.check(c.cur.NewCall(f, i, n, constant.NewInt(lt.I64, int64(k))))
		}
		off = c.cur.NewAdd(off, c.cur.NewMul(wrapped, stride))
	}
	data := c.cur.NewGetElementPtr(lt.I8, c.cur.NewExtractValue(a, arrData), off)
	nd = len(shapes) + arr.NDim - len(parts)
	if len(shapes) == 0 && len(parts) == arr.NDim {
		return data, nil, 0
	}
	for k := len(parts); k < arr.NDim; k++ {
		shapes = append(shapes, c.arrayField(a, arrShape, k))
		strides = append(strides, c.stride(a, arr, k))
	}
	var v value.Value = c.cur.NewInsertValue(a, data, arrData)
	v = c.cur.NewInsertValue(v, constant.NewInt(lt.I64, int64(nd)), arrNDim)
	for k := 0; k < types.MaxDims; k++ {
		shape, stride := value.Value(constant.NewInt(lt.I64, 1)), value.Value(constant.NewInt(lt.I64, 0))
		if k < nd {
			shape, stride = shapes[k], strides[k]
		}
		v = c.cur.NewInsertValue(v, shape, arrShape, uint64(k))
		v = c.cur.NewInsertValue(v, stride, arrStrides, uint64(k))
	}
	return nil, v, nd
}

// index reads a[parts...]: an element, or a view.
func (c *fn) index(a value.Value, arr *types.Array, parts []indexPart) (value.Value, types.Type) {
	ptr, view, nd := c.subscript(a, arr, parts)
	if view == nil {
		return c.loadElement(c.cur.NewBitCast(ptr, lt.NewPointer(storeType(llType(arr.Dtype)))), arr.Dtype), arr.Dtype
	}
	layout := arr.Layout
	for _, p := range parts {
		if p.slice {
			layout = types.LayoutA
		}
	}
	return view, &types.Array{Dtype: arr.Dtype, NDim: nd, Layout: layout}
}

func (c *fn) loadElement(p value.Value, t types.Type) value.Value {
	if types.Equal(t, types.Bool) {
		return c.cur.NewICmp(enum.IPredNE, c.cur.NewLoad(lt.I8, p), constant.NewInt(lt.I8, 0))
	}
	return c.cur.NewLoad(llType(t), p)
}

func (c *fn) storeElement(v value.Value, p value.Value, t types.Type) {
	if types.Equal(t, types.Bool) {
		v = c.cur.NewZExt(v, lt.I8)
	}
	c.cur.NewStore(v, p)
}

// elemAddr is the typed address of element idx of a view.
func (c *fn) elemAddr(a value.Value, dtype types.Type, idx []value.Value) value.Value {
	off := value.Value(constant.NewInt(lt.I64, 0))
	for k, i := range idx {
		off = c.cur.NewAdd(off, c.cur.NewMul(i, c.arrayField(a, arrStrides, k)))
	}
	p := c.cur.NewGetElementPtr(lt.I8, c.cur.NewExtractValue(a, arrData), off)
	return c.cur.NewBitCast(p, lt.NewPointer(storeType(llType(dtype))))
}

// forEach runs body for every index of an nd-dimensional view, in C
// order.
func (c *fn) forEach(a value.Value, nd int, body func(idx []value.Value)) {
	idx := make([]value.Value, nd)
	var loop func(k int)
	loop = func(k int) {
		if k == nd {
			body(idx)
			return
		}
		slot := c.entry.NewAlloca(lt.I64)
		c.cur.NewStore(constant.NewInt(lt.I64, 0), slot)
		head, bodyB, done := c.newBlock("each"), c.newBlock("elem"), c.newBlock("done")
		c.cur.NewBr(head)
		c.cur = head
		i := c.cur.NewLoad(lt.I64, slot)
		c.cur.NewCondBr(c.cur.NewICmp(enum.IPredSLT, i, c.arrayField(a, arrShape, k)), bodyB, done)
		c.cur = bodyB
		idx[k] = i
		loop(k + 1)
		c.cur.NewStore(c.cur.NewAdd(i, constant.NewInt(lt.I64, 1)), slot)
		c.cur.NewBr(head)
		c.cur = done
	}
	loop(0)
}

// setItem stores s.Value into s.Target[s.Index]: one element, or every
// element of a view (from a scalar, or from an array of the view's
// number of dimensions, each the view's or 1, which broadcasts).
func (c *fn) setItem(s *pir.SetItem) error {
	if c.storedInPlace[s] {
		return nil
	}
	arr, ok := c.typeOf(s.Target).(*types.Array)
	if !ok {
		return fmt.Errorf("item assignment to %s", c.typeOf(s.Target))
	}
	ptr, view, nd := c.subscript(c.loadRaw(s.Target), arr, c.indexParts(s, s.Index))
	if view == nil {
		p := c.cur.NewBitCast(ptr, lt.NewPointer(storeType(llType(arr.Dtype))))
		c.storeElement(c.load(s.Value, arr.Dtype), p, arr.Dtype)
		return nil
	}
	if src, ok := c.typeOf(s.Value).(*types.Array); ok {
		sv := c.loadRaw(s.Value)
		ptrT := lt.NewPointer(arrayType)
		c.check(c.cur.NewCall(c.g.runtime("pynjit_check_assign", lt.I32, ptrT, ptrT), c.arrayPtr(sv), c.arrayPtr(view)))
		// NumPy copies as if through a temporary: a source that shares
		// memory with the view (v[1:] = v[:-1], a[:, :] = a.T) is read
		// from a copy, made only when their address ranges overlap
		sv, copied := c.unaliased(view, &types.Array{Dtype: arr.Dtype, NDim: nd}, sv, src.Dtype)
		// a dimension of 1 broadcasts: it is read with stride 0
		for k := 0; k < nd; k++ {
			one := c.cur.NewICmp(enum.IPredEQ, c.arrayField(sv, arrShape, k), constant.NewInt(lt.I64, 1))
			stride := c.cur.NewSelect(one, constant.NewInt(lt.I64, 0), c.arrayField(sv, arrStrides, k))
			sv = c.cur.NewInsertValue(sv, stride, arrStrides, uint64(k))
		}
		c.forEach(view, nd, func(idx []value.Value) {
			x := c.loadElement(c.elemAddr(sv, src.Dtype, idx), src.Dtype)
			c.storeElement(c.convert(x, src.Dtype, arr.Dtype), c.elemAddr(view, arr.Dtype, idx), arr.Dtype)
		})
		c.decref(c.cur.NewLoad(arrayType, copied))
		c.cur.NewStore(constant.NewZeroInitializer(arrayType), copied)
		return nil
	}
	x := c.load(s.Value, arr.Dtype)
	c.forEach(view, nd, func(idx []value.Value) {
		c.storeElement(x, c.elemAddr(view, arr.Dtype, idx), arr.Dtype)
	})
	return nil
}

// arrayShape is a.shape, a tuple of its dimensions.
func (c *fn) arrayShape(a value.Value, arr *types.Array) (value.Value, types.Type) {
	t := &types.Tuple{}
	var tup value.Value = constant.NewUndef(lt.NewStruct(repeat(lt.I64, arr.NDim)...))
	for k := 0; k < arr.NDim; k++ {
		tup = c.cur.NewInsertValue(tup, c.arrayField(a, arrShape, k), uint64(k))
		t.Elems = append(t.Elems, types.Int64)
	}
	return tup, t
}

// transpose is a.T: a view with the dimensions reversed.
func (c *fn) transpose(a value.Value, arr *types.Array) (value.Value, types.Type) {
	v := a
	for k := 0; k < arr.NDim; k++ {
		v = c.cur.NewInsertValue(v, c.arrayField(a, arrShape, arr.NDim-1-k), arrShape, uint64(k))
		v = c.cur.NewInsertValue(v, c.arrayField(a, arrStrides, arr.NDim-1-k), arrStrides, uint64(k))
	}
	layout := types.LayoutA
	if arr.NDim == 1 {
		layout = arr.Layout
	}
	return v, &types.Array{Dtype: arr.Dtype, NDim: arr.NDim, Layout: layout}
}

// arraySize is a.size, the product of its dimensions.
func (c *fn) arraySize(a value.Value, arr *types.Array) value.Value {
	size := value.Value(constant.NewInt(lt.I64, 1))
	for k := 0; k < arr.NDim; k++ {
		size = c.cur.NewMul(size, c.arrayField(a, arrShape, k))
	}
	return size
}

func repeat(t lt.Type, n int) []lt.Type {
	out := make([]lt.Type, n)
	for i := range out {
		out[i] = t
	}
	return out
}

// arrayIterType is the state of `for x in a`: the array and the next
// index along its first dimension.
var arrayIterType = lt.NewStruct(arrayType, lt.I64)

func (c *fn) arrayIter(a value.Value) value.Value {
	it := c.entry.NewAlloca(arrayIterType)
	zero := constant.NewInt(lt.I32, 0)
	c.cur.NewStore(a, c.cur.NewGetElementPtr(arrayIterType, it, zero, zero))
	c.cur.NewStore(constant.NewInt(lt.I64, 0), c.cur.NewGetElementPtr(arrayIterType, it, zero, constant.NewInt(lt.I32, 1)))
	return it
}

func (c *fn) arrayIterNext(it value.Value, t types.ArrayIter) (value.Value, types.Type) {
	zero := constant.NewInt(lt.I32, 0)
	a := c.cur.NewLoad(arrayType, c.cur.NewGetElementPtr(arrayIterType, it, zero, zero))
	idxP := c.cur.NewGetElementPtr(arrayIterType, it, zero, constant.NewInt(lt.I32, 1))
	idx := c.cur.NewLoad(lt.I64, idxP)
	valid := c.cur.NewICmp(enum.IPredSLT, idx, c.arrayField(a, arrShape, 0))
	safe := c.cur.NewSelect(valid, idx, constant.NewInt(lt.I64, 0))
	c.cur.NewStore(c.cur.NewSelect(valid, c.cur.NewAdd(idx, constant.NewInt(lt.I64, 1)), idx), idxP)
	// reading element 0 of an empty array is avoided: only when valid
	elemT := types.Type(t.Array.Dtype)
	var x value.Value
	if t.Array.NDim == 1 {
		x = c.readGuarded(a, t.Array, safe, valid)
	} else {
		x, elemT = c.index(a, t.Array, intParts([]value.Value{safe}))
	}
	pairT := types.Pair{First: elemT, Second: types.Bool}
	var agg value.Value = constant.NewUndef(llType(pairT).(*lt.StructType))
	agg = c.cur.NewInsertValue(agg, x, 0)
	return c.cur.NewInsertValue(agg, valid, 1), pairT
}

// readGuarded loads a[i] of a 1-D array when valid, else a zero value,
// without touching memory.
func (c *fn) readGuarded(a value.Value, arr *types.Array, i, valid value.Value) value.Value {
	slot := c.entry.NewAlloca(llType(arr.Dtype))
	c.cur.NewStore(constant.NewZeroInitializer(llType(arr.Dtype)), slot)
	then, done := c.newBlock("elem"), c.newBlock("next")
	c.cur.NewCondBr(valid, then, done)
	c.cur = then
	x, _ := c.index(a, arr, intParts([]value.Value{i}))
	c.cur.NewStore(x, slot)
	c.cur.NewBr(done)
	c.cur = done
	return c.cur.NewLoad(llType(arr.Dtype), slot)
}

// buildSlice makes a slice value; absent parts are flagged, and an absent
// step is 1.
func (c *fn) buildSlice(s *pir.BuildSlice) value.Value {
	var v value.Value = constant.NewUndef(sliceType)
	flags := int64(0)
	parts := []*pir.Var{s.Start, s.Stop, s.Step}
	for i, p := range parts {
		x := value.Value(constant.NewInt(lt.I64, 0))
		if i == 2 {
			x = constant.NewInt(lt.I64, 1)
		}
		if p != nil && !types.Equal(c.typeOf(p), types.None) {
			x = c.load(p, types.Int64)
			if i < 2 {
				flags |= 1 << i
			}
		}
		v = c.cur.NewInsertValue(v, x, uint64(i))
	}
	return c.cur.NewInsertValue(v, constant.NewInt(lt.I64, flags), 3)
}

// dtypeCode numbers element types for the runtime's reductions.
func dtypeCode(t types.Type) int64 {
	switch t := t.(type) {
	case types.Float:
		if t.Bits == 32 {
			return 1
		}
		return 0
	case types.Int:
		code := map[int]int64{8: 2, 16: 3, 32: 4, 64: 5}[t.Bits]
		if !t.Signed {
			code += 4
		}
		return code
	}
	return 10 // bool
}

// arrayPtr spills an array value so the runtime can read it.
func (c *fn) arrayPtr(a value.Value) value.Value {
	p := c.entry.NewAlloca(arrayType)
	c.cur.NewStore(a, p)
	return p
}

// ownsArray reports whether an instruction's array value comes with a
// reference of its own (a new array, or one a call returned); other array
// values (arguments, copies, views, the target of an in-place operation)
// borrow theirs.
func (c *fn) ownsArray(v pir.Value) bool {
	switch v := v.(type) {
	case *pir.BinOp:
		return !v.Inplace || !isArray(c.typeOf(v.Lhs))
	case *pir.Call, *pir.UnaryOp:
		return true
	}
	return false
}

// newArray allocates a C-contiguous array of the given shape through the
// runtime; its one reference is the caller's.
func (c *fn) newArray(dtype types.Type, shape []value.Value) value.Value {
	itemsize := types.ItemSize(dtype)
	owner, data := c.entry.NewAlloca(lt.I8Ptr), c.entry.NewAlloca(lt.I8Ptr)
	f := c.g.runtime("pynjit_nrt_alloc", lt.I32, lt.I64, lt.NewPointer(lt.I8Ptr), lt.NewPointer(lt.I8Ptr))
	c.check(c.cur.NewCall(f, c.arrayBytes(itemsize, shape), owner, data))
	var a value.Value = constant.NewZeroInitializer(arrayType)
	a = c.cur.NewInsertValue(a, c.cur.NewLoad(lt.I8Ptr, owner), arrOwner)
	a = c.cur.NewInsertValue(a, c.cur.NewLoad(lt.I8Ptr, data), arrData)
	a = c.cur.NewInsertValue(a, constant.NewInt(lt.I64, int64(len(shape))), arrNDim)
	a = c.cur.NewInsertValue(a, constant.NewInt(lt.I64, itemsize), arrItemsize)
	stride := value.Value(constant.NewInt(lt.I64, itemsize))
	for k := types.MaxDims - 1; k >= 0; k-- {
		if k >= len(shape) {
			a = c.cur.NewInsertValue(a, constant.NewInt(lt.I64, 1), arrShape, uint64(k))
			continue
		}
		a = c.cur.NewInsertValue(a, shape[k], arrShape, uint64(k))
		a = c.cur.NewInsertValue(a, stride, arrStrides, uint64(k))
		stride = c.cur.NewMul(stride, shape[k])
	}
	return a
}

// arrayBytes is the size in bytes of an array of shape, checked as
// NumPy checks it (PyArray_NewFromDescr): dimension by dimension, a
// negative one raises ValueError("negative dimensions are not allowed")
// and a product beyond int64 ValueError("array is too big; ..."), a
// zero one making the array empty; never a wrapped-around size.
func (c *fn) arrayBytes(itemsize int64, shape []value.Value) value.Value {
	zero, one := constant.NewInt(lt.I64, 0), constant.NewInt(lt.I64, 1)
	mul := c.g.runtime("llvm.smul.with.overflow.i64", lt.NewStruct(lt.I64, lt.I1), lt.I64, lt.I64)
	nbytes := value.Value(constant.NewInt(lt.I64, itemsize))
	empty := value.Value(constant.False)
	for _, s := range shape {
		isZero := c.cur.NewICmp(enum.IPredEQ, s, zero)
		empty = c.cur.NewOr(empty, isZero)
		c.raiseIf(c.cur.NewICmp(enum.IPredSLT, s, zero), "ValueError", "negative dimensions are not allowed")
		r := c.cur.NewCall(mul, nbytes, c.cur.NewSelect(isZero, one, s))
		c.raiseIf(c.cur.NewExtractValue(r, 1), "ValueError", "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
		nbytes = c.cur.NewExtractValue(r, 0)
	}
	return c.cur.NewSelect(empty, zero, nbytes)
}

// stride is the byte stride of dimension k of a. A contiguous array's
// strides follow from its shape and item size, and computing them lets
// LLVM see that a[i] and a[i + 1] are neighbours (to forward stores and
// vectorize); NumPy may give other strides to a dimension of extent 1,
// or to an empty array, but no index of those reaches the stride.
func (c *fn) stride(a value.Value, arr *types.Array, k int) value.Value {
	var dims []int
	switch arr.Layout {
	case types.LayoutC:
		for j := k + 1; j < arr.NDim; j++ {
			dims = append(dims, j)
		}
	case types.LayoutF:
		for j := 0; j < k; j++ {
			dims = append(dims, j)
		}
	default:
		return c.arrayField(a, arrStrides, k)
	}
	s := value.Value(constant.NewInt(lt.I64, types.ItemSize(arr.Dtype)))
	for _, j := range dims {
		s = c.cur.NewMul(s, c.arrayField(a, arrShape, j))
	}
	return s
}

// shapeValues reads a shape operand (an int or a tuple of ints).
func (c *fn) shapeValues(v value.Value, t types.Type) []value.Value {
	if tt, ok := t.(*types.Tuple); ok {
		out := make([]value.Value, len(tt.Elems))
		for i, e := range tt.Elems {
			out[i] = c.convert(c.cur.NewExtractValue(v, uint64(i)), e, types.Int64)
		}
		return out
	}
	return []value.Value{c.convert(v, t, types.Int64)}
}

// fill stores x into every element of the C-contiguous array a.
func (c *fn) fill(a value.Value, arr *types.Array, x value.Value) {
	c.forEach(a, arr.NDim, func(idx []value.Value) {
		c.storeElement(x, c.elemAddr(a, arr.Dtype, idx), arr.Dtype)
	})
}

// matmul is np.dot(a, b) or a @ b (operator) with a 2-D operand: a new
// array filled by the runtime (which reads int32, int64, float32 and
// float64 and sums in float64 or int64), or by matmulLoop for the other
// types, after NumPy's shape check.
func (c *fn) matmul(a, b value.Value, at, bt, res *types.Array, operator bool) value.Value {
	ptrT := lt.NewPointer(arrayType)
	ap, bp := c.arrayPtr(a), c.arrayPtr(b)
	flag := int64(0)
	if operator {
		flag = 1
	}
	c.check(c.cur.NewCall(c.g.runtime("pynjit_matmul_check", lt.I32, ptrT, ptrT, lt.I64), ap, bp, constant.NewInt(lt.I64, flag)))
	var shape []value.Value
	if at.NDim == 2 {
		shape = append(shape, c.arrayField(a, arrShape, 0))
	}
	if bt.NDim == 2 {
		shape = append(shape, c.arrayField(b, arrShape, 1))
	}
	out := c.newArray(res.Dtype, shape)
	if !runtimeMatmul(at, bt, res.Dtype) {
		c.matmulLoop(a, b, at, bt, res.Dtype, out, !operator)
		return out
	}
	isFloat := int64(0)
	if types.IsFloat(res.Dtype) {
		isFloat = 1
	}
	f := c.g.runtime("pynjit_matmul_fill", lt.Void, ptrT, lt.I64, ptrT, lt.I64, ptrT, lt.I64, lt.I64)
	c.cur.NewCall(f, ap, constant.NewInt(lt.I64, dtypeCode(at.Dtype)), bp, constant.NewInt(lt.I64, dtypeCode(bt.Dtype)), c.arrayPtr(out), constant.NewInt(lt.I64, isFloat), asDot(!operator))
	return out
}

// asDot is the runtime's flag for np.dot, whose product of operands of
// one element each keeps the sign of a zero (a @ b sums it from +0.0).
func asDot(dot bool) *constant.Int {
	if dot {
		return constant.NewInt(lt.I64, 1)
	}
	return constant.NewInt(lt.I64, 0)
}

// runtimeMatmul reports whether the runtime's pynjit_matmul_fill computes
// a @ b of these types: it reads int32, int64, float32 and float64
// elements and writes float64 or int64 ones.
func runtimeMatmul(at, bt *types.Array, elem types.Type) bool {
	for _, d := range []types.Type{at.Dtype, bt.Dtype} {
		if !types.Equal(d, types.Int32) && !types.Equal(d, types.Int64) && !types.Equal(d, types.Float32) && !types.Equal(d, types.Float64) {
			return false
		}
	}
	return types.Equal(elem, types.Float64) || types.Equal(elem, types.Int64)
}

// matmulLoop computes a @ b, or np.dot(a, b) (dot), here, into out
// (nil: the scalar of two vectors, returned): products and sums in elem,
// the result's type (wrapping for integers, and and or for bools), over
// the inner dimension in order. np.dot's float product of one term into
// a result of one element is the bare product, as NumPy's scalar
// multiplication gives it (its sum starts from -0.0, which keeps a -0.0).
func (c *fn) matmulLoop(a, b value.Value, at, bt *types.Array, elem types.Type, out value.Value, dot bool) value.Value {
	n := c.arrayField(a, arrShape, at.NDim-1)
	acc := c.entry.NewAlloca(llType(elem))
	zero := c.convert(constant.NewInt(lt.I64, 0), types.Int64, elem)
	nd := 0
	if at.NDim == 2 {
		nd++
	}
	if bt.NDim == 2 {
		nd++
	}
	if ft, ok := elem.(types.Float); ok && dot {
		one := value.Value(c.cur.NewICmp(enum.IPredEQ, n, constant.NewInt(lt.I64, 1)))
		if out != nil {
			size := c.arraySize(out, &types.Array{Dtype: elem, NDim: nd})
			one = c.cur.NewAnd(one, c.cur.NewICmp(enum.IPredEQ, size, constant.NewInt(lt.I64, 1)))
		}
		zero = c.cur.NewSelect(one, constant.NewFloat(llType(ft).(*lt.FloatType), math.Copysign(0, -1)), zero)
	}
	product := func(i, j value.Value) value.Value {
		c.cur.NewStore(zero, acc)
		c.count(n, func(k value.Value) {
			ai, bi := []value.Value{k}, []value.Value{k}
			if at.NDim == 2 {
				ai = []value.Value{i, k}
			}
			if bt.NDim == 2 {
				bi = []value.Value{k, j}
			}
			x := c.convert(c.loadElement(c.elemAddr(a, at.Dtype, ai), at.Dtype), at.Dtype, elem)
			y := c.convert(c.loadElement(c.elemAddr(b, bt.Dtype, bi), bt.Dtype), bt.Dtype, elem)
			sum := c.npElem(lib.Op("add"), c.cur.NewLoad(llType(elem), acc), c.npElem(lib.Op("mul"), x, y, elem), elem)
			c.cur.NewStore(sum, acc)
		})
		return c.cur.NewLoad(llType(elem), acc)
	}
	if out == nil {
		return product(nil, nil)
	}
	c.forEach(out, nd, func(idx []value.Value) {
		var i, j value.Value
		switch {
		case at.NDim == 2 && bt.NDim == 2:
			i, j = idx[0], idx[1]
		case at.NDim == 2:
			i = idx[0]
		default:
			j = idx[0]
		}
		c.storeElement(product(i, j), c.elemAddr(out, elem, idx), elem)
	})
	return out
}

// count runs body for k = 0 .. n-1.
func (c *fn) count(n value.Value, body func(k value.Value)) {
	slot := c.entry.NewAlloca(lt.I64)
	c.cur.NewStore(constant.NewInt(lt.I64, 0), slot)
	head, loop, done := c.newBlock("k"), c.newBlock("k.body"), c.newBlock("k.done")
	c.cur.NewBr(head)
	c.cur = head
	k := c.cur.NewLoad(lt.I64, slot)
	c.cur.NewCondBr(c.cur.NewICmp(enum.IPredSLT, k, n), loop, done)
	c.cur = loop
	body(k)
	c.cur.NewStore(c.cur.NewAdd(k, constant.NewInt(lt.I64, 1)), slot)
	c.cur.NewBr(head)
	c.cur = done
}
