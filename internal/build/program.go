package build

import (
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// CodeNoEntry marks an executable build of a file without an entry point.
const CodeNoEntry diag.Code = "E-no-entry"

// entry types the program's entry point for --emit exe: the body of the
// file's `if __name__ == "__main__":` block, compiled as a function of no
// arguments, or else a main() without parameters.
func (fe *frontEnd) entry() (*infer.Result, diag.List) {
	var diags diag.List
	fn := fe.mainBlock()
	if fn == nil {
		if m := fe.mod.Lookup("main"); m != nil && len(m.Def.Args.Args) == 0 && m.Def.Args.Vararg == nil {
			fn = m
		}
	}
	if fn == nil {
		diags.Errorf(CodeNoEntry, fe.file, source.Span{}, "nothing to run: an executable needs an `if __name__ == \"__main__\":` block or a main() without parameters")
		return nil, diags
	}
	if fe.funcs[fn] == nil {
		f, d := lower(fe.mod, fn, passClock{})
		diags = append(diags, d...)
		if d.HasErrors() {
			return nil, diags
		}
		fe.funcs[fn] = f
	}
	res, d := fe.specialize(fn, nil)
	diags = append(diags, d...)
	return res, diags
}

// mainBlock returns the `if __name__ == "__main__":` block as a function,
// or nil.
func (fe *frontEnd) mainBlock() *resolve.Function {
	for _, s := range fe.mod.AST.Body {
		ifs, ok := s.(*syntax.If)
		if !ok || !isMainTest(ifs.Test) {
			continue
		}
		def := syntax.SynthesizedFunction("__main__", ifs.Body, ifs.Span())
		return &resolve.Function{Name: "__main__", Def: def, Compiled: true, NoPython: true,
			Sigs: []resolve.Sig{{Signature: &types.Signature{}}}, DecoratorSpan: ifs.Test.Span()}
	}
	return nil
}

// isMainTest matches __name__ == "__main__" (either way round).
func isMainTest(e syntax.Expr) bool {
	c, ok := e.(*syntax.Compare)
	if !ok || len(c.Ops) != 1 || c.Ops[0] != syntax.Eq {
		return false
	}
	isName := func(e syntax.Expr) bool { n, ok := e.(*syntax.Name); return ok && n.Id == "__name__" }
	isMain := func(e syntax.Expr) bool { s, ok := syntax.StringValue(e); return ok && s == "__main__" }
	l, r := c.Left, c.Comparators[0]
	return isName(l) && isMain(r) || isMain(l) && isName(r)
}
