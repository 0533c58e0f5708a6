package codegen

import (
	"fmt"
	"math/bits"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

func isSigned(t types.Type) bool {
	i, ok := t.(types.Int)
	return ok && i.Signed
}

// convert converts x from type from to type to, as Python would see the
// same value: bool to int is 0/1, int to float rounds to nearest.
func (c *fn) convert(x value.Value, from, to types.Type) value.Value {
	if to == nil || types.Equal(from, to) {
		return x
	}
	switch to := to.(type) {
	case types.Complex:
		if _, ok := from.(types.Complex); !ok {
			return c.makeComplex(c.convert(x, from, types.Float64), constant.NewFloat(lt.Double, 0))
		}
	case types.Int:
		switch from := from.(type) {
		case types.Float:
			// as int(x) does: truncation, ValueError for NaN and
			// OverflowError outside int64 (NumPy raises the same when a
			// float is stored into an integer array)
			n := c.floatToInt(truncating, c.convert(x, from, types.Float64))
			return c.convert(n, types.Int64, to)
		case types.Boolean:
			return c.cur.NewZExt(x, llType(to))
		case types.Int:
			switch {
			case from.Bits < to.Bits && from.Signed:
				return c.cur.NewSExt(x, llType(to))
			case from.Bits < to.Bits:
				return c.cur.NewZExt(x, llType(to))
			case from.Bits > to.Bits:
				return c.cur.NewTrunc(x, llType(to))
			}
			return x
		}
	case types.Float:
		switch from := from.(type) {
		case types.Boolean:
			return c.cur.NewUIToFP(x, llType(to))
		case types.Int:
			if from.Signed {
				return c.cur.NewSIToFP(x, llType(to))
			}
			return c.cur.NewUIToFP(x, llType(to))
		case types.Float:
			if from.Bits < to.Bits {
				return c.cur.NewFPExt(x, llType(to))
			}
			return c.cur.NewFPTrunc(x, llType(to))
		}
	case types.Boolean:
		return c.truth(x, from)
	case *types.Tuple:
		ft, ok := from.(*types.Tuple)
		if !ok {
			break
		}
		var agg value.Value = constant.NewUndef(llType(to))
		for i := range to.Elems {
			e := c.convert(c.cur.NewExtractValue(x, uint64(i)), ft.Elems[i], to.Elems[i])
			agg = c.cur.NewInsertValue(agg, e, uint64(i))
		}
		return agg
	}
	return x
}

func intConst(t types.Type, v int64) *constant.Int {
	return constant.NewInt(llType(t).(*lt.IntType), v)
}

// pyOperator is a Python binary operator on scalars, by the kind of
// the operand type it computes in; nil where it has none there.
type pyOperator struct {
	int     func(c *fn, x, y value.Value, t types.Type) value.Value
	float   func(c *fn, x, y value.Value, t types.Type) value.Value
	bool    func(c *fn, x, y value.Value) value.Value
	complex func(c *fn, x, y value.Value) (value.Value, error)
	// float32 says float computes float32 itself; else it computes in
	// double and the result is rounded to float32.
	float32 bool
	// trueDivision marks /, whose integer operands give a float: a zero
	// divisor raises CPython's error, and a signed quotient is rounded
	// from the exact one, as CPython does (even beyond 2**53).
	trueDivision bool
}

// pyOperators are Python's binary operators on scalars, by key.
var pyOperators = map[types.Key]*pyOperator{
	lib.Op("add"): {int: iadd64, float: fadd64, float32: true, complex: complexOp(syntax.Add)},
	lib.Op("sub"): {int: isub64, float: fsub64, float32: true, complex: complexOp(syntax.Sub)},
	lib.Op("mul"): {int: imul64, float: fmul64, float32: true, complex: complexOp(syntax.Mult)},
	lib.Op("truediv"): {float: func(c *fn, x, y value.Value, t types.Type) value.Value {
		c.raiseIf(c.cur.NewFCmp(enum.FPredOEQ, y, constant.NewFloat(llType(t).(*lt.FloatType), 0)), "ZeroDivisionError", "float division by zero")
		return c.cur.NewFDiv(x, y)
	}, float32: true, trueDivision: true, complex: complexOp(syntax.Div)},
	lib.Op("floordiv"): {int: pyIntDivision(false), float: floatHelper("pynjit_float_floordiv")},
	lib.Op("mod"):      {int: pyIntDivision(true), float: floatHelper("pynjit_float_mod")},
	lib.Op("pow"): {int: func(c *fn, x, y value.Value, _ types.Type) value.Value {
		return c.cur.NewCall(c.g.runtime("pynjit_int_pow", lt.I64, lt.I64, lt.I64), x, y)
	}, float: floatHelper("pynjit_float_pow"), complex: complexOp(syntax.Pow)},
	lib.Op("and_"):   {int: iand64, bool: band},
	lib.Op("or_"):    {int: ior64, bool: bor},
	lib.Op("xor"):    {int: ixor64, bool: bxor},
	lib.Op("lshift"): {int: pyShift(true)},
	lib.Op("rshift"): {int: pyShift(false)},
}

func iadd64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewAdd(x, y) }
func isub64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewSub(x, y) }
func imul64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewMul(x, y) }
func iand64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewAnd(x, y) }
func ior64(c *fn, x, y value.Value, _ types.Type) value.Value  { return c.cur.NewOr(x, y) }
func ixor64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewXor(x, y) }
func fadd64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewFAdd(x, y) }
func fsub64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewFSub(x, y) }
func fmul64(c *fn, x, y value.Value, _ types.Type) value.Value { return c.cur.NewFMul(x, y) }

