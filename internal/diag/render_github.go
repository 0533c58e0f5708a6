package diag

import (
	"fmt"
	"io"
	"strings"
)

// WriteGitHub renders diagnostics as GitHub Actions workflow commands,
// "::error file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::message",
// which the runner turns into annotations on the pull request. Warnings
// become ::warning and notes ::notice. Notes and suggestions follow the
// message on lines of their own. endColumn is given only for spans on one
// line (annotations support no other) and is inclusive.
func WriteGitHub(w io.Writer, diags List) error {
	var b strings.Builder
	for _, d := range diags {
		cmd := "error"
		switch d.Severity {
		case Warning:
			cmd = "warning"
		case Note:
			cmd = "notice"
		}
		var props []string
		if name := fileName(d); name != "" {
			props = append(props, "file="+escapeGitHubProperty(name))
			if s := d.Span; s.IsValid() {
				props = append(props, fmt.Sprintf("line=%d", s.Start.Line), fmt.Sprintf("col=%d", s.Start.Col+1))
				if s.End.IsValid() {
					props = append(props, fmt.Sprintf("endLine=%d", s.End.Line))
					if s.End.Line == s.Start.Line && s.End.Col > s.Start.Col {
						props = append(props, fmt.Sprintf("endColumn=%d", s.End.Col))
					}
				}
			}
		}
		if d.Code != "" {
			props = append(props, "title="+escapeGitHubProperty(string(d.Code)))
		}
		msg := d.Message
		for _, n := range d.Notes {
			if n.Span.IsValid() {
				f := d.File
				if n.File != nil {
					f = n.File
				}
				msg += "\n" + location(f, n.Span) + ": note: " + n.Message
			} else {
				msg += "\nnote: " + n.Message
			}
		}
		for _, s := range d.Suggestions {
			msg += "\nhelp: " + s
		}
		b.WriteString("::" + cmd)
		if len(props) > 0 {
			b.WriteString(" " + strings.Join(props, ","))
		}
		b.WriteString("::" + escapeGitHubData(msg) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// escapeGitHubData escapes a workflow command's message as the Actions
// runner expects.
func escapeGitHubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeGitHubProperty escapes a workflow command's property value, where
// ':' and ',' also separate fields.
func escapeGitHubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
