package infer

import (
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// unrepresentable is the part of a return type compiled code cannot
// hold (types.Unrepresentable), or nil; nil for a type not known yet.
func unrepresentable(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return types.Unrepresentable(t)
}

// CheckExport reports why specialization r of fn cannot be called from
// Python or C, which every requested signature is: a result type that
// does not convert to a Python object (types.Boxable), worded as Numba
// words it, at the function's name.
func CheckExport(fn *resolve.Function, r *Result) diag.List {
	var diags diag.List
	if u := types.Unboxable(r.Return); u != nil {
		diags.Errorf(CodeTyping, r.Func.File, fn.Def.NameSpan, "%s(%s) cannot be called from Python: cannot convert native %s to Python object", fn.Name, types.ArgsString(r.Args), u)
	}
	for _, a := range r.Args {
		if u := types.Unrepresentable(a); u != nil {
			diags.Errorf(CodeTyping, r.Func.File, fn.Def.NameSpan, "%s(%s): %s", fn.Name, types.ArgsString(r.Args), types.WhyUnrepresentable(u))
			break
		}
		if u := types.Unboxable(a); u != nil {
			diags.Errorf(CodeTyping, r.Func.File, fn.Def.NameSpan, "%s(%s) cannot be called from Python: cannot convert Python object to native %s", fn.Name, types.ArgsString(r.Args), u)
			break
		}
	}
	return diags
}
