package codegen

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of the protocols: truth, subscripts, item assignment
// and iteration.
func init() {
	o := lib.Op
	register(lowerTruth, o("truth"))
	register(lowerGetItem, o("getitem"))
	register(lowerSetItem, o("setitem"))
	register(lowerGetIter, o("getiter"))
	register(lowerIterNext, o("iternext"))
}

// lowerTruth is a branch's test of its condition's truth.
func lowerTruth(c *fn, o operation) (value.Value, types.Type, error) {
	return c.truth(o.args[0], o.sig.Args[0]), types.Bool, nil
}

// lowerGetItem is x[i] (a GetItem) or x[k] of a constant k (a
// StaticGetItem) of an array or of sys.argv.
func lowerGetItem(c *fn, o operation) (value.Value, types.Type, error) {
	switch v := o.a.Value.(type) {
	case *pir.GetItem:
		switch x := o.sig.Args[0].(type) {
		case *types.Array:
			r, t := c.index(c.loadRaw(v.Value), x, c.indexParts(o.a, v.Index))
			return r, t, nil
		case types.Argv:
			return c.argvIndex(c.load(v.Index, types.Int64)), types.ArgvItem{}, nil
		}
	case *pir.StaticGetItem:
		k := constant.NewInt(lt.I64, int64(v.Index))
		switch x := o.sig.Args[0].(type) {
		case *types.Array:
			r, t := c.index(c.loadRaw(v.Value), x, intParts([]value.Value{k}))
			return r, t, nil
		case types.Argv:
			return c.argvIndex(k), types.ArgvItem{}, nil
		}
	}
	return nil, nil, &InternalError{Msg: fmt.Sprintf("getitem %s", o.sig)}
}

// lowerSetItem is x[i] = v of an array.
func lowerSetItem(c *fn, o operation) (value.Value, types.Type, error) {
	return nil, nil, c.setItem(o.inst.(*pir.SetItem))
}

// lowerGetIter starts iterating its operand.
func lowerGetIter(c *fn, o operation) (value.Value, types.Type, error) {
	return c.getIter(o.args[0], o.sig.Args[0]), o.sig.Return, nil
}

// lowerIterNext advances an iterator: the pair (value, whether there
// was one).
func lowerIterNext(c *fn, o operation) (value.Value, types.Type, error) {
	pair, t := c.next(o.args[0], o.sig.Args[0])
	return pair, t, nil
}
