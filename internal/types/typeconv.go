package types

// How Numba rates converting a value of one number type to another: its
// type manager's table (numba/core/typeconv), which rules.py fills by
// propagating a few casting rules through castgraph.TypeGraph. Overload
// resolution, in compiled code (package infer) and in the generated
// Python modules (package pymodule), rates conversions by it.

// Conversion is castgraph.Conversion: the lower, the better.
type Conversion int

// The conversions, best first; ConvNone, worse than any, says a value
// does not convert (castgraph's nil), so the worst of several is their
// max.
const (
	ConvExact Conversion = iota + 1
	ConvPromote
	ConvSafe
	ConvUnsafe
	ConvNone Conversion = 99
)

// NumberTypes are the types the rules relate (types.number_domain and
// boolean), in the order the table is written.
var NumberTypes = []Type{Bool, Int8, Uint8, Int16, Uint16, Int32, Uint32, Int64, Uint64,
	Float{16}, Float32, Float64, Complex64, Complex128}

// Convert is how Numba converts a value of type from to type to (its
// typing context's can_convert): ConvExact for the same type; between
// number types, its type manager's table; an array to an A-layout array
// of the same element type and dimensions, ConvSafe; a tuple as its
// worst item; otherwise ConvNone.
func Convert(from, to Type) Conversion {
	if Equal(from, to) {
		return ConvExact
	}
	switch f := from.(type) {
	case *Array:
		if t, ok := to.(*Array); ok && Equal(f.Dtype, t.Dtype) && f.NDim == t.NDim && t.Layout == LayoutA {
			return ConvSafe
		}
	case *Tuple:
		t, ok := to.(*Tuple)
		if !ok || len(t.Elems) != len(f.Elems) {
			return ConvNone
		}
		worst := ConvExact
		for i := range f.Elems {
			worst = max(worst, Convert(f.Elems[i], t.Elems[i]))
		}
		return worst
	}
	if c, ok := numbaConversions[[2]string{from.String(), to.String()}]; ok && IsNumber(from) && IsNumber(to) {
		return c
	}
	return ConvNone
}

// castRule is one line of rules.py's _init_casting_rules: a to b with
// forward, and b to a with backward (0: no rule that way).
type castRule struct {
	a, b              string
	forward, backward Conversion
}

// castRules are Numba 0.68's, in its order; 0.56 lacks int8 to float16
// (docs/semantics.md).
var castRules = []castRule{
	{"bool", "int8", ConvSafe, ConvUnsafe},
	{"bool", "uint8", ConvSafe, ConvUnsafe},
	{"int8", "int16", ConvPromote, ConvUnsafe},
	{"uint8", "uint16", ConvPromote, ConvUnsafe},
	{"int16", "int32", ConvPromote, ConvUnsafe},
	{"uint16", "uint32", ConvPromote, ConvUnsafe},
	{"int32", "int64", ConvPromote, ConvUnsafe},
	{"uint32", "uint64", ConvPromote, ConvUnsafe},
	{"uint8", "int16", ConvSafe, ConvUnsafe},
	{"uint16", "int32", ConvSafe, ConvUnsafe},
	{"uint32", "int64", ConvSafe, ConvUnsafe},
	{"int8", "float16", ConvSafe, ConvUnsafe},
	{"int16", "float32", ConvSafe, ConvUnsafe},
	{"int32", "float64", ConvSafe, ConvUnsafe},
	{"int16", "float16", ConvUnsafe, ConvUnsafe},
	{"int32", "float32", ConvUnsafe, ConvUnsafe},
	{"int64", "float64", ConvSafe, ConvUnsafe},
	{"uint64", "float64", ConvSafe, ConvUnsafe},
	{"float16", "float32", ConvPromote, ConvUnsafe},
	{"float32", "float64", ConvPromote, ConvUnsafe},
	{"float32", "complex64", ConvSafe, 0},
	{"float64", "complex128", ConvSafe, 0},
	{"complex64", "complex128", ConvPromote, ConvUnsafe},
}

// numbaConversions is the table castRules make: every pair of distinct
// types of NumberTypes (by name) one converts to the other, and how.
// Made once, never changed.
var numbaConversions = conversionTable(castRules)

// castGraph is castgraph.TypeGraph: forwards[a][b] is the best known
// conversion of a to b, backwards[b] the types known to convert to b,
// both in insertion order, as Python's dicts and (here) sets iterate.
// table is what the callback wrote into the type manager, the last
// conversion reported for each pair.
type castGraph struct {
	forwards  map[string]*orderedRels
	backwards map[string]*orderedRels
	table     map[[2]string]Conversion
}

// orderedRels maps types to conversions, iterated in insertion order.
type orderedRels struct {
	keys []string
	rels map[string]Conversion
}

func (s *orderedRels) get(t string) Conversion {
	if r, ok := s.rels[t]; ok {
		return r
	}
	return ConvNone
}

// insert keeps the better of rel and what is there, reporting a change.
func (s *orderedRels) insert(t string, rel Conversion) bool {
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
		s = &orderedRels{rels: map[string]Conversion{}}
		m[t] = s
	}
	return s
}

func (g *castGraph) insertRule(a, b string, rel Conversion) {
	g.set(g.forwards, a).insert(b, rel)
	g.table[[2]string{a, b}] = rel
	g.set(g.backwards, b).insert(a, 0)
	g.propagate(a, b, rel)
}

// propagate is TypeGraph.propagate, step for step: the propagated table
// depends on the order rules and relations are visited.
func (g *castGraph) propagate(a, b string, baserel Conversion) {
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
// distinct types of NumberTypes one converts to the other, and how.
func conversionTable(rules []castRule) map[[2]string]Conversion {
	g := &castGraph{forwards: map[string]*orderedRels{}, backwards: map[string]*orderedRels{}, table: map[[2]string]Conversion{}}
	for _, r := range rules {
		g.insertRule(r.a, r.b, r.forward)
		if r.backward != 0 {
			g.insertRule(r.b, r.a, r.backward)
		}
	}
	return g.table
}