// complexOp is CPython's complex arithmetic of the operator op
// (complexBinary).
func complexOp(op syntax.Operator) func(c *fn, x, y value.Value) (value.Value, error) {
	return func(c *fn, x, y value.Value) (value.Value, error) { return c.complexBinary(op, x, y) }
}

// floatHelper is a float operator the runtime's helper computes in
// double, raising CPython's errors.
func floatHelper(helper string) func(c *fn, x, y value.Value, t types.Type) value.Value {
	return func(c *fn, x, y value.Value, _ types.Type) value.Value { return c.helper2(helper, x, y) }
}

// binary emits the binary operator of key k on operands already
// converted to the operand type ot; the result has type rt.
func (c *fn) binary(k types.Key, x, y value.Value, ot, rt types.Type) (value.Value, error) {
	op := pyOperators[k]
	switch ot.(type) {
	case types.Complex:
		if op.complex != nil {
			return op.complex(c, x, y)
		}
	case types.Float:
		if op.float != nil {
			return c.floatBinary(op, x, y, ot), nil
		}
	case types.Boolean:
		if op.bool != nil {
			return op.bool(c, x, y), nil
		}
	case types.Int:
		if _, isFloat := rt.(types.Float); isFloat {
			if op.trueDivision {
				c.raiseIf(c.cur.NewICmp(enum.IPredEQ, y, intConst(ot, 0)), "ZeroDivisionError", "division by zero")
				if isSigned(ot) {
					f := c.g.runtime("pynjit_int_truediv", lt.Double, lt.I64, lt.I64)
					return c.convert(c.cur.NewCall(f, c.convert(x, ot, types.Int64), c.convert(y, ot, types.Int64)), types.Float64, rt), nil
				}
			}
			fx, fy := c.convert(x, ot, rt), c.convert(y, ot, rt)
			if op.float != nil {
				return c.floatBinary(op, fx, fy, rt), nil
			}
		} else if op.int != nil {
			return op.int(c, x, y, ot), nil
		}
	}
	return nil, fmt.Errorf("operator %s on %s", lib.Name(k), ot)
}

// pyIntDivision is Python's // of integers of type t, or % (mod).
func pyIntDivision(mod bool) func(c *fn, x, y value.Value, t types.Type) value.Value {
	return func(c *fn, x, y value.Value, t types.Type) value.Value {
		if !isSigned(t) { // never negative
			return c.divNonNeg(mod, x, y, t)
		}
		zero := intConst(t, 0)
		c.zeroDivisor(mod, y, t)
		// Python rounds the quotient towards minus infinity; x // -1 is
		// computed as a negation so that INT64_MIN // -1 wraps instead of
		// trapping.
		minusOne := c.cur.NewICmp(enum.IPredEQ, y, intConst(t, -1))
		safeY := c.cur.NewSelect(minusOne, intConst(t, 1), y)
		q := c.cur.NewSDiv(x, safeY)
		r := c.cur.NewSRem(x, safeY)
		adjust := c.cur.NewAnd(c.cur.NewICmp(enum.IPredNE, r, zero),
			c.cur.NewICmp(enum.IPredSLT, c.cur.NewXor(r, y), zero))
		if !mod {
			fq := c.cur.NewSub(q, c.cur.NewZExt(adjust, llType(t)))
			return c.cur.NewSelect(minusOne, c.cur.NewSub(zero, x), fq)
		}
		fr := c.cur.NewAdd(r, c.cur.NewSelect(adjust, y, zero))
		return c.cur.NewSelect(minusOne, zero, fr)
	}
}

