package codegen

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of NumPy's scalar types called as functions (np.int8(x)):
// the conversion its signature says.
func init() {
	for _, t := range lib.ScalarCtorTypes() {
		register(lowerScalarCtor, types.ScalarCtor(t))
	}
}

func lowerScalarCtor(c *fn, o operation) (value.Value, types.Type, error) {
	from, to := o.sig.Args[0], o.sig.Return
	if _, ok := from.(types.Float); ok && types.Equal(to, types.Uint64) {
		return c.floatToUint64(c.convert(o.args[0], from, types.Float64)), to, nil
	}
	return c.convert(o.args[0], from, to), to, nil
}

// floatToUint64 truncates the double x to a uint64 as NumPy does: values
// from 2**63 to 2**64 too (converted as x - 2**63, with the top bit set
// back), a negative one as int64 and wrapped; NaN and the rest raise as
// int() does.
func (c *fn) floatToUint64(x value.Value) value.Value {
	top := constant.NewFloat(lt.Double, 9223372036854775808)
	high := c.cur.NewFCmp(enum.FPredOGE, x, top)
	n := c.floatToInt(truncating, c.cur.NewSelect(high, c.cur.NewFSub(x, top), x))
	return c.cur.NewSelect(high, c.cur.NewXor(n, constant.NewInt(lt.I64, -1<<63)), n)
}
