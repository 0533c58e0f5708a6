package resolve

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Numba freezes a module global into the compiled code as the value it
// has when the function is compiled. pynjit never runs the user's
// module; it evaluates the safe, pure subset of module-level expressions
// that real projects compute their constants with: numbers, arithmetic
// with Python's semantics (integers of any size, true and floor
// division, powers, shifts, bitwise operators), tuples of those, NumPy's
// scalar constructors (np.int32(0), np.float32(1e-3)), np.finfo(T) and
// np.iinfo(T) limits, and the constants and exact functions of math and
// numpy (np.pi, math.inf, math.sqrt). The frozen value has Numba's type
// of the Python value: int64 for an int (uint64 above int64's range), a
// NumPy scalar's own type. A name assigned twice, or computed from
// anything else, is no constant: using it in compiled code says why.

// evaluated is an expression's value while evaluating: *big.Int (a
// Python int), float64, bool, complex128, a NumPy scalar (int8 ... int64,
// uint8 ... uint64, float32), or a tuple of them ([]any).
type evaluated = any

// evaluate computes e, or says why it cannot.
func (r *resolver) evaluate(e syntax.Expr) (evaluated, string) {
	switch e := e.(type) {
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case bool, float64:
			return v, ""
		case *big.Int:
			return new(big.Int).Set(v), ""
		case complex128:
			return v, ""
		}
		return nil, "it is not a number"
	case *syntax.Tuple:
		out := make([]any, 0, len(e.Elts))
		for _, x := range e.Elts {
			v, why := r.evaluate(x)
			if why != "" {
				return nil, why
			}
			out = append(out, v)
		}
		return out, ""
	case *syntax.Name:
		g := r.m.Globals[e.Id]
		if g != nil && g.Kind == GlobalConst {
			return g.value(), ""
		}
		if g != nil && g.Kind == GlobalOther && g.Why != "" {
			return nil, "it reads " + e.Id + ", which " + g.Why
		}
		return r.named(r.dotted(e), e)
	case *syntax.Attribute:
		if mod := r.m.Project[r.dotted(e.Value)]; mod != nil {
			if g := mod.Globals[e.Attr]; g != nil && g.Kind == GlobalConst {
				return g.value(), ""
			}
		}
		if v, why := r.limit(e); v != nil || why != "" {
			return v, why
		}
		return r.named(r.dotted(e), e)
	case *syntax.UnaryOp:
		v, why := r.evaluate(e.Operand)
		if why != "" {
			return nil, why
		}
		if out, ok := unary(e.Op, v); ok {
			return out, ""
		}
	case *syntax.BinOp:
		a, why := r.evaluate(e.Left)
		if why != "" {
			return nil, why
		}
		b, why := r.evaluate(e.Right)
		if why != "" {
			return nil, why
		}
		out, why := binary(e.Op, a, b)
		if why != "" {
			return nil, why
		}
		if out != nil {
			return out, ""
		}
	case *syntax.Call:
		if v, why, ok := r.evalArray(e); ok {
			return v, why // const_arrays.go
		}
		return r.evalCall(e)
	}
	return nil, "pynjit does not evaluate " + r.text(e.Span()) + " at build time"
}

// named is the value of a module's constant (np.pi, math.inf).
func (r *resolver) named(path string, e syntax.Expr) (evaluated, string) {
	switch path {
	case "math.pi", "numpy.pi":
		return math.Pi, ""
	case "math.e", "numpy.e":
		return math.E, ""
	case "math.tau":
		return 2 * math.Pi, ""
	case "math.inf", "numpy.inf":
		return math.Inf(1), ""
	case "math.nan", "numpy.nan":
		return math.NaN(), ""
	case "numpy.euler_gamma":
		return 0.5772156649015329, ""
	}
	return nil, "pynjit does not evaluate " + r.text(e.Span()) + " at build time"
}

