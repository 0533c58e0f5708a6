package codegen

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// MaxDims is the most dimensions an array may have.
const MaxDims = 4

// arrayType is every array's value: the header's pynjit_array, {owner,
// data, ndim, itemsize, shape[4], strides[4]} with strides in bytes. The
// element type is known statically.
var arrayType = lt.NewStruct(lt.I8Ptr, lt.I8Ptr, lt.I64, lt.I64, lt.NewArray(MaxDims, lt.I64), lt.NewArray(MaxDims, lt.I64))

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

// elementPtr is the address of a[idx...] (idx given for the first
// len(idx) dimensions; negative indexes count from the end, as in
// Python), and the array viewing what is left when idx is shorter than
// the array's dimensions.
func (c *fn) elementPtr(a value.Value, arr *types.Array, idx []value.Value) value.Value {
	data := c.cur.NewExtractValue(a, arrData)
	off := value.Value(constant.NewInt(lt.I64, 0))
	for k, i := range idx {
		n := c.arrayField(a, arrShape, k)
		neg := c.cur.NewICmp(enum.IPredSLT, i, constant.NewInt(lt.I64, 0))
		i = c.cur.NewSelect(neg, c.cur.NewAdd(i, n), i)
		off = c.cur.NewAdd(off, c.cur.NewMul(i, c.arrayField(a, arrStrides, k)))
	}
	return c.cur.NewGetElementPtr(lt.I8, data, off)
}

// index reads a[idx...]: an element, or a view when idx is short.
func (c *fn) index(a value.Value, arr *types.Array, idx []value.Value) (value.Value, types.Type) {
	p := c.elementPtr(a, arr, idx)
	if len(idx) == arr.NDim {
		et := llType(arr.Dtype)
		return c.loadElement(c.cur.NewBitCast(p, lt.NewPointer(storeType(et))), arr.Dtype), arr.Dtype
	}
	view := &types.Array{Dtype: arr.Dtype, NDim: arr.NDim - len(idx), Layout: arr.Layout}
	var v value.Value = c.cur.NewInsertValue(a, p, arrData)
	v = c.cur.NewInsertValue(v, constant.NewInt(lt.I64, int64(view.NDim)), arrNDim)
	for k := 0; k < MaxDims; k++ {
		src := k + len(idx)
		shape, stride := value.Value(constant.NewInt(lt.I64, 1)), value.Value(constant.NewInt(lt.I64, 0))
		if src < arr.NDim {
			shape, stride = c.arrayField(a, arrShape, src), c.arrayField(a, arrStrides, src)
		}
		v = c.cur.NewInsertValue(v, shape, arrShape, uint64(k))
		v = c.cur.NewInsertValue(v, stride, arrStrides, uint64(k))
	}
	return v, view
}

// storeType is how an element sits in memory: bool as a byte.
func storeType(t lt.Type) lt.Type {
	if t == lt.I1 {
		return lt.I8
	}
	return t
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

// indexValues loads the integer indexes of a subscript as int64.
func (c *fn) indexValues(idx *pir.Var) []value.Value {
	it := c.typeOf(idx)
	if tt, ok := it.(*types.Tuple); ok {
		tup := c.loadRaw(idx)
		out := make([]value.Value, len(tt.Elems))
		for i, e := range tt.Elems {
			out[i] = c.convert(c.cur.NewExtractValue(tup, uint64(i)), e, types.Int64)
		}
		return out
	}
	return []value.Value{c.load(idx, types.Int64)}
}

// setItem stores s.Value into s.Target[s.Index].
func (c *fn) setItem(s *pir.SetItem) error {
	arr, ok := c.typeOf(s.Target).(*types.Array)
	if !ok {
		return fmt.Errorf("item assignment to %s", c.typeOf(s.Target))
	}
	p := c.elementPtr(c.loadRaw(s.Target), arr, c.indexValues(s.Index))
	p = c.cur.NewBitCast(p, lt.NewPointer(storeType(llType(arr.Dtype))))
	c.storeElement(c.load(s.Value, arr.Dtype), p, arr.Dtype)
	return nil
}

// arrayAttr is a.shape, a.ndim or a.size.
func (c *fn) arrayAttr(a value.Value, arr *types.Array, attr string) (value.Value, types.Type) {
	switch attr {
	case "shape":
		t := &types.Tuple{}
		var tup value.Value = constant.NewUndef(lt.NewStruct(repeat(lt.I64, arr.NDim)...))
		for k := 0; k < arr.NDim; k++ {
			tup = c.cur.NewInsertValue(tup, c.arrayField(a, arrShape, k), uint64(k))
			t.Elems = append(t.Elems, types.Int64)
		}
		return tup, t
	case "ndim":
		return constant.NewInt(lt.I64, int64(arr.NDim)), types.Int64
	}
	size := value.Value(constant.NewInt(lt.I64, 1))
	for k := 0; k < arr.NDim; k++ {
		size = c.cur.NewMul(size, c.arrayField(a, arrShape, k))
	}
	return size, types.Int64
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
		x, elemT = c.index(a, t.Array, []value.Value{safe})
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
	x, _ := c.index(a, arr, []value.Value{i})
	c.cur.NewStore(x, slot)
	c.cur.NewBr(done)
	c.cur = done
	return c.cur.NewLoad(llType(arr.Dtype), slot)
}