// pyShift is Python's << (left) or >> of integers of type t:
// ValueError for a negative count, 0 (or the sign, for >>) for a count
// of the width or more.
func pyShift(left bool) func(c *fn, x, y value.Value, t types.Type) value.Value {
	return func(c *fn, x, y value.Value, t types.Type) value.Value {
		zero := intConst(t, 0)
		c.raiseIf(c.cur.NewICmp(enum.IPredSLT, y, zero), "ValueError", "negative shift count")
		big := c.cur.NewICmp(enum.IPredSGE, y, intConst(t, int64(llType(t).(*lt.IntType).BitSize)))
		safe := c.cur.NewSelect(big, zero, y)
		if left {
			return c.cur.NewSelect(big, zero, c.cur.NewShl(x, safe))
		}
		if !isSigned(t) {
			return c.cur.NewSelect(big, zero, c.cur.NewLShr(x, safe))
		}
		sign := c.cur.NewAShr(x, intConst(t, int64(llType(t).(*lt.IntType).BitSize-1)))
		return c.cur.NewSelect(big, sign, c.cur.NewAShr(x, safe))
	}
}

// helper2 calls a runtime helper "int f(double, double, double *out)".
func (c *fn) helper2(name string, x, y value.Value) value.Value {
	f := c.g.runtime(name, lt.I32, lt.Double, lt.Double, lt.NewPointer(lt.Double))
	out := c.entry.NewAlloca(lt.Double)
	c.check(c.cur.NewCall(f, x, y, out))
	return c.cur.NewLoad(lt.Double, out)
}

// floatBinary is op of floats of type t: in double, rounded to
// float32 after, unless op computes float32 itself.
func (c *fn) floatBinary(op *pyOperator, x, y value.Value, t types.Type) value.Value {
	if types.Equal(t, types.Float32) && !op.float32 {
		x, y = c.cur.NewFPExt(x, lt.Double), c.cur.NewFPExt(y, lt.Double)
		return c.cur.NewFPTrunc(op.float(c, x, y, types.Float64), lt.Float)
	}
	return op.float(c, x, y, t)
}

// predicate is a comparison by the kind of the type it compares in:
// floats (ordered, but != is true of NaN), signed and unsigned integers
// (bools compare as unsigned). negated marks != and is not, which are
// false of equal complex numbers and of None and None.
type predicate struct {
	float            enum.FPred
	signed, unsigned enum.IPred
	negated          bool
}

// predicates are the comparisons' by key; is and is not compare
// numbers as == and != do (CPython's small ints are one object) and
// floats never.
var predicates = map[types.Key]predicate{
	lib.Op("eq"):     {float: enum.FPredOEQ, signed: enum.IPredEQ, unsigned: enum.IPredEQ},
	lib.Op("ne"):     {float: enum.FPredUNE, signed: enum.IPredNE, unsigned: enum.IPredNE, negated: true},
	lib.Op("lt"):     {float: enum.FPredOLT, signed: enum.IPredSLT, unsigned: enum.IPredULT},
	lib.Op("le"):     {float: enum.FPredOLE, signed: enum.IPredSLE, unsigned: enum.IPredULE},
	lib.Op("gt"):     {float: enum.FPredOGT, signed: enum.IPredSGT, unsigned: enum.IPredUGT},
	lib.Op("ge"):     {float: enum.FPredOGE, signed: enum.IPredSGE, unsigned: enum.IPredUGE},
	lib.Op("is_"):    {signed: enum.IPredEQ, unsigned: enum.IPredEQ},
	lib.Op("is_not"): {signed: enum.IPredNE, unsigned: enum.IPredNE, negated: true},
}

// kernel compares xs[0] with xs[1], of type t.
func (p predicate) kernel(c *fn, xs []value.Value, t types.Type) value.Value {
	switch t := t.(type) {
	case types.Float:
		return c.cur.NewFCmp(p.float, xs[0], xs[1])
	case types.Int:
		if t.Signed {
			return c.cur.NewICmp(p.signed, xs[0], xs[1])
		}
	}
	return c.cur.NewICmp(p.unsigned, xs[0], xs[1])
}

