package infer

import (
	"fmt"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// inplaceArray types x op= y for an array x, which NumPy computes in
// place (the ufunc's out= is x): the operator's loop runs in the type
// lib.ArrayBinary gives, and each result is cast back to x's dtype
// under NumPy's 'same_kind' rule, so int_array += 1.5 is the error NumPy
// raises (UFuncTypeError) and Numba reports when it types the function.
// The signature's arguments are the loop's operand types and its result
// is x's own type: the value of the operation is x itself.
func (t *typer) inplaceArray(a *ir.Assign, v *ir.BinOp, x *types.Array, y types.Type) *types.Signature {
	if v.Op == syntax.MatMult {
		t.errorf(a, CodeOperator, "In-place matrix multiplication is not (yet) supported. Use 'a = a @ b' instead of 'a @= b'.")
		return nil
	}
	if ya, ok := y.(*types.Array); ok && ya.NDim > x.NDim {
		t.errorf(a, CodeOperator, "non-broadcastable output operand: %s %s %s has %d dimensions, its output operand %d", x, opSymbol(v.Op, false), y, ya.NDim, x.NDim)
		return nil
	}
	sig, ok := lib.ArrayBinary(binaryKeys[v.Op], x, y)
	if !ok {
		if d := t.errorf(a, CodeOperator, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbol(v.Op, true), x, y); d != nil {
			d.Notes = append(d.Notes, diag.Related{Message: supportedOperands(v.Op)})
		}
		return nil
	}
	loop := sig.Return.(*types.Array).Dtype
	if !CanCastSameKind(loop, x.Dtype) {
		t.errorf(a, CodeOperator, "Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') with casting rule 'same_kind'", ufuncName(v.Op), numpyName(loop), numpyName(x.Dtype))
		return nil
	}
	return &types.Signature{Args: sig.Args, Return: x}
}

// CanCastSameKind is NumPy's np.can_cast(from, to, 'same_kind') on the
// scalar types pynjit has: a cast to a higher kind (bool < unsigned <
// signed < float < complex) or within a kind, of any size.
func CanCastSameKind(from, to types.Type) bool {
	rank := func(t types.Type) int {
		switch t := t.(type) {
		case types.Boolean:
			return 0
		case types.Int:
			if !t.Signed {
				return 1
			}
			return 2
		case types.Float:
			return 3
		}
		return 4
	}
	rf, rt := rank(from), rank(to)
	if rf == 1 && rt == 2 {
		return true // unsigned to signed is within NumPy's integer kind
	}
	return rf <= rt
}

// ufuncName is the NumPy ufunc an operator calls.
func ufuncName(op syntax.Operator) string {
	return map[syntax.Operator]string{syntax.Add: "add", syntax.Sub: "subtract", syntax.Mult: "multiply",
		syntax.Div: "true_divide", syntax.FloorDiv: "floor_divide", syntax.Mod: "remainder", syntax.Pow: "power",
		syntax.BitAnd: "bitwise_and", syntax.BitOr: "bitwise_or", syntax.BitXor: "bitwise_xor",
		syntax.LShift: "left_shift", syntax.RShift: "right_shift", syntax.MatMult: "matmul"}[op]
}

// numpyName is NumPy's name of a scalar type, as dtype('...') shows it.
func numpyName(t types.Type) string {
	if types.Equal(t, types.Bool) {
		return "bool"
	}
	return fmt.Sprint(t)
}