// limit is np.finfo(T).attr or np.iinfo(T).attr.
func (r *resolver) limit(e *syntax.Attribute) (evaluated, string) {
	call, ok := e.Value.(*syntax.Call)
	if !ok || len(call.Args) != 1 || len(call.Keywords) != 0 {
		return nil, ""
	}
	fn := r.dotted(call.Func)
	if fn != "numpy.finfo" && fn != "numpy.iinfo" {
		return nil, ""
	}
	t := r.dtype(call.Args[0])
	switch t := t.(type) {
	case types.Float:
		if fn != "numpy.finfo" {
			break
		}
		var v float64
		switch e.Attr {
		case "max":
			v = map[int]float64{32: math.MaxFloat32, 64: math.MaxFloat64}[t.Bits]
		case "min":
			v = -map[int]float64{32: math.MaxFloat32, 64: math.MaxFloat64}[t.Bits]
		case "eps":
			v = map[int]float64{32: 0x1p-23, 64: 0x1p-52}[t.Bits]
		case "tiny", "smallest_normal":
			v = map[int]float64{32: 0x1p-126, 64: 0x1p-1022}[t.Bits]
		default:
			return nil, "pynjit does not evaluate np.finfo(...)." + e.Attr + " at build time"
		}
		if t.Bits == 32 {
			return float32(v), ""
		}
		return v, ""
	case types.Int:
		if fn != "numpy.iinfo" {
			break
		}
		one := big.NewInt(1)
		switch {
		case e.Attr == "max" && t.Signed:
			return new(big.Int).Sub(new(big.Int).Lsh(one, uint(t.Bits-1)), one), ""
		case e.Attr == "max":
			return new(big.Int).Sub(new(big.Int).Lsh(one, uint(t.Bits)), one), ""
		case e.Attr == "min" && t.Signed:
			return new(big.Int).Neg(new(big.Int).Lsh(one, uint(t.Bits-1))), ""
		case e.Attr == "min":
			return new(big.Int), ""
		}
		return nil, "pynjit does not evaluate np.iinfo(...)." + e.Attr + " at build time"
	}
	return nil, "pynjit does not evaluate " + r.text(e.Span()) + " at build time"
}

// evalCall evaluates NumPy's scalar constructors, int(), float(),
// abs() and math's exact functions.
func (r *resolver) evalCall(c *syntax.Call) (evaluated, string) {
	notEvaluated := "pynjit does not evaluate " + r.text(c.Span()) + " at build time"
	if len(c.Args) != 1 || len(c.Keywords) != 0 {
		return nil, notEvaluated
	}
	path := r.dotted(c.Func)
	if n, ok := c.Func.(*syntax.Name); ok && r.m.Globals[n.Id] == nil {
		path = "builtins." + n.Id
	}
	scalar := path != "" && strings.HasPrefix(path, "numpy.") && numpyScalar(strings.TrimPrefix(path, "numpy.")) != nil
	if !scalar && !map[string]bool{"builtins.int": true, "builtins.float": true, "builtins.abs": true,
		"math.sqrt": true, "math.floor": true, "math.ceil": true, "math.fabs": true}[path] {
		return nil, notEvaluated
	}
	v, why := r.evaluate(c.Args[0])
	if why != "" {
		return nil, why
	}
	x, ok := pyNumber(v)
	if !ok {
		return nil, notEvaluated
	}
	if scalar {
		return npScalar(numpyScalar(strings.TrimPrefix(path, "numpy.")), x, r.text(c.Span()))
	}
	switch path {
	case "builtins.int":
		return toInt(x, r.text(c.Span()))
	case "builtins.float":
		return toFloat64(x)
	case "builtins.abs":
		return unaryNumber(syntax.USub, x, true)
	}
	f, why := toFloat64(x)
	if why != "" {
		return nil, why
	}
	switch path {
	case "math.sqrt":
		if f.(float64) < 0 {
			return nil, r.text(c.Span()) + " raises ValueError"
		}
		return math.Sqrt(f.(float64)), ""
	case "math.fabs":
		return math.Abs(f.(float64)), ""
	case "math.floor":
		return toInt(math.Floor(f.(float64)), r.text(c.Span()))
	}
	return toInt(math.Ceil(f.(float64)), r.text(c.Span()))
}

