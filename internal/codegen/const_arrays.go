package codegen

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// A module constant that is an array (resolve.ConstArray) is, as in
// Numba, data frozen into the compiled code: a private global holding
// its elements, named for their contents (@.array.HASH, one per distinct
// array), and an array value pointing at it with no owner, so that
// counting its references does nothing and nothing frees it. Inference
// refuses writes to it (infer/readonly.go); the global is still writable
// memory, so that a write pynjit does not see (in a callee the array is
// passed to, or by Python to an array a function returned) changes the
// frozen values rather than faulting.

// constant is the value of a folded module constant: a frozen array, or
// a scalar or tuple (constValue).
func (c *fn) constant(v any) (value.Value, types.Type, error) {
	if a, ok := v.(*resolve.ConstArray); ok {
		return c.g.constArray(a), a.Type(), nil
	}
	return constValue(v)
}

// constArray is the array value of a, its data defined once per module.
func (g *module) constArray(a *resolve.ConstArray) value.Value {
	elem := storeType(llType(a.Dtype))
	data := g.arrayData(a, elem)
	itemsize := types.ItemSize(a.Dtype)
	shape := make([]constant.Constant, types.MaxDims)
	strides := make([]constant.Constant, types.MaxDims)
	stride := itemsize
	for k := types.MaxDims - 1; k >= 0; k-- {
		shape[k], strides[k] = constant.NewInt(lt.I64, 1), constant.NewInt(lt.I64, 0)
		if k < len(a.Shape) {
			shape[k], strides[k] = constant.NewInt(lt.I64, int64(a.Shape[k])), constant.NewInt(lt.I64, stride)
			stride *= int64(a.Shape[k])
		}
	}
	return constant.NewStruct(arrayType,
		constant.NewNull(lt.I8Ptr),
		constant.NewBitCast(data, lt.I8Ptr),
		constant.NewInt(lt.I64, int64(len(a.Shape))),
		constant.NewInt(lt.I64, itemsize),
		constant.NewArray(lt.NewArray(types.MaxDims, lt.I64), shape...),
		constant.NewArray(lt.NewArray(types.MaxDims, lt.I64), strides...))
}

// arrayData is the global holding a's elements, stored as elem.
func (g *module) arrayData(a *resolve.ConstArray, elem lt.Type) *ir.Global {
	name := fmt.Sprintf(".array.%016x", contentHash(a))
	for _, gl := range g.m.Globals {
		if gl.Name() == name {
			return gl
		}
	}
	items := make([]constant.Constant, len(a.Elems))
	for i, x := range a.Elems {
		items[i] = elementConstant(x, elem)
	}
	gl := g.m.NewGlobalDef(name, constant.NewArray(lt.NewArray(uint64(len(items)), elem), items...))
	gl.Linkage = enum.LinkagePrivate
	gl.Align = ir.Align(64)
	return gl
}

// elementConstant is the LLVM constant of one frozen element, of type
// elem (a bool as a byte).
func elementConstant(x any, elem lt.Type) constant.Constant {
	switch x := x.(type) {
	case bool:
		if x {
			return constant.NewInt(lt.I8, 1)
		}
		return constant.NewInt(lt.I8, 0)
	case float64:
		return constant.NewFloat(lt.Double, x)
	case float32:
		return constant.NewFloat(lt.Float, float64(x))
	case int8:
		return constant.NewInt(lt.I8, int64(x))
	case int16:
		return constant.NewInt(lt.I16, int64(x))
	case int32:
		return constant.NewInt(lt.I32, int64(x))
	case int64:
		return constant.NewInt(lt.I64, x)
	case uint8: // the same bits, as LLVM reads an integer constant
		return constant.NewInt(lt.I8, int64(int8(x)))
	case uint16:
		return constant.NewInt(lt.I16, int64(int16(x)))
	case uint32:
		return constant.NewInt(lt.I32, int64(int32(x)))
	case uint64:
		return constant.NewInt(lt.I64, int64(x))
	}
	return constant.NewZeroInitializer(elem)
}

// contentHash identifies a frozen array by its dtype, shape and bits.
func contentHash(a *resolve.ConstArray) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s%v", a.Dtype, a.Shape)
	var buf [8]byte
	for _, x := range a.Elems {
		var bits uint64
		switch x := x.(type) {
		case bool:
			if x {
				bits = 1
			}
		case float64:
			bits = math.Float64bits(x)
		case float32:
			bits = uint64(math.Float32bits(x))
		case int8:
			bits = uint64(x)
		case int16:
			bits = uint64(x)
		case int32:
			bits = uint64(x)
		case int64:
			bits = uint64(x)
		case uint8:
			bits = uint64(x)
		case uint16:
			bits = uint64(x)
		case uint32:
			bits = uint64(x)
		case uint64:
			bits = x
		}
		binary.LittleEndian.PutUint64(buf[:], bits)
		h.Write(buf[:])
	}
	return h.Sum64()
}