// compare emits the comparison of key k after converting both sides
// to ct.
func (c *fn) compare(v *pir.Compare, k types.Key, ct types.Type) value.Value {
	p := predicates[k]
	if types.Equal(ct, types.None) {
		same := types.Equal(c.typeOf(v.Lhs), c.typeOf(v.Rhs))
		return constant.NewBool(same != p.negated)
	}
	x, y := c.load(v.Lhs, ct), c.load(v.Rhs, ct)
	if _, ok := ct.(types.Complex); ok {
		eq := c.cur.NewAnd(c.cur.NewFCmp(enum.FPredOEQ, c.cur.NewExtractValue(x, 0), c.cur.NewExtractValue(y, 0)),
			c.cur.NewFCmp(enum.FPredOEQ, c.cur.NewExtractValue(x, 1), c.cur.NewExtractValue(y, 1)))
		if p.negated {
			return c.cur.NewXor(eq, constant.True)
		}
		return eq
	}
	return p.kernel(c, []value.Value{x, y}, ct)
}

// scalarUnary emits a unary operator (by key) of x, of type xt; the
// result has type rt.
type scalarUnary func(c *fn, x value.Value, xt, rt types.Type) value.Value

// unaryOperators are Python's unary operators on scalars, by key. An
// integer is negated or complemented in its own width and then widened,
// as Numba does (~uint32(0) is 4294967295, -int8(-128) is -128).
var unaryOperators = map[types.Key]scalarUnary{
	lib.Op("not_"): func(c *fn, x value.Value, xt, _ types.Type) value.Value {
		return c.cur.NewXor(c.truth(x, xt), constant.True)
	},
	lib.Op("pos"): func(c *fn, x value.Value, xt, rt types.Type) value.Value { return c.convert(x, xt, rt) },
	lib.Op("neg"): func(c *fn, x value.Value, xt, rt types.Type) value.Value {
		if it, ok := xt.(types.Int); ok && it.Bits < 64 {
			return c.convert(c.cur.NewSub(intConst(xt, 0), x), xt, rt)
		}
		x = c.convert(x, xt, rt)
		switch rt.(type) {
		case types.Complex:
			return c.makeComplex(c.cur.NewFNeg(c.cur.NewExtractValue(x, 0)), c.cur.NewFNeg(c.cur.NewExtractValue(x, 1)))
		case types.Float:
			return c.cur.NewFNeg(x)
		}
		return c.cur.NewSub(intConst(rt, 0), x)
	},
	lib.Op("invert"): func(c *fn, x value.Value, xt, rt types.Type) value.Value {
		if it, ok := xt.(types.Int); ok && it.Bits < 64 {
			return c.convert(c.cur.NewXor(x, intConst(xt, -1)), xt, rt)
		}
		if types.Equal(xt, types.Bool) {
			return c.cur.NewXor(x, constant.True)
		}
		return c.cur.NewXor(c.convert(x, xt, rt), intConst(rt, -1))
	},
}

// divByPositive is x // k (or x % k, mod) for a signed x and a constant k > 0,
// which needs neither the divisor checks nor the general sign fix-up: a
// power of two is a shift or a mask (exact for negative x too, as
// Python rounds towards minus infinity), any other k a truncating
// division corrected when the remainder is negative.
func (c *fn) divByPositive(mod bool, x value.Value, k int64, t types.Type) value.Value {
	if k&(k-1) == 0 {
		if !mod {
			return c.cur.NewAShr(x, intConst(t, int64(bits.TrailingZeros64(uint64(k)))))
		}
		return c.cur.NewAnd(x, intConst(t, k-1))
	}
	r := c.cur.NewSRem(x, intConst(t, k))
	negative := c.cur.NewICmp(enum.IPredSLT, r, intConst(t, 0))
	if !mod {
		return c.cur.NewSub(c.cur.NewSDiv(x, intConst(t, k)), c.cur.NewZExt(negative, llType(t)))
	}
	return c.cur.NewAdd(r, c.cur.NewSelect(negative, intConst(t, k), intConst(t, 0)))
}

// zeroDivisor raises CPython's ZeroDivisionError for integer x // y or
// x % y (mod) when y is 0.
func (c *fn) zeroDivisor(mod bool, y value.Value, t types.Type) {
	msg := "integer modulo by zero"
	if !mod {
		msg = "integer division or modulo by zero"
	}
	c.raiseIf(c.cur.NewICmp(enum.IPredEQ, y, intConst(t, 0)), "ZeroDivisionError", msg)
}

