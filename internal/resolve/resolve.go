// Package resolve reads a parsed file's module scope: its imports, its
// module-level constants, and which functions are compiled and with which
// signatures (decorators, njit(f) wrappers, --sig options, annotations).
package resolve

import (
	"slices"
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Diagnostic codes of this stage.
const (
	CodeSignature diag.Code = "E-signature"
	CodeRedefined diag.Code = "W-redefined"
)

// Options carries what the command line and the project add to the
// file.
type Options struct {
	// Sigs are --sig values such as "add(int64, int64)" or
	// "add: int64(int64, int64)".
	Sigs []string
	// Given are signatures from pyproject.toml and signature files, in
	// the same syntax, with where they are written.
	Given []Given
}

// GlobalKind says what a module-level name is.
type GlobalKind int

// The kinds of module-level names.
const (
	GlobalOther      GlobalKind = iota // anything else (not usable from compiled code)
	GlobalModule                       // import math / import numpy as np
	GlobalModuleAttr                   // from math import sqrt
	GlobalConst                        // N = 10 (int64, float64 or bool)
	GlobalFunc                         // a def of this file
	GlobalNumba                        // njit, jit, numba itself
)

// Global is one module-level name.
type Global struct {
	Kind   GlobalKind
	Name   string
	Span   source.Span
	Module string // the module path for GlobalModule and GlobalModuleAttr
	Attr   string // the imported name for GlobalModuleAttr
	// Const is a GlobalConst's frozen value: int64, uint64, float64,
	// bool, complex128, a NumPy scalar's Go type (int8 ... uint32,
	// float32), a tuple of them ([]any), or a *ConstArray.
	Const any
	Func  *Function
	// Why says, for a GlobalOther assigned at module level, why it is
	// no constant: assigned twice, or computed from what pynjit does
	// not evaluate.
	Why string
	// Factory is, for a factory's argument or local bound in its
	// product's scope, the factory's name ("" for a module's own
	// names), and FactoryParam whether it is an argument.
	Factory      string
	FactoryParam bool
	// evaluated is Const as evaluated (a Python int stays one), for the
	// constants computed from it.
	evaluated any
}

// Describe names a constant as a message says what it is: the module
// constant 'N', the argument 'k' of the factory f, or its local 'k'.
func (g *Global) Describe() string {
	switch {
	case g.Factory != "" && g.FactoryParam:
		return "the argument '" + g.Name + "' of the factory " + g.Factory
	case g.Factory != "":
		return "the local '" + g.Name + "' of the factory " + g.Factory
	}
	return "the module constant '" + g.Name + "'"
}

// value is the constant as evaluated, for arithmetic on it.
func (g *Global) value() any {
	if g.evaluated != nil {
		return g.evaluated
	}
	return g.Const
}

// Module is a resolved file.
type Module struct {
	File    *source.File
	AST     *syntax.Module
	Globals map[string]*Global
	Funcs   []*Function // every top-level def, in source order
	// PyCC is the file's numba.pycc CC object, or nil (see pycc.go).
	PyCC *PyCC
	// Name is the module's dotted name (pkg.sparse); "" for a file
	// resolved alone.
	Name string
	// Project holds, by Name, the modules resolved together with this
	// one (itself included): the roots and what they import of the
	// project (see imports.go); nil for a file resolved alone.
	Project map[string]*Module
	// qualified makes its functions' keys module-qualified: every
	// module but the first root.
	qualified bool
}

// FuncOptions are the keyword options of njit/jit.
type FuncOptions struct {
	FastMath, Boundscheck, Cache bool
	// Locals are the types locals= gives local variables, by name.
	Locals map[string]types.Type
}

// Function is a top-level def.
type Function struct {
	Name string
	Def  *syntax.FunctionDef
	// Module is the module it is defined in; nil for functions pynjit
	// makes up (an executable's __main__ block).
	Module   *Module
	Compiled bool // decorated or wrapped by njit/jit
	NoPython bool // njit or jit(nopython=True); plain @jit may fall back to object mode
	// ExportNames are the names the function is reachable by from Python:
	// its own name when decorated, the bound name of g = njit(f).
	ExportNames []string
	// Sigs are the signatures the function is compiled at, from the best
	// tier of sources that gives any (see sigs.go).
	Sigs    []Sig
	Options FuncOptions
	// offered are the candidates Sigs is chosen from.
	offered []Sig
	// DecoratorSpan is where it was marked for compilation.
	DecoratorSpan source.Span
	// Refused says a signature given it (in the decorator, --sig,
	// pyproject.toml or a signature file) was refused with a diagnostic,
	// which says why it has no types.
	Refused bool
}

// Lookup returns the function named name, or nil.
func (m *Module) Lookup(name string) *Function {
	for _, f := range m.Funcs {
		if f.Name == name {
			return f
		}
	}
	for _, f := range m.Funcs {
		for _, n := range f.ExportNames {
			if n == name {
				return f
			}
		}
	}
	return nil
}

// Key names fn uniquely among the functions resolved together: its
// name in the first root module (so a file resolved alone keeps plain
// names), module.name in the others.
func (fn *Function) Key() string {
	if fn.Module == nil || !fn.Module.qualified {
		return fn.Name
	}
	return fn.Module.Name + "." + fn.Name
}

// Callee returns the function that key (a Function type's name, see
// Key) designates in this module's code, or nil.
func (m *Module) Callee(key string) *Function {
	if g := m.Globals[key]; g != nil && g.Func != nil && g.Func.Key() == key {
		return g.Func
	}
	for _, pm := range m.Project {
		for _, fn := range pm.Funcs {
			if fn.Key() == key {
				return fn
			}
		}
	}
	if g := m.Globals[key]; g != nil {
		return g.Func
	}
	return nil
}

type resolver struct {
	m     *Module
	diags diag.List
	// l links the modules resolved together; src is this one's source.
	l   *linker
	src *Source
	// done is set once its module-level names are bound.
	done bool
	// defs are the module-level defs and wrapped the njit(f) calls
	// resolved as compiled functions (see uncompiled.go).
	defs    map[*syntax.FunctionDef]bool
	wrapped map[*syntax.Call]bool
	// assigned are the names a module-level assignment bound.
	assigned map[string]bool
	// products are the scopes of the factory products compiled, and
	// factoryDefs their defs (see factories.go).
	products    []*Module
	factoryDefs map[*syntax.FunctionDef]bool
}

// Resolve reads m's module scope, alone: its imports name no other
// module of a project.
func Resolve(f *source.File, m *syntax.Module, opts Options) (*Module, diag.List) {
	mods, diags := ResolveProgram([]*Source{{File: f, AST: m, Options: opts}}, nil, nil)
	return mods[0], diags
}

// signatures offers fn the signatures that need the whole module scope:
// those given from outside (the source's options, and the shared --sig
// values routed to it) and annotations.
func (r *resolver) signatures(flags []string) {
	for _, s := range append(slices.Clone(r.src.Options.Sigs), flags...) {
		r.given(Given{Text: s, Kind: FromFlag})
	}
	for _, g := range r.src.Options.Given {
		r.given(g)
	}
	for _, fn := range r.m.Funcs {
		if fn.Compiled {
			if sig := r.annotationSig(fn.Def); sig != nil {
				fn.offer(Sig{Signature: sig, Origin: Origin{Kind: FromAnnotation, File: r.m.File, Span: fn.Def.Args.Span()}})
			}
		}
	}
}

// settleAll chooses every function's signatures.
func (r *resolver) settleAll() {
	for _, fn := range r.m.Funcs {
		closeAnnotations(fn)
		r.settle(fn)
	}
}

// ConstType is Numba's type of a frozen constant (see Global.Const).
func ConstType(v any) types.Type {
	switch v := v.(type) {
	case bool:
		return types.Bool
	case float64:
		return types.Float64
	case float32:
		return types.Float32
	case complex128:
		return types.Complex128
	case int8:
		return types.Int8
	case int16:
		return types.Int16
	case int32:
		return types.Int32
	case uint8:
		return types.Uint8
	case uint16:
		return types.Uint16
	case uint32:
		return types.Uint32
	case uint64:
		return types.Uint64
	case *ConstArray:
		return v.Type()
	case []any:
		t := &types.Tuple{}
		for _, e := range v {
			t.Elems = append(t.Elems, ConstType(e))
		}
		return t
	}
	return types.Int64
}

func (r *resolver) define(g *Global) { r.m.Globals[g.Name] = g }

func (r *resolver) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.Import:
		r.l.importModules(s)
		for _, a := range s.Names {
			if a.Asname != nil {
				r.define(&Global{Kind: moduleKind(a.Name), Name: *a.Asname, Span: a.Span(), Module: a.Name})
			} else {
				top, _, _ := strings.Cut(a.Name, ".")
				r.define(&Global{Kind: moduleKind(top), Name: top, Span: a.Span(), Module: top})
			}
		}
	case *syntax.ImportFrom:
		if r.importFrom(s) {
			return
		}
		if s.Module == nil {
			return
		}
		for _, a := range s.Names {
			name := a.Name
			if a.Asname != nil {
				name = *a.Asname
			}
			g := &Global{Kind: GlobalModuleAttr, Name: name, Span: a.Span(), Module: *s.Module, Attr: a.Name}
			if *s.Module == "numba" && (a.Name == "njit" || a.Name == "jit") {
				g.Kind = GlobalNumba
			}
			r.define(g)
		}
	case *syntax.FunctionDef:
		fn := &Function{Name: s.Name, Def: s, Module: r.m}
		r.defs[s] = true
		if old := r.m.Globals[s.Name]; old != nil && old.Kind == GlobalFunc {
			// As in Python, the later def replaces the earlier one: only
			// it is reachable by name, so only it is compiled.
			r.m.Funcs = slices.DeleteFunc(r.m.Funcs, func(f *Function) bool { return f == old.Func })
			d := r.diags.Add(diag.Warning, CodeRedefined, r.m.File, s.NameSpan, "'%s' is defined again here; the definition at line %d is replaced and not compiled", s.Name, old.Span.Start.Line)
			d.Notes = append(d.Notes, diag.Related{File: r.m.File, Span: old.Span, Message: "the replaced definition"})
		}
		r.m.Funcs = append(r.m.Funcs, fn)
		r.define(&Global{Kind: GlobalFunc, Name: s.Name, Span: s.NameSpan, Func: fn})
		for _, d := range s.DecoratorList {
			r.decorator(fn, d)
		}
	case *syntax.Assign:
		r.pycc(s)
		if len(s.Targets) != 1 {
			return
		}
		name, ok := s.Targets[0].(*syntax.Name)
		if !ok {
			return
		}
		if r.wrapper(name, s.Value) || r.factoryCall(name, s.Value) {
			return
		}
		r.assign(name, s.Value)
	case *syntax.AnnAssign:
		if name, ok := s.Target.(*syntax.Name); ok && s.Value != nil {
			r.assign(name, s.Value)
		}
	case *syntax.AugAssign:
		if name, ok := s.Target.(*syntax.Name); ok {
			r.assign(name, nil)
		}
	case *syntax.Try:
		r.tryImports(s.Body, s.Handlers, s.Orelse)
	case *syntax.TryStar:
		r.tryImports(s.Body, s.Handlers, s.Orelse)
	case *syntax.ClassDef:
		r.define(&Global{Kind: GlobalOther, Name: s.Name, Span: s.NameSpan})
	case *syntax.TypeAlias:
		if name, ok := s.Name.(*syntax.Name); ok {
			r.define(&Global{Kind: GlobalOther, Name: name.Id, Span: name.Span()})
		}
	}
}

