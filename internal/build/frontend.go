// Package build runs the whole pipeline for one file: parse, resolve,
// lower to IR, infer types, generate LLVM IR and call the toolchain. The
// CLI and pkg/pynjit call it; it prints nothing.
package build

import (
	"context"
	"slices"
	"time"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/types"
)

// Timing records how long each stage took.
type Timing struct {
	Stage    string
	Duration time.Duration
}

// frontEnd is a file taken through parsing, resolution and lowering.
type frontEnd struct {
	// file is the file built, or the package's directory; mod is the
	// file's module, or the package's first (its __init__.py).
	file *source.File
	mod  *resolve.Module
	// roots are the modules built, mods those and the project modules
	// they import.
	roots, mods []*resolve.Module
	funcs       map[*resolve.Function]*ir.Func
	// lowered holds every function's IR, also of those whose lowering
	// failed part way (for the checks that need no types).
	lowered map[*resolve.Function]*ir.Func
	prog    *infer.Program
	timings []Timing
	// strict makes object-mode fallbacks errors (check --strict).
	strict bool
	// fallbacks are the plain @jit functions that fell back to object
	// mode, with the reason.
	fallbacks map[*resolve.Function]string
	// failed are the requested @njit functions whose typing failed at a
	// signature (see keepgoing.go).
	failed map[*resolve.Function]bool
}

func (fe *frontEnd) time(stage string, start time.Time) {
	fe.timings = append(fe.timings, Timing{Stage: stage, Duration: time.Since(start)})
}

// load parses, resolves and lowers every compiled function of a file or
// package, and of the project modules it imports. Resolution errors (a
// bad signature, say) do not stop the other functions from being
// checked. The errors of an imported module's functions are shown
// where a built module calls them. A cancelled ctx stops it between
// stages and between functions, with ctx's error.
func load(ctx context.Context, in input, strict bool) (*frontEnd, diag.List, error) {
	fe := &frontEnd{funcs: map[*resolve.Function]*ir.Func{}, lowered: map[*resolve.Function]*ir.Func{}, strict: strict,
		fallbacks: map[*resolve.Function]string{}, failed: map[*resolve.Function]bool{}}
	start := time.Now()
	roots, dirs, diags := in.roots()
	fe.time("parse", start)
	if roots == nil {
		return nil, diags, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, diags, err
	}
	start = time.Now()
	mods, rd := resolve.ResolveProgram(roots, in.importer(dirs), in.sigs)
	fe.time("resolve", start)
	if syntaxErrors := importedSyntaxErrors(rd); syntaxErrors != nil {
		return nil, append(diags, syntaxErrors...), nil
	}
	fe.mods, fe.roots = mods, mods[:len(roots)]
	for _, d := range rd {
		if d.Severity != diag.Error && !fe.isRootFile(d.File) {
			continue // an imported module's warnings are its own build's
		}
		if strict && d.Code == resolve.CodeNotCompiled {
			d.Severity = diag.Error
		}
		diags = append(diags, d)
	}
	fe.mod, fe.file = mods[0], mods[0].File
	if in.isPackage() {
		fe.file = source.NewFile(in.name, nil)
	}
	start = time.Now()
	clock := passClock{}
	unbuilt := map[*resolve.Function]diag.List{}
	for _, m := range mods {
		root := fe.isRoot(m)
		for _, fn := range m.Funcs {
			if err := ctx.Err(); err != nil {
				return nil, diags, err
			}
			scope := m
			if fn.Module != nil {
				scope = fn.Module // a factory's product reads its arguments too
			}
			f, d := lower(scope, fn, clock)
			fe.lowered[fn] = f
			switch {
			case fn.Compiled && root:
				diags = append(diags, fe.fallback(fn, d)...)
				if fn.NoPython && d.HasErrors() {
					fe.failed[fn] = true
				}
			case d.HasErrors():
				unbuilt[fn] = d
			}
			if !d.HasErrors() {
				fe.funcs[fn] = f
			}
		}
	}
	timeWithPasses(fe, "ir", start, untypedPasses, clock)
	fe.prog = infer.NewProgram(fe.mod, fe.funcs)
	for fn, d := range unbuilt {
		fe.prog.Unbuilt[fn] = d
	}
	return fe, diags, ctx.Err()
}

