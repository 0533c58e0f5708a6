package codegen

import (
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of NumPy's scalar types called as functions (np.int8(x)):
// the conversion its signature says.
func init() {
	for _, t := range []types.Type{types.Bool, types.Int8, types.Int16, types.Int32, types.Int64,
		types.Uint8, types.Uint16, types.Uint32, types.Uint64, types.Float32, types.Float64, types.Complex128} {
		register(lowerScalarCtor, types.ScalarCtor(t))
	}
}

func lowerScalarCtor(c *fn, o *operation) (value.Value, types.Type, error) {
	return c.convert(o.args[0], o.sig.Args[0], o.sig.Return), o.sig.Return, nil
}