// tryImports binds the names the imports of a module-level try
// statement bind. `try: from numba import njit` with `except
// ImportError:` defining a stand-in njit is how code runs with or
// without Numba, and pynjit compiles for the case where the import
// works: the body's and else clause's imports bind, and the handlers'
// definitions do not override them. When the body imports a module
// compiled code cannot use (try: import cupy as xp / except
// ImportError: import numpy as xp), it compiles for the case where
// that import fails: the handlers' imports bind over the body's.
// A relative import in the body (try: from .util import f / except
// ImportError: from util import f) is how a module runs both in its
// package and as a script, so it gets no W-import warning.
func (r *resolver) tryImports(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	n := len(r.diags)
	fails := false
	for _, s := range body {
		if isImport(s) {
			r.stmt(s)
			fails = fails || !r.compiledCanUse(s)
		}
	}
	tail := slices.DeleteFunc(slices.Clone(r.diags[n:]), func(d *diag.Diagnostic) bool { return d.Code == CodeImportWarning })
	r.diags = append(r.diags[:n], tail...)
	blocks := [][]syntax.Stmt{orelse}
	if fails {
		blocks = nil
		for _, h := range handlers {
			blocks = append(blocks, h.Body)
		}
	}
	for _, b := range blocks {
		for _, s := range b {
			if isImport(s) {
				r.stmt(s)
			}
		}
	}
}