// importedSyntaxErrors are the syntax errors of the project modules a
// build imports, or nil. Python cannot import a module that imports
// one that does not parse, so, as for a package one of whose modules
// does not parse, they are all a build reports: what the importers use
// of it would be false errors that follow from them.
func importedSyntaxErrors(ds diag.List) diag.List {
	var out diag.List
	for _, d := range ds {
		if d.Code == diag.CodeSyntax && d.Severity == diag.Error {
			out = append(out, d)
		}
	}
	return out
}

// isPackage reports whether the build is of a package (a directory).
func (fe *frontEnd) isPackage() bool { return fe.file != fe.mod.File }

// isRoot reports whether m is one of the modules built (not only
// imported).
func (fe *frontEnd) isRoot(m *resolve.Module) bool { return slices.Contains(fe.roots, m) }

// isRootFile reports whether f is the file of a module built.
func (fe *frontEnd) isRootFile(f *source.File) bool {
	return slices.ContainsFunc(fe.roots, func(m *resolve.Module) bool { return m.File == f })
}

// rootFuncs are the functions of the modules built, module by module.
func (fe *frontEnd) rootFuncs() []*resolve.Function {
	var out []*resolve.Function
	for _, m := range fe.roots {
		out = append(out, m.Funcs...)
	}
	return out
}

// fileOf is the file fn is written in.
func (fe *frontEnd) fileOf(fn *resolve.Function) *source.File {
	if fn.Module != nil {
		return fn.Module.File
	}
	return fe.mod.File
}

// specialize types fn for args, reporting a missing or failed function;
// the errors found in the prelude are reported at the user's calls.
func (fe *frontEnd) specialize(fn *resolve.Function, args []types.Type) (*infer.Result, diag.List) {
	if fe.funcs[fn] == nil {
		return nil, nil
	}
	res, d := fe.prog.Specialize(fn, args)
	return res, preludeErrors(d)
}

// requested returns the specializations asked for: a function and types
// from the command line, or every signature of every compiled function.
// A mistake on the command line is reported in the argument it is in
// (FUNC or TYPE), shown as the source line.
func (fe *frontEnd) requested(fnName string, typeNames []string) ([]request, diag.List) {
	var diags diag.List
	if fnName != "" {
		arg, span := commandLineArg("FUNC", fnName)
		fn := fe.mod.Lookup(fnName)
		if fn == nil {
			diags.Errorf("E-usage", arg, span, "%s has no function %s", fe.file.Name, fnName)
			return nil, diags
		}
		if len(typeNames) == 0 {
			if len(fn.Sigs) == 0 {
				diags.Errorf("E-usage", arg, span, "%s has no signature: give its argument types, e.g. %s int64 int64, or a --sig", fnName, fnName)
				return nil, diags
			}
			var out []request
			for _, s := range fn.Sigs {
				out = append(out, request{fn, s.Signature})
			}
			return out, nil
		}
		sig := &types.Signature{}
		for _, tn := range typeNames {
			t, err := types.ParseType(tn)
			if err != nil {
				file, span := commandLineArg("TYPE", tn)
				if se, ok := err.(*types.SyntaxError); ok {
					span = source.Span{Start: source.Pos{Line: 1, Col: se.Col}, End: source.Pos{Line: 1, Col: se.Col + 1}}
				}
				diags.Errorf("E-usage", file, span, "%v", err)
				return nil, diags
			}
			sig.Args = append(sig.Args, t)
		}
		if len(sig.Args) != len(fn.Def.Args.Args) {
			diags.Errorf("E-usage", arg, span, "%s takes %d arguments, %d types given", fnName, len(fn.Def.Args.Args), len(sig.Args))
			return nil, diags
		}
		return []request{{fn, sig}}, nil
	}
	var out []request
	for _, fn := range fe.rootFuncs() {
		for _, s := range fn.Sigs {
			out = append(out, request{fn, s.Signature})
		}
	}
	return out, nil
}

