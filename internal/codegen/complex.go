package codegen

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/syntax"
)

// complexType is complex128: real and imaginary double, laid out as C's
// double _Complex and the header's pynjit_complex128.
var complexType = lt.NewStruct(lt.Double, lt.Double)

func (c *fn) makeComplex(re, im value.Value) value.Value {
	var z value.Value = constant.NewUndef(complexType)
	z = c.cur.NewInsertValue(z, re, 0)
	return c.cur.NewInsertValue(z, im, 1)
}

// complexBinary is CPython's complex arithmetic: the textbook formulas
// for + - *, and its scaled division (_Py_c_quot) and power (complex_pow)
// in the runtime.
func (c *fn) complexBinary(op syntax.Operator, x, y value.Value) (value.Value, error) {
	a, b := c.cur.NewExtractValue(x, 0), c.cur.NewExtractValue(x, 1)
	p, q := c.cur.NewExtractValue(y, 0), c.cur.NewExtractValue(y, 1)
	switch op {
	case syntax.Add:
		return c.makeComplex(c.cur.NewFAdd(a, p), c.cur.NewFAdd(b, q)), nil
	case syntax.Sub:
		return c.makeComplex(c.cur.NewFSub(a, p), c.cur.NewFSub(b, q)), nil
	case syntax.Mult:
		re := c.cur.NewFSub(c.cur.NewFMul(a, p), c.cur.NewFMul(b, q))
		im := c.cur.NewFAdd(c.cur.NewFMul(a, q), c.cur.NewFMul(b, p))
		return c.makeComplex(re, im), nil
	case syntax.Div, syntax.Pow:
		name := "pynjit_complex_div"
		if op == syntax.Pow {
			name = "pynjit_complex_pow"
		}
		f := c.g.runtime(name, lt.I32, lt.Double, lt.Double, lt.Double, lt.Double, lt.NewPointer(complexType))
		out := c.entry.NewAlloca(complexType)
		c.check(c.cur.NewCall(f, a, b, p, q, out))
		return c.cur.NewLoad(complexType, out), nil
	}
	return nil, fmt.Errorf("operator %s on complex128", pir.OpName(op))
}
