package codegen

import (
	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// bigTuple is the length past which a tuple of one element type is
// built in memory (buildInMemory): each insertvalue spells the whole
// struct type, so building a tuple of n items by insertvalue takes text
// quadratic in n (a literal of 10,000 items: 600 MB of IR).
const bigTuple = 16

// buildInMemory builds the tuple t of v's items through an array of
// its element type on the stack: a store per item (its address spelled
// with the short array type), and one load of the whole; LLVM keeps the
// items in registers where it can.
func (c *fn) buildInMemory(v *pir.BuildTuple, t *types.Tuple) value.Value {
	elem := llType(t.Elems[0])
	arr := lt.NewArray(uint64(len(t.Elems)), elem)
	mem := c.entry.NewAlloca(arr)
	zero := constant.NewInt(lt.I64, 0)
	for i, item := range v.Items {
		p := c.cur.NewGetElementPtr(arr, mem, zero, constant.NewInt(lt.I64, int64(i)))
		c.cur.NewStore(c.load(item, t.Elems[i]), p)
	}
	st := llType(t)
	return c.cur.NewLoad(st, c.cur.NewBitCast(mem, lt.NewPointer(st)))
}
