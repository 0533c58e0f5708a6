package infer

import (
	"fmt"
	"strings"

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
// best to worst, as Numba's Conversion (types.Convert).
type conversion = types.Conversion

const (
	convExact   = types.ConvExact
	convPromote = types.ConvPromote
	convSafe    = types.ConvSafe
	convUnsafe  = types.ConvUnsafe
	convNone    = types.ConvNone
)

// convertKind is how a value of type from converts to type to.
func convertKind(from, to types.Type) conversion { return types.Convert(from, to) }

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
