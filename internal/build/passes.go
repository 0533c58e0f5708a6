package build

import (
	"time"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/facts"
	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/resolve"
)

// Between the stages run two pass lists, kept as data so that what runs,
// and in which order, can be read here and tested: the untyped passes
// over each function's IR as lowered, before inference (closure
// inlining and branch pruning belong there), and the typed passes over
// each specialization inference made, before code generation (prange
// belongs there). Each pass's time is a stage of its own in the
// timings (build -v), under its name.

// An untypedPass checks or rewrites one function's IR before it is typed.
type untypedPass struct {
	name string
	run  func(f *pir.Func) diag.List
}

// A typedPass analyses one typed specialization, recording what it
// finds in the analyses code generation receives.
type typedPass struct {
	name string
	run  func(s *infer.Result, a *analyses) diag.List
}

// untypedPasses run, in order, on every function Lower lowers.
var untypedPasses = []untypedPass{
	// reads of locals: UnboundLocalError, at compile time or run time
	{"unbound", pir.CheckUnbound},
}

// typedPasses run, in order, on every specialization compiled.
var typedPasses = []typedPass{
	{"facts", func(s *infer.Result, a *analyses) diag.List {
		a.facts[s] = facts.Analyze(s)
		return nil
	}},
}

// analyses are what the typed passes found, by specialization: the
// input of code generation besides the typed IR.
type analyses struct {
	facts map[*infer.Result]*facts.Facts
}

// passClock adds up the time of each pass of a list across the
// functions it runs on, for the timings.
type passClock map[string]time.Duration

func (p untypedPass) passName() string { return p.name }
func (p typedPass) passName() string   { return p.name }

// timeWithPasses records the time of stage since start, less what its
// passes took, then each pass's time under its name, in list order.
func timeWithPasses[P interface{ passName() string }](fe *frontEnd, stage string, start time.Time, passes []P, clock passClock) {
	spent := time.Since(start)
	for _, p := range passes {
		spent -= clock[p.passName()]
	}
	fe.timings = append(fe.timings, Timing{Stage: stage, Duration: spent})
	for _, p := range passes {
		fe.timings = append(fe.timings, Timing{Stage: p.passName(), Duration: clock[p.passName()]})
	}
}

// lower lowers fn and runs the untyped passes on it. The passes run also
// when lowering failed part way, as the checks that need no types read
// what was lowered.
func lower(scope *resolve.Module, fn *resolve.Function, clock passClock) (*pir.Func, diag.List) {
	f, d := pir.Lower(scope, fn)
	return f, append(d, runUntyped(untypedPasses, f, clock)...)
}

// runUntyped runs passes on f in order, adding each one's time to clock.
func runUntyped(passes []untypedPass, f *pir.Func, clock passClock) diag.List {
	var diags diag.List
	for _, p := range passes {
		start := time.Now()
		diags = append(diags, p.run(f)...)
		clock[p.name] += time.Since(start)
	}
	return diags
}

// runTyped runs passes over specs in order, each pass over all of them
// before the next, and returns what they found.
func runTyped(passes []typedPass, specs []*infer.Result, clock passClock) (*analyses, diag.List) {
	a := &analyses{facts: make(map[*infer.Result]*facts.Facts, len(specs))}
	var diags diag.List
	for _, p := range passes {
		start := time.Now()
		for _, s := range specs {
			diags = append(diags, p.run(s, a)...)
		}
		clock[p.name] += time.Since(start)
	}
	return a, diags
}

// analyse runs the typed passes over specs, the specializations to
// compile, and records their times.
func (fe *frontEnd) analyse(specs []*infer.Result) (*analyses, diag.List) {
	clock := passClock{}
	a, diags := runTyped(typedPasses, specs, clock)
	for _, p := range typedPasses {
		fe.timings = append(fe.timings, Timing{Stage: p.name, Duration: clock[p.name]})
	}
	return a, diags
}
