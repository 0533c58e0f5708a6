package codegen

// The data model of each kind of type, in one place: its LLVM layout
// (llType, and storeType in memory), its truth value (truth), and, for
// the kinds whose values are reference-counted (arrays), incref and
// decref. Each type kind's C ABI is in abi.go.

import (
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/types"
)

// llType is the LLVM type of a pynjit type, or nil for types that have no
// run-time value (types.Representable: functions, modules, exception
// classes, complex64, arrays of more than types.MaxDims dimensions).
func llType(t types.Type) lt.Type {
	if !types.Representable(t) {
		return nil
	}
	switch t := t.(type) {
	case types.Int:
		return intType(t.Bits)
	case types.Float:
		if t.Bits == 32 {
			return lt.Float
		}
		return lt.Double
	case types.Boolean:
		return lt.I1
	case types.Complex:
		return complexType
	case types.NoneType:
		return lt.I8
	case *types.Array:
		return arrayType
	case types.ArrayIter:
		return lt.NewPointer(arrayIterType)
	case types.SliceType:
		return sliceType
	case *types.Tuple:
		fields := make([]lt.Type, len(t.Elems))
		for i, e := range t.Elems {
			fields[i] = llType(e)
		}
		return lt.NewStruct(fields...)
	case types.RangeState:
		return lt.NewStruct(lt.I64, lt.I64, lt.I64)
	case types.RangeIter:
		return lt.NewPointer(lt.NewStruct(lt.I64, lt.I64, lt.I64))
	case types.Pair:
		return lt.NewStruct(llType(t.First), llType(t.Second))
	case types.TupleIter:
		return lt.NewPointer(tupleIterType(t))
	case types.Enumerate:
		return lt.NewStruct(llType(t.Inner), lt.I64)
	case types.Zip:
		fields := make([]lt.Type, len(t.Inners))
		for i, x := range t.Inners {
			fields[i] = llType(x)
		}
		return lt.NewStruct(fields...)
	case types.EnumerateIter, types.ZipIter:
		return lt.NewPointer(iterStateType(t))
	case types.Argv:
		return lt.I8
	case types.ArgvItem:
		return lt.I64 // the item's index
	}
	return nil
}

// storeType is how an element sits in memory: bool as a byte.
func storeType(t lt.Type) lt.Type {
	if t == lt.I1 {
		return lt.I8
	}
	return t
}

// truth is Python's truthiness of a scalar.
func (c *fn) truth(x value.Value, t types.Type) value.Value {
	switch t := t.(type) {
	case types.Boolean:
		return x
	case types.Int:
		return c.cur.NewICmp(enum.IPredNE, x, constant.NewInt(llType(t).(*lt.IntType), 0))
	case types.Float:
		return c.cur.NewFCmp(enum.FPredUNE, x, constant.NewFloat(llType(t).(*lt.FloatType), 0))
	case types.NoneType:
		return constant.False
	case types.Complex:
		zero := constant.NewFloat(lt.Double, 0)
		return c.cur.NewOr(c.cur.NewFCmp(enum.FPredUNE, c.cur.NewExtractValue(x, 0), zero),
			c.cur.NewFCmp(enum.FPredUNE, c.cur.NewExtractValue(x, 1), zero))
	case *types.Array:
		return c.arrayTruth(x, t)
	case *types.Tuple:
		return constant.NewBool(len(t.Elems) > 0)
	case types.RangeState:
		start, stop, step := c.cur.NewExtractValue(x, 0), c.cur.NewExtractValue(x, 1), c.cur.NewExtractValue(x, 2)
		up := c.cur.NewICmp(enum.IPredSGT, step, constant.NewInt(lt.I64, 0))
		return c.cur.NewSelect(up, c.cur.NewICmp(enum.IPredSLT, start, stop), c.cur.NewICmp(enum.IPredSGT, start, stop))
	case types.Argv:
		n := c.cur.NewCall(c.g.runtime("pynjit_argv_len", lt.I64))
		return c.cur.NewICmp(enum.IPredSGT, n, constant.NewInt(lt.I64, 0))
	}
	return constant.True // functions, modules, classes, enumerate and zip objects
}

// arrayTruth is bool(a) as NumPy 2 and Numba 0.68 define it: the truth
// of the one element of a size-1 array, and ValueError for an empty one
// (NumPy 1.24 warns and says False) or a larger one.
func (c *fn) arrayTruth(a value.Value, t *types.Array) value.Value {
	size := c.arraySize(a, t)
	c.raiseIf(c.cur.NewICmp(enum.IPredEQ, size, constant.NewInt(lt.I64, 0)), "ValueError", "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
	c.raiseIf(c.cur.NewICmp(enum.IPredSGT, size, constant.NewInt(lt.I64, 1)), "ValueError", "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
	p := c.cur.NewBitCast(c.cur.NewExtractValue(a, arrData), lt.NewPointer(storeType(llType(t.Dtype))))
	return c.truth(c.loadElement(p, t.Dtype), t.Dtype)
}

// incref adds a reference to the array a (the only kind of value
// compiled code counts references of).
func (c *fn) incref(a value.Value) {
	c.cur.NewCall(c.g.runtime("pynjit_nrt_incref", lt.Void, lt.I8Ptr), c.cur.NewExtractValue(a, arrOwner))
}

// decref releases a reference to the array a.
func (c *fn) decref(a value.Value) {
	c.cur.NewCall(c.g.runtime("pynjit_nrt_decref", lt.Void, lt.I8Ptr), c.cur.NewExtractValue(a, arrOwner))
}

// decrefSlot releases the reference the array in memory at slot holds,
// reading only its owner: a load of the whole array (ten words) for
// one field was a large part of what LLVM had to take apart.
func (c *fn) decrefSlot(slot value.Value) {
	zero := constant.NewInt(lt.I32, 0)
	owner := c.cur.NewGetElementPtr(arrayType, slot, zero, constant.NewInt(lt.I32, arrOwner))
	c.cur.NewCall(c.g.runtime("pynjit_nrt_decref", lt.Void, lt.I8Ptr), c.cur.NewLoad(lt.I8Ptr, owner))
}

// intType is the shared LLVM integer type of the given width: one value per
// width rather than a new type per call (a temporary's type is asked for
// several times per instruction).
func intType(bits int) *lt.IntType {
	switch bits {
	case 1:
		return lt.I1
	case 8:
		return lt.I8
	case 16:
		return lt.I16
	case 32:
		return lt.I32
	case 64:
		return lt.I64
	}
	return lt.NewInt(uint64(bits))
}
