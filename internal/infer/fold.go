package infer

import (
	"math/big"

	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// CPython folds operations on integer literals when it compiles a
// function (Python/ast_opt.c), so Numba, which reads the bytecode, sees
// 2 ** 64 - 1, 1 << 63 and ~True as the constants CPython computed with
// its unbounded ints: 18446744073709551615, 9223372036854775808 and -2,
// not as int64 operations that wrap (or, for ~True, a bool). pynjit folds
// the same expressions the same way: the operations on integer and bool
// constants, within CPython's limits (a product or power of more than
// 128 bits, a shift by more than 128, a division by zero or a negative
// shift count are left to run). A folded integer is an int64, or a
// uint64 beyond int64's range, as Numba types its literals; beyond
// uint64 it is Numba's error "Int value is too large" where it is used.
// A constant int raised to a negative constant int is a float, computed
// as CPython computes it (float ** float).

// maxFoldBits is CPython's MAX_INT_SIZE: the most bits a folded product,
// power or left shift may have.
const maxFoldBits = 128

var (
	minInt64  = big.NewInt(-1 << 63)
	maxInt64  = big.NewInt(1<<63 - 1)
	maxUint64 = new(big.Int).SetUint64(1<<64 - 1)
)

// constInt is the Python int value of v, a temporary assigned once to an
// integer or bool literal or to a folded operation, and whether v is a
// bool.
func (t *typer) constInt(v *ir.Var) (n *big.Int, isBool, ok bool) {
	if !v.Temp || t.assigns[v.ID] != 1 {
		return nil, false, false
	}
	if n, ok := t.ints[v]; ok {
		return n, false, true
	}
	c, ok := t.firstDef[v.ID].(*ir.Const)
	if !ok {
		return nil, false, false
	}
	switch x := c.Value.(type) {
	case int64:
		return big.NewInt(x), false, true
	case bool:
		if x {
			return big.NewInt(1), true, true
		}
		return big.NewInt(0), true, true
	}
	return nil, false, false
}

// literals records the temporaries whose value is known (constInt) as
// Literal types, within 64 bits, by variable ID.
func (t *typer) literals() {
	t.r.Literals = make([]types.Literal, len(t.r.Func.Vars))
	for _, v := range t.r.Func.Vars {
		if lit, ok := t.literal(v); ok {
			t.r.Literals[v.ID] = lit
		}
	}
}

// literal is the Literal type of v when v is a temporary whose value is
// known. A literal's value is read from its constant directly, without
// constInt's big.Int (one per literal).
func (t *typer) literal(v *ir.Var) (types.Literal, bool) {
	if !v.Temp || t.assigns[v.ID] != 1 {
		return types.Literal{}, false
	}
	if n, ok := t.ints[v]; ok {
		switch {
		case n.IsInt64():
			return types.Literal{Base: types.Int64, Value: n.Int64()}, true
		case n.IsUint64():
			return types.Literal{Base: types.Uint64, Value: n.Uint64()}, true
		}
		return types.Literal{}, false
	}
	if c, ok := t.firstDef[v.ID].(*ir.Const); ok {
		// the constant's own value, not a copy boxed again (an int64
		// beyond 255 is a new allocation per literal)
		switch c.Value.(type) {
		case int64:
			return types.Literal{Base: types.Int64, Value: c.Value}, true
		case bool:
			return types.Literal{Base: types.Bool, Value: c.Value}, true
		}
	}
	return types.Literal{}, false
}

// foldBinOp folds x op y on integer constants as CPython does, and
// returns the folded value's type (nil when it is not folded).
func (t *typer) foldBinOp(a *ir.Assign, v *ir.BinOp) types.Type {
	x, xb, ok := t.constInt(v.Lhs)
	if !ok {
		return nil
	}
	y, yb, ok := t.constInt(v.Rhs)
	if !ok || xb && yb && (v.Op == syntax.BitAnd || v.Op == syntax.BitOr || v.Op == syntax.BitXor) {
		return nil // bool & bool stays a bool, as it would at run time
	}
	r := pyIntOp(v.Op, x, y)
	if r == nil {
		return nil
	}
	return t.folded(a, r)
}

// foldUnary folds -x, +x and ~x of an integer constant where it matters:
// when x is itself folded (-(2 ** 63) is an int64 again), and ~ of a bool
// (~True is -2 in CPython's folding, though ~ of a bool value is a bool).
func (t *typer) foldUnary(a *ir.Assign, v *ir.UnaryOp) types.Type {
	x, isBool, ok := t.constInt(v.Operand)
	if !ok || v.Op == syntax.Not {
		return nil
	}
	r := new(big.Int)
	switch v.Op {
	case syntax.USub:
		r.Neg(x)
	case syntax.UAdd:
		r.Set(x)
	case syntax.Invert:
		r.Not(x)
	}
	if !t.foldedVars[v.Operand] && !(isBool && v.Op == syntax.Invert) {
		// the same value at run time (-1 is negated there): only known
		t.ints[a.Target] = r
		return nil
	}
	return t.folded(a, r)
}

// folded records r as the value of a's target and returns its type.
func (t *typer) folded(a *ir.Assign, r *big.Int) types.Type {
	t.ints[a.Target] = r
	t.foldedVars[a.Target] = true
	switch {
	case r.Cmp(minInt64) >= 0 && r.Cmp(maxInt64) <= 0:
		t.r.Folded[a] = r.Int64()
		return types.Int64
	case r.Sign() > 0 && r.Cmp(maxUint64) <= 0:
		t.r.Folded[a] = r.Uint64()
		return types.Uint64
	}
	t.tooBig[a.Target] = true
	return types.Int64 // only another fold may use it (see tooBigUses)
}

// tooBigUses reports the folded constants beyond 64 bits that anything
// but another fold uses.
func (t *typer) tooBigUses() {
	for _, b := range t.r.Func.Blocks {
		for _, inst := range b.Insts {
			var uses []*ir.Var
			switch inst := inst.(type) {
			case *ir.Assign:
				if _, ok := t.r.Folded[inst]; ok {
					continue
				}
				uses = ir.Operands(inst.Value)
			case *ir.Return:
				uses = []*ir.Var{inst.Value}
			case *ir.SetItem:
				uses = []*ir.Var{inst.Target, inst.Index, inst.Value}
			case *ir.Branch:
				uses = []*ir.Var{inst.Cond}
			}
			for _, u := range uses {
				if t.tooBig[u] {
					t.tooBig[u] = false // once
					t.errorf(t.defOf(u), CodeTyping, "Int value is too large: %s", t.ints[u])
				}
			}
		}
	}
}

// defOf is the assignment of a temporary.
func (t *typer) defOf(v *ir.Var) ir.Inst {
	for _, b := range t.r.Func.Blocks {
		for _, inst := range b.Insts {
			if a, ok := inst.(*ir.Assign); ok && a.Target == v {
				return a
			}
		}
	}
	return nil
}

// pyIntOp is x op y on Python ints, or nil where CPython's folding
// leaves the operation to run: an error (division by zero, a negative
// shift count), a result beyond its limits, or a negative power (a
// float: typer.value types it as CPython folds it).
func pyIntOp(op syntax.Operator, x, y *big.Int) *big.Int {
	r := new(big.Int)
	switch op {
	case syntax.Add:
		return r.Add(x, y)
	case syntax.Sub:
		return r.Sub(x, y)
	case syntax.Mult:
		if x.Sign() != 0 && y.Sign() != 0 && x.BitLen()+y.BitLen() > maxFoldBits {
			return nil
		}
		return r.Mul(x, y)
	case syntax.FloorDiv, syntax.Mod:
		if y.Sign() == 0 {
			return nil
		}
		q, m := new(big.Int).QuoRem(x, y, new(big.Int))
		if m.Sign() != 0 && m.Sign() != y.Sign() { // round towards minus infinity
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == syntax.FloorDiv {
			return q
		}
		return m
	case syntax.Pow:
		if y.Sign() < 0 {
			return nil
		}
		if x.Sign() != 0 && y.Sign() > 0 && (!y.IsInt64() || int64(x.BitLen()) > maxFoldBits/y.Int64()) {
			return nil
		}
		return r.Exp(x, y, nil)
	case syntax.LShift:
		if y.Sign() < 0 {
			return nil
		}
		if x.Sign() != 0 && y.Sign() != 0 && (!y.IsInt64() || y.Int64() > maxFoldBits || int64(x.BitLen()) > maxFoldBits-y.Int64()) {
			return nil
		}
		return r.Lsh(x, uint(y.Int64()))
	case syntax.RShift:
		if y.Sign() < 0 {
			return nil
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return big.NewInt(-1)
			}
			return r
		}
		return r.Rsh(x, uint(y.Int64()))
	case syntax.BitAnd:
		return r.And(x, y)
	case syntax.BitOr:
		return r.Or(x, y)
	case syntax.BitXor:
		return r.Xor(x, y)
	}
	return nil
}

// constNegativePower reports whether x ** y has a constant integer x and
// a negative constant integer y: CPython folds it to a float.
func (t *typer) constNegativePower(x, y *ir.Var) bool {
	_, _, ok := t.constInt(x)
	n, _, ok2 := t.constInt(y)
	return ok && ok2 && n.Sign() < 0
}
