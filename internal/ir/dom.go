package ir

// cfg is the control-flow graph of the blocks of a function that the
// entry reaches, numbered in depth-first preorder from the entry (0),
// with their dominator tree and dominance frontiers. Edge lists are flat
// arrays indexed by block: a function of 100,000 ifs has 300,000 blocks.
type cfg struct {
	blocks []*Block
	// num is the number of each block of the function, by Label; -1 for
	// a block the entry does not reach.
	num []int
	// succs are each block's successors (at most two, -1 for none).
	succs [][2]int
	// the predecessors of block b are predList[predStart[b]:predStart[b+1]]
	predStart, predList []int
	// parent is each block's parent in the depth-first tree.
	parent []int
	// idom is each block's immediate dominator (the entry's is itself);
	// the blocks b immediately dominates are
	// childList[childStart[b]:childStart[b+1]].
	idom                  []int
	childStart, childList []int
	// frontier is each block's dominance frontier: the blocks where a
	// path from it first meets a path that does not pass through it.
	frontier [][]int
}

func (g *cfg) preds(b int) []int    { return g.predList[g.predStart[b]:g.predStart[b+1]] }
func (g *cfg) children(b int) []int { return g.childList[g.childStart[b]:g.childStart[b+1]] }

// newCFG numbers f's reachable blocks and computes their dominators
// (Lengauer and Tarjan's algorithm: the simpler iteration of Cooper,
// Harvey and Kennedy walks up the tree once per predecessor, quadratic
// at a block that 10,000 links of a chained comparison all branch to)
// and their dominance frontiers.
func newCFG(f *Func) *cfg {
	// at most every block is reachable: made at that size, not grown
	g := &cfg{num: make([]int, len(f.Blocks)), blocks: make([]*Block, 0, len(f.Blocks)), parent: make([]int, 0, len(f.Blocks))}
	for i, b := range f.Blocks {
		if b.Label != i {
			panic("ir: block labels are not their indexes")
		}
		g.num[i] = -1
	}
	// depth-first, without recursion: a chain of 100,000 blocks is a
	// chain of 100,000 calls otherwise
	type frame struct {
		b, next int // next: the successor to look at next
		succ    [2]*Block
	}
	visit := func(b *Block, parent int) frame {
		g.num[b.Label] = len(g.blocks)
		g.blocks = append(g.blocks, b)
		g.parent = append(g.parent, parent)
		return frame{b: len(g.blocks) - 1, succ: b.Succs()}
	}
	stack := []frame{visit(f.Blocks[0], 0)}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.next == 2 || top.succ[top.next] == nil {
			stack = stack[:len(stack)-1]
			continue
		}
		s := top.succ[top.next]
		top.next++
		if g.num[s.Label] < 0 {
			stack = appendDoubling(stack, visit(s, top.b))
		}
	}
	n := len(g.blocks)
	g.succs = make([][2]int, n)
	g.predStart = make([]int, n+1)
	for i, b := range g.blocks {
		g.succs[i] = [2]int{-1, -1}
		for k, s := range b.Succs() {
			if s != nil {
				g.succs[i][k] = g.num[s.Label]
				g.predStart[g.num[s.Label]+1]++
			}
		}
	}
	for i := range n {
		g.predStart[i+1] += g.predStart[i]
	}
	g.predList = make([]int, g.predStart[n])
	fill := make([]int, n)
	for i := range n {
		for _, j := range g.succs[i] {
			if j >= 0 {
				g.predList[g.predStart[j]+fill[j]] = i
				fill[j]++
			}
		}
	}
	g.dominators()
	g.frontiers()
	return g
}

// dominators is Lengauer and Tarjan's algorithm with path compression
// (their simple version, O(E log V)) over the depth-first numbering.
func (g *cfg) dominators() {
	n := len(g.blocks)
	semi, label, ancestor := make([]int, n), make([]int, n), make([]int, n)
	g.idom = make([]int, n)
	bucket := make([][]int, n)
	for i := range n {
		semi[i], label[i], ancestor[i] = i, i, -1
	}
	var path []int
	eval := func(v int) int {
		if ancestor[v] < 0 {
			return v
		}
		path = path[:0]
		for u := v; ancestor[ancestor[u]] >= 0; u = ancestor[u] {
			path = append(path, u)
		}
		for i := len(path) - 1; i >= 0; i-- {
			u := path[i]
			a := ancestor[u]
			if semi[label[a]] < semi[label[u]] {
				label[u] = label[a]
			}
			ancestor[u] = ancestor[a]
		}
		return label[v]
	}
	for w := n - 1; w > 0; w-- {
		for _, v := range g.preds(w) {
			if u := eval(v); semi[u] < semi[w] {
				semi[w] = semi[u]
			}
		}
		bucket[semi[w]] = append(bucket[semi[w]], w)
		p := g.parent[w]
		ancestor[w] = p
		for _, v := range bucket[p] {
			if u := eval(v); semi[u] < semi[v] {
				g.idom[v] = u
			} else {
				g.idom[v] = p
			}
		}
		bucket[p] = nil
	}
	for w := 1; w < n; w++ {
		if g.idom[w] != semi[w] {
			g.idom[w] = g.idom[g.idom[w]]
		}
	}
	g.childStart = make([]int, n+1)
	for i := 1; i < n; i++ {
		g.childStart[g.idom[i]+1]++
	}
	for i := range n {
		g.childStart[i+1] += g.childStart[i]
	}
	g.childList = make([]int, max(n-1, 0))
	fill := make([]int, n)
	for i := 1; i < n; i++ {
		d := g.idom[i]
		g.childList[g.childStart[d]+fill[d]] = i
		fill[d]++
	}
}

func (g *cfg) frontiers() {
	g.frontier = make([][]int, len(g.blocks))
	for b := range g.blocks {
		ps := g.preds(b)
		if len(ps) < 2 {
			continue
		}
		for _, p := range ps {
			for r := p; r != g.idom[b]; r = g.idom[r] {
				if fr := g.frontier[r]; len(fr) > 0 && fr[len(fr)-1] == b {
					break // reached from another predecessor already
				}
				g.frontier[r] = append(g.frontier[r], b)
			}
		}
	}
}
