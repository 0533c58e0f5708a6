package codegen

import (
	"fmt"

	"github.com/llir/llvm/ir/value"

	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/types"
)

// lowering generates one operation that inference resolved to a
// registered key (a builtin, a function of math or NumPy, an array
// method or attribute, a ufunc, an operator or protocol): its value and
// type, or a nil value for an operation without one. Where a key has
// several implementations, the lowering chooses by the signature, never
// by a name.
type lowering func(c *fn, o operation) (value.Value, types.Type, error)

// operation is one use of a key being lowered. Lowerings take it by
// value: through the table's indirect call, a pointer would make each a
// heap allocation (100,000 statements of arithmetic: 200,000 of them).
type operation struct {
	// inst is the instruction performing the operation; a is it when
	// it is the assignment of the operation's result (not an item
	// assignment or a branch's truth test).
	inst pir.Inst
	a    *pir.Assign
	// args are a call's operands (its arguments, keyword arguments bound
	// and defaults filled in) converted to sig.Args, an attribute's or
	// a protocol's value; operators load theirs from a.
	args []value.Value
	// sig is the signature inference recorded (Impl.Sig).
	sig *types.Signature
	// key is the operation's key (Impl.Key): the row of lib's ufunc
	// table, and of the kernels here, of an operator.
	key types.Key
}

// lowerings holds every lowering by key. The lower_*.go files fill it
// when the package is initialized, by domain; it is only read
// afterwards.
var lowerings = map[types.Key]lowering{}

// register makes l the lowering of each of keys.
func register(l lowering, keys ...types.Key) {
	for _, k := range keys {
		if _, dup := lowerings[k]; dup {
			panic("codegen: " + k.String() + " lowered twice")
		}
		lowerings[k] = l
	}
}

// InternalError is a failure of code generation on typed IR it should
// accept: a bug in pynjit (exit 4), never a diagnostic of the input.
type InternalError struct {
	Msg string
}

func (e *InternalError) Error() string { return "internal error: " + e.Msg }

// lower generates o by the lowering registered under k; a key without
// one is an internal error.
func (c *fn) lower(k types.Key, o operation) (value.Value, types.Type, error) {
	l := lowerings[k]
	if l == nil {
		return nil, nil, &InternalError{Msg: fmt.Sprintf("no lowering of %s for %s", lib.Name(k), o.sig)}
	}
	o.key = k
	return l(c, o)
}

// lowerImpl generates inst, an operation whose key and signature
// inference recorded (infer.Result.Impls), with operands args (or none,
// for an operator, which loads its own).
func (c *fn) lowerImpl(inst pir.Inst, args ...value.Value) (value.Value, types.Type, error) {
	impl := c.spec.Impl(inst)
	if impl == nil {
		return nil, nil, &InternalError{Msg: fmt.Sprintf("no operation recorded for %T", inst)}
	}
	a, _ := inst.(*pir.Assign)
	return c.lower(impl.Key, operation{inst: inst, a: a, args: args, sig: impl.Sig})
}

// condition is the truth of br's condition.
func (c *fn) condition(br *pir.Branch) (value.Value, error) {
	x, _, err := c.lowerImpl(br, c.loadRaw(br.Cond))
	return x, err
}
