// Package abi describes, once, how each type crosses between compiled
// code and its callers: its type in the C header, its ctypes spelling in
// the Python module, its conversions to and from Python objects in the
// extension module, whether it passes by value or by pointer, and the
// C structs (pynjit_array, pynjit_complex128) that carry arrays and
// complex numbers. The header (Header), the ctypes module and the
// extension module (package pymodule) take every type's spelling and
// conversion from here: adding a scalar type is a row of Scalars,
// changing types.MaxDims changes every array struct.
package abi

import (
	"fmt"
	"strings"
	"text/template"

	"github.com/pynjit/pynjit/internal/types"
)

// A Scalar is how values of one scalar type cross the C ABI and into
// and out of Python.
type Scalar struct {
	// Type is the pynjit type.
	Type types.Type
	// C is its type in the header.
	C string
	// Ctypes is its type in the ctypes module: an attribute of ctypes
	// (c_int64), or, for a value the C ABI passes as a struct, the
	// module's Structure class of that struct.
	Ctypes string
	// Struct, when set, is the struct the C ABI passes a value as.
	Struct *Struct
	// Kind is its kind in the ctypes module's conversions and overload
	// costs: int, float, bool or complex.
	Kind string
	// Fast is the Python class whose instances the ctypes module passes
	// to a parameter of this type unconverted, on its fast path; "" for
	// none.
	Fast string
	// Formats are the buffer-protocol formats (struct module codes,
	// space-separated) of the arrays of these elements the extension
	// module takes; "" for none.
	Formats string
	// Ext is how the extension module passes the value, or nil when it
	// takes and returns no such scalar.
	Ext *Ext
}

// Ext is how the extension module, which includes no C headers of
// Python or of stdint.h, converts a scalar: the C type it declares the
// compiled function with, and C snippets (text/template, with the C
// expression they convert as dot) that unbox a Python object, tell
// whether unboxing failed and box a C value. A nil template: the module
// does not convert that way. Unbox runs only on an object whose type is
// exactly Exact (the C name of a Python type object); any other
// argument, or one Unbox fails on, the module converts as Numba's
// dispatcher does, in Python (package pymodule).
type Ext struct {
	C                  string
	Exact              string
	Unbox, Failed, Box *template.Template
}

// snippet parses the C snippet of a conversion.
func snippet(text string) *template.Template {
	return template.Must(template.New("").Parse(text))
}

// Expand is t with dot set to the C expression x: the C text of a
// conversion of x.
func Expand(t *template.Template, x string) string {
	var b strings.Builder
	if err := t.Execute(&b, x); err != nil {
		panic(err) // the snippets above take a string: cannot happen
	}
	return b.String()
}

// CPython's conversions of numbers, which return -1 with an exception
// set when they fail.
var failedMinusOne = snippet(`{{.}} == -1 && PyErr_Occurred()`)

// Complex128 is the C struct of a complex128, laid out as C's double
// _Complex (and as LLVM's {double, double} in compiled code).
var Complex128 = &Struct{
	Name: "pynjit_complex128",
	Doc:  "complex128, laid out as C's double _Complex.",
	Fields: []Field{
		{Name: "real", Type: types.Float64},
		{Name: "imag", Type: types.Float64},
	},
}

