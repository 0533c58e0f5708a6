package pymodule

import (
	"fmt"
	"strings"
)

// How Numba's dispatcher rates converting an argument's scalar type to a
// parameter's: its type manager's table, which numba/core/typeconv/rules.py
// fills by propagating a few casting rules through castgraph.TypeGraph.
// The generated module carries the table (_PYNJIT_CONVERT) and runs, as
// the dispatcher does, the overload whose conversions rate best, raising
// TypeError when two rate the same.

// conversion is castgraph.Conversion: the lower, the better.
type conversion int

const (
	convExact conversion = iota + 1
	convPromote
	convSafe
	convUnsafe
	convNil conversion = 99
)

// numberTypes are the scalar types the rules relate (types.number_domain
// and boolean), in the order the table is written.
var numberTypes = []string{"bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
	"float16", "float32", "float64", "complex64", "complex128"}

// castRule is one line of rules.py's _init_casting_rules: a to b with
// forward, and b to a with backward (0: no rule that way).
type castRule struct {
	a, b              string
	forward, backward conversion
}

// castRules are Numba 0.68's, in its order; 0.56 lacks int8 to float16
// (docs/semantics.md).
var castRules = []castRule{
	{"bool", "int8", convSafe, convUnsafe},
	{"bool", "uint8", convSafe, convUnsafe},
	{"int8", "int16", convPromote, convUnsafe},
	{"uint8", "uint16", convPromote, convUnsafe},
	{"int16", "int32", convPromote, convUnsafe},
	{"uint16", "uint32", convPromote, convUnsafe},
	{"int32", "int64", convPromote, convUnsafe},
	{"uint32", "uint64", convPromote, convUnsafe},
	{"uint8", "int16", convSafe, convUnsafe},
	{"uint16", "int32", convSafe, convUnsafe},
	{"uint32", "int64", convSafe, convUnsafe},
	{"int8", "float16", convSafe, convUnsafe},
	{"int16", "float32", convSafe, convUnsafe},
	{"int32", "float64", convSafe, convUnsafe},
	{"int16", "float16", convUnsafe, convUnsafe},
	{"int32", "float32", convUnsafe, convUnsafe},
	{"int64", "float64", convSafe, convUnsafe},
	{"uint64", "float64", convSafe, convUnsafe},
	{"float16", "float32", convPromote, convUnsafe},
	{"float32", "float64", convPromote, convUnsafe},
	{"float32", "complex64", convSafe, 0},
	{"float64", "complex128", convSafe, 0},
	{"complex64", "complex128", convPromote, convUnsafe},
}

// castGraph is castgraph.TypeGraph: forwards[a][b] is the best known
// conversion of a to b, backwards[b] the types known to convert to b,
// both in insertion order, as Python's dicts and (here) sets iterate.
// table is what the callback wrote into the type manager, the last
// conversion reported for each pair.
type castGraph struct {
	forwards  map[string]*orderedRels
	backwards map[string]*orderedRels
	table     map[[2]string]conversion
}

// orderedRels maps types to conversions, iterated in insertion order.
type orderedRels struct {
	keys []string
	rels map[string]conversion
}

func (s *orderedRels) get(t string) conversion {
	if r, ok := s.rels[t]; ok {
		return r
	}
	return convNil
}

// insert keeps the better of rel and what is there, reporting a change.
func (s *orderedRels) insert(t string, rel conversion) bool {
	old := s.get(t)
	if _, ok := s.rels[t]; !ok {
		s.keys = append(s.keys, t)
	}
	s.rels[t] = min(old, rel)
	return old != s.rels[t]
}

func (g *castGraph) set(m map[string]*orderedRels, t string) *orderedRels {
	s := m[t]
	if s == nil {
		s = &orderedRels{rels: map[string]conversion{}}
		m[t] = s
	}
	return s
}

func (g *castGraph) insertRule(a, b string, rel conversion) {
	g.set(g.forwards, a).insert(b, rel)
	g.table[[2]string{a, b}] = rel
	g.set(g.backwards, b).insert(a, 0)
	g.propagate(a, b, rel)
}

// propagate is TypeGraph.propagate, step for step: the propagated table
// depends on the order rules and relations are visited.
func (g *castGraph) propagate(a, b string, baserel conversion) {
	backset := g.set(g.backwards, a)
	fb := g.set(g.forwards, b)
	for i := 0; i < len(fb.keys); i++ {
		child := fb.keys[i]
		rel := max(baserel, fb.get(child))
		if a != child {
			if g.set(g.forwards, a).insert(child, rel) {
				g.table[[2]string{a, child}] = rel
			}
			g.set(g.backwards, child).insert(a, 0)
		}
		for j := 0; j < len(backset.keys); j++ {
			backnode := backset.keys[j]
			if backnode != child {
				backrel := max(rel, g.set(g.forwards, backnode).get(a))
				if g.set(g.forwards, backnode).insert(child, backrel) {
					g.table[[2]string{backnode, child}] = backrel
				}
				g.set(g.backwards, child).insert(backnode, 0)
			}
		}
	}
	ba := g.set(g.backwards, a)
	for i := 0; i < len(ba.keys); i++ {
		child := ba.keys[i]
		rel := max(baserel, g.set(g.forwards, child).get(a))
		if b != child {
			if g.set(g.forwards, child).insert(b, rel) {
				g.table[[2]string{child, b}] = rel
			}
			g.set(g.backwards, b).insert(child, 0)
		}
	}
}

// conversionTable is the type manager's table rules make: every pair of
// distinct types of numberTypes one converts to the other, and how.
func conversionTable(rules []castRule) map[[2]string]conversion {
	g := &castGraph{forwards: map[string]*orderedRels{}, backwards: map[string]*orderedRels{}, table: map[[2]string]conversion{}}
	for _, r := range rules {
		g.insertRule(r.a, r.b, r.forward)
		if r.backward != 0 {
			g.insertRule(r.b, r.a, r.backward)
		}
	}
	return g.table
}

// conversionCost is what the generated module adds up for a conversion:
// Numba compares overloads by their counts of unsafe, then safe
// conversions, then promotions, which a sum of these weights orders the
// same way for fewer than 100 parameters.
var conversionCost = map[conversion]int{convExact: 0, convPromote: 1, convSafe: 100, convUnsafe: 10000}

// pyConversions is the table as the generated module's dict literal:
// (argument type, parameter type): cost, a row per argument type.
func pyConversions() string {
	table := conversionTable(castRules)
	var b strings.Builder
	b.WriteString("{")
	for _, from := range numberTypes {
		b.WriteString("\n   ")
		for _, to := range numberTypes {
			if rel, ok := table[[2]string{from, to}]; ok && from != to {
				fmt.Fprintf(&b, " (%q, %q): %d,", from, to, conversionCost[rel])
			}
		}
	}
	b.WriteString("\n}")
	return b.String()
}

// pyNumbers is numberTypes as the items of a Python tuple.
func pyNumbers() string {
	var b strings.Builder
	for _, t := range numberTypes {
		fmt.Fprintf(&b, "%q, ", t)
	}
	return b.String()
}
