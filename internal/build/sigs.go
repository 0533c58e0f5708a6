package build

import (
	"context"
	"fmt"
	"slices"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// Listed is one signature a function is compiled at, and where it came
// from; a function nothing types is listed once with an empty Sig.
type Listed struct {
	Func string `json:"function"`
	// Sig is in --sig syntax: add(int64, int64), norm(float64[:, ::1]).
	Sig    string `json:"signature,omitempty"`
	Origin string `json:"origin"`
}

// Signatures lists the signatures every compiled function is compiled
// at by build, check, run and the inspect commands, with where each came
// from: a decorator string, --sig, pyproject.toml, annotations, a
// signature file, a call in the file, or a compiled caller's types. Its
// diagnostics are those about the signatures only; the errors typing
// finds are check's.
func Signatures(ctx context.Context, q Query) ([]Listed, diag.List, error) {
	fe, diags, err := load(ctx, q.input(), false)
	if fe == nil || err != nil {
		return nil, diags, err
	}
	// only what is wrong with the signatures themselves is reported
	// here: the errors typing finds are check's
	diags = slices.DeleteFunc(diags, func(d *diag.Diagnostic) bool {
		return d.Code != resolve.CodeSignature && d.Code != resolve.CodeSigConflict && d.Code != diag.CodeSyntax
	})
	reqs, _ := fe.requested("", nil)
	if _, _, err := fe.typeAll(ctx, reqs); err != nil {
		return nil, diags, err
	}
	var out []Listed
	listed := map[*resolve.Function]map[string]bool{}
	for _, fn := range fe.rootFuncs() {
		listed[fn] = map[string]bool{}
		for _, s := range fn.Sigs {
			out = append(out, Listed{Func: fn.Name, Sig: resolve.SigText(fn.Name, s.Signature), Origin: s.Origin.String()})
			listed[fn][types.ArgsString(s.Args)] = true
		}
	}
	for _, spec := range fe.prog.Specs() {
		fn := fe.prog.FuncOf(spec)
		if fn == nil || listed[fn] == nil || listed[fn][types.ArgsString(spec.Args)] {
			continue
		}
		listed[fn][types.ArgsString(spec.Args)] = true
		out = append(out, Listed{Func: fn.Name, Sig: resolve.SigText(fn.Name, &types.Signature{Args: spec.Args}), Origin: fe.callerOf(spec)})
	}
	for _, fn := range fe.untypedFuncs() {
		out = append(out, Listed{Func: fn.Name, Origin: "no types: " + untypedHint})
	}
	diags.Sort()
	return out, diags.Dedupe(), nil
}

const untypedHint = "give some with --sig, annotations, a call in the file or pynjit trace"

// callerOf says which compiled caller gave spec its argument types: the
// first call of it in the file.
func (fe *frontEnd) callerOf(spec *infer.Result) string {
	o := resolve.Origin{Kind: resolve.FromCaller}
	for _, caller := range fe.prog.Specs() {
		for a, c := range caller.Callees {
			if c.Kind == infer.CallUser && c.Spec == spec && (o.File == nil || a.Span().Start.Before(o.Span.Start)) {
				o = resolve.Origin{Kind: resolve.FromCaller, File: caller.Func.File, Span: a.Span(),
					Note: fmt.Sprintf("in %s(%s)", caller.Func.Name, types.ArgsString(caller.Args))}
			}
		}
	}
	return o.String()
}
