package types

import "testing"

// everyKind holds a value of every kind of type, each unequal to the
// others.
var everyKind = []Type{
	Int8, Int64, Uint64, Float32, Float64, Complex64, Complex128, Bool, None,
	&Tuple{}, &Tuple{Elems: []Type{Int64, Int64}}, &Tuple{Elems: []Type{Int64, Float64}},
	&Array{Dtype: Float64, NDim: 1, Layout: LayoutC}, &Array{Dtype: Float64, NDim: 2, Layout: LayoutC},
	&Array{Dtype: Float64, NDim: 1, Layout: LayoutA}, &Array{Dtype: Float32, NDim: 1, Layout: LayoutC},
	&Module{Name: "math"}, &Callable{Key: Key{Name: "f"}}, &Callable{Key: Key{Name: "g"}}, &Callable{Key: Builtin("abs")}, &Callable{Key: Key{Module: MathMod, Name: "fabs"}},
	RangeState{Elem: Int64}, RangeIter{Elem: Int64}, RangeIter{Elem: Uint64},
	Pair{First: Int64, Second: Bool}, TupleIter{Tuple: &Tuple{Elems: []Type{Int64}}},
	Argv{}, ArgvItem{}, Enumerate{Inner: RangeState{Elem: Int64}}, EnumerateIter{Inner: RangeState{Elem: Int64}},
	Zip{Inners: []Type{RangeState{Elem: Int64}}}, ZipIter{Inners: []Type{RangeState{Elem: Int64}}},
	SliceType{}, DType{Elem: Float64}, ArrayIter{Array: &Array{Dtype: Float64, NDim: 1, Layout: LayoutC}},
	ExceptionClass{Name: "ValueError"},
	Literal{Base: Int64, Value: int64(1)}, Literal{Base: Int64, Value: int64(2)}, Literal{Base: Uint64, Value: uint64(1)},
	Literal{Base: Bool, Value: true},
}

func TestEqualIsStructural(t *testing.T) {
	for i, a := range everyKind {
		for j, b := range everyKind {
			if got := Equal(a, b); got != (i == j) {
				t.Errorf("Equal(%s, %s) = %v", a, b, got)
			}
		}
	}
	// fresh values of the same structure are equal
	for _, c := range []struct{ a, b Type }{
		{&Tuple{Elems: []Type{Int64, &Array{Dtype: Bool, NDim: 3, Layout: LayoutF}}}, &Tuple{Elems: []Type{Int{64, true}, &Array{Dtype: Boolean{}, NDim: 3, Layout: LayoutF}}}},
		{Zip{Inners: []Type{&Array{Dtype: Int32, NDim: 1, Layout: LayoutA}}}, Zip{Inners: []Type{&Array{Dtype: Int32, NDim: 1, Layout: LayoutA}}}},
		{nil, nil},
	} {
		if !Equal(c.a, c.b) {
			t.Errorf("Equal(%v, %v) = false", c.a, c.b)
		}
	}
	if Equal(Int64, nil) || Equal(nil, Int64) {
		t.Error("a type equals nil")
	}
}
