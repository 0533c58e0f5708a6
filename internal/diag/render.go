package diag

import (
	"fmt"
	"io"
)

// Formats lists the output formats Write accepts.
var Formats = []string{"text", "json", "github", "sarif"}

// Options are what a renderer needs besides the diagnostics.
type Options struct {
	// Color turns on ANSI styles in text output.
	Color bool
	// ToolVersion is the pynjit version recorded in SARIF output.
	ToolVersion string
}

// Write renders diags in the named format: "text" for people, "json" for
// programs, "github" for GitHub Actions workflow commands and "sarif" for
// code-scanning tools.
func Write(w io.Writer, format string, diags List, o Options) error {
	switch format {
	case "text", "":
		return WriteText(w, diags, o.Color)
	case "json":
		return WriteJSON(w, diags)
	case "github":
		return WriteGitHub(w, diags)
	case "sarif":
		return WriteSARIF(w, diags, o.ToolVersion)
	}
	return fmt.Errorf("unknown format %q (want text, json, github or sarif)", format)
}

// fileName is the name a diagnostic's file is reported under.
func fileName(d *Diagnostic) string {
	if d.File == nil {
		return ""
	}
	return d.File.Name
}
