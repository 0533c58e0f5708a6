package ir

// compact moves the blocks' instructions into one array of their total
// length, and the function's variables and blocks into slices of their
// exact length, when they grew by appending to more than 4 KB beyond it
// (a block of five instructions takes eight slots; 400,000 variables,
// 524,288): the IR is held until code generation ends. A small
// function's few spare slots are not worth the copy.
func (f *Func) compact() {
	n, spare := 0, 8*(cap(f.Vars)-len(f.Vars)+cap(f.Blocks)-len(f.Blocks))
	for _, blk := range f.Blocks {
		n += len(blk.Insts)
		spare += 16 * (cap(blk.Insts) - len(blk.Insts))
	}
	if spare <= 4096 {
		return
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