// pyNumber is v as a Python number (*big.Int, float64 or bool), for the
// arithmetic pynjit folds; NumPy scalars and tuples are not.
func pyNumber(v evaluated) (evaluated, bool) {
	switch v := v.(type) {
	case *big.Int, float64:
		return v, true
	case bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

func toFloat64(v evaluated) (evaluated, string) {
	switch v := v.(type) {
	case float64:
		return v, ""
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		if math.IsInf(f, 0) {
			return nil, "it overflows a float (OverflowError)"
		}
		return f, ""
	}
	return nil, "it is not a number"
}

func toInt(v evaluated, text string) (evaluated, string) {
	switch v := v.(type) {
	case *big.Int:
		return v, ""
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, text + " raises an error (an infinite or NaN float has no int)"
		}
		i, _ := big.NewFloat(math.Trunc(v)).Int(nil)
		return i, ""
	}
	return nil, "it is not a number"
}

// npScalar converts a Python number to the NumPy scalar type t, as
// np.int32(x) does; out of range is refused (NumPy 2 raises).
func npScalar(t types.Type, x evaluated, text string) (evaluated, string) {
	switch t := t.(type) {
	case types.Boolean:
		f, _ := toFloat64(x)
		return f != 0.0, ""
	case types.Float:
		f, why := toFloat64(x)
		if why != "" {
			return nil, why
		}
		if t.Bits == 32 {
			return float32(f.(float64)), ""
		}
		return f, ""
	case types.Int:
		i, why := toInt(x, text)
		if why != "" {
			return nil, why
		}
		n := i.(*big.Int)
		lo, hi := big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(t.Bits)), big.NewInt(1))
		if t.Signed {
			lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(t.Bits-1)))
			hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(t.Bits-1)), big.NewInt(1))
		}
		if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
			return nil, fmt.Sprintf("%s is out of the range of %s", text, t)
		}
		switch {
		case t.Signed && t.Bits == 8:
			return int8(n.Int64()), ""
		case t.Signed && t.Bits == 16:
			return int16(n.Int64()), ""
		case t.Signed && t.Bits == 32:
			return int32(n.Int64()), ""
		case t.Signed:
			return n.Int64(), ""
		case t.Bits == 8:
			return uint8(n.Uint64()), ""
		case t.Bits == 16:
			return uint16(n.Uint64()), ""
		case t.Bits == 32:
			return uint32(n.Uint64()), ""
		}
		return n.Uint64(), ""
	}
	return nil, text + " makes a value pynjit does not freeze yet"
}

func unary(op syntax.UnaryOpKind, v evaluated) (evaluated, bool) {
	if op == syntax.Not {
		return nil, false
	}
	if c, ok := v.(complex128); ok && op == syntax.USub {
		return -c, true
	}
	x, ok := pyNumber(v)
	if !ok {
		return nil, false
	}
	out, why := unaryNumber(op, x, false)
	return out, why == ""
}

// unaryNumber is -x, +x or ~x of a Python number (abs(x) with abs).
func unaryNumber(op syntax.UnaryOpKind, x evaluated, abs bool) (evaluated, string) {
	switch x := x.(type) {
	case *big.Int:
		switch {
		case abs:
			return new(big.Int).Abs(x), ""
		case op == syntax.USub:
			return new(big.Int).Neg(x), ""
		case op == syntax.UAdd:
			return x, ""
		case op == syntax.Invert:
			return new(big.Int).Not(x), ""
		}
	case float64:
		switch {
		case abs:
			return math.Abs(x), ""
		case op == syntax.USub:
			return -x, ""
		case op == syntax.UAdd:
			return x, ""
		}
	}
	return nil, "bad operand"
}

// binary folds a op b with Python's semantics on Python numbers; nil
// and no reason when the operands are not both Python numbers (NumPy
// scalars follow NumPy's promotion rules, which pynjit does not fold).
func binary(op syntax.Operator, a, b evaluated) (evaluated, string) {
	x, ok1 := pyNumber(a)
	y, ok2 := pyNumber(b)
	if !ok1 || !ok2 {
		return nil, ""
	}
	xi, xInt := x.(*big.Int)
	yi, yInt := y.(*big.Int)
	if xInt && yInt {
		return intBinary(op, xi, yi)
	}
	if op == syntax.LShift || op == syntax.RShift || op == syntax.BitAnd || op == syntax.BitOr || op == syntax.BitXor || op == syntax.MatMult {
		return nil, ""
	}
	f, why := toFloat64(x)
	if why != "" {
		return nil, why
	}
	g, why := toFloat64(y)
	if why != "" {
		return nil, why
	}
	return floatBinary(op, f.(float64), g.(float64))
}

