package codegen

import (
	"fmt"
	"math"
	"math/big"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/pymodule"
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
		return c.constant(val)
	}
	return nil, nil, fmt.Errorf("global %s has no value", v.Name)
}

func (c *fn) getattr(a *pir.Assign, v *pir.GetAttr) (value.Value, types.Type, error) {
	if _, ok := c.typeOf(a.Target).(*types.Callable); ok {
		return nil, nil, nil // a method: only its calls have values
	}
	if impl := c.spec.Impl(a); impl != nil { // an attribute of a value (a.shape, z.imag)
		return c.lower(impl.Key, operation{inst: a, a: a, args: []value.Value{c.loadRaw(v.Value)}, sig: impl.Sig})
	}
	if _, ok := c.typeOf(v.Value).(*types.Module); ok {
		if types.Equal(c.typeOf(a.Target), types.Argv{}) {
			return constant.NewInt(lt.I8, 0), types.Argv{}, nil
		}
		if k, ok := c.spec.Folded[a]; ok {
			return c.constant(k) // a module's constant (np.pi, m.TABLE)
		}
		return nil, nil, nil // a function: only its calls have values
	}
	return nil, nil, fmt.Errorf("attribute %s", v.Attr)
}

func (c *fn) call(a *pir.Assign, v *pir.Call) (value.Value, types.Type, error) {
	callee, impl := c.spec.Callees[a], c.spec.Impl(a)
	if callee == nil || impl == nil || impl.Sig == nil {
		return nil, nil, &InternalError{Msg: "unresolved call " + pir.FormatValue(v)}
	}
	sig := impl.Sig
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
	if callee.Spec == nil {
		return c.lower(callee.Key, operation{inst: a, a: a, args: args, sig: sig})
	}
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

// rounding is how floatToInt rounds a float before converting it: the
// runtime helper that does both and raises (helper), and the LLVM
// intrinsic rounding as it does (none for int(), which truncates, as the
// conversion itself does; llvm.trunc is a libm call without SSE4.1).
type rounding struct{ helper, intrinsic string }

// The roundings of int(), math.floor, math.ceil and round().
var (
	truncating = rounding{"pynjit_float_to_int", ""}
	flooring   = rounding{"pynjit_floor", "llvm.floor.f64"}
	ceiling    = rounding{"pynjit_ceil", "llvm.ceil.f64"}
	nearest    = rounding{"pynjit_round", "llvm.nearbyint.f64"}
)

// floatToInt converts x to int64 as rd's runtime helper does (rounding,
// then ValueError for NaN and OverflowError outside int64), inline when
// the rounded value is within int64; only other values call the helper,
// which raises. On x86-64 the conversion instruction itself tells: it
// gives INT64_MIN for NaN and for every value out of range, so one
// comparison of its result replaces the range test; an exact -2**63,
// the one valid value it also gives INT64_MIN for, is told apart on the
// rare path.
func (c *fn) floatToInt(rd rounding, x value.Value) value.Value {
	d := lt.Double
	r := x
	if rd.intrinsic != "" {
		r = c.cur.NewCall(c.g.runtime(rd.intrinsic, d, d), x)
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
	c.raiseUnless(rareRaise{ok: ok, excused: minInt, name: rd.helper, args: []value.Value{x}, ret: lt.I64, params: []lt.Type{d}})
	return k
}

// divmod is Python's divmod: (a // b, a % b), with CPython's messages for
// a zero divisor ("float divmod()" for floats).
func (c *fn) divmod(x, y value.Value, t, rt types.Type) (value.Value, types.Type, error) {
	if ft, ok := t.(types.Float); ok {
		c.raiseIf(c.cur.NewFCmp(enum.FPredOEQ, y, constant.NewFloat(llType(ft).(*lt.FloatType), 0)), "ZeroDivisionError", "float divmod()")
	}
	q, err := c.binary(lib.Op("floordiv"), x, y, t, t)
	if err != nil {
		return nil, nil, err
	}
	r, err := c.binary(lib.Op("mod"), x, y, t, t)
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
