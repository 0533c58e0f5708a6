package resolve

import (
	"fmt"
	"slices"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/types"
)

// One signature model serves every command: a function is compiled at
// the signatures of the first of these tiers that gives any.
//
//  1. explicit: signature strings in the decorator, --sig options and
//     [tool.pynjit] signatures in pyproject.toml;
//  2. annotations: def f(a: float, n: int), npt.NDArray[np.float64];
//  3. observed: the argument types of the file's own module-level calls
//     and those a signature file written by pynjit trace recorded.
//
// A function none of them types is still compiled at the argument types
// its compiled callers give it (OriginCaller), as Numba compiles a callee
// at its first call.

// OriginKind says where a signature came from.
type OriginKind int

// The sources of signatures, tier by tier.
const (
	FromDecorator  OriginKind = iota // @njit("int64(int64)")
	FromFlag                         // --sig 'f(int64)'
	FromConfig                       // [tool.pynjit.signatures] in pyproject.toml
	FromAnnotation                   // def f(a: int)
	FromTrace                        // a signature file written by pynjit trace
	FromCall                         // a module-level call in the file, f(3)
	FromCaller                       // a compiled caller's argument types
)

// tier is the precedence of a source: a lower tier wins.
func (k OriginKind) tier() int {
	switch k {
	case FromDecorator, FromFlag, FromConfig:
		return 0
	case FromAnnotation:
		return 1
	}
	return 2
}

// Origin is where one signature was written or observed.
type Origin struct {
	Kind OriginKind
	// File and Span locate it: the string in the decorator, the call, the
	// annotation, the line of the signature file or pyproject.toml, or
	// the --sig option (a file named --sig).
	File *source.File
	Span source.Span
	// Note adds what the place alone does not say (an array's ndim taken
	// from a call, say).
	Note string
}

// String says where the signature came from, as `pynjit sigs` lists it.
func (o Origin) String() string {
	at := func() string {
		if o.File == nil {
			return ""
		}
		return fmt.Sprintf("%s:%d", o.File.Name, o.Span.Start.Line)
	}
	var s string
	switch o.Kind {
	case FromDecorator:
		s = "decorator string at " + at()
	case FromFlag:
		s = "--sig"
	case FromConfig:
		s = "[tool.pynjit] signatures in " + o.File.Name
	case FromAnnotation:
		s = "annotations at " + at()
	case FromTrace:
		s = "recorded by pynjit trace in " + at()
	case FromCall:
		s = "call at " + at()
	case FromCaller:
		s = "a caller's types at " + at()
	}
	if o.Note != "" {
		s += " (" + o.Note + ")"
	}
	return s
}

// Sig is a signature a function is compiled at, with where it came from.
type Sig struct {
	*types.Signature
	Origin Origin
	// annotated are, for a signature from annotations whose arrays gave
	// no ndim, the annotated types themselves.
	annotated []types.Type
}

// CodeSigConflict marks annotations that disagree with an explicit
// signature, which wins.
const CodeSigConflict diag.Code = "W-signature-conflict"

// offer records a candidate signature of fn; settle picks among them.
func (fn *Function) offer(s Sig) { fn.offered = append(fn.offered, s) }

// settle sets fn.Sigs from the offered signatures: those of the best
// tier, without repeats (the first of equal argument types wins), and
// reports annotations that an explicit signature contradicts.
func (r *resolver) settle(fn *Function) {
	best := 3
	for _, s := range fn.offered {
		best = min(best, s.Origin.Kind.tier())
	}
	fn.Sigs = nil
	for _, s := range fn.offered {
		if s.Origin.Kind.tier() != best || slices.ContainsFunc(fn.Sigs, func(o Sig) bool { return sameArgs(o.Args, s.Args) }) {
			continue
		}
		fn.Sigs = append(fn.Sigs, s)
	}
	if best != 0 {
		return
	}
	for _, a := range fn.offered {
		args := a.Args
		if a.annotated != nil {
			args = a.annotated
		}
		if a.Origin.Kind != FromAnnotation || slices.ContainsFunc(fn.Sigs, func(o Sig) bool { return compatible(args, o.Args) }) {
			continue
		}
		first := fn.Sigs[0]
		d := r.diags.Add(diag.Warning, CodeSigConflict, a.Origin.File, a.Origin.Span,
			"the annotations of %s give (%s), but its signature gives (%s); the signature wins", fn.Name, types.ArgsString(a.Args), types.ArgsString(first.Args))
		d.Notes = append(d.Notes, diag.Related{File: first.Origin.File, Span: first.Origin.Span, Message: "the signature (" + first.Origin.String() + ")"})
	}
}

func sameArgs(a, b []types.Type) bool { return types.ArgsString(a) == types.ArgsString(b) }

// compatible reports whether annotated argument types a describe
// signature args b: equal, or an array annotation without ndim or
// layout (npt.NDArray) that b's array of the same dtype fits.
func compatible(a, b []types.Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if types.Equal(a[i], b[i]) {
			continue
		}
		x, ok1 := a[i].(*types.Array)
		y, ok2 := b[i].(*types.Array)
		if !ok1 || !ok2 || x.NDim != 0 || !types.Equal(x.Dtype, y.Dtype) {
			return false
		}
	}
	return true
}
