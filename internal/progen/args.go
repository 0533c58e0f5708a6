package progen

import (
	"strconv"
	"strings"
)

// arguments renders one argument tuple for f, as a Python expression.
// Its arrays share one size per dimension name (caseDims).
func (g *gen) arguments(f *Func) string {
	dims := map[string]int{}
	for _, d := range caseDims {
		dims[d] = g.dimSize()
	}
	var args []string
	for _, p := range f.Params {
		switch {
		case p.Type == Int:
			args = append(args, g.intArg())
		case p.Type == Float:
			args = append(args, g.floatArg())
		case p.Type.IsArray():
			args = append(args, g.arrayArg(p, dims))
		}
	}
	return "(" + strings.Join(args, ", ") + ",)"
}

// dimSize is the size of one dimension name in a case: now and then 0,
// mostly small.
func (g *gen) dimSize() int {
	if g.r.IntN(12) == 0 {
		return 0
	}
	return 1 + g.r.IntN(maxDim-1)
}

// arrayArg renders an array for parameter p with the case's sizes, in
// one of several layouts: C order, reversed, transposed (Fortran order)
// or strided, so that compiled code meets every kind of strides.
func (g *gen) arrayArg(p Param, dims map[string]int) string {
	d, nd := p.Type.Dtype(), p.Type.NDim()
	sizes := make([]int, nd)
	total := 1
	for i, s := range p.Shape {
		sizes[i] = dims[s]
		total *= sizes[i]
	}
	layout := g.r.IntN(6)
	if nd == 1 && layout == 2 {
		layout = 0
	}
	made := sizes
	switch layout {
	case 2:
		made = make([]int, nd)
		for i, s := range sizes {
			made[nd-1-i] = s
		}
	case 3:
		made = append(append([]int(nil), sizes[:nd-1]...), 2*sizes[nd-1])
		total *= 2
	}
	elems := make([]string, total)
	for i := range elems {
		elems[i] = g.elemArg(d, p.Exact, p.Finite)
	}
	s := "np.array([" + strings.Join(elems, ", ") + "], dtype=" + d.np() + ")"
	if nd > 1 || layout == 3 {
		parts := make([]string, len(made))
		for i, n := range made {
			parts[i] = strconv.Itoa(n)
		}
		if nd > 1 {
			s += ".reshape(" + strings.Join(parts, ", ") + ")"
		}
	}
	all := func(last string) string {
		return "[" + strings.Repeat(":, ", nd-1) + last + "]"
	}
	switch layout {
	case 1:
		s += "[::-1]"
	case 2:
		s += ".T"
	case 3:
		s += all("::2")
	case 4:
		s += all("::-1")
	}
	return s
}

// elemArg is one element of an array argument of d: for exact arrays a
// multiple of 1/8 within the exact class, or inf, nan or -0.0 (only -0.0
// for finite ones).
func (g *gen) elemArg(d Dtype, exact, finite bool) string {
	switch {
	case !d.isFloat():
		return g.intArg()
	case !exact:
		return g.floatArg()
	case g.r.IntN(15) == 0:
		if finite {
			return "-0.0"
		}
		return pick(g.r, []string{"np.nan", "np.inf", "-np.inf", "-0.0"})
	}
	limit := int(exactBound(d)) << exactScale
	k := g.r.IntN(129) - 64
	if g.r.IntN(8) == 0 {
		k = g.r.IntN(2*limit+1) - limit
	}
	return strconv.FormatFloat(float64(k)/(1<<exactScale), 'g', -1, 64)
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
