package diag

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"

	"github.com/pynjit/pynjit/internal/source"
)

// The SARIF 2.1.0 objects pynjit writes (OASIS SARIF v2.1.0, §3). Only
// the properties we fill are declared.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID string `json:"id"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        int             `json:"ruleIndex"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations,omitempty"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifMessage         `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

// WriteSARIF renders diagnostics as a SARIF 2.1.0 log with one run, for
// code-scanning services. Every diagnostic code is a rule; notes with a
// place in the source are related locations, and all notes and
// suggestions also follow the message text. Columns count Unicode code
// points (run.columnKind), 1-based, the end column exclusive as SARIF
// defines it.
func WriteSARIF(w io.Writer, diags List, toolVersion string) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "pynjit", Version: toolVersion,
			InformationURI: "https://github.com/pynjit/pynjit", Rules: []sarifRule{}}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	ruleIndex := map[Code]int{}
	for _, d := range diags {
		code := d.Code
		if code == "" {
			code = "E-unknown"
		}
		idx, ok := ruleIndex[code]
		if !ok {
			idx = len(run.Tool.Driver.Rules)
			ruleIndex[code] = idx
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: string(code)})
		}
		res := sarifResult{RuleID: string(code), RuleIndex: idx, Level: sarifLevel(d.Severity), Message: sarifMessage{Text: d.Message}}
		if d.File != nil {
			res.Locations = []sarifLocation{{PhysicalLocation: physicalLocation(d.File, d.Span)}}
		}
		for _, n := range d.Notes {
			res.Message.Text += "\nnote: " + n.Message
			f := n.File
			if f == nil {
				f = d.File
			}
			if f == nil || !n.Span.IsValid() {
				continue
			}
			id := len(res.RelatedLocations)
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id,
				PhysicalLocation: physicalLocation(f, n.Span), Message: &sarifMessage{Text: n.Message}})
		}
		for _, s := range d.Suggestions {
			res.Message.Text += "\nhelp: " + s
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
}

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

func physicalLocation(f *source.File, s source.Span) sarifPhysicalLocation {
	u := &url.URL{Path: filepath.ToSlash(f.Name)}
	if filepath.IsAbs(f.Name) {
		u.Scheme = "file"
	}
	loc := sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: u.String()}}
	if s.IsValid() {
		r := &sarifRegion{StartLine: s.Start.Line, StartColumn: s.Start.Col + 1}
		if s.End.IsValid() && !s.End.Before(s.Start) {
			r.EndLine, r.EndColumn = s.End.Line, s.End.Col+1
		}
		loc.Region = r
	}
	return loc
}
