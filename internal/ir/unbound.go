package ir

import (
	"slices"

	"github.com/pynjit/pynjit/internal/syntax"
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
	name  *syntax.Name
	block *Block
	index int
}

// The value a local holds at a point is one of these, or a phi: the
// join, at a block with several predecessors, of the values they bring.
const (
	unassignedValue = iota // on every path from the entry
	assignedValue          // on every path, by an assignment in between
	firstPhi
)

// phi is where paths that disagree about a local meet.
type phi struct {
	v      *Var
	inputs []int // values, one per incoming edge
}

// checkReads finds, for every read of a local, whether each path from
// the entry assigns it first (definite assignment over the control-flow
// graph): reads no path reaches assigned are errors, reads some paths
// reach unassigned get a CheckBound.
func (b *builder) checkReads() {
	g := newCFG(b.f)
	states := b.readStates(g)
	type check struct {
		c  *CheckBound
		at int
	}
	checks := make([][]check, len(g.blocks))
	for i, r := range b.reads {
		switch states[i] {
		case readUnassigned:
			b.diags.Errorf(CodeName, b.f.File, r.name.Span(), "UnboundLocalError: %s (no path assigns it before this read)", unboundMessage(r.v.Name))
		case readMaybe:
			k := g.num[r.block.Label]
			c := &CheckBound{At: at(r.name.Span()), Var: r.v}
			b.f.number(c)
			checks[k] = append(checks[k], check{c, r.index})
		}
	}
	for k, cs := range checks {
		if len(cs) == 0 {
			continue
		}
		// cs is in read order, so by position: merge it in once
		blk := g.blocks[k]
		insts := make([]Inst, 0, len(blk.Insts)+len(cs))
		for i, inst := range blk.Insts {
			for len(cs) > 0 && cs[0].at <= i {
				insts = append(insts, cs[0].c)
				cs = cs[1:]
			}
			insts = append(insts, inst)
		}
		for _, c := range cs {
			insts = append(insts, c.c)
		}
		blk.Insts = insts
	}
}

// readState is what checkReads finds about one read of a local.
type readState uint8

const (
	readUnreached  readState = iota // in a block the entry does not reach
	readAssigned                    // every path assigns the local first
	readMaybe                       // some paths do, some do not
	readUnassigned                  // no path does
)