// Scalars are the scalar types that cross into and out of compiled code
// (types.Boxable), in the order the ctypes module lists them.
var Scalars = []*Scalar{
	{Type: types.Int8, C: "int8_t", Ctypes: "c_int8", Kind: "int", Formats: "b"},
	{Type: types.Int16, C: "int16_t", Ctypes: "c_int16", Kind: "int", Formats: "h"},
	{Type: types.Int32, C: "int32_t", Ctypes: "c_int32", Kind: "int", Formats: "i"},
	{Type: types.Int64, C: "int64_t", Ctypes: "c_int64", Kind: "int", Fast: "_pynjit_int", Formats: "l q",
		Ext: &Ext{C: "long long", Exact: "PyLong_Type", Unbox: snippet(`PyLong_AsLongLong({{.}})`), Failed: failedMinusOne, Box: snippet(`PyLong_FromLongLong({{.}})`)}},
	{Type: types.Uint8, C: "uint8_t", Ctypes: "c_uint8", Kind: "int", Formats: "B"},
	{Type: types.Uint16, C: "uint16_t", Ctypes: "c_uint16", Kind: "int", Formats: "H"},
	{Type: types.Uint32, C: "uint32_t", Ctypes: "c_uint32", Kind: "int", Formats: "I"},
	{Type: types.Uint64, C: "uint64_t", Ctypes: "c_uint64", Kind: "int", Formats: "L Q"},
	{Type: types.Float32, C: "float", Ctypes: "c_float", Kind: "float", Formats: "f"},
	{Type: types.Float64, C: "double", Ctypes: "c_double", Kind: "float", Fast: "_pynjit_float", Formats: "d",
		Ext: &Ext{C: "double", Exact: "PyFloat_Type", Unbox: snippet(`PyFloat_AsDouble({{.}})`), Failed: failedMinusOne, Box: snippet(`PyFloat_FromDouble({{.}})`)}},
	{Type: types.Bool, C: "bool", Ctypes: "c_bool", Kind: "bool", Fast: "_pynjit_bool", Formats: "?",
		Ext: &Ext{C: "_Bool", Box: snippet(`PyBool_FromLong({{.}})`)}},
	{Type: types.Complex128, C: Complex128.Name, Ctypes: "_PynjitComplex", Struct: Complex128, Kind: "complex", Formats: "Zd"},
}

// ScalarOf returns the description of scalar type t, or nil when t is
// no scalar that crosses the C ABI.
func ScalarOf(t types.Type) *Scalar {
	for _, s := range Scalars {
		if types.Equal(s.Type, t) {
			return s
		}
	}
	return nil
}

// Name is the type's name, as types prints it (int64).
func (s *Scalar) Name() string { return s.Type.String() }

// PyLow and PyHigh are the Python expressions of the least and greatest
// values of an integer type (-(1 << 63), (1 << 63) - 1), None for other
// types: the ctypes module's range check.
func (s *Scalar) PyLow() string {
	if t, ok := s.Type.(types.Int); ok {
		if t.Signed {
			return fmt.Sprintf("-(1 << %d)", t.Bits-1)
		}
		return "0"
	}
	return "None"
}

// PyHigh: see PyLow.
func (s *Scalar) PyHigh() string {
	if t, ok := s.Type.(types.Int); ok {
		if t.Signed {
			return fmt.Sprintf("(1 << %d) - 1", t.Bits-1)
		}
		return fmt.Sprintf("(1 << %d) - 1", t.Bits)
	}
	return "None"
}

// Range is, for an integer type, the hexadecimal Python literals of its
// least and greatest values (-0x8000000000000000, 0x7fffffffffffffff);
// ok is false for other types.
func (s *Scalar) Range() (lo, hi string, ok bool) {
	t, ok := s.Type.(types.Int)
	if !ok {
		return "", "", false
	}
	if t.Signed {
		half := uint64(1) << (t.Bits - 1)
		return fmt.Sprintf("-%#x", half), fmt.Sprintf("%#x", half-1), true
	}
	return "0", fmt.Sprintf("%#x", ^uint64(0)>>(64-t.Bits)), true
}

// ByPointer reports whether a value of type t passes by pointer in the
// C ABI (and comes back through a last "out" pointer as a result):
// tuples and arrays do, scalars pass by value.
func ByPointer(t types.Type) bool {
	switch t.(type) {
	case *types.Tuple, *types.Array:
		return true
	}
	return false
}

// CType is the header's C spelling of a scalar type, pynjit_array for
// an array, void for None (and anything else).
func CType(t types.Type) string {
	if s := ScalarOf(t); s != nil {
		return s.C
	}
	if _, ok := t.(*types.Array); ok {
		return Array.Name
	}
	return "void"
}
