package codegen

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

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
