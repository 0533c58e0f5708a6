package codegen

import (
	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

func init() {
	register(lowerArrayOfSequence, types.Key{Module: types.NumPy, Name: "array"})
}

// lowerArrayOfSequence is np.array of a (nested) list or tuple display,
// which ir made nested tuples: a new C-contiguous array of the display's
// shape, each item stored in C order with the cast to the dtype.
func lowerArrayOfSequence(c *fn, o operation) (value.Value, types.Type, error) {
	res := o.sig.Return.(*types.Array)
	seq := o.sig.Args[0]
	shape, _, err := lib.SequenceShape(seq)
	if err != nil {
		return nil, nil, &InternalError{Msg: "np.array of " + seq.String() + ": " + err.Error()}
	}
	dims := make([]value.Value, len(shape))
	for k, n := range shape {
		dims[k] = constant.NewInt(lt.I64, int64(n))
	}
	a := c.newArray(res.Dtype, dims)
	elem := storeType(llType(res.Dtype))
	data := c.cur.NewBitCast(c.cur.NewExtractValue(a, arrData), lt.NewPointer(elem))
	n := int64(0)
	store := func(x value.Value, t types.Type) {
		p := c.cur.NewGetElementPtr(elem, data, constant.NewInt(lt.I64, n))
		c.storeElement(c.convert(x, t, res.Dtype), p, res.Dtype)
		n++
	}
	if leaf, count := uniformLeaves(seq); leaf != nil && count > bigTuple {
		// a long display of one item type: its tuple read as the flat
		// array it is laid out as, rather than one extractvalue (which
		// spells the whole tuple type) per item
		mem := c.entry.NewAlloca(llType(seq))
		c.cur.NewStore(o.args[0], mem)
		flatType := lt.NewArray(uint64(count), llType(leaf))
		flat := c.cur.NewBitCast(mem, lt.NewPointer(flatType))
		zero := constant.NewInt(lt.I64, 0)
		for i := 0; i < count; i++ {
			p := c.cur.NewGetElementPtr(flatType, flat, zero, constant.NewInt(lt.I64, int64(i)))
			store(c.cur.NewLoad(llType(leaf), p), leaf)
		}
		return a, res, nil
	}
	var walk func(v value.Value, t types.Type)
	walk = func(v value.Value, t types.Type) {
		tt, ok := t.(*types.Tuple)
		if !ok {
			store(v, t)
			return
		}
		for i, e := range tt.Elems {
			walk(c.cur.NewExtractValue(v, uint64(i)), e)
		}
	}
	walk(o.args[0], seq)
	return a, res, nil
}

// uniformLeaves is the one scalar type of every item of the nested
// tuples t and their number, or nil when the items differ in type or
// are bools (whose tuple layout is not a byte array's).
func uniformLeaves(t types.Type) (types.Type, int) {
	tt, ok := t.(*types.Tuple)
	if !ok {
		if types.Equal(t, types.Bool) {
			return nil, 0
		}
		return t, 1
	}
	var leaf types.Type
	count := 0
	for _, e := range tt.Elems {
		l, n := uniformLeaves(e)
		if l == nil || leaf != nil && !types.Equal(l, leaf) {
			return nil, 0
		}
		leaf = l
		count += n
	}
	return leaf, count
}
