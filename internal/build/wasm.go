package build

import (
	"slices"
	"strings"

	"github.com/llir/llvm/ir"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
)

// wasmImports warns of the exports whose wasm32 module imports functions
// from its embedder: pynjit's runtime (arrays, exceptions, most of math,
// printing) is C built for this machine, and --emit wasm links none, so
// an export whose code calls a function the module does not define
// (pynjit_nrt_alloc, pynjit_err_set, pynjit_math_sqrt, memset...) makes
// the module import it from "env", and an engine instantiates it only
// where the embedder provides them. Each such export gets a warning at
// its def naming them; functions of numbers that raise no exception need
// none.
func (fe *frontEnd) wasmImports(mod *ir.Module, exports []codegen.Export) diag.List {
	byName := make(map[string]*ir.Func, len(mod.Funcs))
	for _, f := range mod.Funcs {
		byName[f.Name()] = f
	}
	var diags diag.List
	for _, e := range exports {
		var needs []string
		seen := map[*ir.Func]bool{}
		var visit func(f *ir.Func)
		visit = func(f *ir.Func) {
			if f == nil || seen[f] {
				return
			}
			seen[f] = true
			if len(f.Blocks) == 0 {
				if !strings.HasPrefix(f.Name(), "llvm.") {
					needs = append(needs, f.Name())
				}
				return
			}
			for _, b := range f.Blocks {
				for _, inst := range b.Insts {
					if call, ok := inst.(*ir.InstCall); ok {
						callee, _ := call.Callee.(*ir.Func)
						visit(callee)
					}
				}
			}
		}
		visit(byName[e.Symbol])
		if len(needs) == 0 {
			continue
		}
		slices.Sort(needs)
		f := e.Spec.Func
		diags.Add(diag.Warning, "W-wasm", f.File, f.Def.NameSpan, "the wasm32 module imports %s from \"env\" for %s: a .wasm module does not include pynjit's runtime, so it instantiates only where the embedder provides them (functions of numbers that raise no exception need none)", strings.Join(needs, ", "), f.Name)
	}
	return diags
}
