package build

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// A build compiles each function on its own, as Numba does: one that
// does not compile does not stop the others from being typed and
// reported. With Request.KeepGoing (build -k, as make -k) the outputs
// hold the functions that compile, and the build still fails.

// CodeCalleeFailed marks a function that does not compile because a
// function it calls does not: a note at the call, since the error is
// the callee's (one root cause per chain).
const CodeCalleeFailed diag.Code = "N-callee-failed"

// CodeKeepGoing marks the note that says which functions a failing
// build left out of its outputs (build -k), or that the others would
// build with -k.
const CodeKeepGoing diag.Code = "N-keep-going"

// calleeNotes are the notes of fn, a function whose typing failed
// with ds, at its calls of functions that do not compile: an error
// found in a callee (outside fn's own definition) is the callee's, and
// fn gets a note at the call saying it fails too, pointing at the
// callee's error.
func (fe *frontEnd) calleeNotes(fn *resolve.Function, ds diag.List) diag.List {
	var out diag.List
	file := fe.fileOf(fn)
	def := fn.Def.Span()
	calls := map[source.Span]bool{}
	for _, d := range ds {
		if d.Severity != diag.Error || d.File == file && within(d.Span, def) {
			continue
		}
		// the last note in fn is infer's "During: resolving callee" at
		// the call that led to the error
		var at source.Span
		for _, n := range d.Notes {
			if n.File == file && within(n.Span, def) {
				at = n.Span
			}
		}
		if !at.IsValid() || calls[at] {
			continue
		}
		calls[at] = true
		callee := calleeAt(fn.Def, at)
		in := fe.funcAt(d.File, d.Span)
		if in == "" || in == callee || strings.HasSuffix(callee, "."+in) {
			e := out.Add(diag.Note, CodeCalleeFailed, file, at, "%s does not compile: it calls %s, which does not compile", fn.Name, callee)
			e.Notes = append(e.Notes, diag.Related{File: d.File, Span: d.Span, Message: "the error in " + callee + ": " + d.Message})
			continue
		}
		// the error is in a function the callee reaches (caller → mid →
		// bad): name both
		e := out.Add(diag.Note, CodeCalleeFailed, file, at, "%s does not compile: it calls %s, which reaches %s, which does not compile", fn.Name, callee, in)
		e.Notes = append(e.Notes, diag.Related{File: d.File, Span: d.Span, Message: "the error in " + in + ", reached through " + callee + ": " + d.Message})
	}
	return out
}

// funcAt names the innermost function of the program whose definition
// in file contains span, or "".
func (fe *frontEnd) funcAt(file *source.File, span source.Span) string {
	var in *resolve.Function
	for _, m := range fe.mods {
		for _, fn := range m.Funcs {
			if fe.fileOf(fn) == file && within(span, fn.Def.Span()) && (in == nil || within(fn.Def.Span(), in.Def.Span())) {
				in = fn
			}
		}
	}
	if in == nil {
		return ""
	}
	return in.Name
}

// within reports whether span lies inside outer.
func within(span, outer source.Span) bool {
	return span.IsValid() && !span.Start.Before(outer.Start) && !outer.End.Before(span.End)
}

// calleeAt names the function called by the call at span in def, as the
// source spells it (helper, mod.helper), or "a function".
func calleeAt(def *syntax.FunctionDef, span source.Span) string {
	name := "a function"
	syntax.Inspect(def, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.Call); ok && c.Span() == span {
			if s := dotted(c.Func); s != "" {
				name = s
			}
			return false
		}
		return true
	})
	return name
}

// dotted spells a name or an attribute chain of names (a.b.c), or "".
func dotted(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Name:
		return e.Id
	case *syntax.Attribute:
		if s := dotted(e.Value); s != "" {
			return s + "." + e.Attr
		}
	}
	return ""
}

