package resolve

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// A project is a package, not a file: a jitted function may call one
// imported from a sibling module (from .sparse import helper, from
// helpers import helper, import pkg.mod as m, from . import mod) and use
// its module constants. ResolveProgram resolves the modules a build
// names (its roots) and, on demand, the modules of the project they
// import, as Python imports them: a module's names are bound in source
// order, so an import cycle sees the names bound so far, as Python's
// partially initialized module does. An imported name becomes, in the
// importing module, the same Global as in its own (a function, a
// folded constant, a module), so the later stages type code that uses
// it as within one file.

// CodeImport marks a name that a module of the project does not have.
const CodeImport diag.Code = "E-import"

// Source is a parsed module to resolve.
type Source struct {
	File *source.File
	AST  *syntax.Module
	// Name is the module's dotted name (pkg.sparse), "" for a file
	// resolved alone; Package is set for a package's __init__.py, from
	// which relative imports start at the package itself.
	Name    string
	Package bool
	// Options are the signatures given to this module's functions.
	Options Options
}

// Importer returns the source of the project module of the absolute
// dotted name, or nil when the project has none (numpy, math, an
// installed package), with what is wrong with it (a syntax error).
type Importer func(name string) (*Source, diag.List)

// linker resolves the modules of one build together.
type linker struct {
	imp     Importer
	byName  map[string]*resolver
	project map[string]*Module
	tried   map[string]bool
	all     []*resolver
	// roots are the modules built, by name: imported, they are read
	// from their Source, not found again; first is the one whose
	// functions keep plain keys.
	roots map[string]*Source
	first *Source
	diags diag.List
}

// CodeImportWarning marks a relative import whose package pynjit does
// not find.
const CodeImportWarning diag.Code = "W-import"

// ResolveProgram resolves roots and the project modules they import
// (through imp; nil when there are none). It returns every module
// resolved, roots first in their order. The shared flags (--sig
// values) go to the first root that has the function they name.
func ResolveProgram(roots []*Source, imp Importer, flags []string) ([]*Module, diag.List) {
	l := &linker{imp: imp, byName: map[string]*resolver{}, project: map[string]*Module{}, tried: map[string]bool{}, roots: map[string]*Source{}, first: roots[0]}
	for _, src := range roots {
		if src.Name != "" {
			l.roots[src.Name] = src
		}
	}
	var rs []*resolver
	for _, src := range roots {
		// as in Python, a module's packages are imported before it (and
		// may import it)
		parts := strings.Split(src.Name, ".")
		for i := 1; i < len(parts); i++ {
			l.module(strings.Join(parts[:i], "."))
		}
		if r := l.byName[src.Name]; r != nil && src.Name != "" {
			rs = append(rs, r)
			continue
		}
		rs = append(rs, l.load(src))
	}
	withPrelude := l.loadPrelude()
	routed := map[*resolver][]string{}
	for _, s := range flags {
		to := rs[0]
		for _, r := range rs {
			if r.m.Lookup(SigName(s)) != nil {
				to = r
				break
			}
		}
		routed[to] = append(routed[to], s)
	}
	for _, r := range l.all {
		r.uncompiled()
		r.signatures(routed[r])
	}
	for _, r := range l.all {
		r.callSites(r.m.AST.Body)
	}
	for _, r := range l.all {
		r.settleAll()
	}
	var out []*Module
	seen := map[*Module]bool{}
	for _, r := range append(rs, l.all...) {
		if !seen[r.m] {
			seen[r.m] = true
			out = append(out, r.m)
		}
	}
	diags := l.diags
	for _, r := range l.all {
		diags = append(diags, r.diags...)
	}
	if imp == nil && !withPrelude {
		for _, m := range out {
			m.Project = nil
		}
	}
	return out, diags
}

// SigName is the function name a --sig value names ("add" of
// "add(int64, int64)" and of "add: int64(int64, int64)").
func SigName(s string) string {
	s = strings.TrimSpace(s)
	end := strings.IndexAny(s, ":( \t")
	if end < 0 {
		return s
	}
	return s[:end]
}

// load binds the module-level names of src, importing what it imports.
func (l *linker) load(src *Source) *resolver {
	r := &resolver{m: &Module{File: src.File, AST: src.AST, Globals: map[string]*Global{}, Name: src.Name, Project: l.project, qualified: src != l.first}, l: l, src: src,
		defs: map[*syntax.FunctionDef]bool{}, wrapped: map[*syntax.Call]bool{}, assigned: map[string]bool{},
		factoryDefs: map[*syntax.FunctionDef]bool{}}
	if src.Name != "" {
		l.byName[src.Name] = r
		l.project[src.Name] = r.m
	}
	l.all = append(l.all, r)
	for _, s := range src.AST.Body {
		r.stmt(s)
	}
	r.blockAssigned()
	r.closeProducts()
	r.done = true
	return r
}

// module returns the project module of the absolute name, resolving it
// on first use (partly bound while its own imports run), or nil.
func (l *linker) module(name string) *Module {
	if r := l.byName[name]; r != nil {
		return r.m
	}
	if src := l.roots[name]; src != nil {
		return l.load(src).m
	}
	if l.imp == nil || l.tried[name] || name == "" {
		return nil
	}
	l.tried[name] = true
	src, d := l.imp(name)
	l.diags = append(l.diags, d...)
	if src == nil {
		return nil
	}
	src.Name = name
	return l.load(src).m
}

