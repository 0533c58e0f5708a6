package types

// Key names an operation pynjit knows: a function of a namespace
// (Module "builtins", "math", "numpy"; "ufunc" for NumPy's ufuncs, typed
// by one table of loops), a method of a kind of value (Recv "array",
// Name "sum"), or, with neither, a function of the file being compiled.
// Keys are compared, never parsed: what an operation means travels as
// its Key, and the name is only for people.
type Key struct {
	Module string
	Recv   string
	Name   string
}

// The namespaces of Keys.
const (
	Builtins = "builtins"
	MathMod  = "math"
	NumPy    = "numpy"
	Ufuncs   = "ufunc"
	// ArrayRecv is the receiver kind of array methods.
	ArrayRecv = "array"
	// DTypeRecv is the receiver kind of a NumPy scalar type called as a
	// function (np.int8(x)); the Key's Name is the scalar type's.
	DTypeRecv = "dtype"
)

// ScalarCtor is the Key of calling the NumPy scalar type t: np.int8(x).
func ScalarCtor(t Type) Key { return Key{Recv: DTypeRecv, Name: t.String()} }

// Builtin is the Key of a Python builtin.
func Builtin(name string) Key { return Key{Module: Builtins, Name: name} }

// String names the operation as pynjit prints it: "<built-in function
// abs>", "math.sqrt", "np.zeros", "ufunc.sqrt", "array.sum", or a
// function's own name.
func (k Key) String() string {
	switch {
	case k.Recv != "":
		return k.Recv + "." + k.Name
	case k.Module == Builtins:
		return "<built-in function " + k.Name + ">"
	case k.Module == NumPy:
		return "np." + k.Name
	case k.Module != "":
		return k.Module + "." + k.Name
	}
	return k.Name
}

// Callable is a function known while compiling, used as a value: a
// builtin, a function of math or NumPy, an array's method (bound to the
// array it was read from), or a function of the file being compiled.
type Callable struct {
	Key Key
}

func (*Callable) isType() {}

func (t *Callable) String() string { return "Function(" + t.Key.String() + ")" }
