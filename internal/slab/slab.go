// Package slab allocates many small values of one type in few large
// allocations: the syntax tree of a large file and the IR of a large
// function hold hundreds of thousands of nodes, instructions and
// variables, each a separate allocation otherwise (and rounded up to its
// size class: an IR assignment of 40 bytes would take 48).
package slab

// maxBlock is the most values one block holds: past it, a block's
// allocation is as cheap per value as a larger one, and a block stays
// alive while any value in it is reachable.
const maxBlock = 256

// Slab hands out pointers to zeroed values of T carved from blocks that
// double from 8 values (or the size New gives) up to 256, so that a
// small file or function wastes little. A block stays alive while any
// value in it is reachable. The zero Slab is ready to use.
type Slab[T any] struct {
	free []T
	next int // size of the next block; 0 for 8
}

// New returns a Slab whose first block holds first values.
func New[T any](first int) Slab[T] {
	return Slab[T]{next: min(max(first, 1), maxBlock)}
}

// Alloc returns a pointer to a new zeroed T.
func (s *Slab[T]) Alloc() *T {
	if len(s.free) == 0 {
		n := s.next
		if n == 0 {
			n = 8
		}
		s.free = make([]T, n)
		s.next = min(2*n, maxBlock)
	}
	v := &s.free[0]
	s.free = s.free[1:]
	return v
}
