package build

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// pyModulePath is where --emit py writes: <stem>_pynjit.py beside the
// library.
func pyModulePath(soPath string) string {
	return strings.TrimSuffix(soPath, filepath.Ext(soPath)) + "_pynjit.py"
}

// pyModuleNameErrors are E-usage errors for the Python and extension
// modules of outs that Python could not import by their names (see
// pymodule.ModuleNameProblem), or whose extension module's file has
// more than .abi3.so or .so after its name.
func pyModuleNameErrors(fe *frontEnd, outs []output) diag.List {
	var diags diag.List
	for _, o := range outs {
		switch o.kind {
		case "py":
			name := strings.TrimSuffix(filepath.Base(o.path), ".py")
			if why := pymodule.ModuleNameProblem(name, false); why != "" {
				diags.Errorf("E-usage", fe.file, source.Span{}, "--emit py: the module would be named %q, which Python cannot import (%s); name the output with -o NAME", name, why)
			}
		case "pyext":
			name, rest, _ := strings.Cut(filepath.Base(o.path), ".")
			why := pymodule.ModuleNameProblem(name, true)
			if why == "" && rest != "abi3.so" && rest != "so" {
				why = "Python looks for it in " + name + ".abi3.so or " + name + ".so"
			}
			if why != "" {
				diags.Errorf("E-usage", fe.file, source.Span{}, "--emit pyext: the module would be named %q, which Python cannot import (%s); name the output with -o NAME", name, why)
			}
		}
	}
	return diags
}

// pyModule describes the Python module for a build: every export under
// its Python name, overloads in the order built, and the @jit functions
// that fell back to object mode.
func pyModule(fe *frontEnd, exports []codegen.Export, soPath, srcName, version string) pymodule.Module {
	pyPath := pyModulePath(soPath)
	src := srcName
	if absSrc, err := filepath.Abs(srcName); err == nil {
		src = absSrc
		if absDir, err := filepath.Abs(filepath.Dir(pyPath)); err == nil {
			if rel, err := filepath.Rel(absDir, absSrc); err == nil {
				src = rel
			}
		}
	}
	m := pymodule.Module{
		Name:    strings.TrimSuffix(filepath.Base(pyPath), ".py"),
		Library: filepath.Base(soPath),
		Source:  filepath.ToSlash(src),
		Version: version,
	}
	index := map[string]int{}
	for _, e := range exports {
		fn := fe.prog.FuncOf(e.Spec)
		name := pythonName(fn, e)
		i, ok := index[name]
		if !ok {
			i = len(m.Funcs)
			index[name] = i
			f := pymodule.Func{Name: name, Params: e.Spec.Func.Params, Doc: docstring(fn)}
			f.Defaults, f.KwDefaults, _ = pyDefaults(fe, fn)
			if fn != nil {
				f.PosOnly, f.KwOnly = len(fn.Def.Args.Posonlyargs), len(fn.Def.Args.Kwonlyargs)
			}
			m.Funcs = append(m.Funcs, f)
		}
		m.Funcs[i].Overloads = append(m.Funcs[i].Overloads, pymodule.Overload{Symbol: e.Symbol, Args: e.Spec.Args, Return: e.Spec.Return})
	}
	for _, fn := range fe.rootFuncs() {
		reason, ok := fe.fallbacks[fn]
		if !ok || fe.isPackage() {
			continue
		}
		names := fn.ExportNames
		if len(names) == 0 {
			names = []string{fn.Name}
		}
		for _, n := range names {
			if _, done := index[n]; !done {
				index[n] = len(m.Funcs)
				m.Funcs = append(m.Funcs, pymodule.Func{Name: n, Params: fallbackParams(fn.Def.Args), Doc: docstring(fn), Fallback: reason})
			}
		}
	}
	return m
}