// commandLineArg is a command-line argument as a file named for its
// role, so that a diagnostic about it says which argument it is and
// shows it; the span covers the whole argument.
func commandLineArg(role, value string) (*source.File, source.Span) {
	return source.NewFile(role, []byte(value)), source.Span{Start: source.Pos{Line: 1}, End: source.Pos{Line: 1, Col: len([]rune(value))}}
}

type request struct {
	fn  *resolve.Function
	sig *types.Signature
}

// typeAll specializes every request; the declared return type, when
// given, must accept the inferred one. A function that fails is
// recorded in fe.failed, and one that fails in a function it calls
// gets a note at the call (calleeNotes). A cancelled ctx stops
// it between requests.
func (fe *frontEnd) typeAll(ctx context.Context, reqs []request) ([]*infer.Result, diag.List, error) {
	start := time.Now()
	defer fe.time("infer", start)
	var out []*infer.Result
	var diags diag.List
	for _, r := range reqs {
		if err := ctx.Err(); err != nil {
			return nil, diags, err
		}
		res, d := fe.specialize(r.fn, r.sig.Args)
		if res != nil {
			// a requested signature is exported: to Python, and in C
			d = append(d, infer.CheckExport(r.fn, res)...)
		}
		if d.HasErrors() && r.fn.NoPython {
			fe.failed[r.fn] = true
			d = append(d, fe.calleeNotes(r.fn, d)...)
		}
		diags = append(diags, fe.fallback(r.fn, d)...)
		if res != nil && !d.HasErrors() {
			out = append(out, res)
		}
	}
	return out, diags, nil
}

// CodeObjectMode marks a plain @jit function that cannot compile in
// nopython mode. Numba would run it in the interpreter ("object mode");
// pynjit leaves it out of the native code and says why.
const CodeObjectMode diag.Code = "W-object-mode"

// fallback turns the errors of a plain @jit function into one warning
// (an error under --strict) naming the first reason; @njit and
// @jit(nopython=True) functions keep their errors.
func (fe *frontEnd) fallback(fn *resolve.Function, ds diag.List) diag.List {
	if fn.NoPython || !ds.HasErrors() {
		return ds
	}
	var out diag.List
	var first *diag.Diagnostic
	for _, d := range ds {
		switch {
		case d.Severity != diag.Error:
			out = append(out, d)
		case first == nil:
			first = d
		}
	}
	if _, seen := fe.fallbacks[fn]; !seen {
		fe.fallbacks[fn] = first.Message
	}
	sev := diag.Warning
	if fe.strict {
		sev = diag.Error
	}
	w := out.Add(sev, CodeObjectMode, first.File, first.Span, "%s cannot compile in nopython mode and falls back to object mode: %s", fn.Name, first.Message)
	w.Notes = append(w.Notes, first.Notes...)
	for _, d := range ds {
		if d.Severity == diag.Error && d != first {
			w.Notes = append(w.Notes, diag.Related{File: d.File, Span: d.Span, Message: "also: " + d.Message})
		}
	}
	w.Notes = append(w.Notes, diag.Related{File: fe.fileOf(fn), Span: fn.DecoratorSpan,
		Message: "plain @jit allows object mode: Numba would run " + fn.Name + " in the interpreter, and pynjit leaves it out of the native code"})
	if !fe.strict {
		w.Suggestions = append(w.Suggestions, "use @njit (or @jit(nopython=True)) to make this an error")
	}
	return out
}

// allFuncs are the functions of every module, built or imported.
func (fe *frontEnd) allFuncs() []*resolve.Function {
	var out []*resolve.Function
	for _, m := range fe.mods {
		out = append(out, m.Funcs...)
	}
	return out
}
