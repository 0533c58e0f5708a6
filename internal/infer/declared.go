package infer

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/types"
)

// A function with declared signatures is compiled for those alone, and a
// call from compiled code goes to the one the arguments convert to best,
// as Numba's dispatcher resolves it (its typing context's can_convert
// and overload rating): the arguments are cast to the declared types and
// the result has the declared type, whatever the caller's own types
// (an int64[::1] argument goes to i8[:], and a declared int32 result is
// truncated there too).

// conversion ranks how an argument converts to a parameter type, from
// best to worst, as Numba's Conversion: exact, promote, safe, unsafe.
type conversion int

const (
	convExact conversion = iota
	convPromote
	convSafe
	convUnsafe
	convNone
)

// convertKind is how a value of type from converts to type to.
func convertKind(from, to types.Type) conversion {
	if types.Equal(from, to) {
		return convExact
	}
	switch f := from.(type) {
	case types.Boolean:
		if lib.IsNumeric(to) || lib.IsComplex(to) {
			return convSafe
		}
	case types.Int:
		switch t := to.(type) {
		case types.Boolean:
			return convUnsafe
		case types.Int:
			switch {
			case f.Signed == t.Signed && t.Bits > f.Bits:
				return convPromote
			case !f.Signed && t.Signed && t.Bits > f.Bits:
				return convSafe
			}
			return convUnsafe
		case types.Float:
			if t.Bits == 64 || f.Bits <= 8 || f.Signed && f.Bits <= 16 {
				return convSafe
			}
			return convUnsafe
		case types.Complex:
			return convSafe
		}
	case types.Float:
		switch t := to.(type) {
		case types.Boolean, types.Int:
			return convUnsafe
		case types.Float:
			if t.Bits > f.Bits {
				return convPromote
			}
			return convUnsafe
		case types.Complex:
			return convSafe
		}
	case types.Complex:
		if t, ok := to.(types.Complex); ok && t.Bits > f.Bits {
			return convPromote
		}
	case *types.Array:
		// a contiguous array goes where any layout is accepted
		if t, ok := to.(*types.Array); ok && types.Equal(f.Dtype, t.Dtype) && f.NDim == t.NDim && t.Layout == types.LayoutA {
			return convSafe
		}
	case *types.Tuple:
		t, ok := to.(*types.Tuple)
		if !ok || len(t.Elems) != len(f.Elems) {
			return convNone
		}
		worst := convExact
		for i := range f.Elems {
			worst = max(worst, convertKind(f.Elems[i], t.Elems[i]))
		}
		return worst
	}
	return convNone
}

// rating counts an overload's conversions, worst first, as Numba compares
// them: fewer unsafe conversions win, then fewer safe ones, then fewer
// promotions.
type rating [3]int

func (r rating) less(o rating) bool {
	for i := range r {
		if r[i] != o[i] {
			return r[i] < o[i]
		}
	}
	return false
}

// selectDeclared returns the declared signature of fn a call with
// argument types args goes to, or why there is none.
func selectDeclared(name string, sigs []resolve.Sig, args []types.Type) (*types.Signature, string) {
	var best *types.Signature
	var bestRating rating
	for _, declared := range sigs {
		sig := declared.Signature
		if len(sig.Args) != len(args) {
			continue
		}
		var r rating
		ok := true
		for i, a := range args {
			switch convertKind(a, sig.Args[i]) {
			case convNone:
				ok = false
			case convUnsafe:
				r[0]++
			case convSafe:
				r[1]++
			case convPromote:
				r[2]++
			}
		}
		if ok && (best == nil || r.less(bestRating)) {
			best, bestRating = sig, r // of equally good ones the first, as Numba takes it
		}
	}
	if best == nil {
		var have []string
		for _, sig := range sigs {
			have = append(have, "("+types.ArgsString(sig.Args)+")")
		}
		return nil, fmt.Sprintf("No matching definition for argument type(s) %s of %s, compiled for %s", types.ArgsString(args), name, strings.Join(have, ", "))
	}
	return best, ""
}
