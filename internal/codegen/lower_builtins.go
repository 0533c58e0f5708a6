package codegen

import (
	"fmt"

	"github.com/llir/llvm/ir/constant"
	"github.com/llir/llvm/ir/enum"
	lt "github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/pynjit/pynjit/internal/types"
)

// The lowerings of Python's builtins.
func init() {
	b := types.Builtin
	register(lowerComplex, b("complex"))
	register(lowerAbs, b("abs"))
	register(lowerInt, b("int"))
	register(lowerFloat, b("float"))
	register(lowerBool, b("bool"))
	register(lowerLen, b("len"))
	register(lowerDivmod, b("divmod"))
	register(lowerEnumerate, b("enumerate"))
	register(lowerZip, b("zip"))
	register(lowerPow, b("pow"))
	register(minMax(enum.FPredOLT, enum.IPredSLT, enum.IPredULT), b("min"))
	register(minMax(enum.FPredOGT, enum.IPredSGT, enum.IPredUGT), b("max"))
	register(lowerRound, b("round"))
	register(lowerRange, b("range"))
}

// lowerComplex is complex(re[, im]); complex(z) is z.
func lowerComplex(c *fn, o operation) (value.Value, types.Type, error) {
	if types.Equal(o.sig.Args[0], types.Complex128) {
		return o.args[0], o.sig.Return, nil
	}
	im := value.Value(constant.NewFloat(lt.Double, 0))
	if len(o.args) == 2 {
		im = o.args[1]
	}
	return c.makeComplex(o.args[0], im), o.sig.Return, nil
}

// lowerAbs is abs() of a complex (its modulus, through the runtime), a
// float or an integer.
func lowerAbs(c *fn, o operation) (value.Value, types.Type, error) {
	args, rt := o.args, o.sig.Return
	if types.Equal(o.sig.Args[0], types.Complex128) {
		re, im := c.cur.NewExtractValue(args[0], 0), c.cur.NewExtractValue(args[0], 1)
		return c.checked("pynjit_complex_abs", lt.Double, []value.Value{re, im}, lt.Double, lt.Double), rt, nil
	}
	if ft, ok := rt.(types.Float); ok {
		fabs := c.g.runtime(fmt.Sprintf("llvm.fabs.f%d", ft.Bits), llType(rt), llType(rt))
		return c.cur.NewCall(fabs, args[0]), rt, nil
	}
	x := args[0]
	if !isSigned(rt) {
		return x, rt, nil
	}
	neg := c.cur.NewICmp(enum.IPredSLT, x, intConst(rt, 0))
	return c.cur.NewSelect(neg, c.cur.NewSub(intConst(rt, 0), x), x), rt, nil
}

// lowerInt is int() of a number (a float converts as int() does) or of
// a command-line argument.
func lowerInt(c *fn, o operation) (value.Value, types.Type, error) {
	if _, ok := o.sig.Args[0].(types.ArgvItem); ok {
		return c.checked("pynjit_argv_int", lt.I64, o.args, lt.I64), types.Int64, nil
	}
	return c.convert(o.args[0], o.sig.Args[0], types.Int64), types.Int64, nil
}

// lowerFloat is float() of a number or of a command-line argument.
func lowerFloat(c *fn, o operation) (value.Value, types.Type, error) {
	if _, ok := o.sig.Args[0].(types.ArgvItem); ok {
		return c.checked("pynjit_argv_float", lt.Double, o.args, lt.I64), types.Float64, nil
	}
	return c.convert(o.args[0], o.sig.Args[0], types.Float64), types.Float64, nil
}

// lowerBool is bool(), the value's truth.
func lowerBool(c *fn, o operation) (value.Value, types.Type, error) {
	return c.truth(o.args[0], o.sig.Args[0]), types.Bool, nil
}

