// Package infer types a function's IR for one tuple of argument types, the
// way Numba's nopython frontend does: constraints flow from arguments and
// constants through every instruction, variables unify across assignments
// (int64 and float64 give float64), and callees of the same file are typed
// on demand for the argument types they are called with.
package infer

import (
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// Result is one typed specialization of a function.
type Result struct {
	Func *ir.Func
	// Args are the parameter types of this specialization.
	Args []types.Type
	// Return is the unified return type (types.None if nothing is returned).
	Return types.Type
	// VarTypes[v.ID] is the type of variable v.
	VarTypes []types.Type
	// Impls gives, for every operation (a call, operator, comparison,
	// subscript, item assignment, iteration step or truth test), its key
	// in package lib and the signature it is used at. The operations of a
	// program at the same scalar types share one Impl (intern.go). It is
	// indexed by the instruction's ID (Impl reads it): nil for an
	// instruction that is no operation or was not typed.
	Impls []*lib.Impl
	// Callees gives the resolved target of every Assign whose value is a Call.
	Callees map[*ir.Assign]*Callee
	// Globals holds the values of the module constants (and constants
	// imported from math) the function reads, by global name: int64,
	// float64 or bool.
	Globals map[string]any
	// Folded gives the constant value of an assignment that has one: an
	// operation on integer constants folded as CPython folds it (fold.go),
	// an int64 or a uint64 beyond int64's range; a module's constant
	// (np.pi), a float64 or complex128. Code generation emits the constant.
	Folded map[*ir.Assign]any
	// Literals are the temporaries whose value is known while compiling:
	// those assigned once to an integer or bool literal, to its negation,
	// or to an operation on integer constants folded as CPython folds it
	// (fold.go). VarTypes holds their run-time types (the Literal's Base).
	// Literal reads them: they are indexed by variable ID, with a nil Base
	// for a variable that is none.
	Literals []types.Literal
	// Unreachable are the blocks no path reaches when a constant
	// condition takes its one branch (while True:): they are not typed,
	// and code generation leaves them empty.
	Unreachable map[*ir.Block]bool
	// NoReturn says every path of the function raises: its result type
	// is none, as in Numba, but a call of it has no value, and the code
	// after the call in its block never runs (code generation ends the
	// block there).
	NoReturn bool
}

// Literal returns the Literal type of temporary v, if its value is
// known while compiling (Literals).
func (r *Result) Literal(v *ir.Var) (types.Literal, bool) {
	if v.ID >= len(r.Literals) {
		return types.Literal{}, false
	}
	lit := r.Literals[v.ID]
	return lit, lit.Base != nil
}

// Impl returns the operation inst performs, nil if it is none or was
// not typed.
func (r *Result) Impl(inst ir.Inst) *lib.Impl { return r.Impls[inst.ID()] }

// OpSig gives, for an Assign whose value is a BinOp, Compare, UnaryOp or
// Call, the types its operands are converted to and the type of its
// result (Numba's calltypes): its Impl's signature; nil for any other
// Assign or one not typed.
func (r *Result) OpSig(a *ir.Assign) *types.Signature {
	switch a.Value.(type) {
	case *ir.BinOp, *ir.Compare, *ir.UnaryOp, *ir.Call:
		if impl := r.Impl(a); impl != nil {
			return impl.Sig
		}
	}
	return nil
}

// CalleeKind says what a call resolves to.
type CalleeKind int

// The kinds of call targets.
const (
	// CallUser calls another compiled function of the file (Spec).
	CallUser CalleeKind = iota
	// CallBuiltin calls an operation registered in package lib under
	// Key (a Python builtin, a function of math or NumPy, an array
	// method, a ufunc); code generation lowers it by that key.
	CallBuiltin
)

// Callee is the resolved target of a call.
type Callee struct {
	Kind CalleeKind
	// Key names the callee: a builtin, a function of math or NumPy, an
	// array method, or (Kind CallUser) a function of the file.
	Key types.Key
	// Spec is the callee's specialization when Kind is CallUser.
	Spec *Result
	// Args are a user call's arguments in parameter order, keyword
	// arguments bound to their parameters; nil for a parameter left out,
	// whose value is its default, Defaults[i] (nil None, bool, *big.Int,
	// float64, complex128, or a []pymodule.Value tuple of them).
	Args     []*ir.Var
	Defaults []any
}

// NeverReturns reports whether inst calls a function whose every path
// raises: what follows it in its block never runs, and is neither typed
// nor compiled.
func (r *Result) NeverReturns(inst ir.Inst) bool {
	a, ok := inst.(*ir.Assign)
	if !ok {
		return false
	}
	c := r.Callees[a]
	return c != nil && c.Kind == CallUser && c.Spec != nil && c.Spec.NoReturn
}