func isImport(s syntax.Stmt) bool {
	switch s.(type) {
	case *syntax.Import, *syntax.ImportFrom:
		return true
	}
	return false
}

// compiledLibraries are the libraries whose modules compiled code reads.
var compiledLibraries = map[string]bool{"numpy": true, "math": true, "cmath": true, "numba": true}

// compiledCanUse reports whether every module import statement s names
// is one compiled code can use: a module of compiledLibraries, or one
// of the project that pynjit finds.
func (r *resolver) compiledCanUse(s syntax.Stmt) bool {
	usable := func(name string) bool {
		top, _, _ := strings.Cut(name, ".")
		return compiledLibraries[top] || r.l.module(name) != nil
	}
	switch s := s.(type) {
	case *syntax.Import:
		for _, a := range s.Names {
			if !usable(a.Name) {
				return false
			}
		}
	case *syntax.ImportFrom:
		if s.Level > 0 {
			_, ok := r.absolute(s)
			return ok
		}
		return s.Module != nil && usable(*s.Module)
	}
	return true
}

func moduleKind(name string) GlobalKind {
	if name == "numba" {
		return GlobalNumba
	}
	return GlobalModule
}

// isCompiler reports whether e names njit or jit (bare, or numba.njit),
// and whether it is njit.
func (r *resolver) isCompiler(e syntax.Expr) (isCompiler, isNjit bool) {
	switch e := e.(type) {
	case *syntax.Name:
		g := r.m.Globals[e.Id]
		if g != nil && g.Kind == GlobalNumba && g.Attr != "" {
			return true, g.Attr == "njit"
		}
	case *syntax.Attribute:
		if base, ok := e.Value.(*syntax.Name); ok {
			g := r.m.Globals[base.Id]
			if g != nil && g.Kind == GlobalNumba && g.Module == "numba" && g.Attr == "" && (e.Attr == "njit" || e.Attr == "jit") {
				return true, e.Attr == "njit"
			}
		}
	}
	return false, false
}

