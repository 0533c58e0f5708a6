package diag

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/pynjit/pynjit/internal/source"
)

// textStyles are the colours of the text renderer: one *color.Color per
// part of a diagnostic, each enabled or disabled as the caller decided
// for the stream it writes to (fatih/color's global switch, which looks
// at stdout only, decides nothing here).
type textStyles struct {
	bold, err, warning, note, help *color.Color
}

func newTextStyles(on bool) *textStyles {
	style := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return &textStyles{
		bold:    style(color.Bold),
		err:     style(color.Bold, color.FgRed),
		warning: style(color.Bold, color.FgMagenta),
		note:    style(color.Bold, color.FgCyan),
		help:    style(color.Bold, color.FgGreen),
	}
}

// paint is text in c's style: c's escape sequence, the text, and one
// that resets every attribute (ESC[0m), or the text alone when c is
// disabled.
func paint(c *color.Color, text string) string {
	var b strings.Builder
	c.SetWriter(&b)
	b.WriteString(text)
	c.UnsetWriter(&b)
	return b.String()
}

// WriteText renders diagnostics for people: "file:line:col: severity[code]:
// message", the source line with a caret under the whole span, then notes
// and suggestions. Columns are 1-based characters. color turns on ANSI
// styles; the caller decides it per output stream (see ColorEnabled).
func WriteText(w io.Writer, diags List, color bool) error {
	var b strings.Builder
	st := newTextStyles(color)
	for _, d := range diags {
		writeOne(&b, d, st)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeOne(b *strings.Builder, d *Diagnostic, st *textStyles) {
	sevStyle := st.err
	switch d.Severity {
	case Warning:
		sevStyle = st.warning
	case Note:
		sevStyle = st.note
	}
	head := d.Severity.String()
	if d.Code != "" {
		head += "[" + string(d.Code) + "]"
	}
	fmt.Fprintf(b, "%s %s %s\n", paint(st.bold, location(d.File, d.Span)+":"), paint(sevStyle, head+":"), paint(st.bold, clip(d.Message)))
	writeSnippet(b, d.File, d.Span, st)
	for _, n := range d.Notes {
		f := n.File
		if f == nil {
			f = d.File
		}
		if n.Span.IsValid() {
			fmt.Fprintf(b, "%s %s %s\n", paint(st.bold, location(f, n.Span)+":"), paint(st.note, "note:"), clip(n.Message))
		} else {
			fmt.Fprintf(b, "  %s %s\n", paint(st.note, "note:"), clip(n.Message))
		}
	}
	for _, s := range d.Suggestions {
		fmt.Fprintf(b, "  %s %s\n", paint(st.help, "help:"), clip(s))
	}
}

// maxMessage is how many bytes of a message the text renderer prints; a
// longer one (one naming an identifier of a megabyte, say) keeps its
// start and end around a note of how much was cut.
const maxMessage = 600

// clip shortens a message longer than maxMessage, cutting between
// characters.
func clip(msg string) string {
	if len(msg) <= maxMessage {
		return msg
	}
	head, tail := 400, len(msg)-150
	for head > 0 && !utf8.RuneStart(msg[head]) {
		head--
	}
	for tail < len(msg) && !utf8.RuneStart(msg[tail]) {
		tail++
	}
	return fmt.Sprintf("%s ... (%d bytes cut) ... %s", msg[:head], tail-head, msg[tail:])
}

// location formats file:line:col with a 1-based column.
func location(f *source.File, s source.Span) string {
	name := "<unknown>"
	if f != nil {
		name = f.Name
	}
	if !s.IsValid() {
		return name
	}
	return fmt.Sprintf("%s:%d:%d", name, s.Start.Line, s.Start.Col+1)
}

// maxSnippet is how many characters of a source line a snippet shows;
// a longer line is cut to a window around the span's start, marked with
// "..." where it was cut.
const maxSnippet = 120

// writeSnippet prints the span's first line and marks the span under it:
// a caret at the start and tildes to its end (or to the end of the line
// when the span goes on).
func writeSnippet(b *strings.Builder, f *source.File, s source.Span, st *textStyles) {
	if f == nil || !s.IsValid() || s.Start.Line > f.LineCount() {
		return
	}
	// only the window shown is taken from the line: a diagnostic per
	// statement of a line of a megabyte costs its window each
	n := f.CharLen(s.Start.Line)
	start, end := min(s.Start.Col, n), s.End.Col
	if s.End.Line != s.Start.Line || end > n {
		end = n
	}
	lo, hi := 0, n
	var prefix, suffix string
	if n > maxSnippet {
		lo = max(0, min(start-maxSnippet/3, n-maxSnippet))
		hi = lo + maxSnippet
		if lo > 0 {
			prefix = "..."
		}
		if hi < n {
			suffix = "..."
		}
		start, end = start-lo+len(prefix), min(end, hi)-lo+len(prefix)
	}
	line := []rune(f.Chars(s.Start.Line, lo, hi))
	if end <= start {
		end = start + 1
	}
	num := fmt.Sprint(s.Start.Line)
	gutter := strings.Repeat(" ", len(num))
	fmt.Fprintf(b, " %s | %s%s%s\n", num, prefix, string(line), suffix)
	var pad strings.Builder
	for col := 0; col < start; col++ {
		if i := col - len(prefix); i >= 0 && i < len(line) && line[i] == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	mark := paint(st.help, "^"+strings.Repeat("~", end-start-1))
	fmt.Fprintf(b, " %s | %s%s\n", gutter, pad.String(), mark)
}
