// Package untyped checks a compiled function that has no argument types
// for what is decidable without them. Lowering to IR already reports
// unknown names and unsupported constructs; this pass adds unknown
// attributes of modules (math.sqroot, linalg.decomp_qr.qr), with
// did-you-mean, and calls of the file's own functions with arguments
// CPython would refuse. It takes a function's IR (lowered whole or in
// part) and the resolved module, and returns diagnostics.
//
// What a module attribute is, it asks type inference itself: an
// expression rooted at a module global needs no argument types, so
// infer types it in a function of no parameters (a probe), and the
// answer is exactly what typing the function would find.
package untyped

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/bind"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// CodeNoTypes marks a compiled function that nothing gives argument
// types, so only what needs no types was checked.
const CodeNoTypes diag.Code = "N-no-types"

// Checker checks the untyped functions of one module; it caches what
// the probes found.
type Checker struct {
	m      *resolve.Module
	probes map[string]probe
}

// NewChecker returns a Checker over m.
func NewChecker(m *resolve.Module) *Checker {
	return &Checker{m: m, probes: map[string]probe{}}
}

// probe is what infer found for one module-rooted expression: its type,
// or the error typing it gives.
type probe struct {
	t   types.Type
	err *diag.Diagnostic
}

// NoTypes is the note that fn was checked without types, saying how to
// give it some.
func NoTypes(m *resolve.Module, fn *resolve.Function) *diag.Diagnostic {
	var params []string
	for _, p := range fn.Def.Args.Args {
		params = append(params, p.Arg)
	}
	ex := make([]string, len(params))
	for i := range ex {
		ex[i] = "int64"
	}
	var l diag.List
	d := l.Add(diag.Note, CodeNoTypes, m.File, fn.Def.NameSpan,
		"%s has no argument types, so it was checked for everything but types and is not compiled", fn.Name)
	d.Suggestions = append(d.Suggestions,
		fmt.Sprintf("give it types with --sig '%s(%s)', annotations (def %s(%s)), a call in the file, or `pynjit trace -- python3 PROGRAM`",
			fn.Name, strings.Join(ex, ", "), fn.Name, annotated(params)))
	return d
}

func annotated(params []string) string {
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = p + ": int"
	}
	return strings.Join(out, ", ")
}

// Check reports what f, the IR of fn (complete or not), gets wrong
// whatever its argument types.
func (c *Checker) Check(fn *resolve.Function, f *ir.Func) diag.List {
	var diags diag.List
	// path is, for each temporary holding a module-rooted expression,
	// its text (np.random.random); fns the file's function a temporary
	// holds.
	path := map[*ir.Var]string{}
	fns := map[*ir.Var]*resolve.Function{}
	for _, b := range f.Blocks {
		for _, inst := range b.Insts {
			a, ok := inst.(*ir.Assign)
			if !ok || !a.Target.Temp {
				continue
			}
			switch v := a.Value.(type) {
			case *ir.Global:
				g := c.m.Globals[v.Name]
				switch {
				case g == nil:
				case g.Kind == resolve.GlobalModule || g.Kind == resolve.GlobalModuleAttr:
					if pr := c.probe(v.Name); pr.err != nil {
						diags = append(diags, c.at(pr.err, a.Span(), fn))
						continue
					}
					path[a.Target] = v.Name
				case g.Kind == resolve.GlobalFunc:
					fns[a.Target] = g.Func
				}
			case *ir.GetAttr:
				base, ok := path[v.Value]
				if !ok {
					continue
				}
				p := base + "." + v.Attr
				if pr := c.probe(p); pr.err != nil {
					diags = append(diags, c.at(pr.err, a.Span(), fn))
					continue
				}
				path[a.Target] = p
			case *ir.Call:
				if p, ok := path[v.Func]; ok {
					switch t := c.probe(p).t.(type) {
					case *types.Module:
						diags = append(diags, c.at(notCallable(t), a.Span(), fn))
					case *types.Callable:
						if len(v.Kws) == 0 {
							if msg := c.arity(p, len(v.Args)); msg != "" {
								diags.Errorf(infer.CodeCall, c.m.File, a.Span(), "%s", msg)
							}
						}
					}
				}
				if callee := fns[v.Func]; callee != nil {
					if msg := badCall(callee, v); msg != "" {
						diags.Errorf(infer.CodeCall, c.m.File, a.Span(), "%s", msg)
					}
				}
			}
		}
	}
	return diags
}

