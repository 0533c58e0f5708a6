package build

import (
	"strings"

	"github.com/pynjit/pynjit/internal/annotate"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/source"
)

// InspectTypes renders the typed IR of the requested specializations in
// Numba's inspect_types() format ("text") or as JSON ("json").
func InspectTypes(name string, src []byte, fn string, argTypes []string, format string) (string, diag.List) {
	_, results, diags := typed(name, src, fn, argTypes)
	if results == nil {
		return "", diags
	}
	var anns []*annotate.Annotation
	for _, r := range results {
		anns = append(anns, annotate.Build(r))
	}
	if format == "json" {
		out, err := annotate.JSON(anns)
		if err != nil {
			diags.Errorf(diag.CodeInternal, nil, source.Span{}, "%v", err)
		}
		return out, diags
	}
	var b strings.Builder
	for _, a := range anns {
		b.WriteString(annotate.Text(a))
	}
	return b.String(), diags
}

// InspectCFG returns the control-flow graph of fn at argTypes (of every
// requested specialization when fn is ""), in DOT.
func InspectCFG(name string, src []byte, fn string, argTypes []string) (string, diag.List) {
	_, results, diags := typed(name, src, fn, argTypes)
	var b strings.Builder
	for _, r := range results {
		b.WriteString(annotate.CFG(r))
	}
	return b.String(), diags
}

// typed types fn at argTypes (every requested specialization when fn is
// ""): the results, or nil with the errors.
func typed(name string, src []byte, fn string, argTypes []string) (*frontEnd, []*infer.Result, diag.List) {
	fe, diags := load(name, src, nil, false)
	if fe == nil || diags.HasErrors() {
		return nil, nil, diags
	}
	reqs, d := fe.requested(fn, argTypes)
	diags = append(diags, d...)
	results, d := fe.typeAll(reqs)
	diags = append(diags, d...)
	if diags.HasErrors() {
		return nil, nil, diags
	}
	return fe, results, diags
}
