package types

// Equal reports whether a and b are the same type, comparing their
// structure: kinds, widths, element types, dimensions and layouts,
// names. (Two types that print alike are not therefore equal: printing
// is for people.)
func Equal(a, b Type) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	switch a := a.(type) {
	case Int, Float, Complex, Boolean, NoneType, Argv, ArgvItem, SliceType:
		return a == b
	case *Tuple:
		b, ok := b.(*Tuple)
		return ok && (a == b || allEqual(a.Elems, b.Elems))
	case *Array:
		b, ok := b.(*Array)
		return ok && arraysEqual(a, b)
	case *Module:
		b, ok := b.(*Module)
		return ok && a.Name == b.Name
	case *Callable:
		b, ok := b.(*Callable)
		return ok && a.Key == b.Key
	case RangeState:
		b, ok := b.(RangeState)
		return ok && Equal(a.Elem, b.Elem)
	case RangeIter:
		b, ok := b.(RangeIter)
		return ok && Equal(a.Elem, b.Elem)
	case Pair:
		b, ok := b.(Pair)
		return ok && Equal(a.First, b.First) && Equal(a.Second, b.Second)
	case TupleIter:
		b, ok := b.(TupleIter)
		return ok && Equal(a.Tuple, b.Tuple)
	case Enumerate:
		b, ok := b.(Enumerate)
		return ok && Equal(a.Inner, b.Inner)
	case EnumerateIter:
		b, ok := b.(EnumerateIter)
		return ok && Equal(a.Inner, b.Inner)
	case Zip:
		b, ok := b.(Zip)
		return ok && allEqual(a.Inners, b.Inners)
	case ZipIter:
		b, ok := b.(ZipIter)
		return ok && allEqual(a.Inners, b.Inners)
	case DType:
		b, ok := b.(DType)
		return ok && Equal(a.Elem, b.Elem)
	case ArrayIter:
		b, ok := b.(ArrayIter)
		return ok && arraysEqual(a.Array, b.Array)
	case ExceptionClass:
		b, ok := b.(ExceptionClass)
		return ok && a.Name == b.Name
	case Literal:
		b, ok := b.(Literal)
		return ok && Equal(a.Base, b.Base) && a.Value == b.Value
	}
	panic("types.Equal: unknown type " + a.String())
}

func arraysEqual(a, b *Array) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a == b || a.NDim == b.NDim && a.Layout == b.Layout && Equal(a.Dtype, b.Dtype)
}

// allEqual reports whether two lists of types are equal item by item.
func allEqual(a, b []Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
