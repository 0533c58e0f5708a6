package progen

import (
	"strconv"
	"strings"
)

// arguments renders one argument tuple for f, as a Python expression.
func (g *gen) arguments(f *Func) string {
	var args []string
	for _, p := range f.Params {
		switch p.Type {
		case Int:
			args = append(args, g.intArg())
		case Float:
			args = append(args, g.floatArg())
		case FloatArray:
			args = append(args, g.arrayArg(g.floatArg, "float64"))
		case IntArray:
			args = append(args, g.arrayArg(g.intArg, "int64"))
		}
	}
	return "(" + strings.Join(args, ", ") + ",)"
}

// arrayArg renders a NumPy array of dtype with elements from elem.
func (g *gen) arrayArg(elem func() string, dtype string) string {
	elems := make([]string, g.arrayLen())
	for i := range elems {
		elems[i] = elem()
	}
	return "np.array([" + strings.Join(elems, ", ") + "], dtype=np." + dtype + ")"
}

func (g *gen) arrayLen() int {
	if g.r.IntN(12) == 0 {
		return 0
	}
	return 1 + g.r.IntN(8)
}

func (g *gen) intArg() string {
	if g.r.IntN(3) == 0 {
		return strconv.Itoa(g.r.IntN(2*varBound+1) - varBound)
	}
	return pick(g.r, []string{"0", "1", "-1", "2", "3", "-7", "10", "100", "-1000", "999999", "-1048576", "1048576"})
}

func (g *gen) floatArg() string {
	if g.r.IntN(3) == 0 {
		return strconv.FormatFloat((g.r.Float64()-0.5)*200, 'g', -1, 64)
	}
	return pick(g.r, []string{"0.0", "-0.0", "1.0", "-1.5", "0.1", "3.7", "2.5", "-10.0", "1e6", "-1e-3", "1e300", "5e-324",
		"float('inf')", "float('-inf')", "float('nan')"})
}
