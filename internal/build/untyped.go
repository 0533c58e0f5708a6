package build

import (
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/untyped"
)

// untypedFuncs are the compiled functions that nothing types: no
// signature of any source, and no call from a function that has types
// (directly or through other callees) or from roots (an executable's
// entry), so inference never sees them.
func (fe *frontEnd) untypedFuncs(roots ...*resolve.Function) []*resolve.Function {
	typed := map[*resolve.Function]bool{}
	work := roots
	for _, fn := range fe.mod.Funcs {
		if fn.Compiled && len(fn.Sigs) > 0 {
			typed[fn] = true
			work = append(work, fn)
		}
	}
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		for _, callee := range fe.callees(fn) {
			if !typed[callee] {
				typed[callee] = true
				work = append(work, callee)
			}
		}
	}
	var out []*resolve.Function
	for _, fn := range fe.mod.Funcs {
		if fn.Compiled && !typed[fn] {
			out = append(out, fn)
		}
	}
	return out
}

// callees are the file's functions fn's IR names.
func (fe *frontEnd) callees(fn *resolve.Function) []*resolve.Function {
	f := fe.lowered[fn]
	if f == nil {
		f = fe.funcs[fn] // an executable's entry
	}
	if f == nil {
		return nil
	}
	var out []*resolve.Function
	for _, b := range f.Blocks {
		for _, inst := range b.Insts {
			if a, ok := inst.(*ir.Assign); ok {
				if g, ok := a.Value.(*ir.Global); ok {
					if x := fe.mod.Globals[g.Name]; x != nil && x.Kind == resolve.GlobalFunc {
						out = append(out, x.Func)
					}
				}
			}
		}
	}
	return out
}

// checkUntyped checks each function nothing types for what needs no
// types, and notes that it has none and how to give it some.
func (fe *frontEnd) checkUntyped(roots ...*resolve.Function) diag.List {
	var diags diag.List
	c := untyped.NewChecker(fe.mod)
	for _, fn := range fe.untypedFuncs(roots...) {
		if f := fe.lowered[fn]; f != nil {
			diags = append(diags, fe.fallback(fn, fe.rootCauses(c.Check(fn, f)))...)
		}
		diags = append(diags, untyped.NoTypes(fe.mod, fn))
	}
	return diags
}
