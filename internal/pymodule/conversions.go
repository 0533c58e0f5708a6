package pymodule

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/types"
)

// The generated module carries Numba's conversion table
// (types.Convert) as _PYNJIT_CONVERT and runs, as Numba's dispatcher
// does, the overload whose conversions rate best, raising TypeError when
// two rate the same.

// conversionCost is what the generated module adds up for a conversion:
// Numba compares overloads by their counts of unsafe, then safe
// conversions, then promotions, which a sum of these weights orders the
// same way for fewer than 100 parameters.
var conversionCost = map[types.Conversion]int{types.ConvExact: 0, types.ConvPromote: 1, types.ConvSafe: 100, types.ConvUnsafe: 10000}

// pyConversions is the table as the generated module's dict literal:
// (argument type, parameter type): cost, a row per argument type.
func pyConversions() string {
	var b strings.Builder
	b.WriteString("{")
	for _, from := range types.NumberTypes {
		b.WriteString("\n   ")
		for _, to := range types.NumberTypes {
			if rel := types.Convert(from, to); rel != types.ConvNone && !types.Equal(from, to) {
				fmt.Fprintf(&b, " (%q, %q): %d,", from.String(), to.String(), conversionCost[rel])
			}
		}
	}
	b.WriteString("\n}")
	return b.String()
}

// pyNumbers is types.NumberTypes as the items of a Python tuple.
func pyNumbers() string {
	var b strings.Builder
	for _, t := range types.NumberTypes {
		fmt.Fprintf(&b, "%q, ", t.String())
	}
	return b.String()
}