// compileCall interprets a decorator or wrapper expression: njit, njit(),
// njit("sig"), njit(["sig", ...]), jit(nopython=True), njit(cache=True).
func (r *resolver) compileCall(fn *Function, e syntax.Expr) bool {
	if ok, isNjit := r.isCompiler(e); ok {
		fn.Compiled, fn.NoPython = true, isNjit || fn.NoPython
		fn.DecoratorSpan = e.Span()
		return true
	}
	call, ok := e.(*syntax.Call)
	if !ok {
		return false
	}
	ok, isNjit := r.isCompiler(call.Func)
	if !ok {
		return false
	}
	fn.Compiled, fn.NoPython = true, isNjit || fn.NoPython
	fn.DecoratorSpan = e.Span()
	for _, a := range call.Args {
		r.sigArg(fn, a)
	}
	for _, kw := range call.Keywords {
		if kw.Arg == nil {
			r.diags.Errorf(diag.CodeUnsupported, r.m.File, kw.Span(), "**options are unsupported: give njit's options as keywords")
			continue
		}
		r.option(fn, kw)
	}
	return true
}

// insideString narrows the span of a signature string to the character
// where parsing failed, when the literal is spelled plainly (a quote,
// then the text without escapes), so the caret points at the mistake.
func (r *resolver) insideString(lit *syntax.Constant, err error) source.Span {
	span := lit.Span()
	se, ok := err.(*types.SyntaxError)
	if !ok || span.Start.Line != span.End.Line {
		return span
	}
	line := []rune(r.m.File.Line(span.Start.Line))
	start := span.Start.Col
	if start >= len(line) || line[start] != '"' && line[start] != '\'' {
		return span
	}
	body := string(line[start+1 : min(len(line), start+1+len([]rune(se.Text)))])
	if body != se.Text {
		return span
	}
	col := start + 1 + len([]rune(se.Text[:min(se.Col, len(se.Text))]))
	return source.Span{Start: source.Pos{Line: span.Start.Line, Col: col}, End: source.Pos{Line: span.Start.Line, Col: col + 1}}
}