// divNonNeg is x // y (or x % y, mod) for x >= 0 and y >= 0 (unsigned types, or
// package facts proved it): the unsigned operations give Python's results, with no sign
// fix-up and no special case for y == -1; only y == 0 still raises.
func (c *fn) divNonNeg(mod bool, x, y value.Value, t types.Type) value.Value {
	c.zeroDivisor(mod, y, t)
	if !mod {
		return c.cur.NewUDiv(x, y)
	}
	return c.cur.NewURem(x, y)
}

// divNonNegDividend is x // y (or x % y, mod) for x >= 0 (package facts proved
// it) and any y: the truncating operations cannot trap (x is never
// INT64_MIN), so y == -1 needs no special case, and the sign fix-up only
// applies when y is negative.
func (c *fn) divNonNegDividend(mod bool, x, y value.Value, t types.Type) value.Value {
	c.zeroDivisor(mod, y, t)
	zero := intConst(t, 0)
	r := c.cur.NewSRem(x, y)
	adjust := c.cur.NewAnd(c.cur.NewICmp(enum.IPredNE, r, zero), c.cur.NewICmp(enum.IPredSLT, y, zero))
	if !mod {
		return c.cur.NewSub(c.cur.NewSDiv(x, y), c.cur.NewZExt(adjust, llType(t)))
	}
	return c.cur.NewAdd(r, c.cur.NewSelect(adjust, y, zero))
}

// positiveDivisor reports whether v is a temporary holding a constant k
// > 0 that fits in the signed type t: x // k and x % k go to divByPositive.
func (c *fn) positiveDivisor(v *pir.Var, t types.Type) (int64, bool) {
	k, ok := c.facts.Const(v)
	it, signed := t.(types.Int)
	return k, ok && signed && it.Signed && k > 0 && (it.Bits == 64 || k < 1<<(it.Bits-1))
}

// power is x ** y, the operator or pow(x, y), with the operands
// converted to sig.Args, as Numba computes it. An integer power wraps
// around; a negative exponent gives 0 unless the base is 1 or -1 (and
// ZeroDivisionError for 0). float32 ** int is Numba's loop of float32
// products. Everything else is binary's (float ** float as CPython).
// expNonNeg says the exponent is a non-negative constant.
func (c *fn) power(x, y value.Value, sig *types.Signature, expNonNeg bool) (value.Value, error) {
	switch t := sig.Args[0].(type) {
	case types.Int:
		if !t.Signed {
			return c.squaring(x, y, constant.NewInt(lt.I64, 1), c.mul), nil
		}
		if expNonNeg {
			return c.cur.NewCall(c.g.runtime("pynjit_int_pow", lt.I64, lt.I64, lt.I64), x, y), nil
		}
		return c.intPow(x, y), nil
	case types.Float:
		if _, ok := sig.Args[1].(types.Int); ok && t.Bits == 32 {
			return c.float32PowInt(x, y), nil
		}
	}
	return c.binary(lib.Op("pow"), x, y, sig.Args[0], sig.Return)
}

func (c *fn) mul(a, b value.Value) value.Value  { return c.cur.NewMul(a, b) }
func (c *fn) fmul(a, b value.Value) value.Value { return c.cur.NewFMul(a, b) }

// intPow is int64 x ** y (Numba's int_power): the product wraps around;
// for y < 0, 0 ** y raises ZeroDivisionError, 1 ** y is 1, (-1) ** y is
// -1 or 1 by y's parity, and anything else is 0.
func (c *fn) intPow(x, y value.Value) value.Value {
	zero, one := constant.NewInt(lt.I64, 0), constant.NewInt(lt.I64, 1)
	negB, posB, join := c.newBlock("pow.neg"), c.newBlock("pow.pos"), c.newBlock("pow.join")
	c.cur.NewCondBr(c.cur.NewICmp(enum.IPredSLT, y, zero), negB, posB)
	c.cur = posB
	r1 := c.cur.NewCall(c.g.runtime("pynjit_int_pow", lt.I64, lt.I64, lt.I64), x, y)
	c.cur.NewBr(join)
	c.cur = negB
	c.raiseIf(c.cur.NewICmp(enum.IPredEQ, x, zero), "ZeroDivisionError", "0 cannot be raised to a negative power")
	odd := c.cur.NewICmp(enum.IPredNE, c.cur.NewAnd(y, one), zero)
	minusOne := c.cur.NewSelect(odd, constant.NewInt(lt.I64, -1), one)
	r2 := c.cur.NewSelect(c.cur.NewICmp(enum.IPredEQ, x, one), one,
		c.cur.NewSelect(c.cur.NewICmp(enum.IPredEQ, x, constant.NewInt(lt.I64, -1)), minusOne, zero))
	negEnd := c.cur
	c.cur.NewBr(join)
	c.cur = join
	return c.cur.NewPhi(ir.NewIncoming(r1, posB), ir.NewIncoming(r2, negEnd))
}

