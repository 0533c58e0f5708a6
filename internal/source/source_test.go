package source

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// TestColumns: ByteCol, CharLen, Chars and Offset agree with decoding the line,
// in an ASCII file, on short and long lines of a non-ASCII one, and past
// the end of a line.
func TestColumns(t *testing.T) {
	long := strings.Repeat("aé€😀", 400) // 1,600 characters, 4,000 bytes
	for _, text := range []string{
		"x = 1\nyy = 22\r\n\nlast",
		"é = 1\r\n" + long + "\nabc\n" + strings.Repeat("b", 2000) + "\n",
	} {
		f := NewFile("t.py", []byte(text))
		for n := 1; n <= f.LineCount(); n++ {
			line := f.Line(n)
			chars := utf8.RuneCountInString(line)
			if got := f.CharLen(n); got != chars {
				t.Errorf("line %d: CharLen %d, want %d", n, got, chars)
			}
			for _, col := range []int{0, 1, chars / 2, chars - 1, chars, chars + 3} {
				if col < 0 {
					continue
				}
				if got, want := f.ByteCol(n, col), CharsToBytes(line, col); got != want {
					t.Errorf("line %d col %d: ByteCol %d, want %d", n, col, got, want)
				}
				r := []rune(line)
				want := string(r[min(col, len(r)):min(col+5, len(r))])
				if got := f.Chars(n, col, col+5); got != want {
					t.Errorf("line %d: Chars(%d, %d) = %q, want %q", n, col, col+5, got, want)
				}
				if off := f.Offset(Pos{Line: n, Col: col}); col <= chars && !strings.HasPrefix(text[off:], string(r[col:])) {
					t.Errorf("line %d col %d: Offset %d is not where the column's text is", n, col, off)
				}
			}
		}
	}
}

func TestPackedSpan(t *testing.T) {
	for _, s := range []Span{
		{},
		{Pos{1, 0}, Pos{1, 5}},
		{Pos{123456, 7}, Pos{123460, 0}},
		{Pos{math.MaxInt32, math.MaxInt32}, Pos{math.MaxInt32, math.MaxInt32}},
	} {
		if got := Pack(s).Span(); got != s {
			t.Errorf("Pack(%v).Span() = %v", s, got)
		}
	}
	big := Span{Pos{math.MaxInt32 + 5, 1}, Pos{math.MaxInt32 + 5, 2}}
	if got := Pack(big).Span(); got.Start.Line != math.MaxInt32 || got.End.Col != 2 {
		t.Errorf("Pack(%v).Span() = %v, want the line saturated", big, got)
	}
	if unsafe.Sizeof(PackedSpan{}) != 16 {
		t.Errorf("PackedSpan takes %d bytes, want 16", unsafe.Sizeof(PackedSpan{}))
	}
}
