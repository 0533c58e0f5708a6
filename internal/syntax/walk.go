package syntax

import "reflect"

// Inspect calls f for n and, when f returns true, for each node below it,
// depth first in field order. It takes the children from childAt
// (walk_gen.go, generated from the node types' fields, which
// TestWalkIsGenerated keeps up to date: finding them by reflection made
// it most of the resolver's time on large files), and keeps the path to
// the node it visits on a stack of its own: an elif chain of 100,000
// branches is as deep a tree.
func Inspect(n Node, f func(Node) bool) {
	type frame struct {
		n    Node
		next int // the index of the child to visit next
	}
	if !visit(n, f) {
		return
	}
	stack := make([]frame, 1, 64)
	stack[0] = frame{n, 0}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		c, ok := childAt(top.n, top.next)
		if !ok {
			stack = stack[:len(stack)-1]
			continue
		}
		top.next++
		if visit(c, f) {
			if len(stack) == cap(stack) { // by doubling: a path may be 100,000 nodes long
				stack = append(make([]frame, 0, 2*len(stack)), stack...)
			}
			stack = append(stack, frame{c, 0})
		}
	}
}

// visit calls f for n unless n is nil, and reports whether to go on below n.
func visit(n Node, f func(Node) bool) bool {
	return n != nil && !reflect.ValueOf(n).IsNil() && f(n)
}
