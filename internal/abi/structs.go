package abi

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/types"
)

// A Struct is a C struct of the ABI, as the header, the extension
// module and the ctypes module all declare it.
type Struct struct {
	// Name is its typedef name in C.
	Name string
	// Doc is the header's comment on it, when it has one of its own.
	Doc    string
	Fields []Field
}

// A Field is one member of a Struct.
type Field struct {
	Name string
	// Type is a scalar type, or nil for an untyped pointer (void *).
	Type types.Type
	// Len is the length of an array member, 0 for one value.
	Len int
}

// Array is the C ABI's array, pynjit_array: data points at element
// [0, 0, ...]; shape and strides (in bytes) hold the first ndim of
// types.MaxDims dimensions; owner is the runtime's reference to memory
// compiled code allocated, NULL for memory the caller owns. Compiled
// code's arrays have the same layout.
var Array = &Struct{
	Name: "pynjit_array",
	Fields: []Field{
		{Name: "owner"},
		{Name: "data"},
		{Name: "ndim", Type: types.Int64},
		{Name: "itemsize", Type: types.Int64},
		{Name: "shape", Type: types.Int64, Len: types.MaxDims},
		{Name: "strides", Type: types.Int64, Len: types.MaxDims},
	},
}

// Structs are the structs the header declares for every library.
var Structs = []*Struct{Complex128, Array}

// Typedef is the C typedef of s, its field types spelled by spell:
// consecutive fields of one type and length share a declaration, a
// pointer has its own, and a struct of one declaration takes one line.
func (s *Struct) Typedef(spell func(types.Type) string) string {
	var decls []string
	for i := 0; i < len(s.Fields); {
		f := s.Fields[i]
		if f.Type == nil {
			decls = append(decls, "void *"+f.Name)
			i++
			continue
		}
		names := []string{f.Name + dims(f.Len)}
		for i++; i < len(s.Fields) && s.Fields[i].Type != nil && types.Equal(s.Fields[i].Type, f.Type) && s.Fields[i].Len == f.Len; i++ {
			names = append(names, s.Fields[i].Name+dims(f.Len))
		}
		decls = append(decls, spell(f.Type)+" "+strings.Join(names, ", "))
	}
	if len(decls) == 1 {
		return "typedef struct { " + decls[0] + "; } " + s.Name + ";"
	}
	return "typedef struct {\n    " + strings.Join(decls, ";\n    ") + ";\n} " + s.Name + ";"
}

func dims(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("[%d]", n)
}

// HeaderC spells a field type as the header does.
func HeaderC(t types.Type) string { return CType(t) }

// ExtC spells a field type as the extension module does, which
// includes no stdint.h: long long for int64, the header's type
// otherwise.
func ExtC(t types.Type) string {
	if s := ScalarOf(t); s != nil && s.Ext != nil {
		return s.Ext.C
	}
	return CType(t)
}

// Ctypes is the ctypes spelling of a field's type, in a module that
// imports ctypes as ctypes: ctypes.c_void_p for a pointer,
// ctypes.c_int64 * 4 for an array member.
func (f Field) Ctypes(ctypes string) string {
	if f.Type == nil {
		return ctypes + ".c_void_p"
	}
	sc := ScalarOf(f.Type)
	s := ctypes + "." + sc.Ctypes
	if sc.Struct != nil { // the module's own Structure class
		s = sc.Ctypes
	}
	if f.Len > 0 {
		s += fmt.Sprintf(" * %d", f.Len)
	}
	return s
}
