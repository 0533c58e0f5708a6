package ir

import (
	"slices"

	"github.com/pynjit/pynjit/internal/source"
)

// CheckBound raises UnboundLocalError, as CPython does, when Var has not
// been assigned yet. It precedes a read of a local that some paths reach
// assigned and others not (a name assigned only in a loop's body and
// read after the loop, say); reads that every path reaches assigned need
// no check, and reads that no path does are a compile-time error.
type CheckBound struct {
	At
	Var *Var
}

func (*CheckBound) instNode() {}

func (c *CheckBound) String() string { return "check_bound(" + c.Var.Name + ")" }

// unboundMessage is CPython 3.11's message for a read of an unassigned local.
func unboundMessage(name string) string {
	return "cannot access local variable '" + name + "' where it is not associated with a value"
}

// UnboundMessage is the message of the UnboundLocalError a CheckBound
// raises.
func (c *CheckBound) UnboundMessage() string { return unboundMessage(c.Var.Name) }

// readSite is a read of a local, before instruction index of block.
type readSite struct {
	v     *Var
	span  source.Span
	block *Block
	index int
}

// varSet is a set of variables by ID.
type varSet []bool

func (s varSet) with(o varSet) varSet {
	out := slices.Clone(s)
	for i, x := range o {
		out[i] = out[i] || x
	}
	return out
}

// checkReads finds, for every read of a local, whether each path from
// the entry assigns it first (definite assignment over the control-flow
// graph): reads no path reaches assigned are errors, reads some paths
// reach unassigned get a CheckBound.
func (b *builder) checkReads() {
	f := b.f
	n := len(f.Vars)
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
	// must: assigned on every path to the block's start; may: on some.
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
					out := must[p].with(defs[p])
					if first {
						copy(in, out)
						first = false
					} else {
						for i := range in {
							in[i] = in[i] && out[i]
						}
					}
					inMay = inMay.with(may[p].with(defs[p]))
				}
				if first {
					continue // not reached (yet)
				}
			}
			if !reached[blk] || !slices.Equal(in, must[blk]) || !slices.Equal(inMay, may[blk]) {
				reached[blk], must[blk], may[blk] = true, in, inMay
				changed = true
			}
		}
	}
	checks := map[*Block][]*CheckBound{}
	at := map[*CheckBound]int{}
	for _, r := range b.reads {
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
		case !maybe:
			b.diags.Errorf(CodeName, b.m.File, r.span, "UnboundLocalError: %s (no path assigns it before this read)", unboundMessage(r.v.Name))
		case !assigned:
			c := &CheckBound{At: At{r.span}, Var: r.v}
			checks[r.block] = append(checks[r.block], c)
			at[c] = r.index
		}
	}
	for blk, cs := range checks {
		// insert from the last position back, so earlier indexes hold;
		// checks at one position go in reverse, to end up in read order
		slices.Reverse(cs)
		slices.SortStableFunc(cs, func(x, y *CheckBound) int { return at[y] - at[x] })
		for _, c := range cs {
			blk.Insts = slices.Insert(blk.Insts, at[c], Inst(c))
		}
	}
}
