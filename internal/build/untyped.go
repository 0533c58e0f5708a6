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
// entry), so inference never sees them; those typed so far are not.
func (fe *frontEnd) untypedFuncs(roots ...*resolve.Function) []*resolve.Function {
	typed := map[*resolve.Function]bool{}
	for _, spec := range fe.prog.Specs() {
		// also those called as another module's attribute (m.helper)
		typed[fe.prog.FuncOf(spec)] = true
	}
	work := roots
	for _, fn := range fe.rootFuncs() {
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
	for _, fn := range fe.rootFuncs() {
		if fn.Compiled && !typed[fn] {
			out = append(out, fn)
		}
	}
	return out
}

// callees are the functions fn's IR names, of its module or imported.
func (fe *frontEnd) callees(fn *resolve.Function) []*resolve.Function {
	scope := fe.mod
	if fn.Module != nil {
		scope = fn.Module
	}
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
					if x := scope.Globals[g.Name]; x != nil && x.Kind == resolve.GlobalFunc {
						out = append(out, x.Func)
					}
				}
			}
		}
	}
	return out
}

// checkUntyped checks each function nothing types for what needs no
// types, and notes that it has none and how to give it some, unless a
// signature given it was refused: that error says why.
func (fe *frontEnd) checkUntyped(roots ...*resolve.Function) diag.List {
	var diags diag.List
	checkers := map[*resolve.Module]*untyped.Checker{}
	for _, fn := range fe.untypedFuncs(roots...) {
		c := checkers[fn.Module]
		if c == nil {
			c = untyped.NewChecker(fn.Module)
			checkers[fn.Module] = c
		}
		if f := fe.lowered[fn]; f != nil {
			diags = append(diags, fe.fallback(fn, c.Check(fn, f))...)
		}
		if !fn.Refused {
			diags = append(diags, untyped.NoTypes(fn.Module, fn))
		}
	}
	return diags
}