// keepGoingNote says, for a build with errors, which requested
// functions compile and which do not: with keepGoing, that the outputs
// hold only the former; without, that build -k would write them. A
// function some of whose signatures compile is listed by signature
// (g(int64)), and the functions of a package by module (pkg.a.f).
func (fe *frontEnd) keepGoingNote(results []*infer.Result, keepGoing bool) diag.List {
	var built, failed []string
	for _, fn := range fe.rootFuncs() {
		names := fe.qualifiedNames(fn)
		has := slices.ContainsFunc(results, func(r *infer.Result) bool { return fe.prog.FuncOf(r) == fn })
		switch {
		case has && fe.failed[fn]:
			bad := fe.failedSigs(fn, results)
			for _, s := range fn.Sigs {
				for _, n := range names {
					sig := n + "(" + types.ArgsString(s.Args) + ")"
					if slices.Contains(bad, s.Signature) {
						failed = appendNew(failed, sig)
					} else {
						built = appendNew(built, sig)
					}
				}
			}
		case has:
			built = appendNew(built, names...)
		case fe.failed[fn] || fn.Refused && len(fn.Sigs) == 0:
			failed = appendNew(failed, names...)
		}
	}
	if len(built) == 0 || len(failed) == 0 {
		return nil
	}
	var l diag.List
	if keepGoing {
		l.Add(diag.Note, CodeKeepGoing, fe.file, source.Span{}, "-k: the outputs hold %s, without %s, which did not compile",
			strings.Join(built, ", "), strings.Join(failed, ", "))
	} else {
		d := l.Add(diag.Note, CodeKeepGoing, fe.file, source.Span{}, "nothing written: %s did not compile (%s did)",
			strings.Join(failed, ", "), strings.Join(built, ", "))
		d.Suggestions = append(d.Suggestions, "pynjit build -k (--keep-going) writes the outputs without the functions that do not compile, and still exits 1")
	}
	return l
}

// failedSigs are the requested signatures of fn that have no
// specialization among results: those that did not compile.
func (fe *frontEnd) failedSigs(fn *resolve.Function, results []*infer.Result) []*types.Signature {
	var out []*types.Signature
	for _, s := range fn.Sigs {
		if !slices.ContainsFunc(results, func(r *infer.Result) bool {
			return fe.prog.FuncOf(r) == fn && types.ArgsString(r.Args) == types.ArgsString(s.Args)
		}) {
			out = append(out, s.Signature)
		}
	}
	return out
}

// qualifiedNames are fn's Python names (pythonNames), in a package
// prefixed with the name of its module, where two modules may each
// have a function of one name.
func (fe *frontEnd) qualifiedNames(fn *resolve.Function) []string {
	names := pythonNames(fn)
	if !fe.isPackage() || fn.Module == nil || fn.Module.Name == "" {
		return names
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fn.Module.Name + "." + n
	}
	return out
}

// pythonNames are the names Python code calls fn by: the names it is
// bound to (qr_jit = njit(qr)), or its own.
func pythonNames(fn *resolve.Function) []string {
	if len(fn.ExportNames) > 0 {
		return fn.ExportNames
	}
	return []string{fn.Name}
}

// appendNew appends the names not in list yet.
func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}

// compiledSpecs are the specializations code is generated for: every
// one typed or, when some failed (build -k), those the exports and the
// entry reach through their calls, in the order they were typed.
// Inference forgets a failed specialization and those typed while it
// was, so a caller of one fails too: one reached that it no longer
// holds is a bug in pynjit, an InternalError (exit 4), not code
// generated from a failed typing.
func (fe *frontEnd) compiledSpecs(results []*infer.Result, entry *infer.Result) ([]*infer.Result, error) {
	if len(fe.failed) == 0 {
		return fe.prog.Specs(), nil
	}
	var reached []*infer.Result
	seen := map[*infer.Result]bool{}
	var visit func(r *infer.Result)
	visit = func(r *infer.Result) {
		if r == nil || seen[r] {
			return
		}
		seen[r] = true
		reached = append(reached, r)
		for _, b := range r.Func.Blocks {
			for _, inst := range b.Insts {
				if a, ok := inst.(*ir.Assign); ok {
					if c := r.Callees[a]; c != nil && c.Kind == infer.CallUser {
						visit(c.Spec)
					}
				}
			}
		}
	}
	for _, r := range results {
		visit(r)
	}
	visit(entry)
	var out []*infer.Result
	for _, r := range fe.prog.Specs() {
		if seen[r] {
			out = append(out, r)
			delete(seen, r)
		}
	}
	for _, r := range reached {
		if seen[r] {
			return nil, &codegen.InternalError{Msg: fmt.Sprintf("%s(%s) is called, but its typing failed", r.Func.Name, types.ArgsString(r.Args))}
		}
	}
	return out, nil
}
