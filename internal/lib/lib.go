// Package lib is the registry of the operations compiled code performs,
// each named by a Key: Python's builtins, the math module, NumPy's
// functions and array methods, and the operators and protocols (add,
// eq, neg, getiter, iternext, truth, ...). A key's Template accepts
// argument types with a Signature (the types the arguments convert to,
// and the result) or refuses them with an error worded as CPython or
// Numba words it. Inference looks templates up by key and records an
// Impl{Key, Sig} on every operation it types; code generation chooses
// the lowering by the same key. lib imports only types.
package lib

import (
	"fmt"
	"sort"

	"github.com/pynjit/pynjit/internal/types"
)

// Key names an operation (types.Key, so that a types.Callable carries
// one).
type Key = types.Key

// Operator is the namespace of the operators and protocols, named as
// Python's operator module names them (add, truediv, eq, neg, not_,
// getitem) and, for iteration and truth, as Numba does (getiter,
// iternext, truth).
const Operator = "operator"

// Op is the key of an operator or protocol.
func Op(name string) Key { return Key{Module: Operator, Name: name} }

// Impl is what inference resolved an operation to: the operation's key
// and the signature it is used at.
type Impl struct {
	Key Key
	Sig *types.Signature
}

// Template types one operation.
type Template struct {
	Key Key
	// Accept returns the signature of a use with arguments of types
	// args, or why there is none.
	Accept func(args []types.Type) (*types.Signature, error)
	// Attribute marks an attribute (a.shape): its one argument is the
	// value it is read from, and its result the attribute's type.
	Attribute bool
}

// registry holds every template by key. It is filled once, when the
// package is initialized, and only read afterwards.
var registry = map[Key]*Template{}

func register(k Key, accept func(args []types.Type) (*types.Signature, error)) {
	if _, dup := registry[k]; dup {
		panic("lib: " + k.String() + " registered twice")
	}
	registry[k] = &Template{Key: k, Accept: accept}
}

// Lookup returns the template of k, or nil.
func Lookup(k Key) *Template { return registry[k] }

// Keys returns every registered key, sorted.
func Keys() []Key {
	out := make([]Key, 0, len(registry))
	for k := range registry {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// Accept types a use of k with arguments of types args.
func Accept(k Key, args []types.Type) (*types.Signature, error) {
	t := registry[k]
	if t == nil {
		return nil, fmt.Errorf("unknown operation %s", k)
	}
	return t.Accept(args)
}

// Name is how messages name the function of k: "abs", "math.sqrt",
// "np.zeros".
func Name(k Key) string {
	switch {
	case k.Recv == types.ArrayRecv || k.Recv == types.DTypeRecv || k.Module == types.Ufuncs:
		return "np." + k.Name // NumPy's functions and scalar types of those names
	case k.Module == types.Builtins || k.Module == Operator || k.Module == "":
		return k.Name
	}
	return k.String()
}

// NoImpl is Numba's error for arguments a function does not accept.
type NoImpl struct {
	Key  Key
	Args []types.Type
}

func (e *NoImpl) Error() string {
	return fmt.Sprintf("No implementation of function %s found for signature (%s)", Name(e.Key), types.ArgsString(e.Args))
}

func noImpl(k Key, args []types.Type) (*types.Signature, error) {
	return nil, &NoImpl{Key: k, Args: args}
}

// sig is a signature of argument types args and result ret.
func sig(ret types.Type, args ...types.Type) *types.Signature {
	return &types.Signature{Args: args, Return: ret}
}
