// Package source holds what every stage shares about the user's text: a
// file's name and bytes, and positions and spans inside it.
//
// Columns are counted in Unicode code points (characters), not bytes, so a
// caret lines up under the character a diagnostic names. CPython counts
// UTF-8 bytes in col_offset; ByteCol converts when comparing with it.
package source

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Pos is a position in a file: Line is 1-based, Col is 0-based and counted
// in characters. The zero Pos means "no position".
type Pos struct {
	Line int
	Col  int
}

// IsValid reports whether p names a real place in a file.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes strictly before q.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || (p.Line == q.Line && p.Col < q.Col)
}

// String formats p as line:col with a 1-based column, as editors show it.
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col+1) }

// Span is the half-open range [Start, End) of a syntax node or token.
type Span struct {
	Start Pos
	End   Pos
}

// IsValid reports whether s has a real start.
func (s Span) IsValid() bool { return s.Start.IsValid() }

// Join returns the smallest span covering both s and t.
func (s Span) Join(t Span) Span {
	if !s.IsValid() {
		return t
	}
	if !t.IsValid() {
		return s
	}
	r := s
	if t.Start.Before(r.Start) {
		r.Start = t.Start
	}
	if r.End.Before(t.End) {
		r.End = t.End
	}
	return r
}

// File is one source file: its name as the user gave it and its raw bytes.
type File struct {
	Name string
	Text []byte
	// lineStarts[i] is the byte offset where line i+1 begins.
	lineStarts []int
}

// NewFile returns a File for name and text; text is not copied.
func NewFile(name string, text []byte) *File {
	starts := make([]int, 1, bytes.Count(text, []byte{'\n'})+2)
	if bytes.IndexByte(text, '\r') < 0 { // the common case, searched fast
		for i := 0; ; {
			k := bytes.IndexByte(text[i:], '\n')
			if k < 0 {
				break
			}
			i += k + 1
			starts = append(starts, i)
		}
		return &File{Name: name, Text: text, lineStarts: starts}
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return &File{Name: name, Text: text, lineStarts: starts}
}

// LineCount returns the number of lines in the file.
func (f *File) LineCount() int { return len(f.lineStarts) }

// Line returns the text of line n (1-based) without its line ending, or ""
// if n is out of range.
func (f *File) Line(n int) string {
	if n < 1 || n > len(f.lineStarts) {
		return ""
	}
	start := f.lineStarts[n-1]
	end := len(f.Text)
	if n < len(f.lineStarts) {
		end = f.lineStarts[n]
	}
	for end > start && (f.Text[end-1] == '\n' || f.Text[end-1] == '\r') {
		end--
	}
	return string(f.Text[start:end])
}

// ByteCol converts a character column on line n into a UTF-8 byte column,
// the unit CPython uses for col_offset.
func (f *File) ByteCol(n, col int) int {
	return CharsToBytes(f.Line(n), col)
}

// CharsToBytes returns the byte offset of the col-th character of line.
// Columns past the end count one byte each.
func CharsToBytes(line string, col int) int {
	off := 0
	for i := 0; i < col; i++ {
		if off >= len(line) {
			return off + (col - i)
		}
		_, size := utf8.DecodeRuneInString(line[off:])
		off += size
	}
	return off
}

// BytesToChars returns the character column of byte offset off in line.
func BytesToChars(line string, off int) int {
	if off > len(line) {
		return utf8.RuneCountInString(line) + off - len(line)
	}
	return utf8.RuneCountInString(line[:off])
}