func intBinary(op syntax.Operator, a, b *big.Int) (evaluated, string) {
	z := new(big.Int)
	switch op {
	case syntax.Add:
		return z.Add(a, b), ""
	case syntax.Sub:
		return z.Sub(a, b), ""
	case syntax.Mult:
		return z.Mul(a, b), ""
	case syntax.Div:
		if b.Sign() == 0 {
			return nil, "it divides by zero (ZeroDivisionError)"
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, "it overflows a float (OverflowError)"
		}
		return f, ""
	case syntax.FloorDiv, syntax.Mod:
		if b.Sign() == 0 {
			return nil, "it divides by zero (ZeroDivisionError)"
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean: 0 <= m < |b|
		if m.Sign() != 0 && b.Sign() < 0 {
			// Python's remainder has the divisor's sign
			m.Add(m, b)
			q.Add(q, big.NewInt(1))
		}
		if op == syntax.Mod {
			return m, ""
		}
		return q, ""
	case syntax.Pow:
		if b.Sign() < 0 {
			f, why := toFloat64(a)
			g, why2 := toFloat64(b)
			if why != "" || why2 != "" {
				return nil, why + why2
			}
			return floatBinary(op, f.(float64), g.(float64))
		}
		if b.BitLen() > 16 || a.BitLen()*int(b.Int64()) > 1<<16 {
			return nil, "it is a power pynjit does not evaluate (too large)"
		}
		return z.Exp(a, b, nil), ""
	case syntax.LShift, syntax.RShift:
		if b.Sign() < 0 {
			return nil, "it shifts by a negative count (ValueError)"
		}
		if !b.IsInt64() || b.Int64() > 1<<16 {
			return nil, "it shifts too far"
		}
		if op == syntax.LShift {
			return z.Lsh(a, uint(b.Int64())), ""
		}
		return z.Rsh(a, uint(b.Int64())), ""
	case syntax.BitAnd:
		return z.And(a, b), ""
	case syntax.BitOr:
		return z.Or(a, b), ""
	case syntax.BitXor:
		return z.Xor(a, b), ""
	}
	return nil, ""
}

// floatBinary is CPython's float arithmetic (floatobject.c).
func floatBinary(op syntax.Operator, a, b float64) (evaluated, string) {
	switch op {
	case syntax.Add:
		return a + b, ""
	case syntax.Sub:
		return a - b, ""
	case syntax.Mult:
		return a * b, ""
	case syntax.Div:
		if b == 0 {
			return nil, "it divides by zero (ZeroDivisionError)"
		}
		return a / b, ""
	case syntax.FloorDiv, syntax.Mod:
		if b == 0 {
			return nil, "it divides by zero (ZeroDivisionError)"
		}
		div, mod := floatDivmod(a, b)
		if op == syntax.Mod {
			return mod, ""
		}
		return div, ""
	case syntax.Pow:
		if a == 0 && b < 0 {
			return nil, "it raises zero to a negative power (ZeroDivisionError)"
		}
		if a < 0 && b != math.Trunc(b) {
			return nil, "a negative number to a fractional power is complex"
		}
		p := math.Pow(a, b)
		if math.IsInf(p, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, "it overflows a float (OverflowError)"
		}
		return p, ""
	}
	return nil, ""
}

// floatDivmod is CPython's float_divmod.
func floatDivmod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// frozen is the value compiled code sees, with Numba's type of it: a
// Python int is int64, or uint64 above int64's range (beyond that it is
// no constant); everything else as evaluated.
func frozen(v evaluated) (any, string) {
	switch v := v.(type) {
	case *big.Int:
		if v.IsInt64() {
			return v.Int64(), ""
		}
		if v.Sign() > 0 && v.BitLen() <= 64 {
			return v.Uint64(), ""
		}
		return nil, "it is " + v.String() + ", too large for int64 and uint64"
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			if _, ok := x.(*ConstArray); ok {
				return nil, "it is a tuple holding an array, which pynjit does not freeze"
			}
			f, why := frozen(x)
			if why != "" {
				return nil, why
			}
			out[i] = f
		}
		return out, ""
	}
	return v, ""
}

