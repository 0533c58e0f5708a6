package types

import "fmt"

// Literal is the type of a value known while compiling, as Numba's
// Literal[int](1): an integer or bool literal, or an operation on
// integer constants folded as CPython folds it. Base is the type the
// value has at run time (int64, uint64 beyond int64's range, or bool);
// Value is an int64, a uint64 or a bool to match.
type Literal struct {
	Base  Type
	Value any
}

func (Literal) isType() {}

// String spells the literal as Numba does: Literal[int](1),
// Literal[bool](True).
func (t Literal) String() string {
	switch v := t.Value.(type) {
	case bool:
		if v {
			return "Literal[bool](True)"
		}
		return "Literal[bool](False)"
	}
	return fmt.Sprintf("Literal[int](%v)", t.Value)
}

// Unliteral is the run-time type of t: a Literal's base, or t itself.
func Unliteral(t Type) Type {
	if l, ok := t.(Literal); ok {
		return l.Base
	}
	return t
}

// IntValue is the value of an integer literal that fits in an int64.
func (t Literal) IntValue() (int64, bool) {
	n, ok := t.Value.(int64)
	return n, ok && IsInteger(t.Base)
}
