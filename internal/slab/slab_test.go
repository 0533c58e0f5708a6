package slab

import (
	"slices"
	"testing"
)

// blocks returns the sizes of the blocks s takes for n values.
func blocks(s *Slab[int64], n int) []int {
	var out []int
	for range n {
		before := len(s.free)
		v := s.Alloc()
		if before == 0 {
			out = append(out, len(s.free)+1)
		}
		if *v != 0 {
			panic("not zeroed")
		}
		*v = -1
	}
	return out
}

func TestBlocks(t *testing.T) {
	for _, c := range []struct {
		first, n int // first 0: the zero Slab
		want     []int
	}{
		{0, 1, []int{8}},
		{0, 9, []int{8, 16}},
		{2, 7, []int{2, 4, 8}},
		{8, 8 + 16 + 32 + 64 + 128 + 256 + 256 + 1, []int{8, 16, 32, 64, 128, 256, 256, 256}},
		{1000, 300, []int{256, 256}},
	} {
		s := &Slab[int64]{}
		if c.first != 0 {
			*s = New[int64](c.first)
		}
		if got := blocks(s, c.n); !slices.Equal(got, c.want) {
			t.Errorf("New(%d), %d values: blocks %v, want %v", c.first, c.n, got, c.want)
		}
	}
}

// TestDistinct: every value is its own, zeroed, whatever was written to
// the ones before.
func TestDistinct(t *testing.T) {
	var s Slab[[3]int]
	seen := map[*[3]int]bool{}
	for i := range 1000 {
		v := s.Alloc()
		if seen[v] || *v != [3]int{} {
			t.Fatalf("value %d: reused or not zeroed: %v", i, *v)
		}
		seen[v] = true
		*v = [3]int{i, i, i}
	}
}
