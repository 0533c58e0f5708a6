package codegen

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// tupleIterType is the state of an iterator over a uniform tuple: its
// elements as an array, and the index of the next one.
func tupleIterType(t types.TupleIter) *lt.StructType {
	return lt.NewStruct(lt.NewArray(uint64(len(t.Tuple.Elems)), llType(t.Tuple.Elems[0])), lt.I64)
}

// tupleIter starts iterating the tuple v.
func (c *fn) tupleIter(v value.Value, t *types.Tuple) value.Value {
	st := tupleIterType(types.TupleIter{Tuple: t})
	it := c.entry.NewAlloca(st)
	zero := constant.NewInt(lt.I32, 0)
	arr := c.cur.NewGetElementPtr(st, it, zero, zero)
	for i := range t.Elems {
		p := c.cur.NewGetElementPtr(st.Fields[0], arr, zero, constant.NewInt(lt.I32, int64(i)))
		c.cur.NewStore(c.cur.NewExtractValue(v, uint64(i)), p)
	}
	c.cur.NewStore(constant.NewInt(lt.I64, 0), c.cur.NewGetElementPtr(st, it, zero, constant.NewInt(lt.I32, 1)))
	return it
}

// tupleIterNext returns the pair (next element, whether there was one).
func (c *fn) tupleIterNext(it value.Value, t types.TupleIter) (value.Value, types.Type, error) {
	st := tupleIterType(t)
	n := int64(len(t.Tuple.Elems))
	elem := llType(t.Tuple.Elems[0])
	zero := constant.NewInt(lt.I32, 0)
	idxP := c.cur.NewGetElementPtr(st, it, zero, constant.NewInt(lt.I32, 1))
	idx := c.cur.NewLoad(lt.I64, idxP)
	valid := c.cur.NewICmp(enum.IPredSLT, idx, constant.NewInt(lt.I64, n))
	safe := c.cur.NewSelect(valid, idx, constant.NewInt(lt.I64, 0))
	arr := c.cur.NewGetElementPtr(st, it, zero, zero)
	x := c.cur.NewLoad(elem, c.cur.NewGetElementPtr(st.Fields[0], arr, constant.NewInt(lt.I64, 0), safe))
	c.cur.NewStore(c.cur.NewSelect(valid, c.cur.NewAdd(idx, constant.NewInt(lt.I64, 1)), idx), idxP)
	pairT := types.Pair{First: t.Tuple.Elems[0], Second: types.Bool}
	var agg value.Value = constant.NewUndef(llType(pairT).(*lt.StructType))
	agg = c.cur.NewInsertValue(agg, x, 0)
	agg = c.cur.NewInsertValue(agg, valid, 1)
	return agg, pairT, nil
}

// getIter starts iterating v, an iterable of type t, and returns the
// iterator: a pointer to its state in the function's entry block.
func (c *fn) getIter(v value.Value, t types.Type) value.Value {
	zero := constant.NewInt(lt.I32, 0)
	switch t := t.(type) {
	case *types.Array:
		return c.arrayIter(v)
	case *types.Tuple:
		return c.tupleIter(v, t)
	case types.Enumerate:
		st := iterStateType(types.EnumerateIter{Inner: t.Inner})
		it := c.entry.NewAlloca(st)
		c.cur.NewStore(c.cur.NewExtractValue(v, 1), c.cur.NewGetElementPtr(st, it, zero, zero))
		inner := c.getIter(c.cur.NewExtractValue(v, 0), t.Inner)
		c.cur.NewStore(inner, c.cur.NewGetElementPtr(st, it, zero, constant.NewInt(lt.I32, 1)))
		return it
	case types.Zip:
		st := iterStateType(types.ZipIter{Inners: t.Inners})
		it := c.entry.NewAlloca(st)
		for i, x := range t.Inners {
			inner := c.getIter(c.cur.NewExtractValue(v, uint64(i)), x)
			c.cur.NewStore(inner, c.cur.NewGetElementPtr(st, it, zero, constant.NewInt(lt.I32, int64(i))))
		}
		return it
	}
	it := c.entry.NewAlloca(lt.NewStruct(lt.I64, lt.I64, lt.I64)) // a range
	c.cur.NewStore(v, it)
	return it
}

// iterStateType is the state behind an enumerate or zip iterator: the
// count and the inner iterator, or the inner iterators.
func iterStateType(t types.Type) *lt.StructType {
	switch t := t.(type) {
	case types.EnumerateIter:
		inner, _ := lib.IterType(t.Inner)
		return lt.NewStruct(lt.I64, llType(inner))
	case types.ZipIter:
		fields := make([]lt.Type, len(t.Inners))
		for i, x := range t.Inners {
			inner, _ := lib.IterType(x)
			fields[i] = llType(inner)
		}
		return lt.NewStruct(fields...)
	}
	return nil
}

