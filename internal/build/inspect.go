package build

import (
	"strings"

	"github.com/pynjit/pynjit/internal/annotate"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
)

// InspectTypes renders the typed IR of the requested specializations in
// Numba's inspect_types() format ("text") or as JSON ("json").
func InspectTypes(name string, src []byte, fn string, argTypes []string, format string) (string, diag.List) {
	fe, diags := load(name, src, nil, false)
	if fe == nil || diags.HasErrors() {
		return "", diags
	}
	reqs, d := fe.requested(fn, argTypes)
	diags = append(diags, d...)
	results, d := fe.typeAll(reqs)
	diags = append(diags, d...)
	if diags.HasErrors() {
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
