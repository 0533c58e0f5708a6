package codegen

import (
	"math"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of the math module's functions.
func init() {
	m := func(name string) types.Key { return types.Key{Module: types.MathMod, Name: name} }
	register(mathToInt(flooring), m("floor"))
	register(mathToInt(ceiling), m("ceil"))
	register(mathToInt(truncating), m("trunc"))
	register(lowerIsNaN, m("isnan"))
	register(mathAbsCmp(enum.FPredOEQ), m("isinf"))
	register(mathAbsCmp(enum.FPredOLT), m("isfinite"))
	register(mathScale(180/math.Pi), m("degrees"))
	register(mathScale(math.Pi/180), m("radians"))
	register(mathDirect("copysign", lt.Double), m("copysign"))
	register(mathDirect("atan2", lt.Double), m("atan2"))
	register(mathDirect("pynjit_math_hypot", lt.Double), m("hypot"))
	register(mathDirect("pynjit_math_gcd", lt.I64), m("gcd"))
	register(lowerFrexp, m("frexp"))
	register(lowerModf, m("modf"))
	register(mathChecked("pynjit_math_ldexp", lt.Double, lt.I64), m("ldexp"))
	register(lowerLog, m("log"))
	register(mathChecked("pynjit_math_pow", lt.Double, lt.Double), m("pow"))
	register(mathChecked("pynjit_math_fmod", lt.Double, lt.Double), m("fmod"))
	register(lowerSqrt, m("sqrt"))
	for _, f := range []struct {
		name string
		test finiteTest
	}{{"acos", bounded}, {"asin", bounded}, {"atan", bounded}, {"cos", bounded}, {"erf", bounded},
		{"erfc", bounded}, {"sin", bounded}, {"tanh", bounded}, {"cosh", boundedBelow},
		{"exp", boundedBelow}, {"expm1", boundedBelow}, {"acosh", unbounded}, {"asinh", unbounded},
		{"atanh", unbounded}, {"sinh", unbounded}, {"tan", unbounded}} {
		register(libmDirect(f.name, "pynjit_math_"+f.name, f.test), m(f.name))
	}
	for _, name := range []string{"fabs", "gamma", "lgamma", "log10", "log1p", "log2"} {
		register(mathChecked("pynjit_math_"+name, lt.Double), m(name))
	}
}

// finiteTest is how a math function's result is tested for being finite.
type finiteTest int

const (
	unbounded    finiteTest = iota + 1 // |r| < inf
	bounded                            // r is not NaN
	boundedBelow                       // r < +inf
)

// libmDirect lowers a math function whose runtime helper (helper)
// computes the C library function of the same name (libm) and then
// checks its result (math_1 in the runtime's math.c). It is called
// inline; a finite result is never an error, and a NaN or infinite one
// is not either when the argument explains it (mathExcused); only an
// error calls the helper, which recomputes the result and raises
// CPython's error. How a result is known to be finite depends on the
// function's range (test): a bounded one (sin is in [-1, 1]) is finite
// unless it is NaN; one bounded below (exp >= 0) is finite when it is
// below +inf; the others need the absolute value.
func libmDirect(libm, helper string, test finiteTest) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		d := lt.Double
		args := o.args
		r := c.cur.NewCall(c.g.runtime(libm, d, d), args[0])
		inf := constant.NewFloat(d, math.Inf(1))
		var finite value.Value
		switch test {
		case bounded:
			finite = c.cur.NewFCmp(enum.FPredORD, r, r)
		case boundedBelow:
			finite = c.cur.NewFCmp(enum.FPredOLT, r, inf)
		default:
			finite = c.cur.NewFCmp(enum.FPredOLT, c.cur.NewCall(c.g.runtime("llvm.fabs.f64", d, d), r), inf)
		}
		excused := func() value.Value { return c.mathExcused(args[0], r) }
		c.raiseUnless(rareRaise{ok: finite, excused: excused, name: helper, args: args, ret: d, params: []lt.Type{d}})
		return r, o.sig.Return, nil
	}
}

// mathExcused tells, on the rare path where a math function's result r
// of x is NaN or infinite, that r is no error, as CPython's math_1 (and
// the runtime's) decides: a NaN from a NaN, an infinity from an infinity.
func (c *fn) mathExcused(x, r value.Value) value.Value {
	d := lt.Double
	xNaN := c.cur.NewFCmp(enum.FPredUNO, x, x)
	xInf := c.cur.NewFCmp(enum.FPredOEQ, c.cur.NewCall(c.g.runtime("llvm.fabs.f64", d, d), x), constant.NewFloat(d, math.Inf(1)))
	return c.cur.NewSelect(c.cur.NewFCmp(enum.FPredUNO, r, r), xNaN, xInf)
}