// importModules loads the project modules an import statement names,
// and their parent packages (import a.b.c runs a, a.b and a.b.c); the
// names it binds are defined as for any module (see stmt).
func (l *linker) importModules(s *syntax.Import) {
	for _, a := range s.Names {
		parts := strings.Split(a.Name, ".")
		for i := range parts {
			l.module(strings.Join(parts[:i+1], "."))
		}
	}
}

// importFrom binds the names of a from-import of a project module:
// each is the Global it is in that module (a function, a constant, a
// module), or a submodule of a package. It reports whether the
// statement named a project module (otherwise stmt reads it as a
// library's).
func (r *resolver) importFrom(s *syntax.ImportFrom) bool {
	if r.l.imp == nil {
		return false
	}
	base, ok := r.absolute(s)
	if !ok {
		return false
	}
	target := r.l.module(base)
	if target == nil {
		if s.Level == 0 {
			return false
		}
		for _, a := range s.Names {
			if sub := r.l.module(base + "." + a.Name); sub != nil {
				r.define(&Global{Kind: GlobalModule, Name: boundName(a), Span: a.Span(), Module: sub.Name})
			} else {
				r.define(&Global{Kind: GlobalModuleAttr, Name: boundName(a), Span: a.Span(), Module: base, Attr: a.Name})
			}
		}
		return true
	}
	for _, a := range s.Names {
		if a.Name == "*" {
			for name, g := range target.Globals {
				if !strings.HasPrefix(name, "_") {
					c := *g
					r.define(&c)
				}
			}
			continue
		}
		name := boundName(a)
		if g := target.Globals[a.Name]; g != nil {
			c := *g
			c.Name, c.Span = name, a.Span()
			r.define(&c)
			continue
		}
		if sub := r.l.module(base + "." + a.Name); sub != nil {
			r.define(&Global{Kind: GlobalModule, Name: name, Span: a.Span(), Module: sub.Name})
			continue
		}
		why := "is bound in " + base + " in a way pynjit does not read (inside a block, or by a star import)"
		if !bindsAtModuleLevel(target.AST, a.Name) {
			why = fmt.Sprintf("is not in module %s (ImportError at line %d)", base, a.Span().Start.Line)
			d := r.diags.Errorf(CodeImport, r.m.File, a.Span(), "ImportError: cannot import name '%s' from '%s' (%s)", a.Name, base, target.File.Name)
			if r.l.byName[base] != nil && r.l.inProgress(base) {
				d.Notes = append(d.Notes, diag.Related{File: target.File, Span: source.Span{Start: source.Pos{Line: 1}, End: source.Pos{Line: 1}}, Message: base + " is partially initialized here: it imports this module (an import cycle) before binding " + a.Name})
			}
		}
		r.define(&Global{Kind: GlobalOther, Name: name, Span: a.Span(), Why: why})
	}
	return true
}

// inProgress reports whether the module is still binding its names.
func (l *linker) inProgress(name string) bool {
	r := l.byName[name]
	return r != nil && !r.done
}

func boundName(a *syntax.Alias) string {
	if a.Asname != nil {
		return *a.Asname
	}
	return a.Name
}

// absolute is the absolute name of the module a from-import names:
// relative ones (from . import x, from ..a import b) count up from this
// module's package. ok is false when there is no such package, which
// Python reports when it runs the import.
func (r *resolver) absolute(s *syntax.ImportFrom) (string, bool) {
	mod := ""
	if s.Module != nil {
		mod = *s.Module
	}
	if s.Level == 0 {
		return mod, true
	}
	pkg := strings.Split(r.src.Name, ".")
	if !r.src.Package {
		pkg = pkg[:len(pkg)-1]
	}
	if r.src.Name == "" || len(pkg) < s.Level {
		r.diags.Add(diag.Warning, CodeImportWarning, r.m.File, s.Span(), "pynjit finds no package for this relative import (no __init__.py beside %s): what it imports is unknown to compiled code", r.m.File.Name)
		return "", false
	}
	pkg = pkg[:len(pkg)-s.Level+1]
	if mod != "" {
		pkg = append(pkg, mod)
	}
	return strings.Join(pkg, "."), true
}

// bindsAtModuleLevel reports whether m binds name at module level
// somewhere pynjit does not read (inside if, try, for or with), or
// imports * from somewhere.
func bindsAtModuleLevel(m *syntax.Module, name string) bool {
	found := false
	syntax.Inspect(m, func(n syntax.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *syntax.FunctionDef:
			found = n.Name == name
			return false
		case *syntax.AsyncFunctionDef:
			found = n.Name == name
			return false
		case *syntax.ClassDef:
			found = n.Name == name
			return false
		case *syntax.Lambda:
			return false
		case *syntax.Name:
			found = n.Id == name && n.Ctx == syntax.Store
		case *syntax.Alias:
			found = boundName(n) == name || n.Name == "*" || strings.HasPrefix(n.Name, name+".") && n.Asname == nil
		}
		return true
	})
	return found
}
