package source

import "math"

// PackedSpan is a Span in 16 bytes rather than 32, for what a large file
// has millions of (syntax nodes, IR instructions). Lines and columns past
// int32's range, which no file this compiler can hold in memory reaches,
// saturate.
type PackedSpan struct{ startLine, startCol, endLine, endCol int32 }

// Pack returns s in 16 bytes.
func Pack(s Span) PackedSpan {
	return PackedSpan{narrow(s.Start.Line), narrow(s.Start.Col), narrow(s.End.Line), narrow(s.End.Col)}
}

// Span returns the span p holds.
func (p PackedSpan) Span() Span {
	return Span{Pos{int(p.startLine), int(p.startCol)}, Pos{int(p.endLine), int(p.endCol)}}
}

func narrow(n int) int32 {
	return int32(max(min(n, math.MaxInt32), math.MinInt32))
}
