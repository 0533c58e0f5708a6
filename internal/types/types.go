// Package types is pynjit's type system. Types print with Numba's names
// (int64, float64, bool, UniTuple(int64 x 2), array(float64, 1d, C), ...)
// so that inspect output and diagnostics read like Numba's.
package types

import (
	"fmt"
	"strings"
)

// Type is a pynjit type. Compare types with Equal, never with ==, because
// composite types hold slices.
type Type interface {
	String() string
	isType()
}

// Int is a fixed-width integer type.
type Int struct {
	Bits   int // 8, 16, 32 or 64
	Signed bool
}

// Float is a binary floating-point type.
type Float struct {
	Bits int // 32 or 64
}

// Complex is a complex type made of two floats of Bits/2 each.
type Complex struct {
	Bits int // 64 or 128
}

// Boolean is Python's bool.
type Boolean struct{}

// NoneType is the type of None (and of functions returning nothing).
type NoneType struct{}

// Tuple is a fixed-size tuple. A non-empty tuple whose elements all have
// the same type prints as Numba's UniTuple.
type Tuple struct {
	Elems []Type
}

// Layout is an array's memory layout: C (row-major contiguous), F
// (column-major contiguous) or A (any strides).
type Layout byte

// The array layouts.
const (
	LayoutC Layout = 'C'
	LayoutF Layout = 'F'
	LayoutA Layout = 'A'
)

// Array is a NumPy array type.
type Array struct {
	Dtype  Type
	NDim   int
	Layout Layout
}

// ItemSize is the size in bytes of an array element of scalar type t.
func ItemSize(t Type) int64 {
	switch t := t.(type) {
	case Int:
		return int64(t.Bits / 8)
	case Float:
		return int64(t.Bits / 8)
	case Complex:
		return int64(t.Bits / 8)
	}
	return 1 // bool
}

// NumPyKind is NumPy's kind character (dtype.kind) of scalar type t.
func NumPyKind(t Type) byte {
	switch t := t.(type) {
	case Int:
		if t.Signed {
			return 'i'
		}
		return 'u'
	case Float:
		return 'f'
	case Complex:
		return 'c'
	}
	return 'b' // bool
}

// Module is an imported module used as a value, such as math or
// scipy.linalg.decomp_qr.
type Module struct {
	Name string
}

// RangeState is the value of range(...) and RangeIter its iterator, as in
// Numba (range_state_int64, range_iter_int64).
type RangeState struct{ Elem Type }

// RangeIter iterates a RangeState.
type RangeIter struct{ Elem Type }

// Argv is sys.argv, and ArgvItem one of its strings: compiled code can
// take its length, index it, convert an item with int() or float(), and
// print it.
type (
	Argv     struct{}
	ArgvItem struct{}
)

// Enumerate is enumerate(Inner[, start]) and Zip zip(Inners...): the
// iterables' values; EnumerateIter and ZipIter iterate them.
type (
	Enumerate     struct{ Inner Type }
	Zip           struct{ Inners []Type }
	EnumerateIter struct{ Inner Type }
	// SliceType is start:stop or start:stop:step with integer parts
	// (Numba's slice2_type and slice3_type): a slice without a step
	// keeps an array contiguous.
	SliceType struct{ Step bool }
	// DType is a NumPy scalar type used as a dtype (np.float64).
	DType     struct{ Elem Type }
	ArrayIter struct{ Array *Array }
	ZipIter   struct{ Inners []Type }
)

// TupleIter iterates a tuple whose elements share one type.
type TupleIter struct{ Tuple *Tuple }

// Pair is the result of advancing an iterator: the next value and whether
// there was one (Numba's pair<int64, bool>).
type Pair struct{ First, Second Type }

// ExceptionClass is a builtin exception class used as a value, such as
// ValueError in raise ValueError("msg").
type ExceptionClass struct{ Name string }

// The scalar types, by Numba name.
var (
	Int8       Type = Int{8, true}
	Int16      Type = Int{16, true}
	Int32      Type = Int{32, true}
	Int64      Type = Int{64, true}
	Uint8      Type = Int{8, false}
	Uint16     Type = Int{16, false}
	Uint32     Type = Int{32, false}
	Uint64     Type = Int{64, false}
	Float32    Type = Float{32}
	Float64    Type = Float{64}
	Complex64  Type = Complex{64}
	Complex128 Type = Complex{128}
	Bool       Type = Boolean{}
	None       Type = NoneType{}
)