// float32PowInt is float32 x ** int64 y as Numba computes it: float32
// products by repeated squaring of |y|, then for y < 0 the reciprocal
// taken in float64 (ZeroDivisionError when the product is 0); beyond
// |y| = 65536, pow in float64. Either is rounded to float32.
func (c *fn) float32PowInt(x, y value.Value) value.Value {
	zero := constant.NewInt(lt.I64, 0)
	c.raiseIf(c.cur.NewICmp(enum.IPredEQ, y, constant.NewInt(lt.I64, -1<<63)), "OverflowError", "")
	neg := c.cur.NewICmp(enum.IPredSLT, y, zero)
	e := c.cur.NewSelect(neg, c.cur.NewSub(zero, y), y)
	slot := c.entry.NewAlloca(lt.Float)
	big, small, join := c.newBlock("fpow.big"), c.newBlock("fpow.loop"), c.newBlock("fpow.join")
	c.cur.NewCondBr(c.cur.NewICmp(enum.IPredSGT, e, constant.NewInt(lt.I64, 0x10000)), big, small)
	c.cur = big
	pow := c.g.runtime("pow", lt.Double, lt.Double, lt.Double)
	c.cur.NewStore(c.cur.NewFPTrunc(c.cur.NewCall(pow, c.cur.NewFPExt(x, lt.Double), c.cur.NewSIToFP(y, lt.Double)), lt.Float), slot)
	c.cur.NewBr(join)
	c.cur = small
	r := c.squaring(x, e, constant.NewFloat(lt.Float, 1), c.fmul)
	c.cur.NewStore(r, slot)
	inv, done := c.newBlock("fpow.inv"), c.newBlock("fpow.done")
	c.cur.NewCondBr(neg, inv, done)
	c.cur = inv
	rd := c.cur.NewFPExt(r, lt.Double)
	c.raiseIf(c.cur.NewFCmp(enum.FPredOEQ, rd, constant.NewFloat(lt.Double, 0)), "ZeroDivisionError", "division by zero")
	c.cur.NewStore(c.cur.NewFPTrunc(c.cur.NewFDiv(constant.NewFloat(lt.Double, 1), rd), lt.Float), slot)
	c.cur.NewBr(done)
	c.cur = done
	c.cur.NewBr(join)
	c.cur = join
	return c.cur.NewLoad(lt.Float, slot)
}

// squaring is x ** e by repeated squaring with the product mul and its
// identity one, reading e's bits as unsigned (a uint64 power wraps
// around in 64 bits).
func (c *fn) squaring(x, e, one value.Value, mul func(a, b value.Value) value.Value) value.Value {
	it := e.Type().(*lt.IntType)
	pre := c.cur
	head, body, done := c.newBlock("pow"), c.newBlock("pow.step"), c.newBlock("pow.done")
	pre.NewBr(head)
	r := head.NewPhi(ir.NewIncoming(one, pre))
	b := head.NewPhi(ir.NewIncoming(x, pre))
	k := head.NewPhi(ir.NewIncoming(e, pre))
	head.NewCondBr(head.NewICmp(enum.IPredNE, k, constant.NewInt(it, 0)), body, done)
	c.cur = body
	odd := body.NewICmp(enum.IPredNE, body.NewAnd(k, constant.NewInt(it, 1)), constant.NewInt(it, 0))
	r2 := body.NewSelect(odd, mul(r, b), r)
	b2 := mul(b, b)
	k2 := body.NewLShr(k, constant.NewInt(it, 1))
	body.NewBr(head)
	r.Incs = append(r.Incs, ir.NewIncoming(r2, body))
	b.Incs = append(b.Incs, ir.NewIncoming(b2, body))
	k.Incs = append(k.Incs, ir.NewIncoming(k2, body))
	c.cur = done
	return r
}