// mathChecked lowers a math function computed by the runtime's helper
// "int helper(params..., double *out)", which raises CPython's errors.
func mathChecked(helper string, params ...lt.Type) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		return c.checked(helper, lt.Double, o.args, params...), o.sig.Return, nil
	}
}

// mathDirect lowers a math function of two arguments of type t that
// never raises: a call of f.
func mathDirect(f string, t lt.Type) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		return c.cur.NewCall(c.g.runtime(f, t, t, t), o.args...), o.sig.Return, nil
	}
}

// mathToInt lowers floor, ceil and trunc: an integer is itself, a float
// is rounded and converted by floatToInt.
func mathToInt(rd rounding) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		if types.Equal(o.sig.Args[0], types.Int64) {
			return o.args[0], o.sig.Return, nil
		}
		return c.floatToInt(rd, o.args[0]), o.sig.Return, nil
	}
}

func lowerIsNaN(c *fn, o operation) (value.Value, types.Type, error) {
	return c.cur.NewFCmp(enum.FPredUNO, o.args[0], o.args[0]), o.sig.Return, nil
}

// mathAbsCmp lowers isinf and isfinite: |x| compared with +inf by p.
func mathAbsCmp(p enum.FPred) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		d := lt.Double
		abs := c.cur.NewCall(c.g.runtime("llvm.fabs.f64", d, d), o.args[0])
		return c.cur.NewFCmp(p, abs, constant.NewFloat(d, math.Inf(1))), o.sig.Return, nil
	}
}

// mathScale lowers degrees and radians: x times k.
func mathScale(k float64) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		return c.cur.NewFMul(o.args[0], constant.NewFloat(lt.Double, k)), o.sig.Return, nil
	}
}

// lowerFrexp is math.frexp: (mantissa, exponent).
func lowerFrexp(c *fn, o operation) (value.Value, types.Type, error) {
	d, rt := lt.Double, o.sig.Return
	out := c.entry.NewAlloca(lt.I64)
	m := c.cur.NewCall(c.g.runtime("pynjit_math_frexp", d, d, lt.NewPointer(lt.I64)), o.args[0], out)
	var agg value.Value = constant.NewUndef(llType(rt))
	agg = c.cur.NewInsertValue(agg, m, 0)
	agg = c.cur.NewInsertValue(agg, c.cur.NewLoad(lt.I64, out), 1)
	return agg, rt, nil
}

// lowerModf is math.modf: (fractional part, integer part).
func lowerModf(c *fn, o operation) (value.Value, types.Type, error) {
	d, rt := lt.Double, o.sig.Return
	out := c.entry.NewAlloca(d)
	frac := c.cur.NewCall(c.g.runtime("modf", d, d, lt.NewPointer(d)), o.args[0], out)
	var agg value.Value = constant.NewUndef(llType(rt))
	agg = c.cur.NewInsertValue(agg, frac, 0)
	agg = c.cur.NewInsertValue(agg, c.cur.NewLoad(d, out), 1)
	return agg, rt, nil
}

// lowerLog is math.log(x) and math.log(x, base).
func lowerLog(c *fn, o operation) (value.Value, types.Type, error) {
	d := lt.Double
	if len(o.args) == 2 {
		return c.checked("pynjit_math_log_base", d, o.args, d, d), o.sig.Return, nil
	}
	return c.checked("pynjit_math_log", d, o.args, d), o.sig.Return, nil
}

// lowerSqrt is math.sqrt: ValueError only below zero, so NaN, -0.0 and
// +inf go inline.
func lowerSqrt(c *fn, o operation) (value.Value, types.Type, error) {
	d := lt.Double
	ok := c.cur.NewFCmp(enum.FPredUGE, o.args[0], constant.NewFloat(d, 0))
	c.raiseUnless(rareRaise{ok: ok, name: "pynjit_math_sqrt", args: o.args, ret: d, params: []lt.Type{d}})
	return c.cur.NewCall(c.g.runtime("llvm.sqrt.f64", d, d), o.args[0]), o.sig.Return, nil
}