// assign binds a module-level name to value (nil for an augmented
// assignment): a constant when pynjit evaluates it and it is the name's
// only assignment.
func (r *resolver) assign(name *syntax.Name, value syntax.Expr) {
	if old := r.m.Globals[name.Id]; old != nil && (old.Kind == GlobalConst || old.Kind == GlobalOther) && r.assigned[name.Id] {
		why := fmt.Sprintf("is assigned more than once at module level (line %d and line %d), and Numba freezes whichever value it has when the function is compiled", old.Span.Start.Line, name.Span().Start.Line)
		r.define(&Global{Kind: GlobalOther, Name: name.Id, Span: name.Span(), Why: why})
		return
	}
	r.assigned[name.Id] = true
	if value == nil {
		r.define(&Global{Kind: GlobalOther, Name: name.Id, Span: name.Span(), Why: "is computed by an augmented assignment"})
		return
	}
	v, why := r.evaluate(value)
	var f any
	if why == "" {
		f, why = frozen(v)
	}
	if why != "" {
		r.define(&Global{Kind: GlobalOther, Name: name.Id, Span: name.Span(), Why: "is no constant pynjit can freeze at build time: " + why})
		return
	}
	r.define(&Global{Kind: GlobalConst, Name: name.Id, Span: name.Span(), Const: f, evaluated: v})
}

// blockAssigned marks the names assigned inside module-level blocks (if,
// try, for, while, with), which pynjit does not evaluate: no constants,
// and a clear reason where compiled code reads them.
func (r *resolver) blockAssigned() {
	var inBlock func(ss []syntax.Stmt, top bool)
	inBlock = func(ss []syntax.Stmt, top bool) {
		for _, s := range ss {
			if !top {
				for _, t := range assignedNames(s) {
					g := r.m.Globals[t.Id]
					switch {
					case g == nil:
						r.define(&Global{Kind: GlobalOther, Name: t.Id, Span: t.Span(), Why: fmt.Sprintf("is assigned inside a module-level block (line %d), which pynjit does not evaluate", t.Span().Start.Line)})
					case g.Kind == GlobalConst:
						r.define(&Global{Kind: GlobalOther, Name: t.Id, Span: g.Span, Why: fmt.Sprintf("is assigned more than once at module level (line %d and, inside a block, line %d), and Numba freezes whichever value it has when the function is compiled", g.Span.Start.Line, t.Span().Start.Line)})
					}
				}
			}
			switch s := s.(type) {
			case *syntax.If:
				inBlock(s.Body, false)
				inBlock(s.Orelse, false)
			case *syntax.For:
				inBlock(s.Body, false)
				inBlock(s.Orelse, false)
			case *syntax.While:
				inBlock(s.Body, false)
				inBlock(s.Orelse, false)
			case *syntax.With:
				inBlock(s.Body, false)
			case *syntax.Try:
				inBlock(s.Body, false)
				for _, h := range s.Handlers {
					inBlock(h.Body, false)
				}
				inBlock(s.Orelse, false)
				inBlock(s.Finalbody, false)
			}
		}
	}
	inBlock(r.m.AST.Body, true)
}

// assignedNames are the names a simple assignment statement binds.
func assignedNames(s syntax.Stmt) []*syntax.Name {
	var targets []syntax.Expr
	switch s := s.(type) {
	case *syntax.Assign:
		targets = s.Targets
	case *syntax.AugAssign:
		targets = []syntax.Expr{s.Target}
	case *syntax.AnnAssign:
		if s.Value != nil {
			targets = []syntax.Expr{s.Target}
		}
	}
	var out []*syntax.Name
	for _, t := range targets {
		syntax.Inspect(t, func(n syntax.Node) bool {
			if x, ok := n.(*syntax.Name); ok {
				out = append(out, x)
			}
			return true
		})
	}
	return out
}