// next advances the iterator it of type t: the pair (value, whether
// there was one).
func (c *fn) next(it value.Value, t types.Type) (value.Value, types.Type) {
	zero := constant.NewInt(lt.I32, 0)
	pairT := types.Pair{First: lib.ElemType(t), Second: types.Bool}
	pair := func(x, valid value.Value) value.Value {
		var agg value.Value = constant.NewUndef(llType(pairT).(*lt.StructType))
		agg = c.cur.NewInsertValue(agg, x, 0)
		return c.cur.NewInsertValue(agg, valid, 1)
	}
	switch t := t.(type) {
	case types.ArrayIter:
		return c.arrayIterNext(it, t)
	case types.TupleIter:
		v, pt, _ := c.tupleIterNext(it, t)
		return v, pt
	case types.EnumerateIter:
		st := iterStateType(t)
		countP := c.cur.NewGetElementPtr(st, it, zero, zero)
		count := c.cur.NewLoad(lt.I64, countP)
		innerT, _ := lib.IterType(t.Inner)
		inner := c.cur.NewLoad(llType(innerT), c.cur.NewGetElementPtr(st, it, zero, constant.NewInt(lt.I32, 1)))
		p, _ := c.next(inner, innerT)
		valid := c.cur.NewExtractValue(p, 1)
		c.cur.NewStore(c.cur.NewSelect(valid, c.cur.NewAdd(count, constant.NewInt(lt.I64, 1)), count), countP)
		elemT := pairT.First.(*types.Tuple)
		var tup value.Value = constant.NewUndef(llType(elemT).(*lt.StructType))
		tup = c.cur.NewInsertValue(tup, count, 0)
		tup = c.cur.NewInsertValue(tup, c.cur.NewExtractValue(p, 0), 1)
		return pair(tup, valid), pairT
	case types.ZipIter:
		st := iterStateType(t)
		elemT := pairT.First.(*types.Tuple)
		var tup value.Value = constant.NewUndef(llType(elemT).(*lt.StructType))
		var valid value.Value = constant.True
		for i, x := range t.Inners {
			innerT, _ := lib.IterType(x)
			inner := c.cur.NewLoad(llType(innerT), c.cur.NewGetElementPtr(st, it, zero, constant.NewInt(lt.I32, int64(i))))
			p, _ := c.next(inner, innerT)
			valid = c.cur.NewAnd(valid, c.cur.NewExtractValue(p, 1))
			tup = c.cur.NewInsertValue(tup, c.cur.NewExtractValue(p, 0), uint64(i))
		}
		return pair(tup, valid), pairT
	}
	return c.rangeNext(it), pairT
}

// rangeNext advances a range iterator.
func (c *fn) rangeNext(it value.Value) value.Value {
	st := lt.NewStruct(lt.I64, lt.I64, lt.I64)
	zero, one, two := constant.NewInt(lt.I32, 0), constant.NewInt(lt.I32, 1), constant.NewInt(lt.I32, 2)
	curP := c.cur.NewGetElementPtr(st, it, zero, zero)
	stopP := c.cur.NewGetElementPtr(st, it, zero, one)
	stepP := c.cur.NewGetElementPtr(st, it, zero, two)
	cur := c.cur.NewLoad(lt.I64, curP)
	stop := c.cur.NewLoad(lt.I64, stopP)
	step := c.cur.NewLoad(lt.I64, stepP)
	up := c.cur.NewICmp(enum.IPredSGT, step, constant.NewInt(lt.I64, 0))
	below := c.cur.NewICmp(enum.IPredSLT, cur, stop)
	above := c.cur.NewICmp(enum.IPredSGT, cur, stop)
	valid := c.cur.NewSelect(up, below, above)
	// The iterator is not advanced again once exhausted (a loop leaves,
	// zip stops), so cur + step is stored unconditionally: a plain
	// induction variable that LLVM can unroll and vectorize.
	c.cur.NewStore(c.cur.NewAdd(cur, step), curP)
	pair := lt.NewStruct(lt.I64, lt.I1)
	var agg value.Value = constant.NewUndef(pair)
	agg = c.cur.NewInsertValue(agg, cur, 0)
	agg = c.cur.NewInsertValue(agg, valid, 1)
	return agg
}
