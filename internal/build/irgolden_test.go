package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/golden"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestIRGolden checks the LLVM IR generated, before optimization, for
// each feature's program in testdata/ir against its .ll beside it: a
// change of code generation shows there as a diff to review (go test
// ./internal/build -run TestIRGolden -update rewrites them).
func TestIRGolden(t *testing.T) {
	progs, err := filepath.Glob("../../testdata/ir/*.py")
	if err != nil || len(progs) == 0 {
		t.Fatalf("no programs in testdata/ir: %v", err)
	}
	for _, prog := range progs {
		name := filepath.Base(prog)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			out, diags, err := InspectLLVM(context.Background(), Query{Name: name, Source: src}, 0, toolchain.EnvFromOS())
			if err != nil || diags.HasErrors() {
				t.Fatal(err, diags)
			}
			golden.Check(t, strings.TrimSuffix(prog, ".py")+".ll", out)
		})
	}
}