func (Int) isType()            {}
func (Float) isType()          {}
func (Complex) isType()        {}
func (Boolean) isType()        {}
func (NoneType) isType()       {}
func (*Tuple) isType()         {}
func (*Array) isType()         {}
func (*Module) isType()        {}
func (RangeState) isType()     {}
func (RangeIter) isType()      {}
func (Pair) isType()           {}
func (TupleIter) isType()      {}
func (Argv) isType()           {}
func (Enumerate) isType()      {}
func (Zip) isType()            {}
func (EnumerateIter) isType()  {}
func (ArrayIter) isType()      {}
func (SliceType) isType()      {}
func (DType) isType()          {}
func (ZipIter) isType()        {}
func (ArgvItem) isType()       {}
func (ExceptionClass) isType() {}

func (t Int) String() string {
	if t.Signed {
		return fmt.Sprintf("int%d", t.Bits)
	}
	return fmt.Sprintf("uint%d", t.Bits)
}

func (t Float) String() string   { return fmt.Sprintf("float%d", t.Bits) }
func (t Complex) String() string { return fmt.Sprintf("complex%d", t.Bits) }
func (Boolean) String() string   { return "bool" }
func (NoneType) String() string  { return "none" }

func (t *Tuple) String() string {
	if t.IsUniform() {
		return fmt.Sprintf("UniTuple(%s x %d)", t.Elems[0], len(t.Elems))
	}
	parts := make([]string, len(t.Elems))
	for i, e := range t.Elems {
		parts[i] = e.String()
	}
	return "Tuple(" + strings.Join(parts, ", ") + ")"
}

// IsUniform reports whether t is non-empty with all elements of one type.
func (t *Tuple) IsUniform() bool {
	if len(t.Elems) == 0 {
		return false
	}
	for _, e := range t.Elems[1:] {
		if !Equal(e, t.Elems[0]) {
			return false
		}
	}
	return true
}

func (t *Array) String() string {
	return fmt.Sprintf("array(%s, %dd, %c)", t.Dtype, t.NDim, t.Layout)
}

func (t *Module) String() string       { return "Module(" + t.Name + ")" }
func (t RangeState) String() string    { return "range_state_" + t.Elem.String() }
func (t RangeIter) String() string     { return "range_iter_" + t.Elem.String() }
func (t Pair) String() string          { return fmt.Sprintf("pair<%s, %s>", t.First, t.Second) }
func (t TupleIter) String() string     { return "iter(" + t.Tuple.String() + ")" }
func (Argv) String() string            { return "reflected list(unicode_type)" }
func (t Enumerate) String() string     { return "enumerate(" + t.Inner.String() + ")" }
func (t Zip) String() string           { return "zip(" + ArgsString(t.Inners) + ")" }
func (t EnumerateIter) String() string { return "iter(enumerate(" + t.Inner.String() + "))" }
func (t ZipIter) String() string       { return "iter(zip(" + ArgsString(t.Inners) + "))" }
func (t ArrayIter) String() string     { return "iter(" + t.Array.String() + ")" }
func (t SliceType) String() string {
	if t.Step {
		return "slice<a:b:c>"
	}
	return "slice<a:b>"
}
func (t DType) String() string          { return "dtype(" + t.Elem.String() + ")" }
func (ArgvItem) String() string         { return "unicode_type" }
func (t ExceptionClass) String() string { return "ExceptionClass(" + t.Name + ")" }

// IsInteger reports whether t is a signed or unsigned integer type.
func IsInteger(t Type) bool { _, ok := t.(Int); return ok }

// IsFloat reports whether t is a floating-point type.
func IsFloat(t Type) bool { _, ok := t.(Float); return ok }

// IsNumber reports whether t is bool, an integer, a float or a complex.
func IsNumber(t Type) bool {
	switch t.(type) {
	case Int, Float, Complex, Boolean:
		return true
	}
	return false
}

// Signature is a function type: argument types and a return type.
type Signature struct {
	Args   []Type
	Return Type
}

// String formats s as Numba does: "int64(int64, int64)".
func (s *Signature) String() string {
	ret := "none"
	if s.Return != nil {
		ret = s.Return.String()
	}
	return ret + "(" + ArgsString(s.Args) + ")"
}

// ArgsString formats argument types as "int64, float64".
func ArgsString(args []Type) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = a.String()
	}
	return strings.Join(parts, ", ")
}
