package abi

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
	"github.com/pynjit/pynjit/internal/types"
)

// TestScalarsAreTheBoxableScalars checks that the table has a row for
// exactly the scalar types that cross into and out of Python.
func TestScalarsAreTheBoxableScalars(t *testing.T) {
	all := []types.Type{types.Int8, types.Int16, types.Int32, types.Int64, types.Uint8, types.Uint16, types.Uint32,
		types.Uint64, types.Float32, types.Float64, types.Complex64, types.Complex128, types.Bool}
	for _, ty := range all {
		if got := ScalarOf(ty) != nil; got != types.Boxable(ty) {
			t.Errorf("%s: in the table %v, Boxable %v", ty, got, types.Boxable(ty))
		}
	}
	if len(Scalars) != len(all)-1 {
		t.Errorf("%d rows for %d boxable scalar types", len(Scalars), len(all)-1)
	}
}

// TestSizes checks every row's C type in the header, in the extension
// module and in ctypes against the type's size (clang and CPython's
// ctypes say them), and the C structs' sizes.
func TestSizes(t *testing.T) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatalf("no toolchain (scripts/setup.sh installs clang-14): %v", err)
	}
	var c, py strings.Builder
	c.WriteString("#include <stdbool.h>\n#include <stdint.h>\n")
	for _, s := range Structs {
		c.WriteString(s.Typedef(HeaderC) + "\n")
	}
	py.WriteString("import ctypes\n")
	for _, s := range Structs {
		fmt.Fprintf(&py, "class %s(ctypes.Structure):\n    _fields_ = [", strings.TrimPrefix(s.Name, "pynjit_"))
		for _, f := range s.Fields {
			fmt.Fprintf(&py, "(%q, %s), ", f.Name, f.Ctypes("ctypes"))
		}
		py.WriteString("]\n")
	}
	py.WriteString("_PynjitComplex = complex128\n")
	for _, s := range Scalars {
		size := types.ItemSize(s.Type)
		fmt.Fprintf(&c, "_Static_assert(sizeof(%s) == %d, %q);\n", s.C, size, s.Name())
		if s.Ext != nil {
			fmt.Fprintf(&c, "_Static_assert(sizeof(%s) == %d, \"extension %s\");\n", s.Ext.C, size, s.Name())
		}
		ct := "ctypes." + s.Ctypes
		if s.Struct != nil {
			ct = s.Ctypes
		}
		fmt.Fprintf(&py, "assert ctypes.sizeof(%s) == %d, %q\n", ct, size, s.Name())
	}
	arraySize := 32 + 16*types.MaxDims
	fmt.Fprintf(&c, "_Static_assert(sizeof(pynjit_array) == %d, \"pynjit_array\");\n", arraySize)
	fmt.Fprintf(&py, "assert ctypes.sizeof(array) == %d, 'pynjit_array'\n", arraySize)
	if _, err := tc.CompileC(context.Background(), []byte(c.String()), toolchain.Options{}); err != nil {
		t.Errorf("C sizes: %v\n%s", err, c.String())
	}
	if out, err := exec.Command("/usr/bin/python3", "-c", py.String()).CombinedOutput(); err != nil {
		t.Errorf("ctypes sizes: %v\n%s\n%s", err, out, py.String())
	}
}
