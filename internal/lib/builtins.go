package lib

import "github.com/pynjit/pynjit/internal/types"

func init() {
	for _, name := range []string{"abs", "min", "max", "int", "float", "bool", "round", "divmod", "pow", "range", "complex", "len", "enumerate", "zip"} {
		k := types.Builtin(name)
		register(k, func(args []types.Type) (*types.Signature, error) {
			if (name == "enumerate" || name == "zip") && len(args) > 0 {
				return iterable(k, args)
			}
			if s, ok := builtin(name, args); ok {
				return s, nil
			}
			return noImpl(k, args)
		})
	}
}

// builtin types a call of the Python builtin name.
func builtin(name string, args []types.Type) (*types.Signature, bool) {
	switch {
	case len(args) == 1 && name == "len":
		switch args[0].(type) {
		case *types.Array, types.Argv, *types.Tuple:
			return sig(types.Int64, args...), true
		}
		return nil, false
	case len(args) == 1 && types.Equal(args[0], types.ArgvItem{}) && (name == "int" || name == "float"):
		// int(sys.argv[i]), float(sys.argv[i])
		if name == "int" {
			return sig(types.Int64, args...), true
		}
		return sig(types.Float64, args...), true
	case name == "pow" && len(args) == 2:
		// pow(a, b) is a ** b (CPython does not fold calls)
		return binary("pow", args[0], args[1])
	}
	res, conv, ok := builtinSignature(name, args)
	if !ok {
		return nil, false
	}
	return sig(res, conv...), true
}

// iterable types enumerate(it[, start]) and zip(it, ...).
func iterable(k Key, args []types.Type) (*types.Signature, error) {
	inners := args
	if k.Name == "enumerate" {
		if len(args) > 2 || len(args) == 2 && !IsIntegral(args[1]) {
			return noImpl(k, args)
		}
		inners = args[:1]
	}
	for _, x := range inners {
		if _, err := IterType(x); err != nil {
			return nil, err
		}
	}
	if k.Name == "enumerate" {
		return sig(types.Enumerate{Inner: args[0]}, []types.Type{args[0], types.Int64}[:len(args)]...), nil
	}
	return sig(types.Zip{Inners: inners}, args...), nil
}

// builtinSignature types a call of the other builtins: the result and
// the types the arguments convert to.
func builtinSignature(name string, args []types.Type) (types.Type, []types.Type, bool) {
	if name == "bool" && len(args) == 1 && HasTruth(args[0]) && !IsNumeric(args[0]) && !IsComplex(args[0]) {
		return types.Bool, args, true
	}
	if len(args) == 1 && IsComplex(args[0]) {
		switch name {
		case "abs":
			return types.Float64, []types.Type{types.Complex128}, true
		case "bool":
			return types.Bool, []types.Type{types.Complex128}, true
		case "complex":
			return types.Complex128, []types.Type{types.Complex128}, true
		}
		return nil, nil, false
	}
	if name == "complex" {
		if len(args) < 1 || len(args) > 2 || !IsNumeric(args[0]) || len(args) == 2 && !IsNumeric(args[1]) {
			return nil, nil, false
		}
		return types.Complex128, same(types.Float64, len(args)), true
	}
	for _, a := range args {
		if !IsNumeric(a) {
			return nil, nil, false
		}
	}
	switch name {
	case "abs":
		if len(args) != 1 {
			return nil, nil, false
		}
		if _, ok := args[0].(types.Float); ok {
			return args[0], args, true
		}
		t := Promote(args[0], types.Int64)
		return t, []types.Type{t}, true
	case "min", "max":
		if len(args) < 2 {
			return nil, nil, false
		}
		t := args[0]
		for _, a := range args[1:] {
			if !types.Equal(t, a) {
				t = Promote(t, a) // as numbers unify
			}
		}
		return t, same(t, len(args)), true
	case "int":
		return types.Int64, args, len(args) == 1
	case "float":
		return types.Float64, args, len(args) == 1
	case "bool":
		return types.Bool, args, len(args) == 1
	case "round":
		switch len(args) {
		case 1:
			return types.Int64, args, true
		case 2:
			if !IsIntegral(args[1]) {
				return nil, nil, false
			}
			if IsIntegral(args[0]) {
				return types.Int64, []types.Type{types.Int64, types.Int64}, true
			}
			return types.Float64, []types.Type{types.Float64, types.Int64}, true
		}
	case "divmod":
		if len(args) != 2 {
			return nil, nil, false
		}
		t := Promote(args[0], args[1])
		return &types.Tuple{Elems: []types.Type{t, t}}, []types.Type{t, t}, true
	case "pow": // pow(a, b, m) of integers
		if len(args) != 3 {
			return nil, nil, false
		}
		for _, a := range args {
			if !IsIntegral(a) {
				return nil, nil, false
			}
		}
		return types.Int64, same(types.Int64, 3), true
	case "range":
		if len(args) < 1 || len(args) > 3 {
			return nil, nil, false
		}
		for _, a := range args {
			if !IsIntegral(a) {
				return nil, nil, false
			}
		}
		return types.RangeState{Elem: types.Int64}, same(types.Int64, len(args)), true
	}
	return nil, nil, false
}
