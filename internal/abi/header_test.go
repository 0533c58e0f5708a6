package abi

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/types"
)

// TestGuardText checks that the include guard hashes what it hashed
// when the header was written in package codegen: Go's %#v of the
// declarations, under that package's name.
func TestGuardText(t *testing.T) {
	for _, funcs := range [][]headerFunc{
		nil,
		{},
		{{Python: "f(int64) -> int64", Decl: "int64_t f(int64_t x)"}},
		{{Python: "g() -> none", Decl: "void g(void)", Types: []string{}},
			{Python: "h(UniTuple(int64 x 2)) -> none \x01 é \"q\" \\", Decl: "void h(const h_t *t)",
				Types: []string{"typedef struct {\n    int64_t f0;\n} h_t;", "\u2028"}}},
	} {
		want := strings.ReplaceAll(fmt.Sprintf("%#v", funcs), "abi.headerFunc", "codegen.headerFunc")
		if got := guardText(funcs); got != want {
			t.Errorf("guardText(%#v)\n = %s\nwant %s", funcs, got, want)
		}
	}
}

// TestTypedefs checks the C structs' text: fields of one type share a
// declaration, pointers have their own, the arrays have types.MaxDims
// elements, and the extension module spells int64 long long.
func TestTypedefs(t *testing.T) {
	n := types.MaxDims
	for _, c := range []struct {
		s     *Struct
		spell func(types.Type) string
		want  string
	}{
		{Complex128, HeaderC, "typedef struct { double real, imag; } pynjit_complex128;"},
		{Array, HeaderC, fmt.Sprintf("typedef struct {\n    void *owner;\n    void *data;\n    int64_t ndim, itemsize;\n    int64_t shape[%d], strides[%d];\n} pynjit_array;", n, n)},
		{Array, ExtC, fmt.Sprintf("typedef struct {\n    void *owner;\n    void *data;\n    long long ndim, itemsize;\n    long long shape[%d], strides[%d];\n} pynjit_array;", n, n)},
	} {
		if got := c.s.Typedef(c.spell); got != c.want {
			t.Errorf("%s:\n%s\nwant\n%s", c.s.Name, got, c.want)
		}
	}
}

// TestHeaderNames checks that the names the header declares or
// includes stay reserved for parameters: the stdint.h types, the
// structs, the runtime's functions.
func TestHeaderNames(t *testing.T) {
	for _, name := range []string{"int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
		"intptr_t", "uintptr_t", "intmax_t", "uintmax_t", "size_t", "NULL", "pynjit_complex128", "pynjit_array", "pynjit_out",
		"pynjit_array_release", "pynjit_nrt_live", "pynjit_err_occurred", "pynjit_err_type", "pynjit_err_message",
		"pynjit_err_clear", "bool", "double", "float"} {
		if !reserved(name) {
			t.Errorf("%s is not reserved", name)
		}
	}
}
