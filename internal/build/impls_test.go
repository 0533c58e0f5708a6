package build

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
)

// TestImplsAreRegistered types every program of testdata/run and
// bench/kernels.py and checks that each operation inference resolved
// carries an Impl whose key is a template of package lib (or a function
// of the file), and that every call and operator has one (issue 31).
func TestImplsAreRegistered(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/run/*.py")
	files = append(files, "../../bench/kernels.py")
	seen := map[lib.Key]bool{}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fe, _, diags, err := typed(context.Background(), Query{Name: path, Source: src})
		if err != nil || diags.HasErrors() {
			t.Fatalf("%s: %v %v", path, err, diags)
		}
		for _, r := range fe.prog.Specs() {
			for _, b := range r.Func.Blocks {
				if r.Unreachable[b] {
					continue
				}
				for _, inst := range b.Insts {
					impl := r.Impl(inst)
					ok := impl != nil
					if a, isAssign := inst.(*ir.Assign); isAssign && !ok {
						switch a.Value.(type) {
						case *ir.Call, *ir.BinOp, *ir.Compare, *ir.UnaryOp, *ir.GetItem, *ir.GetIter, *ir.IterNext:
							t.Errorf("%s: %s: %s has no Impl", path, r.Func.Name, a)
						}
					}
					if ok {
						user := impl.Key.Module == "" && impl.Key.Recv == ""
						if !user && lib.Lookup(impl.Key) == nil {
							t.Errorf("%s: %s: %s resolved to %s, which lib does not register", path, r.Func.Name, inst, impl.Key)
						}
						if impl.Sig == nil {
							t.Errorf("%s: %s: %s has no signature", path, r.Func.Name, inst)
						}
						seen[impl.Key] = true
					}
					if r.NeverReturns(inst) {
						break // the rest of the block never runs
					}
				}
			}
		}
	}
	t.Logf("%d operations used, of %d registered", len(seen), len(lib.Keys()))
	if len(seen) < 60 {
		t.Errorf("the programs use %d operations, want at least 60", len(seen))
	}
}
