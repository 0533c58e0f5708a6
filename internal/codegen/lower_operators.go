package codegen

import (
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/facts"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of the operators (a BinOp, Compare or UnaryOp of the
// IR) on numbers and arrays. An operation on constants inference folded
// never gets here: its value is the constant.
func init() {
	o := lib.Op
	register(arithmetic(scalarBinary), o("add"), o("sub"), o("mul"), o("truediv"),
		o("lshift"), o("rshift"), o("and_"), o("or_"), o("xor"))
	register(arithmetic(scalarDivision(false)), o("floordiv"))
	register(arithmetic(scalarDivision(true)), o("mod"))
	register(arithmetic(scalarPower), o("pow"))
	register(lowerMatmul, o("matmul"))
	register(lowerCompare, o("eq"), o("ne"), o("lt"), o("le"), o("gt"), o("ge"),
		o("is_"), o("is_not"), o("contains"))
	register(lowerUnary, o("neg"), o("pos"), o("invert"), o("not_"))
}

// scalarOp lowers a binary operator of scalars (the BinOp v).
type scalarOp func(c *fn, o operation, v *pir.BinOp) (value.Value, types.Type, error)

// arithmetic lowers a binary operator but @: in place on an array
// (a += b), elementwise when the result is an array, else by scalar.
func arithmetic(scalar scalarOp) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		v := o.a.Value.(*pir.BinOp)
		if x, ok := c.typeOf(v.Lhs).(*types.Array); ok && v.Inplace {
			return c.arrayInplace(v, x, o), x, nil
		}
		if res, ok := o.sig.Return.(*types.Array); ok {
			return c.arrayBinary(v, o), res, nil
		}
		return scalar(c, o, v)
	}
}

// scalarBinary is a binary operator of scalars, converted to the
// signature's operand types.
func scalarBinary(c *fn, o operation, v *pir.BinOp) (value.Value, types.Type, error) {
	sig := o.sig
	x, y := c.load(v.Lhs, sig.Args[0]), c.load(v.Rhs, sig.Args[1])
	r, err := c.binary(o.key, x, y, sig.Args[0], sig.Return)
	return r, sig.Return, err
}

// scalarDivision is // (or %, mod) of scalars: of signed integers,
// cheaper where package facts proved an operand non-negative or the
// divisor a positive constant.
func scalarDivision(mod bool) scalarOp {
	return func(c *fn, o operation, v *pir.BinOp) (value.Value, types.Type, error) {
		sig, a := o.sig, o.a
		if isSigned(sig.Args[0]) && types.Equal(sig.Args[0], sig.Args[1]) {
			t := sig.Args[0]
			nonNeg := func(x *pir.Var) bool { return c.facts.NonNeg(a, x) && facts.Keeps(c.typeOf(x), t) }
			if k, ok := c.positiveDivisor(v.Rhs, t); ok {
				if nonNeg(v.Lhs) {
					return c.divNonNeg(mod, c.load(v.Lhs, t), intConst(t, k), t), sig.Return, nil
				}
				return c.divByPositive(mod, c.load(v.Lhs, t), k, t), sig.Return, nil
			}
			if nonNeg(v.Lhs) && nonNeg(v.Rhs) {
				return c.divNonNeg(mod, c.load(v.Lhs, t), c.load(v.Rhs, t), t), sig.Return, nil
			}
			if nonNeg(v.Lhs) {
				return c.divNonNegDividend(mod, c.load(v.Lhs, t), c.load(v.Rhs, t), t), sig.Return, nil
			}
		}
		return scalarBinary(c, o, v)
	}
}

// scalarPower is ** of scalars; an exponent package facts proved a
// non-negative constant needs no check.
func scalarPower(c *fn, o operation, v *pir.BinOp) (value.Value, types.Type, error) {
	sig := o.sig
	x, y := c.load(v.Lhs, sig.Args[0]), c.load(v.Rhs, sig.Args[1])
	k, known := c.facts.Const(v.Rhs)
	r, err := c.power(x, y, sig, known && k >= 0)
	return r, sig.Return, err
}

// lowerMatmul is a @ b of two arrays (inference refuses other
// operands, and a @= b): a new array when either is a matrix, else the
// vectors' inner product, as np.dot.
func lowerMatmul(c *fn, o operation) (value.Value, types.Type, error) {
	v := o.a.Value.(*pir.BinOp)
	if res, ok := o.sig.Return.(*types.Array); ok {
		at, bt := o.sig.Args[0].(*types.Array), o.sig.Args[1].(*types.Array)
		return c.matmul(c.loadRaw(v.Lhs), c.loadRaw(v.Rhs), at, bt, res, true), res, nil
	}
	return lowerDot(c, operation{inst: o.inst, a: o.a, args: []value.Value{c.loadRaw(v.Lhs), c.loadRaw(v.Rhs)}, sig: o.sig})
}

// lowerCompare is a comparison (==, <, is, in, ...): elementwise when
// the result is an array.
func lowerCompare(c *fn, o operation) (value.Value, types.Type, error) {
	v := o.a.Value.(*pir.Compare)
	if res, ok := o.sig.Return.(*types.Array); ok {
		return c.arrayCompare(v, o), res, nil
	}
	return c.compare(v, o.key, o.sig.Args[0]), types.Bool, nil
}

// lowerUnary is -x, +x, ~x and not x: elementwise when the result is an
// array.
func lowerUnary(c *fn, o operation) (value.Value, types.Type, error) {
	v := o.a.Value.(*pir.UnaryOp)
	if res, ok := o.sig.Return.(*types.Array); ok {
		return c.arrayUnary(v, o), res, nil
	}
	return unaryOperators[o.key](c, c.loadRaw(v.Operand), o.sig.Args[0], o.sig.Return), o.sig.Return, nil
}
