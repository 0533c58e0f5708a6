package ir

// slab hands out pointers to zeroed values of T carved from blocks that
// start small and double up to 256 values: a function of 100,000
// statements has 400,000 variables and 500,000 assignments, each a
// separate allocation otherwise (an Assign of 40 bytes would take 48),
// and a small function wastes little. A block stays alive while any
// value in it is reachable.
type slab[T any] struct {
	free []T
	next int // size of the next block
}

func (s *slab[T]) alloc() *T {
	if len(s.free) == 0 {
		s.next = min(max(2*s.next, 8), 256)
		s.free = make([]T, s.next)
	}
	v := &s.free[0]
	s.free = s.free[1:]
	return v
}

// compact moves the blocks' instructions into one array of their total
// length, and the function's variables and blocks into slices of their
// exact length: they grew by appending (a block of five instructions
// takes eight slots; 400,000 variables, 524,288), and the IR is held
// until code generation ends.
func (f *Func) compact() {
	n := 0
	for _, blk := range f.Blocks {
		n += len(blk.Insts)
	}
	all := make([]Inst, n)
	for _, blk := range f.Blocks {
		k := copy(all, blk.Insts)
		blk.Insts, all = all[:k:k], all[k:]
	}
	if cap(f.Vars) > len(f.Vars) {
		f.Vars = append([]*Var(nil), f.Vars...)
	}
	if cap(f.Blocks) > len(f.Blocks) {
		f.Blocks = append([]*Block(nil), f.Blocks...)
	}
}
