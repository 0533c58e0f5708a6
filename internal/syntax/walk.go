package syntax

import "reflect"

var nodeType = reflect.TypeFor[Node]()

// Inspect calls f for n and, when f returns true, for each node below it,
// depth first in field order. It finds the children by reflection, so it
// needs no update when a node type gains a field.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || reflect.ValueOf(n).IsNil() || !f(n) {
		return
	}
	v := reflect.ValueOf(n).Elem()
	for i := 0; i < v.NumField(); i++ {
		inspectValue(v.Field(i), f)
	}
}

func inspectValue(v reflect.Value, f func(Node) bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() || !v.CanInterface() {
			return
		}
		if v.Type().Implements(nodeType) {
			Inspect(v.Interface().(Node), f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			inspectValue(v.Index(i), f)
		}
	}
}
