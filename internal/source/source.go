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
	"sync"
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
	// columns turns character columns into byte columns (see ByteCol).
	columns columnIndex
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
func (f *File) Line(n int) string { return string(f.lineBytes(n)) }

// lineBytes is line n without its line ending, not copied.
func (f *File) lineBytes(n int) []byte {
	if n < 1 || n > len(f.lineStarts) {
		return nil
	}
	start := f.lineStarts[n-1]
	end := len(f.Text)
	if n < len(f.lineStarts) {
		end = f.lineStarts[n]
	}
	for end > start && (f.Text[end-1] == '\n' || f.Text[end-1] == '\r') {
		end--
	}
	return f.Text[start:end]
}

// ByteCol converts a character column on line n into a UTF-8 byte column,
// the unit CPython uses for col_offset. Columns past the end count one
// byte each. It takes constant time in an ASCII file and on a long line
// asked about before, so that a column per node of a line of a megabyte
// does not cost a megabyte each.
func (f *File) ByteCol(n, col int) int {
	line := f.lineBytes(n)
	if f.columns.ascii(f.Text) {
		return col
	}
	if offs := f.columns.offsets(n, line); offs != nil {
		if col < len(offs) {
			return int(offs[col])
		}
		return len(line) + col - (len(offs) - 1)
	}
	return CharsToBytes(string(line), col)
}

// Offset returns the byte offset in Text of position p (columns past the
// end of the line count one byte each), or -1 if p's line is not in the
// file.
func (f *File) Offset(p Pos) int {
	if p.Line < 1 || p.Line > len(f.lineStarts) {
		return -1
	}
	return f.lineStarts[p.Line-1] + f.ByteCol(p.Line, p.Col)
}

// CharLen returns the length of line n (without its ending) in
// characters.
func (f *File) CharLen(n int) int {
	line := f.lineBytes(n)
	if f.columns.ascii(f.Text) {
		return len(line)
	}
	if offs := f.columns.offsets(n, line); offs != nil {
		return len(offs) - 1
	}
	return utf8.RuneCount(line)
}

// Chars returns the characters [from, to) of line n, clipped to the line.
func (f *File) Chars(n, from, to int) string {
	line := f.lineBytes(n)
	lo, hi := min(f.ByteCol(n, max(from, 0)), len(line)), min(f.ByteCol(n, max(to, 0)), len(line))
	if lo >= hi {
		return ""
	}
	return string(line[lo:hi])
}

// longLine is the length from which a line of a non-ASCII file gets its
// character offsets indexed instead of decoded at every question.
const longLine = 1024

// columnIndex knows whether a file is ASCII (then characters are bytes)
// and, for the long lines of one that is not, where each character
// starts. It is filled on first use and safe for concurrent use.
type columnIndex struct {
	once    sync.Once
	isASCII bool
	mu      sync.Mutex
	long    map[int][]int32 // by line: byte offset of each character, then the line's length
}

func (c *columnIndex) ascii(text []byte) bool {
	c.once.Do(func() {
		c.isASCII = true
		for _, b := range text {
			if b >= utf8.RuneSelf {
				c.isASCII = false
				break
			}
		}
	})
	return c.isASCII
}

// offsets returns the character offsets of line n if it is long, else nil.
func (c *columnIndex) offsets(n int, line []byte) []int32 {
	if len(line) < longLine {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if offs, ok := c.long[n]; ok {
		return offs
	}
	offs := make([]int32, 0, utf8.RuneCount(line)+1)
	for i := 0; i < len(line); {
		offs = append(offs, int32(i))
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	offs = append(offs, int32(len(line)))
	if c.long == nil {
		c.long = map[int][]int32{}
	}
	c.long[n] = offs
	return offs
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
