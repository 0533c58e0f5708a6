package build

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestPackageDifferential builds programs of several modules and runs
// their cases under CPython (the package imported as its users import
// it) and through the built modules: a package built as one library
// (its kernels call each other across modules, by relative and absolute
// imports, and read each other's constants), and a script built alone
// with the sibling module it imports.
func TestPackageDifferential(t *testing.T) {
	py := cpython(t)
	shim, _ := filepath.Abs("../../testdata/pyshim")
	for _, prog := range []string{"../../testdata/packages/shapes", "../../testdata/packages/scripts/kernels.py"} {
		t.Run(filepath.Base(prog), func(t *testing.T) {
			var src []byte
			if st, err := os.Stat(prog); err != nil {
				t.Fatal(err)
			} else if !st.IsDir() {
				if src, err = os.ReadFile(prog); err != nil {
					t.Fatal(err)
				}
			}
			dir := t.TempDir()
			_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Output: filepath.Join(dir, "prog.so"),
				Emit: []string{"so", "py", "pyext"}, OptLevel: 2, Env: toolchain.EnvFromOS()})
			if err != nil || diags.HasErrors() {
				t.Fatalf("build: %v %v", err, diags)
			}
			retPath := filepath.Join(dir, "returns.json")
			data, _ := json.Marshal(returnTypes(t, prog, src))
			if err := os.WriteFile(retPath, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if n := runCases(t, py, prog, dir, retPath, shim); n == 0 {
				t.Fatal("no cases ran")
			}
		})
	}
}