// packageFallbacks warns, for a package's Python module, of each @jit
// function that fell back to object mode: the module cannot run it in
// the interpreter (it would import its module without its package).
func packageFallbacks(fe *frontEnd) diag.List {
	var diags diag.List
	if !fe.isPackage() {
		return nil
	}
	for _, fn := range fe.rootFuncs() {
		if _, ok := fe.fallbacks[fn]; ok {
			diags.Add(diag.Warning, "W-pyext", fe.fileOf(fn), fn.Def.NameSpan, "%s falls back to object mode and is not in the Python module of package %s: import it from its own module", fn.Name, fe.file.Name)
		}
	}
	return diags
}

// pyDefaults are the default values of fn's positional parameters
// and, by name, of its keyword-only ones, as the generated modules write
// them, and an error at each default they cannot write.
func pyDefaults(fe *frontEnd, fn *resolve.Function) ([]pymodule.Value, map[string]pymodule.Value, diag.List) {
	if fn == nil {
		return nil, nil, nil
	}
	var values []pymodule.Value
	var kw map[string]pymodule.Value
	var diags diag.List
	for _, p := range resolve.Params(fn.Def.Args) {
		if p.Default == nil {
			continue
		}
		v, err := pymodule.DefaultValue(p.Default)
		if de, ok := err.(*pymodule.DefaultError); ok {
			diags.Errorf(diag.CodeUnsupported, fe.fileOf(fn), de.At.Span(), "%s: %v", fn.Name, err)
		}
		if p.Kind != resolve.KeywordOnly {
			values = append(values, v)
			continue
		}
		if kw == nil {
			kw = map[string]pymodule.Value{}
		}
		kw[p.Name] = v
	}
	return values, kw, diags
}

// pyDefaultErrors are the errors of pyDefaults for every exported
// function: a module that cannot write a default is not written.
func pyDefaultErrors(fe *frontEnd, exports []codegen.Export) diag.List {
	var diags diag.List
	seen := map[*resolve.Function]bool{}
	for _, e := range exports {
		fn := fe.prog.FuncOf(e.Spec)
		if !seen[fn] {
			seen[fn] = true
			_, _, d := pyDefaults(fe, fn)
			diags = append(diags, d...)
		}
	}
	return diags
}

// pythonName is the name Python code calls an export by: the symbol
// without the mangled types of an overload.
func pythonName(fn *resolve.Function, e codegen.Export) string {
	name, _, _ := strings.Cut(e.Symbol, "__")
	if fn != nil {
		if slices.Contains(fn.ExportNames, e.Symbol) { // a name of its own (pycc's exported names)
			return e.Symbol
		}
		for _, n := range append([]string{fn.Name}, fn.ExportNames...) {
			if e.Symbol == n || strings.HasPrefix(e.Symbol, n+"__") {
				return n
			}
		}
		for _, n := range append([]string{fn.Name}, fn.ExportNames...) {
			if strings.HasPrefix(e.Symbol, n) && strings.Trim(e.Symbol[len(n):], "_") == "" {
				return n // exported as n_ (codegen.PublicSymbol)
			}
		}
	}
	return name
}

// fallbackParams is the parameter list of an object-mode function's
// stand-in: its own names when they are plain positional parameters,
// otherwise *args, **kwargs.
func fallbackParams(a *syntax.Arguments) []string {
	if len(a.Posonlyargs) > 0 || len(a.Kwonlyargs) > 0 || a.Vararg != nil || a.Kwarg != nil || len(a.Defaults) > 0 {
		return []string{"*args", "**kwargs"}
	}
	var out []string
	for _, p := range a.Args {
		out = append(out, p.Arg)
	}
	return out
}

// docstring is a function's docstring, or "".
func docstring(fn *resolve.Function) string {
	if fn == nil || len(fn.Def.Body) == 0 {
		return ""
	}
	e, ok := fn.Def.Body[0].(*syntax.ExprStmt)
	if !ok {
		return ""
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return ""
	}
	s, _ := c.Value.(string)
	return s
}
