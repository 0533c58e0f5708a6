package types

import "fmt"

// What a type can be: these predicates are the one place that says it,
// read by inference (which refuses, with a position, what cannot be
// built) and by code generation (which builds what they allow), so that
// pynjit check and pynjit build agree.

// MaxDims is the most dimensions an array may have: a run-time array
// (pynjit_array in C) holds its shape and strides in arrays of MaxDims.
const MaxDims = 4

// Unrepresentable returns the part of t that compiled code cannot hold
// as a run-time value, or nil: complex64, which has no arithmetic, C ABI
// or Python conversion yet; an array of more than MaxDims dimensions;
// and the values that exist only while compiling (modules, functions,
// dtypes, exception classes).
func Unrepresentable(t Type) Type {
	switch t := t.(type) {
	case Complex:
		if t.Bits != 128 {
			return t
		}
	case *Array:
		if u := Unrepresentable(t.Dtype); u != nil {
			return u
		}
		if t.NDim > MaxDims {
			return t
		}
	case *Tuple:
		return firstUnrepresentable(t.Elems)
	case Pair:
		return firstUnrepresentable([]Type{t.First, t.Second})
	case Enumerate:
		return Unrepresentable(t.Inner)
	case EnumerateIter:
		return Unrepresentable(t.Inner)
	case Zip:
		return firstUnrepresentable(t.Inners)
	case ZipIter:
		return firstUnrepresentable(t.Inners)
	case TupleIter:
		return Unrepresentable(t.Tuple)
	case ArrayIter:
		return Unrepresentable(t.Array)
	case RangeState:
		return Unrepresentable(t.Elem)
	case RangeIter:
		return Unrepresentable(t.Elem)
	case Literal:
		return Unrepresentable(t.Base)
	case *Module, *Callable, DType, ExceptionClass:
		return t
	}
	return nil
}

func firstUnrepresentable(ts []Type) Type {
	for _, t := range ts {
		if u := Unrepresentable(t); u != nil {
			return u
		}
	}
	return nil
}

// WhyUnrepresentable says why compiled code cannot hold a value of u, a
// type Unrepresentable returned, and what to write instead.
func WhyUnrepresentable(u Type) string {
	switch u := u.(type) {
	case *Array:
		return fmt.Sprintf("%s is unsupported in pynjit: arrays have at most %d dimensions", u, MaxDims)
	case Complex:
		return fmt.Sprintf("%s is unsupported in pynjit for now (no arithmetic, C ABI or Python conversion of it yet): use complex128", u)
	}
	return fmt.Sprintf("%s has no run-time value in nopython mode", u)
}

// Representable reports whether compiled code can hold a value of t.
func Representable(t Type) bool { return Unrepresentable(t) == nil }

// Managed reports whether a value of t holds references to arrays,
// which are reference-counted: an array, or a tuple holding one.
func Managed(t Type) bool {
	switch t := t.(type) {
	case *Array:
		return true
	case *Tuple:
		for _, e := range t.Elems {
			if Managed(e) {
				return true
			}
		}
	}
	return false
}

// Unboxable returns the part of t that cannot cross into or out of
// Python (the C ABI, the generated Python module), or nil: numbers,
// None, arrays and tuples of them can (Boxable); ranges, iterators,
// zip and enumerate objects, sys.argv and the compile-time values
// cannot, as in Numba ("cannot convert native range_state_int64 to
// Python object").
func Unboxable(t Type) Type {
	if u := Unrepresentable(t); u != nil {
		return u
	}
	switch t := t.(type) {
	case Int, Float, Complex, Boolean, NoneType, *Array:
		return nil
	case Literal:
		return Unboxable(t.Base)
	case *Tuple:
		for _, e := range t.Elems {
			if u := Unboxable(e); u != nil {
				return u
			}
		}
		return nil
	}
	return t
}

// Boxable reports whether values of t convert to and from Python
// objects.
func Boxable(t Type) bool { return Unboxable(t) == nil }
