package build

import (
	"context"
	"strings"

	"github.com/llir/llvm/ir"

	"github.com/pynjit/pynjit/internal/annotate"
	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// Query is what check and the inspect commands look at: a file, the
// signatures --sig adds to it, and (for inspect) one function at
// argument types, or every requested specialization when Func is "".
type Query struct {
	Name   string
	Source []byte
	Sigs   []string // --sig values
	// Given are signatures from pyproject.toml and signature files.
	Given    []resolve.Given
	GivenFor func(path string) []resolve.Given
	Func     string
	ArgTypes []string
	// Python is the CPython whose grammar the file is read in; zero
	// means syntax.Latest.
	Python syntax.Version
}

func (q Query) input() input {
	return input{name: q.Name, src: q.Source, sigs: q.Sigs, given: q.Given, givenFor: q.GivenFor, python: q.Python}
}

// Check types every compiled function at its signatures or, lacking
// any, at the argument types of the module's own calls of it with
// constant arguments (as running the file under Numba would); a function
// with neither is checked for everything but its types. With strict,
// object-mode fallbacks of plain @jit are errors too. A cancelled ctx
// stops it between functions, with ctx's error.
func Check(ctx context.Context, q Query, strict bool) (diag.List, error) {
	fe, diags, err := load(ctx, q.input(), strict)
	if fe == nil || err != nil {
		return diags, err
	}
	reqs, _ := fe.requested("", nil)
	results, d, err := fe.typeAll(ctx, reqs)
	diags = append(diags, d...)
	// one library cannot export two functions of one name
	diags = append(diags, exportClashes(fe, exportsOf(fe, results))...)
	diags = append(diags, fe.checkUntyped()...)
	diags.Sort()
	return diags.Dedupe(), err
}

// InspectTypes renders the typed IR of the requested specializations in
// Numba's inspect_types() format ("text") or as JSON ("json").
func InspectTypes(ctx context.Context, q Query, format string) (string, diag.List, error) {
	_, results, diags, err := typed(ctx, q)
	if results == nil || err != nil {
		return "", diags, err
	}
	var anns []*annotate.Annotation
	for _, r := range results {
		anns = append(anns, annotate.Build(r))
	}
	if format == "json" {
		out, err := annotate.JSON(anns)
		return out, diags, err
	}
	var b strings.Builder
	for _, a := range anns {
		b.WriteString(annotate.Text(a))
	}
	return b.String(), diags, nil
}

// InspectCFG returns the control-flow graph of the requested
// specializations, in DOT.
func InspectCFG(ctx context.Context, q Query) (string, diag.List, error) {
	_, results, diags, err := typed(ctx, q)
	var b strings.Builder
	for _, r := range results {
		b.WriteString(annotate.CFG(r))
	}
	return b.String(), diags, err
}

// InspectLLVM returns the LLVM IR of the requested specializations,
// optimized at optLevel (0 for the IR as generated).
func InspectLLVM(ctx context.Context, q Query, optLevel int, env toolchain.Env) (string, diag.List, error) {
	ll, diags, err := specializedIR(ctx, q, "")
	if ll == nil || err != nil || optLevel == 0 {
		return string(ll), diags, err
	}
	tc, err := toolchain.Discover(env)
	if err != nil {
		return "", diags, err
	}
	opt, err := tc.OptimizeIR(ctx, ll, toolchain.Options{OptLevel: optLevel})
	return string(opt), diags, err
}

// InspectASM returns the assembly of the requested specializations, for
// the target and at the level opt gives.
func InspectASM(ctx context.Context, q Query, opt toolchain.Options, env toolchain.Env) (string, diag.List, error) {
	ll, diags, err := specializedIR(ctx, q, opt.Triple)
	if ll == nil || err != nil {
		return "", diags, err
	}
	tc, err := toolchain.Discover(env)
	if err != nil {
		return "", diags, err
	}
	asm, err := tc.CompileIR(ctx, ll, toolchain.Assembly, opt)
	return string(asm), diags, err
}

// specializedIR is the LLVM IR, as generated, of the requested
// specializations, or nil with the errors.
func specializedIR(ctx context.Context, q Query, triple string) ([]byte, diag.List, error) {
	fe, results, diags, err := typed(ctx, q)
	if fe == nil || err != nil {
		return nil, diags, err
	}
	ll, d, err := fe.generateIR(results, triple)
	if diags = append(diags, d...); ll == nil || err != nil {
		return nil, diags, err
	}
	return ll, diags, ctx.Err()
}

// generateIR is the LLVM IR of results and the specializations they
// call, for triple; or nil with the diagnostic or the internal error
// (exit 4) of code generation, as build reports them.
func (fe *frontEnd) generateIR(results []*infer.Result, triple string) ([]byte, diag.List, error) {
	checked, fast := fe.funcOptions()
	mod, d, err := fe.module(results, codegen.Options{Checked: checked, Fast: fast, X86_64: targetsX86(triple), Wasm32: strings.HasPrefix(triple, "wasm32")})
	if mod == nil && err == nil {
		return nil, d, nil
	}
	if err == nil {
		var ll []byte
		if ll, err = llText(mod); err == nil {
			return ll, d, nil
		}
	}
	d, err = fe.codegenFailure(err)
	return nil, d, err
}

// module is the LLVM module of every specialization made, exporting
// results', generated with opts after the typed passes; nil with their
// errors, or with code generation's error.
func (fe *frontEnd) module(results []*infer.Result, opts codegen.Options) (*ir.Module, diag.List, error) {
	specs := fe.prog.Specs()
	found, d := fe.analyse(specs)
	if d.HasErrors() {
		return nil, d, nil
	}
	opts.Facts = found.facts
	mod, err := codegen.Generate(specs, exportsOf(fe, results), opts)
	return mod, d, err
}

// typed types the requested specializations: the results, or nil with
// the errors.
func typed(ctx context.Context, q Query) (*frontEnd, []*infer.Result, diag.List, error) {
	fe, diags, err := load(ctx, q.input(), false)
	if fe == nil || err != nil || diags.HasErrors() {
		return nil, nil, diags, err
	}
	reqs, d := fe.requested(q.Func, q.ArgTypes)
	diags = append(diags, d...)
	results, d, err := fe.typeAll(ctx, reqs)
	diags = append(diags, d...)
	if err != nil || diags.HasErrors() {
		return nil, nil, diags, err
	}
	return fe, results, diags, nil
}
