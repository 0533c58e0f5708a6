package syntax

import "reflect"

// Inspect calls f for n and, when f returns true, for each node below it,
// depth first in field order. It follows the fields walk_gen.go lists per
// node type, which TestWalkIsGenerated keeps up to date with the node
// types (finding them by reflection made it most of the resolver's time
// on large files).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || reflect.ValueOf(n).IsNil() || !f(n) {
		return
	}
	walkChildren(n, f)
}
