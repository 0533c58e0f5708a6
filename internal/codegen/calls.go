package codegen

import (
	"fmt"
	"math"
	"math/big"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// global materializes a global that has a run-time value: a folded module
// constant or a constant of the math module imported by name.
func (c *fn) global(a *pir.Assign, v *pir.Global) (value.Value, types.Type, error) {
	t := c.typeOf(a.Target)
	if llType(t) == nil {
		return nil, nil, nil
	}
	if val, ok := c.spec.Globals[v.Name]; ok {
		return constValue(val)
	}
	return nil, nil, fmt.Errorf("global %s has no value", v.Name)
}

func (c *fn) getattr(a *pir.Assign, v *pir.GetAttr) (value.Value, types.Type, error) {
	if _, ok := c.typeOf(a.Target).(*types.Callable); ok {
		return nil, nil, nil // a method: only its calls have values
	}
	if arr, ok := c.typeOf(v.Value).(*types.Array); ok {
		x, t := c.arrayAttr(c.loadRaw(v.Value), arr, v.Attr)
		return x, t, nil
	}
	if _, ok := c.typeOf(v.Value).(types.Complex); ok {
		part := uint64(0)
		if v.Attr == "imag" {
			part = 1
		}
		return c.cur.NewExtractValue(c.loadRaw(v.Value), part), types.Float64, nil
	}
	if _, ok := c.typeOf(v.Value).(*types.Module); ok {
		if types.Equal(c.typeOf(a.Target), types.Argv{}) {
			return constant.NewInt(lt.I8, 0), types.Argv{}, nil
		}
		if k, ok := c.spec.Folded[a]; ok {
			return constValue(k) // a module's constant (np.pi)
		}
		return nil, nil, nil // a function: only its calls have values
	}
	return nil, nil, fmt.Errorf("attribute %s", v.Attr)
}

func (c *fn) call(a *pir.Assign, v *pir.Call) (value.Value, types.Type, error) {
	callee := c.spec.Callees[a]
	sig := c.spec.OpSigs[a]
	if callee == nil || sig == nil {
		return nil, nil, fmt.Errorf("unresolved call %s", pir.FormatValue(v))
	}
	operands := v.Args
	if callee.Args != nil {
		operands = callee.Args
	}
	args := make([]value.Value, len(operands))
	for i, x := range operands {
		if x == nil { // a parameter left out: its default
			d, t, err := defaultValue(callee.Defaults[i])
			if err != nil {
				return nil, nil, err
			}
			args[i] = c.convert(d, t, sig.Args[i])
			continue
		}
		args[i] = c.load(x, sig.Args[i])
	}
	switch callee.Kind {
	case infer.CallUser:
		f := c.g.funcs[callee.Spec]
		c.g.called[f] = true
		if f == nil {
			return nil, nil, fmt.Errorf("callee %s was not generated", callee.Key)
		}
		x, status := callSpec(c.cur, f, args...)
		c.check(status)
		if callee.Spec.NoReturn {
			// every path of the callee raises: the code after the call
			// never runs (define ends the block here)
			c.cur.NewUnreachable()
			return nil, nil, nil
		}
		return x, callee.Spec.Return, nil
	case infer.CallBuiltin:
		return c.builtin(callee.Key, args, sig)
	case infer.CallMath:
		return c.mathCall(callee.Key.Name, args, sig)
	}
	return nil, nil, fmt.Errorf("call kind %d", callee.Kind)
}

// checked calls a runtime helper "int f(args..., T *out)" and returns *out.
func (c *fn) checked(name string, ret lt.Type, args []value.Value, params ...lt.Type) value.Value {
	status, out := c.callOut(name, ret, args, params...)
	c.check(status)
	return c.cur.NewLoad(ret, out)
}

// callOut calls a runtime helper "int f(args..., T *out)" (params are
// the types of args, ret is T) and returns its status and out.
func (c *fn) callOut(name string, ret lt.Type, args []value.Value, params ...lt.Type) (status, out value.Value) {
	f := c.g.runtime(name, lt.I32, append(params[:len(params):len(params)], lt.NewPointer(ret))...)
	o := c.entry.NewAlloca(ret)
	return c.cur.NewCall(f, append(args[:len(args):len(args)], o)...), o
}

// libmDirect are the math functions whose runtime helper computes the C
// library function of the same name and then checks its result (math_1 in
// the runtime's math.c). They are called inline; a finite result is never an error,
// and a NaN or infinite one is not either when the argument explains it
// (mathExcused); only an error calls the helper, which recomputes the
// result and raises CPython's error. How a result is known to be
// finite depends on the function's range: a bounded one (sin is in
// [-1, 1]) is finite unless it is NaN; one bounded below (exp >= 0) is
// finite when it is below +inf; the others need the absolute value.
var libmDirect = map[string]finiteTest{"acos": bounded, "asin": bounded, "atan": bounded,
	"cos": bounded, "erf": bounded, "erfc": bounded, "sin": bounded, "tanh": bounded,
	"cosh": boundedBelow, "exp": boundedBelow, "expm1": boundedBelow,
	"acosh": unbounded, "asinh": unbounded, "atanh": unbounded, "sinh": unbounded, "tan": unbounded}

// finiteTest is how a math function's result is tested for being finite.
type finiteTest int

const (
	unbounded    finiteTest = iota + 1 // |r| < inf
	bounded                            // r is not NaN
	boundedBelow                       // r < +inf
)

// mathExcused tells, on the rare path where a math function's result r
// of x is NaN or infinite, that r is no error, as CPython's math_1 (and
// the runtime's) decides: a NaN from a NaN, an infinity from an infinity.
func (c *fn) mathExcused(x, r value.Value) value.Value {
	d := lt.Double
	xNaN := c.cur.NewFCmp(enum.FPredUNO, x, x)
	xInf := c.cur.NewFCmp(enum.FPredOEQ, c.cur.NewCall(c.g.runtime("llvm.fabs.f64", d, d), x), constant.NewFloat(d, math.Inf(1)))
	return c.cur.NewSelect(c.cur.NewFCmp(enum.FPredUNO, r, r), xNaN, xInf)
}

// roundings are the LLVM intrinsics rounding as floor, ceil and round do
// before converting; int() truncates, as the conversion itself does.
var roundings = map[string]string{"pynjit_floor": "llvm.floor.f64",
	"pynjit_ceil": "llvm.ceil.f64", "pynjit_round": "llvm.nearbyint.f64"}

// floatToInt converts x to int64 as the runtime's helper does (rounding,
// then ValueError for NaN and OverflowError outside int64), inline when
// the rounded value is within int64; only other values call the helper,
// which raises. On x86-64 the conversion instruction itself tells: it
// gives INT64_MIN for NaN and for every value out of range, so one
// comparison of its result replaces the range test; an exact -2**63,
// the one valid value it also gives INT64_MIN for, is told apart on the
// rare path.
func (c *fn) floatToInt(helper string, x value.Value) value.Value {
	d := lt.Double
	r := x // int(): no rounding call (llvm.trunc is a libm call without SSE4.1)
	if round, ok := roundings[helper]; ok {
		r = c.cur.NewCall(c.g.runtime(round, d, d), x)
	}
	var k, ok value.Value
	if c.g.opts.X86_64 {
		vec := lt.NewVector(2, d)
		cvt := c.g.runtime("llvm.x86.sse2.cvttsd2si64", lt.I64, vec)
		k = c.cur.NewCall(cvt, c.cur.NewInsertElement(constant.NewUndef(vec), r, constant.NewInt(lt.I32, 0)))
		ok = c.cur.NewICmp(enum.IPredNE, k, constant.NewInt(lt.I64, math.MinInt64))
	} else {
		abs := c.cur.NewCall(c.g.runtime("llvm.fabs.f64", d, d), r)
		ok = c.cur.NewFCmp(enum.FPredOLT, abs, constant.NewFloat(d, 0x1p63)) // false for NaN
		k = c.cur.NewFPToSI(r, lt.I64)                                       // poison only where it raises
	}
	minInt := func() value.Value { return c.cur.NewFCmp(enum.FPredOEQ, r, constant.NewFloat(d, -0x1p63)) }
	c.raiseUnless(rareRaise{ok: ok, excused: minInt, name: helper, args: []value.Value{x}, ret: lt.I64, params: []lt.Type{d}})
	return k
}

// builtin calls what key names: an array method (or the NumPy function
// of that name), a NumPy allocator, a ufunc or a Python builtin.
func (c *fn) builtin(key types.Key, args []value.Value, sig *types.Signature) (value.Value, types.Type, error) {
	rt := sig.Return
	switch {
	case key.Recv == types.ArrayRecv:
		return c.reduce(key.Name, args, sig)
	case key.Module == types.NumPy:
		return c.allocate(key.Name, args, sig)
	case key.Module == types.Ufuncs:
		return c.ufunc(key.Name, args, sig), sig.Return, nil
	}
	name := key.Name
	if name == "complex" {
		if types.Equal(sig.Args[0], types.Complex128) {
			return args[0], rt, nil
		}
		im := value.Value(constant.NewFloat(lt.Double, 0))
		if len(args) == 2 {
			im = args[1]
		}
		return c.makeComplex(args[0], im), rt, nil
	}
	if name == "abs" && types.Equal(sig.Args[0], types.Complex128) {
		re, im := c.cur.NewExtractValue(args[0], 0), c.cur.NewExtractValue(args[0], 1)
		return c.checked("pynjit_complex_abs", lt.Double, []value.Value{re, im}, lt.Double, lt.Double), rt, nil
	}
	if len(sig.Args) == 1 {
		switch sig.Args[0].(type) {
		case types.ArgvItem:
			if name == "int" {
				return c.checked("pynjit_argv_int", lt.I64, args, lt.I64), types.Int64, nil
			}
			return c.checked("pynjit_argv_float", lt.Double, args, lt.I64), types.Float64, nil
		case types.Argv:
			if name == "len" {
				return c.cur.NewCall(c.g.runtime("pynjit_argv_len", lt.I64)), types.Int64, nil
			}
		case *types.Array:
			if name == "len" {
				return c.arrayField(args[0], arrShape, 0), types.Int64, nil
			}
		}
	}
	switch name {
	case "len":
		return constant.NewInt(lt.I64, int64(len(sig.Args[0].(*types.Tuple).Elems))), types.Int64, nil
	case "divmod":
		return c.divmod(args[0], args[1], sig.Args[0], rt)
	case "enumerate":
		start := value.Value(constant.NewInt(lt.I64, 0))
		if len(args) == 2 {
			start = args[1]
		}
		var agg value.Value = constant.NewUndef(llType(rt).(*lt.StructType))
		agg = c.cur.NewInsertValue(agg, args[0], 0)
		return c.cur.NewInsertValue(agg, start, 1), rt, nil
	case "zip":
		var agg value.Value = constant.NewUndef(llType(rt).(*lt.StructType))
		for i, x := range args {
			agg = c.cur.NewInsertValue(agg, x, uint64(i))
		}
		return agg, rt, nil
	case "pow":
		if len(args) == 3 {
			return c.checked("pynjit_int_powmod", lt.I64, args, lt.I64, lt.I64, lt.I64), rt, nil
		}
		r, err := c.power(args[0], args[1], sig, false)
		return r, rt, err
	case "abs":
		if _, ok := rt.(types.Float); ok {
			fabs := c.g.runtime(fmt.Sprintf("llvm.fabs.f%d", rt.(types.Float).Bits), llType(rt), llType(rt))
			return c.cur.NewCall(fabs, args[0]), rt, nil
		}
		x := args[0]
		if !isSigned(rt) {
			return x, rt, nil
		}
		neg := c.cur.NewICmp(enum.IPredSLT, x, intConst(rt, 0))
		return c.cur.NewSelect(neg, c.cur.NewSub(intConst(rt, 0), x), x), rt, nil
	case "min", "max":
		// Python keeps the first of equal (or unordered) items: min(a, b)
		// is b only when b < a.
		r := args[0]
		for _, x := range args[1:] {
			var better value.Value
			switch t := rt.(type) {
			case types.Float:
				p := enum.FPredOLT
				if name == "max" {
					p = enum.FPredOGT
				}
				better = c.cur.NewFCmp(p, x, r)
			default:
				p := enum.IPredSLT
				if name == "max" {
					p = enum.IPredSGT
				}
				if !isSigned(t) {
					p = enum.IPredULT
					if name == "max" {
						p = enum.IPredUGT
					}
				}
				better = c.cur.NewICmp(p, x, r)
			}
			r = c.cur.NewSelect(better, x, r)
		}
		return r, rt, nil
	case "int":
		return c.convert(args[0], sig.Args[0], types.Int64), types.Int64, nil // a float converts as int() does
	case "float":
		return c.convert(args[0], sig.Args[0], types.Float64), types.Float64, nil
	case "bool":
		return c.truth(args[0], sig.Args[0]), types.Bool, nil
	case "round":
		if len(args) == 1 {
			if _, ok := sig.Args[0].(types.Float); ok {
				return c.floatToInt("pynjit_round", c.convert(args[0], sig.Args[0], types.Float64)), types.Int64, nil
			}
			return c.convert(args[0], sig.Args[0], types.Int64), types.Int64, nil
		}
		if types.Equal(rt, types.Int64) {
			f := c.g.runtime("pynjit_round_int", lt.I64, lt.I64, lt.I64)
			return c.cur.NewCall(f, args[0], args[1]), rt, nil
		}
		return c.checked("pynjit_round_ndigits", lt.Double, args, lt.Double, lt.I64), rt, nil
	case "range":
		start, stop, step := value.Value(constant.NewInt(lt.I64, 0)), args[0], value.Value(constant.NewInt(lt.I64, 1))
		if len(args) >= 2 {
			start, stop = args[0], args[1]
		}
		if len(args) == 3 {
			step = args[2]
			c.raiseIf(c.cur.NewICmp(enum.IPredEQ, step, constant.NewInt(lt.I64, 0)), "ValueError", "range() arg 3 must not be zero")
		}
		st := lt.NewStruct(lt.I64, lt.I64, lt.I64)
		var agg value.Value = constant.NewUndef(st)
		agg = c.cur.NewInsertValue(agg, start, 0)
		agg = c.cur.NewInsertValue(agg, stop, 1)
		agg = c.cur.NewInsertValue(agg, step, 2)
		return agg, rt, nil
	}
	return nil, nil, fmt.Errorf("builtin %s", name)
}

func (c *fn) mathCall(name string, args []value.Value, sig *types.Signature) (value.Value, types.Type, error) {
	rt := sig.Return
	d := lt.Double
	switch name {
	case "floor", "ceil", "trunc":
		if types.Equal(sig.Args[0], types.Int64) {
			return args[0], rt, nil
		}
		helper := map[string]string{"floor": "pynjit_floor", "ceil": "pynjit_ceil", "trunc": "pynjit_float_to_int"}[name]
		return c.floatToInt(helper, args[0]), rt, nil
	case "isnan":
		return c.cur.NewFCmp(enum.FPredUNO, args[0], args[0]), rt, nil
	case "isinf":
		abs := c.cur.NewCall(c.g.runtime("llvm.fabs.f64", d, d), args[0])
		return c.cur.NewFCmp(enum.FPredOEQ, abs, constant.NewFloat(d, math.Inf(1))), rt, nil
	case "isfinite":
		abs := c.cur.NewCall(c.g.runtime("llvm.fabs.f64", d, d), args[0])
		return c.cur.NewFCmp(enum.FPredOLT, abs, constant.NewFloat(d, math.Inf(1))), rt, nil
	case "degrees":
		return c.cur.NewFMul(args[0], constant.NewFloat(d, 180/math.Pi)), rt, nil
	case "radians":
		return c.cur.NewFMul(args[0], constant.NewFloat(d, math.Pi/180)), rt, nil
	case "copysign":
		return c.cur.NewCall(c.g.runtime("copysign", d, d, d), args...), rt, nil
	case "atan2":
		return c.cur.NewCall(c.g.runtime("atan2", d, d, d), args...), rt, nil
	case "hypot":
		return c.cur.NewCall(c.g.runtime("pynjit_math_hypot", d, d, d), args...), rt, nil
	case "gcd":
		return c.cur.NewCall(c.g.runtime("pynjit_math_gcd", lt.I64, lt.I64, lt.I64), args...), rt, nil
	case "frexp":
		out := c.entry.NewAlloca(lt.I64)
		m := c.cur.NewCall(c.g.runtime("pynjit_math_frexp", d, d, lt.NewPointer(lt.I64)), args[0], out)
		var agg value.Value = constant.NewUndef(llType(rt))
		agg = c.cur.NewInsertValue(agg, m, 0)
		agg = c.cur.NewInsertValue(agg, c.cur.NewLoad(lt.I64, out), 1)
		return agg, rt, nil
	case "modf":
		out := c.entry.NewAlloca(d)
		frac := c.cur.NewCall(c.g.runtime("modf", d, d, lt.NewPointer(d)), args[0], out)
		var agg value.Value = constant.NewUndef(llType(rt))
		agg = c.cur.NewInsertValue(agg, frac, 0)
		agg = c.cur.NewInsertValue(agg, c.cur.NewLoad(d, out), 1)
		return agg, rt, nil
	case "ldexp":
		return c.checked("pynjit_math_ldexp", d, args, d, lt.I64), rt, nil
	case "log":
		if len(args) == 2 {
			return c.checked("pynjit_math_log_base", d, args, d, d), rt, nil
		}
		return c.checked("pynjit_math_log", d, args, d), rt, nil
	case "pow", "fmod":
		return c.checked("pynjit_math_"+name, d, args, d, d), rt, nil
	case "sqrt":
		// ValueError only below zero: NaN, -0.0 and +inf go inline
		ok := c.cur.NewFCmp(enum.FPredUGE, args[0], constant.NewFloat(d, 0))
		c.raiseUnless(rareRaise{ok: ok, name: "pynjit_math_sqrt", args: args, ret: d, params: []lt.Type{d}})
		return c.cur.NewCall(c.g.runtime("llvm.sqrt.f64", d, d), args[0]), rt, nil
	}
	if test := libmDirect[name]; test != 0 {
		r := c.cur.NewCall(c.g.runtime(name, d, d), args[0])
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
		c.raiseUnless(rareRaise{ok: finite, excused: excused, name: "pynjit_math_" + name, args: args, ret: d, params: []lt.Type{d}})
		return r, rt, nil
	}
	return c.checked("pynjit_math_"+name, d, args, d), rt, nil
}

// divmod is Python's divmod: (a // b, a % b), with CPython's messages for
// a zero divisor ("float divmod()" for floats).
func (c *fn) divmod(x, y value.Value, t, rt types.Type) (value.Value, types.Type, error) {
	if ft, ok := t.(types.Float); ok {
		c.raiseIf(c.cur.NewFCmp(enum.FPredOEQ, y, constant.NewFloat(llType(ft).(*lt.FloatType), 0)), "ZeroDivisionError", "float divmod()")
	}
	q, err := c.binary(syntax.FloorDiv, x, y, t, t)
	if err != nil {
		return nil, nil, err
	}
	r, err := c.binary(syntax.Mod, x, y, t, t)
	if err != nil {
		return nil, nil, err
	}
	var agg value.Value = constant.NewUndef(llType(rt))
	agg = c.cur.NewInsertValue(agg, q, 0)
	agg = c.cur.NewInsertValue(agg, r, 1)
	return agg, rt, nil
}

// defaultValue is the constant of a parameter's default, as infer
// records it (Callee.Defaults), and its type.
func defaultValue(v any) (value.Value, types.Type, error) {
	switch v := v.(type) {
	case nil:
		return constValue(pir.NoneConst{})
	case *big.Int:
		if v.IsInt64() {
			return constValue(v.Int64())
		}
		return constant.NewInt(lt.I64, int64(v.Uint64())), types.Uint64, nil
	case []pymodule.Value:
		t := &types.Tuple{}
		var fields []constant.Constant
		for _, e := range v {
			x, et, err := defaultValue(e)
			if err != nil {
				return nil, nil, err
			}
			fields = append(fields, x.(constant.Constant))
			t.Elems = append(t.Elems, et)
		}
		return constant.NewStruct(llType(t).(*lt.StructType), fields...), t, nil
	}
	return constValue(v)
}