func isTrue(e syntax.Expr) bool {
	c, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	b, ok := c.Value.(bool)
	return ok && b
}

// sigArg reads a signature string or a list of them.
func (r *resolver) sigArg(fn *Function, e syntax.Expr) {
	refuse := func(code diag.Code, span source.Span, format string, args ...any) {
		fn.Refused = true
		r.diags.Errorf(code, r.m.File, span, format, args...)
	}
	switch e := e.(type) {
	case *syntax.Constant:
		s, ok := e.Value.(string)
		if !ok {
			refuse(CodeSignature, e.Span(), "expected a signature string such as \"int64(int64, int64)\"")
			return
		}
		sig, err := types.ParseSignature(s)
		if err != nil {
			refuse(CodeSignature, r.insideString(e, err), "%v", err)
			return
		}
		if u := unsupportedIn(sig); u != nil {
			at := r.insideString(e, &types.SyntaxError{Text: s, Col: typeNameAt(s, u)})
			refuse(diag.CodeUnsupported, at, "%s", types.WhyUnrepresentable(u))
			return
		}
		// Numba's signature types every named parameter, keyword-only
		// ones too (those ir refuses for now, once)
		if a := fn.Def.Args; len(sig.Args) != len(a.Posonlyargs)+len(a.Args)+len(a.Kwonlyargs) {
			refuse(CodeSignature, e.Span(), "signature %s has %d argument types, but %s takes %d parameters", s, len(sig.Args), fn.Name, len(a.Posonlyargs)+len(a.Args)+len(a.Kwonlyargs))
			return
		}
		fn.offer(Sig{Signature: sig, Origin: Origin{Kind: FromDecorator, File: r.m.File, Span: e.Span()}})
	case *syntax.List:
		for _, x := range e.Elts {
			r.sigArg(fn, x)
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			r.sigArg(fn, x)
		}
	default:
		refuse(CodeSignature, e.Span(), "expected a signature string such as \"int64(int64, int64)\"")
	}
}

func (r *resolver) decorator(fn *Function, d syntax.Expr) {
	if r.pyccExport(fn, d) {
		return
	}
	if r.compileCall(fn, d) {
		fn.ExportNames = appendName(fn.ExportNames, fn.Name)
	}
}

func appendName(names []string, n string) []string {
	for _, x := range names {
		if x == n {
			return names
		}
	}
	return append(names, n)
}

// wrapper handles "g = njit(f)", "g = njit('sig')(f)", "g = jit(nopython=True)(f)".
func (r *resolver) wrapper(target *syntax.Name, value syntax.Expr) bool {
	call, ok := value.(*syntax.Call)
	if !ok || len(call.Args) != 1 || len(call.Keywords) > 0 {
		return false
	}
	arg, ok := call.Args[0].(*syntax.Name)
	if !ok {
		return false
	}
	g := r.m.Globals[arg.Id]
	if g == nil || g.Kind != GlobalFunc {
		return false
	}
	fn := g.Func
	if c, _ := r.isCompiler(call.Func); c {
		r.compileCall(fn, call.Func)
	} else if _, inner := call.Func.(*syntax.Call); !inner || !r.compileCall(fn, call.Func) {
		return false
	}
	fn.ExportNames = appendName(fn.ExportNames, target.Id)
	r.define(&Global{Kind: GlobalFunc, Name: target.Id, Span: target.Span(), Func: fn})
	r.wrapped[call] = true
	return true
}

// constant is the frozen value of a module-level expression (see
// consts.go), if pynjit evaluates it.
func (r *resolver) constant(e syntax.Expr) (any, bool) {
	v, why := r.evaluate(e)
	if why != "" {
		return nil, false
	}
	f, why := frozen(v)
	return f, why == ""
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}
