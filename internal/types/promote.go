package types

// PromoteTypes is NumPy's np.promote_types of two scalar types: the
// smallest type both convert to safely (bool below every number; an
// unsigned and a signed integer give the signed type of twice the
// unsigned width, float64 past 64 bits; small integers fit float32).
func PromoteTypes(a, b Type) Type {
	if isComplex(a) || isComplex(b) {
		return Complex128
	}
	if Equal(a, Bool) {
		return b
	}
	if Equal(b, Bool) {
		return a
	}
	fa, aFloat := a.(Float)
	fb, bFloat := b.(Float)
	ia, _ := a.(Int)
	ib, _ := b.(Int)
	switch {
	case aFloat && bFloat:
		return Float{Bits: max(fa.Bits, fb.Bits)}
	case aFloat:
		return floatFor(fa, ib)
	case bFloat:
		return floatFor(fb, ia)
	case ia.Signed == ib.Signed:
		return Int{Bits: max(ia.Bits, ib.Bits), Signed: ia.Signed}
	}
	s, u := ia, ib
	if !ia.Signed {
		s, u = ib, ia
	}
	switch {
	case s.Bits > u.Bits:
		return s
	case u.Bits < 64:
		return Int{Bits: 2 * u.Bits, Signed: true}
	}
	return Float64
}

// floatFor is the float type holding both f and every value of i.
func floatFor(f Float, i Int) Type {
	if f.Bits == 32 && i.Bits <= 16 {
		return Float32
	}
	return Float64
}

func isComplex(t Type) bool {
	_, ok := t.(Complex)
	return ok
}
