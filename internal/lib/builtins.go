package lib

import "github.com/pynjit/pynjit/internal/types"

// builtins are Python's builtin functions compiled code calls, each
// with how it types its arguments: the signature, or false for
// arguments it does not take (Numba's "No implementation" error).
var builtins = []struct {
	name   string
	typing func(args []types.Type) (*types.Signature, bool)
}{
	{"abs", absTyping},
	{"min", extremumTyping},
	{"max", extremumTyping},
	{"int", conversionTyping(types.Int64)},
	{"float", conversionTyping(types.Float64)},
	{"bool", boolTyping},
	{"round", roundTyping},
	{"divmod", divmodTyping},
	{"pow", powTyping},
	{"range", rangeTyping},
	{"complex", complexTyping},
	{"len", lenTyping},
}

func init() {
	for _, b := range builtins {
		k := types.Builtin(b.name)
		register(k, func(args []types.Type) (*types.Signature, error) {
			if s, ok := b.typing(args); ok {
				return s, nil
			}
			return noImpl(k, args)
		})
	}
	for _, it := range []struct {
		name   string
		typing func(k Key, args []types.Type) (*types.Signature, error)
	}{{"enumerate", enumerateTyping}, {"zip", zipTyping}} {
		k := types.Builtin(it.name)
		register(k, func(args []types.Type) (*types.Signature, error) {
			if len(args) == 0 {
				return noImpl(k, args)
			}
			return it.typing(k, args)
		})
	}
}

// numbers reports whether every one of args is a bool, integer or float.
func numbers(args []types.Type) bool {
	for _, a := range args {
		if !IsNumeric(a) {
			return false
		}
	}
	return true
}

// oneComplex reports whether args is one complex number.
func oneComplex(args []types.Type) bool { return len(args) == 1 && IsComplex(args[0]) }

// absTyping types abs() as Numba does: the modulus of a complex, and a
// float's or an integer's own type (int8 for a bool), so that
// abs(int8(-128)) wraps to -128 and abs(uint64) keeps every value.
func absTyping(args []types.Type) (*types.Signature, bool) {
	switch {
	case oneComplex(args):
		return sig(types.Float64, types.Complex128), true
	case len(args) != 1 || !numbers(args):
		return nil, false
	case types.IsFloat(args[0]):
		return sig(args[0], args...), true
	}
	t := args[0]
	if types.Equal(t, types.Bool) {
		t = types.Int8 // Numba's abs(bool)
	}
	return sig(t, t), true
}

// extremumTyping types min() and max() of two or more numbers, which
// unify.
func extremumTyping(args []types.Type) (*types.Signature, bool) {
	if len(args) < 2 || !numbers(args) {
		return nil, false
	}
	t := args[0]
	for _, a := range args[1:] {
		if !types.Equal(t, a) {
			t = Promote(t, a)
		}
	}
	return sig(t, same(t, len(args))...), true
}

// conversionTyping types int() or float(), converting to t: of a
// number, or of a command-line argument (int(sys.argv[i])).
func conversionTyping(t types.Type) func(args []types.Type) (*types.Signature, bool) {
	return func(args []types.Type) (*types.Signature, bool) {
		if len(args) != 1 || !numbers(args) && !types.Equal(args[0], types.ArgvItem{}) {
			return nil, false
		}
		return sig(t, args...), true
	}
}

// boolTyping types bool(), the truth of any value that has one.
func boolTyping(args []types.Type) (*types.Signature, bool) {
	switch {
	case len(args) != 1:
		return nil, false
	case IsComplex(args[0]):
		return sig(types.Bool, types.Complex128), true
	case IsNumeric(args[0]) || HasTruth(args[0]):
		return sig(types.Bool, args...), true
	}
	return nil, false
}

// roundTyping types round(x) (an int64) and round(x, ndigits).
func roundTyping(args []types.Type) (*types.Signature, bool) {
	switch {
	case !numbers(args):
		return nil, false
	case len(args) == 1:
		return sig(types.Int64, args...), true
	case len(args) != 2 || !IsIntegral(args[1]):
		return nil, false
	case IsIntegral(args[0]):
		return sig(types.Int64, types.Int64, types.Int64), true
	}
	return sig(types.Float64, types.Float64, types.Int64), true
}

// divmodTyping types divmod(a, b): a pair of the promoted type.
func divmodTyping(args []types.Type) (*types.Signature, bool) {
	if len(args) != 2 || !numbers(args) {
		return nil, false
	}
	t := Promote(args[0], args[1])
	return sig(&types.Tuple{Elems: []types.Type{t, t}}, t, t), true
}

// powTyping types pow(a, b), which is a ** b (CPython does not fold
// calls), and pow(a, b, m) of integers.
func powTyping(args []types.Type) (*types.Signature, bool) {
	switch {
	case len(args) == 2:
		return powOperator.binary(args[0], args[1])
	case len(args) != 3:
		return nil, false
	}
	for _, a := range args {
		if !IsIntegral(a) {
			return nil, false
		}
	}
	return sig(types.Int64, same(types.Int64, 3)...), true
}

// rangeTyping types range(stop) and range(start, stop[, step]) of
// integers.
func rangeTyping(args []types.Type) (*types.Signature, bool) {
	if len(args) < 1 || len(args) > 3 {
		return nil, false
	}
	for _, a := range args {
		if !IsIntegral(a) {
			return nil, false
		}
	}
	return sig(types.RangeState{Elem: types.Int64}, same(types.Int64, len(args))...), true
}

// complexTyping types complex(re[, im]) of numbers, and complex(z).
func complexTyping(args []types.Type) (*types.Signature, bool) {
	switch {
	case oneComplex(args):
		return sig(types.Complex128, types.Complex128), true
	case len(args) < 1 || len(args) > 2 || !numbers(args):
		return nil, false
	}
	return sig(types.Complex128, same(types.Float64, len(args))...), true
}

// lenTyping types len() of an array, a tuple or sys.argv.
func lenTyping(args []types.Type) (*types.Signature, bool) {
	if len(args) == 1 {
		switch args[0].(type) {
		case *types.Array, types.Argv, *types.Tuple:
			return sig(types.Int64, args...), true
		}
	}
	return nil, false
}

// enumerateTyping types enumerate(iterable[, start]).
func enumerateTyping(k Key, args []types.Type) (*types.Signature, error) {
	if len(args) > 2 || len(args) == 2 && !IsIntegral(args[1]) {
		return noImpl(k, args)
	}
	if _, err := IterType(args[0]); err != nil {
		return nil, err
	}
	return sig(types.Enumerate{Inner: args[0]}, []types.Type{args[0], types.Int64}[:len(args)]...), nil
}

// zipTyping types zip(iterable, ...).
func zipTyping(k Key, args []types.Type) (*types.Signature, error) {
	for _, x := range args {
		if _, err := IterType(x); err != nil {
			return nil, err
		}
	}
	return sig(types.Zip{Inners: args}, args...), nil
}