// readStates finds the state of each of b.reads over g.
//
// It is SSA construction (Cytron et al.) with "assigned" and
// "unassigned" as the only values: phis go at the iterated dominance
// frontiers of each read local's assignments, a walk down the dominator
// tree gives every read the value that reaches it, and two propagations
// over the phis find which are assigned on every path and which on
// some. The work grows with the blocks, instructions, reads and phis,
// where a dense set of every variable per block grew with their
// product.
func (b *builder) readStates(g *cfg) []readState {
	f := b.f
	n := len(g.blocks)
	// the reads of each reachable block, in order
	readsOf := make([][]int, n)
	read := make([]bool, len(f.Vars))
	for i, r := range b.reads {
		if k := g.num[r.block.Label]; k >= 0 {
			readsOf[k] = append(readsOf[k], i)
			read[r.v.ID] = true
		}
	}
	// the blocks that assign each read local: those of local id are
	// defBlocks[defStart[id]:defStart[id+1]], in order (one flat slice,
	// where a slice a local was an allocation each)
	defStart := make([]int32, len(f.Vars)+1)
	lastDef := make([]int32, len(f.Vars)) // block+1 of its last counted assignment
	assigns := 0                          // to read locals
	for k, blk := range g.blocks {
		for _, inst := range blk.Insts {
			if a, ok := inst.(*Assign); ok && read[a.Target.ID] {
				assigns++
				if id := a.Target.ID; lastDef[id] != int32(k+1) {
					lastDef[id] = int32(k + 1)
					defStart[id+1]++
				}
			}
		}
	}
	for id := range f.Vars {
		defStart[id+1] += defStart[id]
		lastDef[id] = 0
	}
	defBlocks := make([]int, defStart[len(f.Vars)])
	fill := slices.Clone(defStart[:len(f.Vars)])
	for k, blk := range g.blocks {
		for _, inst := range blk.Insts {
			if a, ok := inst.(*Assign); ok && read[a.Target.ID] {
				if id := a.Target.ID; lastDef[id] != int32(k+1) {
					lastDef[id] = int32(k + 1)
					defBlocks[fill[id]] = k
					fill[id]++
				}
			}
		}
	}
	// phis at the iterated dominance frontiers of the assignments
	var phis []phi
	phisAt := make([][]int, n)
	hasPhi, queued := make([]int, n), make([]int, n) // by local ID+1
	for id := range f.Vars {
		ds := defBlocks[defStart[id]:defStart[id+1]:defStart[id+1]]
		work := ds // its appends past ds's end copy it
		for _, k := range ds {
			queued[k] = id + 1
		}
		for len(work) > 0 {
			k := work[len(work)-1]
			work = work[:len(work)-1]
			for _, y := range g.frontier[k] {
				if hasPhi[y] == id+1 {
					continue
				}
				hasPhi[y] = id + 1
				phisAt[y] = append(phisAt[y], len(phis))
				phis = appendDoubling(phis, phi{v: f.Vars[id]})
				if queued[y] != id+1 {
					queued[y] = id + 1
					work = append(work, y)
				}
			}
		}
	}
	// down the dominator tree, the value of every local at every read and
	// at the end of every block, for the phis of its successors
	value := make([]int, len(f.Vars)) // all unassigned at the entry
	readValue := make([]int, len(b.reads))
	type undo struct{ id, old int }
	log := make([]undo, 0, assigns+len(phis)) // at most a set each
	set := func(id, v int) {
		log = append(log, undo{id, value[id]})
		value[id] = v
	}
	type visit struct{ block, mark int } // mark < 0: entering the block
	stack := []visit{{0, -1}}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if top.mark >= 0 { // leaving: back to the values at its entry
			for len(log) > top.mark {
				u := log[len(log)-1]
				value[u.id] = u.old
				log = log[:len(log)-1]
			}
			continue
		}
		k := top.block
		stack = appendDoubling(stack, visit{k, len(log)})
		for _, p := range phisAt[k] {
			set(phis[p].v.ID, firstPhi+p)
		}
		rs := readsOf[k]
		for i, inst := range g.blocks[k].Insts {
			for len(rs) > 0 && b.reads[rs[0]].index <= i {
				readValue[rs[0]] = value[b.reads[rs[0]].v.ID]
				rs = rs[1:]
			}
			if a, ok := inst.(*Assign); ok && read[a.Target.ID] {
				set(a.Target.ID, assignedValue)
			}
		}
		for _, r := range rs {
			readValue[r] = value[b.reads[r].v.ID]
		}
		for _, s := range g.succs[k] {
			if s < 0 {
				continue
			}
			for _, p := range phisAt[s] {
				phis[p].inputs = append(phis[p].inputs, value[phis[p].v.ID])
			}
		}
		for _, c := range g.children(k) {
			stack = appendDoubling(stack, visit{c, -1})
		}
	}
	must, may := phiStates(phis)
	states := make([]readState, len(b.reads))
	for i, r := range b.reads {
		v := readValue[i]
		switch {
		case g.num[r.block.Label] < 0:
			states[i] = readUnreached
		case v == assignedValue || v >= firstPhi && must[v-firstPhi]:
			states[i] = readAssigned
		case v == unassignedValue || !may[v-firstPhi]:
			states[i] = readUnassigned
		default:
			states[i] = readMaybe
		}
	}
	return states
}

// phiStates finds which phis hold a value assigned on every path (must,
// the greatest solution: a loop's phi is assigned on every path if what
// enters the loop is and the loop leaves it so) and which on some (may,
// the least), propagating along the phis that use each phi.
func phiStates(phis []phi) (must, may []bool) {
	must, may = make([]bool, len(phis)), make([]bool, len(phis))
	users := make([][]int, len(phis))
	var notMust, isMay []int
	for p, ph := range phis {
		must[p] = true
		for _, in := range ph.inputs {
			switch {
			case in >= firstPhi:
				users[in-firstPhi] = append(users[in-firstPhi], p)
			case in == unassignedValue && must[p]:
				must[p] = false
				notMust = append(notMust, p)
			case in == assignedValue && !may[p]:
				may[p] = true
				isMay = append(isMay, p)
			}
		}
	}
	for len(notMust) > 0 {
		p := notMust[len(notMust)-1]
		notMust = notMust[:len(notMust)-1]
		for _, u := range users[p] {
			if must[u] {
				must[u] = false
				notMust = append(notMust, u)
			}
		}
	}
	for len(isMay) > 0 {
		p := isMay[len(isMay)-1]
		isMay = isMay[:len(isMay)-1]
		for _, u := range users[p] {
			if !may[u] {
				may[u] = true
				isMay = append(isMay, u)
			}
		}
	}
	return must, may
}
