package ir

import "slices"

// denseReadStates is the definition readStates implements, written the
// obvious way as the oracle of TestReadStatesMatchDataflow: a set of
// every variable per block, iterated to a fixpoint (must: assigned on
// every path to the block's start; may: on some), and a scan of the
// block before each read. It takes time and memory in the product of
// blocks and variables, which is why it is not the implementation.
func denseReadStates(b *builder) []readState {
	f := b.f
	n := len(f.Vars)
	type varSet []bool
	union := func(s, o varSet) varSet {
		out := slices.Clone(s)
		for i, x := range o {
			out[i] = out[i] || x
		}
		return out
	}
	defs := map[*Block]varSet{}
	preds := map[*Block][]*Block{}
	for _, blk := range f.Blocks {
		d := make(varSet, n)
		for _, inst := range blk.Insts {
			if a, ok := inst.(*Assign); ok && !a.Target.Temp {
				d[a.Target.ID] = true
			}
		}
		defs[blk] = d
		for _, s := range blk.Successors() {
			preds[s] = append(preds[s], blk)
		}
	}
	must, may := map[*Block]varSet{}, map[*Block]varSet{}
	reached := map[*Block]bool{f.Blocks[0]: true}
	for changed := true; changed; {
		changed = false
		for _, blk := range f.Blocks {
			in, inMay := make(varSet, n), make(varSet, n)
			if blk != f.Blocks[0] {
				first := true
				for _, p := range preds[blk] {
					if !reached[p] {
						continue
					}
					out := union(must[p], defs[p])
					if first {
						copy(in, out)
						first = false
					} else {
						for i := range in {
							in[i] = in[i] && out[i]
						}
					}
					inMay = union(inMay, union(may[p], defs[p]))
				}
				if first {
					continue
				}
			}
			if !reached[blk] || !slices.Equal(in, must[blk]) || !slices.Equal(inMay, may[blk]) {
				reached[blk], must[blk], may[blk] = true, in, inMay
				changed = true
			}
		}
	}
	states := make([]readState, len(b.reads))
	for i, r := range b.reads {
		if !reached[r.block] {
			continue
		}
		assigned, maybe := must[r.block][r.v.ID], may[r.block][r.v.ID]
		for _, inst := range r.block.Insts[:r.index] {
			if a, ok := inst.(*Assign); ok && a.Target == r.v {
				assigned, maybe = true, true
			}
		}
		switch {
		case assigned:
			states[i] = readAssigned
		case maybe:
			states[i] = readMaybe
		default:
			states[i] = readUnassigned
		}
	}
	return states
}
