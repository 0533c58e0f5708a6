package resolve

import (
	"path/filepath"
	"slices"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// A file written for numba.pycc, Numba's deprecated ahead-of-time
// compiler, builds as it did:
//
//	from numba.pycc import CC
//	cc = CC('my_module')
//	cc.output_dir = 'build'          # optional, as are output_file, verbose, target_cpu
//
//	@cc.export('multf', 'f8(f8, f8)')
//	@cc.export('multd', 'float64(float64, float64)')
//	def mult(a, b):
//	    return a * b
//
//	if __name__ == "__main__":
//	    cc.compile()
//
// Each cc.export compiles the function at its signature (a decorator
// signature, tier 1 of sigs.go) and exports that specialization under
// the exported name; the build's default output is then the extension
// module named by CC(...), which exposes exactly the exported names. The
// file still runs unchanged under CPython and Numba: cc.export returns
// the function itself.

// PyCC is a file's numba.pycc CC object.
type PyCC struct {
	// Var is the module-level name bound to CC(...); Name the extension
	// module's name, its first argument.
	Var, Name string
	Span      source.Span // the CC(...) call
	// OutputDir and OutputFile are what cc.output_dir and cc.output_file
	// are set to, "" when they are not: a string, or the file's own
	// directory written as os.path.dirname(__file__) (with abspath or
	// realpath) or os.path.join of those. A relative OutputDir is
	// relative to the file's directory.
	OutputDir, OutputFile string
	// Unread are the assignments to output_dir and output_file whose
	// value pynjit cannot know without running the file.
	Unread []source.Span
	// TargetCPU is cc.target_cpu ("host" is this machine's CPU).
	TargetCPU string
	Exports   []PyCCExport
}

// PyCCExport is one @cc.export(name, sig): the function compiled at Sig,
// exported as Name.
type PyCCExport struct {
	Name string
	Func *Function
	Sig  *types.Signature
	Span source.Span // the decorator
}

// isCC reports whether e names numba.pycc's CC class: CC (from
// numba.pycc import CC), pycc.CC (from numba import pycc, or import
// numba.pycc as pycc) or numba.pycc.CC (import numba.pycc).
func (r *resolver) isCC(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Name:
		g := r.m.Globals[e.Id]
		return g != nil && g.Kind == GlobalModuleAttr && g.Module == "numba.pycc" && g.Attr == "CC"
	case *syntax.Attribute:
		if e.Attr != "CC" {
			return false
		}
		switch base := e.Value.(type) {
		case *syntax.Name:
			g := r.m.Globals[base.Id]
			return g != nil && (g.Kind == GlobalModuleAttr && g.Module == "numba" && g.Attr == "pycc" || g.Kind == GlobalModule && g.Module == "numba.pycc")
		case *syntax.Attribute:
			root, ok := base.Value.(*syntax.Name)
			if !ok || base.Attr != "pycc" {
				return false
			}
			g := r.m.Globals[root.Id]
			return g != nil && g.Kind == GlobalNumba && g.Module == "numba" && g.Attr == ""
		}
	}
	return false
}

// pycc reads the module-level statements of a pycc file: cc = CC('name')
// and the settings cc.output_dir, cc.output_file and cc.target_cpu
// (cc.verbose and cc.use_nrt change nothing pynjit builds).
func (r *resolver) pycc(s *syntax.Assign) {
	if len(s.Targets) != 1 {
		return
	}
	switch t := s.Targets[0].(type) {
	case *syntax.Name:
		call, ok := s.Value.(*syntax.Call)
		if !ok || !r.isCC(call.Func) {
			return
		}
		name, ok := stringArg(call, 0, "extension_name")
		if !ok {
			r.diags.Errorf("E-usage", r.m.File, call.Span(), "CC(...) takes the extension module's name as a string, e.g. CC('my_module')")
			return
		}
		if r.m.PyCC != nil {
			r.diags.Errorf("E-usage", r.m.File, call.Span(), "a second CC in this file: pynjit builds one extension module per file (the first is %s, line %d)", r.m.PyCC.Name, r.m.PyCC.Span.Start.Line)
			return
		}
		r.m.PyCC = &PyCC{Var: t.Id, Name: name, Span: call.Span()}
	case *syntax.Attribute:
		cc := r.m.PyCC
		base, ok := t.Value.(*syntax.Name)
		if cc == nil || !ok || base.Id != cc.Var {
			return
		}
		switch t.Attr {
		case "output_dir", "output_file":
			v, ok := r.pathValue(s.Value)
			switch {
			case !ok:
				cc.Unread = append(cc.Unread, s.Value.Span())
			case t.Attr == "output_dir":
				cc.OutputDir = v
			default:
				cc.OutputFile = v
			}
		case "target_cpu":
			if c, ok := s.Value.(*syntax.Constant); ok {
				cc.TargetCPU, _ = c.Value.(string)
			}
		}
	}
}

// stringArg is call's argument at position i, or its keyword kw, when it
// is a string literal.
func stringArg(call *syntax.Call, i int, kw string) (string, bool) {
	var e syntax.Expr
	if i < len(call.Args) {
		e = call.Args[i]
	}
	for _, k := range call.Keywords {
		if k.Arg != nil && *k.Arg == kw {
			e = k.Value
		}
	}
	c, ok := e.(*syntax.Constant)
	if !ok {
		return "", false
	}
	s, ok := c.Value.(string)
	return s, ok
}

