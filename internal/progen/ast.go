package progen

import (
	"strings"
)

// Type is the type of a generated value: a scalar kind, or an array
// (ArrayOf) with its dtype and number of dimensions.
type Type int

// The scalar types generated programs use.
const (
	Int Type = iota
	Float
	Bool
	Pair // a (int, float) tuple
)

// arrayBase is the first array Type: arrays are arrayBase + 4*dtype + ndim.
const arrayBase = 16

// ArrayOf is the type of arrays of d with nd dimensions (1 to 3).
func ArrayOf(d Dtype, nd int) Type { return Type(arrayBase + 4*int(d) + nd) }

// IsArray reports whether t is an array type.
func (t Type) IsArray() bool { return t >= arrayBase }

// Dtype is an array type's element type.
func (t Type) Dtype() Dtype { return Dtype((t - arrayBase) / 4) }

// NDim is an array type's number of dimensions.
func (t Type) NDim() int { return int(t-arrayBase) % 4 }

// numba is the type's name in a Numba signature.
func (t Type) numba() string {
	if t.IsArray() {
		return t.Dtype().numba() + "[" + strings.TrimSuffix(strings.Repeat(":, ", t.NDim()), ", ") + "]"
	}
	return [...]string{"int64", "float64", "boolean", "Tuple((int64, float64))"}[t]
}

// Dtype is an array's element type.
type Dtype int

// The dtypes of generated arrays. Bool arrays are only made by
// comparisons, never passed in.
const (
	F64 Dtype = iota
	I64
	F32
	I32
	B1
)

func (d Dtype) numba() string {
	return [...]string{"float64", "int64", "float32", "int32", "boolean"}[d]
}

// np is the dtype's name in NumPy.
func (d Dtype) np() string {
	return "np." + [...]string{"float64", "int64", "float32", "int32", "bool_"}[d]
}

// isFloat reports whether d is a float dtype.
func (d Dtype) isFloat() bool { return d == F64 || d == F32 }

// Expr is a generated expression: Format with each '$' replaced by the
// rendering of the next of Args. Bound is, for an Int, an upper bound of
// the absolute value of every value it can take; the generator keeps
// every integer far from int64's limits, so wrap-around never happens.
type Expr struct {
	Format string
	Args   []*Expr
	Type   Type
	Bound  float64
	// Keep marks an index: the shrinker may simplify inside it but not
	// replace it, which could index out of bounds.
	Keep bool
	// Shape is an array's symbolic shape: one name per dimension, equal
	// names for dimensions known to be equal (see shape.go).
	Shape []string
	// Exact marks a float value (or every element of a float array)
	// that is a multiple of 2**-Scale of magnitude at most Bound, or
	// inf or nan: sums of such values do not depend on their order.
	Exact bool
	Scale int
	// Finite marks an exact value (or array) that is never inf or nan
	// (finite.go): made of integers and constants, or reading only
	// arrays committed to the finite class.
	Finite bool
	// View names the array an array expression is a view of (the
	// variable's root, see arrayVar), "" for a new array.
	View string
	// Axis and Step give, for a 1-D view, the variable and dimension it
	// runs along ("v:1") and its step along it (0 when the step is only
	// known at run time): of two views along one Axis, in one statement,
	// the strides compare as the steps do.
	Axis string
	Step int
	// Contig marks a view whose static type is C-contiguous (Numba's
	// layout C, not A): a whole variable or an integer-indexed part of a
	// C one. New arrays are all C.
	Contig bool
}

// String renders e as Python source.
func (e *Expr) String() string {
	var b strings.Builder
	e.write(&b)
	return b.String()
}

func (e *Expr) write(b *strings.Builder) {
	i := 0
	for _, r := range e.Format {
		if r == '$' {
			e.Args[i].write(b)
			i++
			continue
		}
		b.WriteRune(r)
	}
}

// size counts the nodes of e.
func (e *Expr) size() int {
	n := 1
	for _, a := range e.Args {
		n += a.size()
	}
	return n
}

// Stmt is a generated statement: Head (one or more lines, each '$'
// replaced by the next of Exprs) and, for compound statements, Body and
// Else (an if's or a loop's else clause) indented under it. Fixed marks
// statements the shrinker must keep (declarations, loop counters).
type Stmt struct {
	Head  string
	Exprs []*Expr
	Body  []*Stmt
	Else  []*Stmt
	Fixed bool
}

// Func is one generated function.
type Func struct {
	Name   string
	Params []Param
	Ret    Type
	Body   []*Stmt
	// Recursive functions take their recursion depth first, below 8.
	Recursive bool
}

// Param is a function parameter; an array parameter has a symbolic
// shape, Exact when its float elements are in the exact class, and
// Finite when they are also never inf or nan.
type Param struct {
	Name   string
	Type   Type
	Shape  []string
	Exact  bool
	Finite bool
}

// Signature is the function's Numba signature string.
func (f *Func) Signature() string {
	args := make([]string, len(f.Params))
	for i, p := range f.Params {
		args[i] = p.Type.numba()
	}
	return f.Ret.numba() + "(" + strings.Join(args, ", ") + ")"
}

// Program is one generated program: helper functions, then the entry
// function it is named for, and the arguments to call the entry with.
type Program struct {
	Seed  uint64
	Funcs []*Func  // the entry is last
	Cases []string // Python expressions giving a tuple of arguments
}

// Entry is the program's entry function.
func (p *Program) Entry() *Func { return p.Funcs[len(p.Funcs)-1] }

// Source renders the program's functions as Python source.
func (p *Program) Source() string {
	var b strings.Builder
	for _, f := range p.Funcs {
		f.write(&b)
	}
	return b.String()
}

func (f *Func) write(b *strings.Builder) {
	b.WriteString("\n\n@njit(\"" + f.Signature() + "\")\n")
	b.WriteString("def " + f.Name + "(")
	for i, prm := range f.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(prm.Name)
	}
	b.WriteString("):\n")
	writeBlock(b, f.Body, "    ")
}

// CaseList renders the program's cases as entries of a CASES list.
func (p *Program) CaseList() string {
	var b strings.Builder
	for _, c := range p.Cases {
		b.WriteString("    (\"" + p.Entry().Name + "\", lambda: " + c + "),\n")
	}
	return b.String()
}

// Module renders programs as one testdata/run program: the functions and
// a CASES list.
func Module(doc string, progs []*Program) []byte {
	var b strings.Builder
	b.WriteString("\"\"\"" + doc + "\"\"\"\nimport math\n\nimport numpy as np\n\nfrom numba import njit\n")
	for _, p := range progs {
		b.WriteString(p.Source())
	}
	b.WriteString("\n\nCASES = [\n")
	for _, p := range progs {
		b.WriteString(p.CaseList())
	}
	b.WriteString("]\n")
	return []byte(b.String())
}

func writeBlock(b *strings.Builder, body []*Stmt, indent string) {
	if len(body) == 0 {
		b.WriteString(indent + "pass\n")
		return
	}
	for _, s := range body {
		i := 0
		for _, line := range strings.Split(s.Head, "\n") {
			b.WriteString(indent)
			for _, r := range line {
				if r == '$' {
					b.WriteString(s.Exprs[i].String())
					i++
					continue
				}
				b.WriteRune(r)
			}
			b.WriteByte('\n')
		}
		if strings.HasSuffix(s.Head, ":") {
			writeBlock(b, s.Body, indent+"    ")
			if s.Else != nil {
				b.WriteString(indent + "else:\n")
				writeBlock(b, s.Else, indent+"    ")
			}
		}
	}
}
