package diag

import (
	"encoding/json"
	"io"

	"github.com/pynjit/pynjit/internal/source"
)

// jsonDiagnostic is one diagnostic in json output. Lines and columns are
// 1-based; columns count characters; end_column is exclusive. Position
// fields are left out when a diagnostic has no place in a file.
type jsonDiagnostic struct {
	Severity    string     `json:"severity"`
	Code        string     `json:"code"`
	File        string     `json:"file,omitempty"`
	jsonSpan               // line, column, end_line, end_column
	Message     string     `json:"message"`
	Notes       []jsonNote `json:"notes,omitempty"`
	Suggestions []string   `json:"suggestions,omitempty"`
}

type jsonSpan struct {
	Line      int `json:"line,omitempty"`
	Column    int `json:"column,omitempty"`
	EndLine   int `json:"end_line,omitempty"`
	EndColumn int `json:"end_column,omitempty"`
}

type jsonNote struct {
	File string `json:"file,omitempty"`
	jsonSpan
	Message string `json:"message"`
}

func spanJSON(s source.Span) jsonSpan {
	if !s.IsValid() {
		return jsonSpan{}
	}
	out := jsonSpan{Line: s.Start.Line, Column: s.Start.Col + 1}
	if s.End.IsValid() {
		out.EndLine, out.EndColumn = s.End.Line, s.End.Col+1
	}
	return out
}

// WriteJSON renders diagnostics as one JSON object,
// {"diagnostics": [...]}, for editors and scripts.
func WriteJSON(w io.Writer, diags List) error {
	out := struct {
		Diagnostics []jsonDiagnostic `json:"diagnostics"`
	}{Diagnostics: []jsonDiagnostic{}}
	for _, d := range diags {
		jd := jsonDiagnostic{Severity: d.Severity.String(), Code: string(d.Code), File: fileName(d),
			jsonSpan: spanJSON(d.Span), Message: d.Message, Suggestions: d.Suggestions}
		for _, n := range d.Notes {
			jn := jsonNote{jsonSpan: spanJSON(n.Span), Message: n.Message}
			if n.Span.IsValid() {
				jn.File = fileName(d)
				if n.File != nil {
					jn.File = n.File.Name
				}
			}
			jd.Notes = append(jd.Notes, jn)
		}
		out.Diagnostics = append(out.Diagnostics, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