// pathValue evaluates what pycc files assign to output_dir: a string, or
// the file's directory (".") as os.path.dirname(__file__), with
// os.path.abspath or os.path.realpath anywhere inside, joined to
// strings by os.path.join.
func (r *resolver) pathValue(e syntax.Expr) (string, bool) {
	v, ok := r.pathExpr(e)
	return v, ok && v != thisFile
}

// thisFile stands for __file__ in pathExpr.
const thisFile = "\x00__file__"

func (r *resolver) pathExpr(e syntax.Expr) (string, bool) {
	switch e := e.(type) {
	case *syntax.Name:
		return thisFile, e.Id == "__file__"
	case *syntax.Constant:
		s, ok := e.Value.(string)
		return s, ok
	case *syntax.Call:
		fn := r.osPathFunc(e.Func)
		if len(e.Keywords) > 0 || fn == "" || len(e.Args) == 0 {
			return "", false
		}
		var parts []string
		for _, a := range e.Args {
			p, ok := r.pathExpr(a)
			if !ok {
				return "", false
			}
			parts = append(parts, p)
		}
		switch {
		case fn == "join" && !slices.Contains(parts, thisFile):
			return filepath.Join(parts...), true
		case len(parts) != 1:
			return "", false
		case fn == "dirname" && parts[0] == thisFile:
			return ".", true
		case fn == "dirname":
			return filepath.Dir(parts[0]), true
		}
		return parts[0], fn != "join" // abspath and realpath: relative to the file's directory anyway
	}
	return "", false
}

// osPathFunc names the os.path function e is (os.path.join, or join
// imported from os.path), if one of those pathValue reads.
func (r *resolver) osPathFunc(e syntax.Expr) string {
	var name string
	switch e := e.(type) {
	case *syntax.Attribute:
		path, ok := e.Value.(*syntax.Attribute)
		if !ok || path.Attr != "path" {
			return ""
		}
		os, ok := path.Value.(*syntax.Name)
		if !ok {
			return ""
		}
		if g := r.m.Globals[os.Id]; g == nil || g.Kind != GlobalModule || g.Module != "os" {
			return ""
		}
		name = e.Attr
	case *syntax.Name:
		g := r.m.Globals[e.Id]
		if g == nil || g.Kind != GlobalModuleAttr || g.Module != "os.path" {
			return ""
		}
		name = g.Attr
	}
	if slices.Contains([]string{"join", "dirname", "abspath", "realpath"}, name) {
		return name
	}
	return ""
}

// pyccExport reads a decorator @cc.export('name', 'sig'): the function is
// compiled in nopython mode at sig and exported as name. It reports
// whether d is one.
func (r *resolver) pyccExport(fn *Function, d syntax.Expr) bool {
	cc := r.m.PyCC
	call, ok := d.(*syntax.Call)
	if cc == nil || !ok {
		return false
	}
	attr, ok := call.Func.(*syntax.Attribute)
	if !ok || attr.Attr != "export" {
		return false
	}
	if base, ok := attr.Value.(*syntax.Name); !ok || base.Id != cc.Var {
		return false
	}
	name, ok := stringArg(call, 0, "exported_name")
	if !ok {
		r.diags.Errorf(CodeSignature, r.m.File, call.Span(), "%s.export takes the exported name and a signature string, e.g. %s.export('%s', 'f8(f8)')", cc.Var, cc.Var, fn.Name)
		return true
	}
	if slices.ContainsFunc(cc.Exports, func(x PyCCExport) bool { return x.Name == name }) {
		r.diags.Errorf(CodeSignature, r.m.File, call.Span(), "duplicated export symbol %s (pycc raises KeyError): every exported name of a CC must be distinct", name)
		return true
	}
	var sigExpr syntax.Expr
	if len(call.Args) > 1 {
		sigExpr = call.Args[1]
	}
	for _, k := range call.Keywords {
		if k.Arg != nil && *k.Arg == "sig" {
			sigExpr = k.Value
		}
	}
	lit, ok := sigExpr.(*syntax.Constant)
	if !ok {
		r.diags.Errorf(CodeSignature, r.m.File, call.Span(), "%s.export('%s', ...) needs a signature string such as 'f8(f8, f8)'", cc.Var, name)
		return true
	}
	before := len(fn.offered)
	r.sigArg(fn, lit)
	if len(fn.offered) == before { // sigArg reported why
		return true
	}
	sig := fn.offered[len(fn.offered)-1].Signature
	for _, x := range cc.Exports {
		if x.Func == fn && sameArgs(x.Sig.Args, sig.Args) && !types.Equal(x.Sig.Return, sig.Return) {
			r.diags.Errorf(CodeSignature, r.m.File, lit.Span(), "%s is exported as %s and as %s at the same argument types (%s) with different result types; pynjit compiles a function once per argument types", fn.Name, x.Name, name, types.ArgsString(sig.Args))
			return true
		}
	}
	fn.Compiled, fn.NoPython = true, true // pycc compiles in nopython mode only
	if !fn.DecoratorSpan.IsValid() {
		fn.DecoratorSpan = d.Span()
	}
	fn.ExportNames = appendName(fn.ExportNames, name)
	cc.Exports = append(cc.Exports, PyCCExport{Name: name, Func: fn, Sig: sig, Span: d.Span()})
	return true
}