// notCallable is infer's error for a call of a module: the last name of
// its path is an attribute Numba does not know.
func notCallable(mod *types.Module) *diag.Diagnostic {
	var l diag.List
	i := strings.LastIndexByte(mod.Name, '.')
	if i < 0 {
		return l.Errorf(infer.CodeCall, nil, source.Span{}, "'Module(%s)' object is not callable", mod.Name)
	}
	return l.Errorf(infer.CodeAttribute, nil, source.Span{}, "Unknown attribute '%s' of type Module(%s)", mod.Name[i+1:], mod.Name[:i])
}

// at places a probe's error at span in the user's function.
func (c *Checker) at(e *diag.Diagnostic, span source.Span, fn *resolve.Function) *diag.Diagnostic {
	d := &diag.Diagnostic{Severity: diag.Error, Code: e.Code, File: c.m.File, Span: span, Message: e.Message, Suggestions: e.Suggestions}
	d.Notes = append(d.Notes, diag.Related{File: c.m.File, Span: span, Message: "During: checking " + fn.Name + " without argument types"})
	return d
}

// arity says, for a call of the library function at path with n
// arguments, that it takes another number, or "". Without the argument
// types, infer is asked with n float64 and with n int64 arguments: when
// both fail and another count of one of them types, no types could make
// n arguments do.
func (c *Checker) arity(path string, n int) string {
	fits := func(k int) bool {
		for _, lit := range []string{"1.5", "1"} {
			args := make([]string, k)
			for i := range args {
				args[i] = lit
			}
			if c.probe(path+"("+strings.Join(args, ", ")+")").err == nil {
				return true
			}
		}
		return false
	}
	if fits(n) {
		return ""
	}
	var takes []string
	for k := 0; k <= 4; k++ {
		if k != n && fits(k) {
			takes = append(takes, fmt.Sprint(k))
		}
	}
	if len(takes) == 0 {
		return ""
	}
	return fmt.Sprintf("No implementation of function %s found for %d argument%s: it takes %s", c.probeName(path), n, bind.Plural(n), strings.Join(takes, " or "))
}

// probeName is how infer names the function at path (math.sqrt for
// sqrt imported from math).
func (c *Checker) probeName(path string) string {
	f, ok := c.probe(path).t.(*types.Callable)
	if !ok {
		return path
	}
	return lib.Name(f.Key)
}

// probe asks infer the type of a module-rooted expression, in a
// function of no parameters over the same module scope.
func (c *Checker) probe(expr string) probe {
	if p, ok := c.probes[expr]; ok {
		return p
	}
	p := c.typeExpr(expr)
	c.probes[expr] = p
	return p
}

func (c *Checker) typeExpr(expr string) probe {
	const name = "__pynjit_probe__"
	src := "def " + name + "():\n    __value = " + expr + "\n    return 0\n"
	mod, _ := syntax.Parse(source.NewFile(name, []byte(src)))
	if mod == nil || len(mod.Body) != 1 {
		return probe{}
	}
	def, ok := mod.Body[0].(*syntax.FunctionDef)
	if !ok {
		return probe{}
	}
	pf := &resolve.Function{Name: name, Def: def, Compiled: true, NoPython: true}
	f, d := ir.Build(c.m, pf)
	if d.HasErrors() {
		return probe{}
	}
	res, d := infer.NewProgram(c.m, map[*resolve.Function]*ir.Func{pf: f}).Specialize(pf, nil)
	for _, e := range d {
		if e.Severity == diag.Error {
			return probe{err: e}
		}
	}
	if res == nil {
		return probe{}
	}
	for _, v := range f.Vars {
		if v.Name == "__value" {
			return probe{t: res.VarTypes[v.ID]}
		}
	}
	return probe{}
}

// badCall is CPython's TypeError for a call of the file's function
// callee that its parameters cannot take (bind.Args, as infer binds it),
// or "". A def with *args or **kwargs is left to infer, which refuses it.
func badCall(callee *resolve.Function, c *ir.Call) string {
	if resolve.HasStarParams(callee.Def.Args) {
		return ""
	}
	_, msg := bind.Args(callee.Def.Name, resolve.Params(callee.Def.Args), resolve.Positional(callee.Def.Args), c)
	return msg
}
