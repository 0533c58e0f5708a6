package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/golden"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestInspectTypesGolden checks inspect-types output for the seed
// example, line by line in Numba's format; the file path is normalized.
func TestInspectTypesGolden(t *testing.T) {
	const prog = "../../testdata/inspect/add.py"
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	out, diags, err := InspectTypes(context.Background(), Query{Name: "add.py", Source: src, Func: "add", ArgTypes: []string{"int64", "int64"}}, "text")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	golden.Check(t, "../../testdata/inspect/add.types.golden", out)
	if !strings.HasPrefix(out, "add (int64, int64)\n"+strings.Repeat("-", 80)+"\n# File: add.py\n") {
		t.Errorf("header is not Numba's: %q", out[:min(len(out), 120)])
	}
}

// TestInspectLLVMGolden checks the unoptimized LLVM IR of the seed.
func TestInspectLLVMGolden(t *testing.T) {
	const prog = "../../testdata/inspect/add.py"
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	out, diags, err := InspectLLVM(context.Background(), Query{Name: "add.py", Source: src, Func: "add", ArgTypes: []string{"int64", "int64"}}, 0, toolchain.EnvFromOS())
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	golden.Check(t, "../../testdata/inspect/add.llvm.golden", out)
}

// TestGeneratedIRVerifies runs LLVM's verifier over the module generated
// for every testdata program: llir checks nothing itself.
func TestGeneratedIRVerifies(t *testing.T) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	if err != nil {
		t.Fatal(err)
	}
	progs, _ := filepath.Glob("../../testdata/run/*.py")
	progs = append(progs, "../../examples/kernels.py", "../../testdata/inspect/add.py")
	for _, prog := range progs {
		src, err := os.ReadFile(prog)
		if err != nil {
			t.Fatal(err)
		}
		fe, diags, _ := load(context.Background(), input{name: prog, src: src}, false)
		if fe == nil || diags.HasErrors() {
			t.Fatal(diags)
		}
		reqs, _ := fe.requested("", nil)
		if strings.HasSuffix(prog, "add.py") {
			reqs, _ = fe.requested("add", []string{"float64", "int32"})
		}
		results, diags, _ := fe.typeAll(context.Background(), reqs)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		mod, _, err := fe.module(results, codegen.Options{})
		if err != nil {
			t.Fatalf("%s: %v", prog, err)
		}
		if err := tc.VerifyIR(context.Background(), []byte(mod.String())); err != nil {
			t.Errorf("%s: %v", prog, err)
		}
	}
}

// TestInspectTypesLabels: inspect-types prints every block's label, as
// Numba's "# label N", so each number a jump or branch names can be
// found; the output is a golden file.
func TestInspectTypesLabels(t *testing.T) {
	const prog = "../../testdata/inspect/loop.py"
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	out, diags, err := InspectTypes(context.Background(), Query{Name: "loop.py", Source: src}, "text")
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	golden.Check(t, "../../testdata/inspect/loop.types.golden", out)
	targets := regexp.MustCompile(`#   (?:jump (\d+)|branch \S+, (\d+), (\d+))`)
	named := 0
	for _, m := range targets.FindAllStringSubmatch(out, -1) {
		for _, n := range m[1:] {
			if n == "" {
				continue
			}
			named++
			if !strings.Contains(out, "# label "+n+"\n") {
				t.Errorf("a jump names block %s, but no '# label %s' is printed", n, n)
			}
		}
	}
	if named < 5 {
		t.Errorf("%d jump targets in a loop with a branch; the program does not test labels", named)
	}
}
