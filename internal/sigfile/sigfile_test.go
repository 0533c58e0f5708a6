package sigfile

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatParse: Format sorts and dedupes, and Parse reads back the
// same entries, each at its line.
func TestFormatParse(t *testing.T) {
	in := []Entry{{File: "b.py", Sig: "g(int64)"}, {File: "a.py", Sig: "f(float64[:, ::1])"}, {File: "a.py", Sig: "f(boolean)"}, {File: "b.py", Sig: "g(int64)"}}
	data := Format(in)
	want := header + "\n[a.py]\nf(boolean)\nf(float64[:, ::1])\n\n[b.py]\ng(int64)\n"
	if string(data) != want {
		t.Fatalf("Format:\n%s\nwant\n%s", data, want)
	}
	f, err := Parse("sigs.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Entries) != 3 || f.Entries[0] != (Entry{File: "a.py", Sig: "f(boolean)", Line: 6}) || f.Entries[2].Line != 10 {
		t.Errorf("Parse: %+v", f.Entries)
	}
	if string(Format(f.Entries)) != want {
		t.Errorf("Format(Parse(x)) != x")
	}
	given := f.For(filepath.Join(filepath.Dir(f.Path), "b.py"))
	if len(given) != 1 || given[0].Text != "g(int64)" || given[0].Span.Start.Line != 10 {
		t.Errorf("For(b.py): %+v", given)
	}
	if _, err := Parse("bad.txt", []byte("f(int64)\n")); err == nil || !strings.Contains(err.Error(), "bad.txt:1: a signature before any [FILE] line") {
		t.Errorf("a signature outside a file section: %v", err)
	}
}