// lowerLen is len() of sys.argv, of an array (its first dimension) or
// of a tuple (a constant).
func lowerLen(c *fn, o operation) (value.Value, types.Type, error) {
	switch t := o.sig.Args[0].(type) {
	case types.Argv:
		return c.cur.NewCall(c.g.runtime("pynjit_argv_len", lt.I64)), types.Int64, nil
	case *types.Array:
		return c.arrayField(o.args[0], arrShape, 0), types.Int64, nil
	case *types.Tuple:
		return constant.NewInt(lt.I64, int64(len(t.Elems))), types.Int64, nil
	}
	return nil, nil, &InternalError{Msg: fmt.Sprintf("len(%s)", o.sig.Args[0])}
}

func lowerDivmod(c *fn, o operation) (value.Value, types.Type, error) {
	return c.divmod(o.args[0], o.args[1], o.sig.Args[0], o.sig.Return)
}

// lowerEnumerate is enumerate(iterable[, start]): the iterable and the
// start.
func lowerEnumerate(c *fn, o operation) (value.Value, types.Type, error) {
	rt := o.sig.Return
	start := value.Value(constant.NewInt(lt.I64, 0))
	if len(o.args) == 2 {
		start = o.args[1]
	}
	var agg value.Value = constant.NewUndef(llType(rt).(*lt.StructType))
	agg = c.cur.NewInsertValue(agg, o.args[0], 0)
	return c.cur.NewInsertValue(agg, start, 1), rt, nil
}

// lowerZip is zip(iterables...): the iterables.
func lowerZip(c *fn, o operation) (value.Value, types.Type, error) {
	rt := o.sig.Return
	var agg value.Value = constant.NewUndef(llType(rt).(*lt.StructType))
	for i, x := range o.args {
		agg = c.cur.NewInsertValue(agg, x, uint64(i))
	}
	return agg, rt, nil
}

// lowerPow is pow(x, y) as x ** y, and pow(x, y, m) of integers.
func lowerPow(c *fn, o operation) (value.Value, types.Type, error) {
	if len(o.args) == 3 {
		return c.checked("pynjit_int_powmod", lt.I64, o.args, lt.I64, lt.I64, lt.I64), o.sig.Return, nil
	}
	r, err := c.power(o.args[0], o.args[1], o.sig, false)
	return r, o.sig.Return, err
}

// minMax is min() or max() of numbers, by the predicate telling that an
// item is better than the best so far for floats, signed and unsigned
// integers: Python keeps the first of equal (or unordered) items, so
// min(a, b) is b only when b < a.
func minMax(fp enum.FPred, signed, unsigned enum.IPred) lowering {
	return func(c *fn, o operation) (value.Value, types.Type, error) {
		rt := o.sig.Return
		r := o.args[0]
		for _, x := range o.args[1:] {
			var better value.Value
			switch {
			case types.IsFloat(rt):
				better = c.cur.NewFCmp(fp, x, r)
			case isSigned(rt):
				better = c.cur.NewICmp(signed, x, r)
			default:
				better = c.cur.NewICmp(unsigned, x, r)
			}
			r = c.cur.NewSelect(better, x, r)
		}
		return r, rt, nil
	}
}

// lowerRound is round(x) (an int64) and round(x, ndigits).
func lowerRound(c *fn, o operation) (value.Value, types.Type, error) {
	args, sig, rt := o.args, o.sig, o.sig.Return
	if len(args) == 1 {
		if _, ok := sig.Args[0].(types.Float); ok {
			return c.floatToInt(nearest, c.convert(args[0], sig.Args[0], types.Float64)), types.Int64, nil
		}
		return c.convert(args[0], sig.Args[0], types.Int64), types.Int64, nil
	}
	if types.Equal(rt, types.Int64) {
		f := c.g.runtime("pynjit_round_int", lt.I64, lt.I64, lt.I64)
		return c.cur.NewCall(f, args[0], args[1]), rt, nil
	}
	return c.checked("pynjit_round_ndigits", lt.Double, args, lt.Double, lt.I64), rt, nil
}

// lowerRange is range(stop), range(start, stop[, step]): the state
// {start, stop, step}, after CPython's check of the step.
func lowerRange(c *fn, o operation) (value.Value, types.Type, error) {
	args := o.args
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
	return agg, o.sig.Return, nil
}
