package resolve

import (
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// option reads one keyword option of njit or jit. Every option of Numba's
// is either honoured, or has no effect on what compiled code computes,
// or is an error where pynjit would compute something else
// (error_model='numpy', a set of fastmath flags, forceobj); an option
// Numba does not know is an error, as in Numba. parallel=True compiles
// serially: the results are those of parallel=False (docs/semantics.md).
func (r *resolver) option(fn *Function, kw *syntax.Keyword) {
	name, v := *kw.Arg, kw.Value
	on := isTrue(v)
	unsupported := func(format string, args ...any) {
		r.diags.Errorf(diag.CodeUnsupported, r.m.File, kw.Span(), format, args...)
	}
	switch name {
	case "nopython":
		fn.NoPython = fn.NoPython || on
	case "fastmath":
		if !isBool(v) {
			unsupported("fastmath=%s is unsupported: pynjit applies all of LLVM's fast-math flags or none (fastmath=True or False)", r.text(v.Span()))
			return
		}
		fn.Options.FastMath = on
	case "boundscheck":
		if !isBool(v) && !isNone(v) {
			unsupported("boundscheck must be True, False or None")
			return
		}
		fn.Options.Boundscheck = on
	case "cache":
		fn.Options.Cache = on
	case "signature_or_function":
		r.sigArg(fn, v)
	case "locals":
		r.locals(fn, v)
	case "error_model":
		if s, ok := syntax.StringValue(v); !ok || s != "python" {
			unsupported("error_model=%s is unsupported: compiled code raises ZeroDivisionError as Python does (error_model='python')", r.text(v.Span()))
		}
	case "forceobj":
		if on {
			unsupported("forceobj=True is unsupported: pynjit compiles nopython code only")
		}
	case "target", "_target":
		if s, ok := syntax.StringValue(v); !ok || s != "cpu" {
			unsupported("%s=%s is unsupported: pynjit compiles for the CPU", name, r.text(v.Span()))
		}
	case "parallel", "nogil", "debug", "inline", "looplift", "no_cpython_wrapper", "no_cfunc_wrapper", "no_rewrites", "_nrt",
		"pipeline_class", "_dbg_optnone", "_dbg_extend_lifetimes", "writable_args":
		// how Numba compiles or calls the function, not what it computes
	default:
		r.diags.Errorf(CodeSignature, r.m.File, kw.Span(), "Unrecognized options: {'%s'} (njit and jit take nopython, fastmath, boundscheck, cache, locals, parallel, error_model, ...)", name)
	}
}

// locals reads locals={"name": type, ...}: the types of local variables,
// to which every assignment to them converts, as in Numba.
func (r *resolver) locals(fn *Function, v syntax.Expr) {
	d, ok := v.(*syntax.Dict)
	if !ok {
		r.diags.Errorf(diag.CodeUnsupported, r.m.File, v.Span(), "locals must be a dict literal such as {\"s\": numba.float32}")
		return
	}
	for i, k := range d.Keys {
		name, ok := syntax.StringValue(k)
		if k == nil || !ok {
			at := d.Span()
			if k != nil {
				at = k.Span()
			}
			r.diags.Errorf(diag.CodeUnsupported, r.m.File, at, "locals: the names must be string literals")
			continue
		}
		t := r.numbaType(d.Values[i])
		if t == nil {
			r.diags.Errorf(diag.CodeUnsupported, r.m.File, d.Values[i].Span(), "locals: %s is not a type pynjit knows (write numba.float32, numba.int64[:], ...)", r.text(d.Values[i].Span()))
			continue
		}
		if u := types.Unrepresentable(t); u != nil {
			r.diags.Errorf(diag.CodeUnsupported, r.m.File, d.Values[i].Span(), "locals: %s", types.WhyUnrepresentable(u))
			continue
		}
		if fn.Options.Locals == nil {
			fn.Options.Locals = map[string]types.Type{}
		}
		fn.Options.Locals[name] = t
	}
}

// numbaType reads a type written as Python: numba.float32, nb.types.int64,
// float32 imported from numba, numba.float64[:, ::1]; nil if it is none.
func (r *resolver) numbaType(e syntax.Expr) types.Type {
	if sub, ok := e.(*syntax.Subscript); ok {
		elem := r.numbaType(sub.Value)
		sp := sub.Slice.Span()
		if elem == nil || sp.Start.Line != sp.End.Line {
			return nil
		}
		line := []rune(r.m.File.Line(sp.Start.Line))
		if sp.End.Col > len(line) {
			return nil
		}
		t, err := types.ParseType(elem.String() + "[" + string(line[sp.Start.Col:sp.End.Col]) + "]")
		if err != nil {
			return nil
		}
		return t
	}
	path := r.dotted(e)
	for _, prefix := range []string{"numba.core.types.", "numba.types.", "numba."} {
		if name, ok := strings.CutPrefix(path, prefix); ok {
			if t, err := types.ParseType(name); err == nil {
				return t
			}
		}
	}
	return nil
}

// dotted is the module path an expression names (numba.types.float32 for
// nb.types.float32 after import numba as nb), or "".
func (r *resolver) dotted(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Name:
		g := r.m.Globals[e.Id]
		if g == nil {
			return ""
		}
		switch g.Kind {
		case GlobalNumba, GlobalModule:
			if g.Attr != "" {
				return g.Module + "." + g.Attr
			}
			return g.Module
		case GlobalModuleAttr:
			return g.Module + "." + g.Attr
		}
	case *syntax.Attribute:
		if base := r.dotted(e.Value); base != "" {
			return base + "." + e.Attr
		}
	}
	return ""
}

// text is the source of a one-line span (for messages).
func (r *resolver) text(sp source.Span) string {
	if sp.Start.Line != sp.End.Line {
		return "..."
	}
	line := []rune(r.m.File.Line(sp.Start.Line))
	if sp.End.Col > len(line) || sp.Start.Col > sp.End.Col {
		return "..."
	}
	return string(line[sp.Start.Col:sp.End.Col])
}

func isBool(e syntax.Expr) bool {
	c, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(bool)
	return ok
}

func isNone(e syntax.Expr) bool {
	c, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(syntax.NoneValue)
	return ok
}
