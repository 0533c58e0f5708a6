package build

import (
	"context"
	"errors"
	"testing"

	"github.com/llir/llvm/ir"
	lltypes "github.com/llir/llvm/ir/types"

	"github.com/pynjit/pynjit/internal/codegen"
)

// TestInspectInternalError: code generation failing on typed IR it
// should accept (here operations whose lowering inference did not
// record) is a bug in pynjit. inspect-llvm and inspect-asm return it as
// the error, as build does (exit 4); they made it an E-unsupported
// diagnostic without a position.
func TestInspectInternalError(t *testing.T) {
	src := []byte("from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef f(x):\n    return x + 1\n")
	fe, results, diags, err := typed(context.Background(), Query{Name: "k.py", Source: src})
	if fe == nil || err != nil || diags.HasErrors() {
		t.Fatalf("typing: %v %v", err, diags)
	}
	if _, d, err := fe.generateIR(results, ""); err != nil || len(d) > 0 {
		t.Fatalf("before tampering: %v %v", err, d)
	}
	for _, r := range fe.prog.Specs() {
		clear(r.Impls)
	}
	ll, d, err := fe.generateIR(results, "")
	var ie *codegen.InternalError
	if ll != nil || len(d) > 0 || !errors.As(err, &ie) {
		t.Errorf("got IR %v, diagnostics %v, error %v; want a codegen.InternalError only", ll != nil, d, err)
	}
}

// TestLLTextInternalError: a module the LLVM printer rejects (a block
// without a terminator) is code generation's bug, an InternalError; it
// was reported as an E-unsupported diagnostic of the program.
func TestLLTextInternalError(t *testing.T) {
	m := ir.NewModule()
	m.NewFunc("f", lltypes.Void).NewBlock("")
	var ie *codegen.InternalError
	if _, err := llText(m); !errors.As(err, &ie) {
		t.Errorf("err = %v, want a codegen.InternalError", err)
	}
}

// TestCompiledSpecsBackstop: a specialization the exports reach that
// inference no longer holds (its typing failed) is an InternalError,
// not code generated from it (codegen said "no operation recorded").
func TestCompiledSpecsBackstop(t *testing.T) {
	src := []byte("from numba import njit\n\n\n@njit\ndef helper(x):\n    return x * 2\n\n\n@njit(\"int64(int64)\")\ndef user(x):\n    return helper(x) + 1\n")
	fe, results, diags, err := typed(context.Background(), Query{Name: "k.py", Source: src})
	if fe == nil || err != nil || diags.HasErrors() {
		t.Fatalf("typing: %v %v", err, diags)
	}
	fe.failed[fe.prog.FuncOf(results[0])] = true // as in a build -k
	if specs, err := fe.compiledSpecs(results, nil); err != nil || len(specs) != 2 {
		t.Fatalf("compiledSpecs: %d, %v; want user and helper", len(specs), err)
	}
	for _, c := range results[0].Callees {
		dropped := *c.Spec
		c.Spec = &dropped // a helper(int64) inference does not hold
	}
	var ie *codegen.InternalError
	if _, err := fe.compiledSpecs(results, nil); !errors.As(err, &ie) {
		t.Errorf("err = %v, want a codegen.InternalError", err)
	}
}
