package resolve

import (
	"math/big"
	"slices"

	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/types"
)

// Running a file under Numba compiles each jitted function at the
// argument types of its calls. pynjit reads the same types from the
// file's module-level calls (in `if __name__ == "__main__":` too) whose
// arguments it can type without running anything: literals, tuples,
// NumPy constructors with literal shapes (np.zeros((5, 5)),
// np.arange(10.0), np.random.random((5, 5)), np.array([[1, 2]])), and
// module-level names bound to such expressions before the call. Each
// type is what Numba's typeof gives the value.

// callSites offers, for each module-level call of a compiled function
// whose arguments are typeable, their types as a signature.
func (r *resolver) callSites(body []syntax.Stmt) {
	env := map[string]types.Type{}
	var stmts func(ss []syntax.Stmt)
	stmts = func(ss []syntax.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef:
				continue
			case *syntax.If:
				r.calls(s.Test, env)
				stmts(s.Body)
				stmts(s.Orelse)
				continue
			case *syntax.For:
				r.calls(s.Iter, env)
				stmts(s.Body)
				stmts(s.Orelse)
				continue
			case *syntax.While:
				r.calls(s.Test, env)
				stmts(s.Body)
				stmts(s.Orelse)
				continue
			case *syntax.With:
				stmts(s.Body)
				continue
			case *syntax.Try:
				stmts(s.Body)
				stmts(s.Orelse)
				stmts(s.Finalbody)
				continue
			}
			r.calls(s, env)
			if a, ok := s.(*syntax.Assign); ok {
				t := r.staticType(a.Value, env)
				for _, target := range a.Targets {
					if n, ok := target.(*syntax.Name); ok {
						if t != nil {
							env[n.Id] = t
						} else {
							delete(env, n.Id)
						}
					}
				}
			}
		}
	}
	stmts(body)
}

// calls offers the signatures of the calls of compiled functions in n.
func (r *resolver) calls(n syntax.Node, env map[string]types.Type) {
	syntax.Inspect(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef, *syntax.Lambda:
			return false
		case *syntax.Call:
			r.callSite(n, env)
		}
		return true
	})
}

func (r *resolver) callSite(c *syntax.Call, env map[string]types.Type) {
	name, ok := c.Func.(*syntax.Name)
	if !ok {
		return
	}
	g := r.m.Globals[name.Id]
	fn := r.m.Lookup(name.Id)
	if fn == nil || !fn.Compiled || g == nil || g.Kind != GlobalFunc && g.Kind != GlobalOther {
		return
	}
	params := Params(fn.Def.Args)
	if HasStarParams(fn.Def.Args) || len(c.Args) > Positional(fn.Def.Args) {
		return
	}
	args := make([]types.Type, len(params))
	for i, a := range c.Args {
		if args[i] = r.staticType(a, env); args[i] == nil {
			return
		}
	}
	for _, kw := range c.Keywords {
		if kw.Arg == nil {
			return
		}
		i := slices.IndexFunc(params, func(p Param) bool { return p.Name == *kw.Arg })
		if i < 0 || params[i].Kind == PositionalOnly || args[i] != nil {
			return
		}
		if args[i] = r.staticType(kw.Value, env); args[i] == nil {
			return
		}
	}
	for _, t := range args {
		if t == nil {
			return // a parameter left to its default
		}
	}
	fn.offer(Sig{Signature: &types.Signature{Args: args}, Origin: Origin{Kind: FromCall, File: r.m.File, Span: c.Span()}})
}

func paramIndex(params *syntax.Arguments, name string) int {
	for i, p := range params.Args {
		if p.Arg == name {
			return i
		}
	}
	return -1
}

// staticType is Numba's typeof of the value e evaluates to at module
// level, when pynjit can tell without running it; else nil.
func (r *resolver) staticType(e syntax.Expr, env map[string]types.Type) types.Type {
	if v, ok := r.constant(e); ok {
		return ConstType(v)
	}
	switch e := e.(type) {
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case syntax.Imaginary:
			return types.Complex128
		case *big.Int:
			return bigInt(v)
		}
	case *syntax.Name:
		if t, ok := env[e.Id]; ok {
			return t
		}
	case *syntax.Tuple:
		t := &types.Tuple{}
		for _, x := range e.Elts {
			xt := r.staticType(x, env)
			if xt == nil {
				return nil
			}
			t.Elems = append(t.Elems, xt)
		}
		return t
	case *syntax.UnaryOp:
		t := r.staticType(e.Operand, env)
		if t != nil && types.IsNumber(t) && (e.Op == syntax.USub || e.Op == syntax.UAdd) {
			return t
		}
	case *syntax.Call:
		return r.callType(e, env)
	}
	return nil
}

// callType types the NumPy calls that make arrays and scalars.
func (r *resolver) callType(c *syntax.Call, env map[string]types.Type) types.Type {
	var path string
	switch f := c.Func.(type) {
	case *syntax.Name:
		if mod, attr := r.importedName(f.Id); mod != "" {
			path = mod + "." + attr
		}
	case *syntax.Attribute:
		if base := r.modulePath(f.Value); base != "" {
			path = base + "." + f.Attr
			break
		}
		// methods of a typed array: x.copy(), x.astype(np.float32)
		if x, ok := r.staticType(f.Value, env).(*types.Array); ok {
			switch {
			case f.Attr == "copy" && len(c.Args) == 0:
				return &types.Array{Dtype: x.Dtype, NDim: x.NDim, Layout: types.LayoutC}
			case f.Attr == "astype" && len(c.Args) == 1:
				if dt := r.dtype(c.Args[0]); dt != nil {
					return &types.Array{Dtype: dt, NDim: x.NDim, Layout: types.LayoutC}
				}
			}
		}
		return nil
	}
	arg := func(i int, kw string) syntax.Expr {
		if i >= 0 && i < len(c.Args) {
			return c.Args[i]
		}
		for _, k := range c.Keywords {
			if k.Arg != nil && *k.Arg == kw {
				return k.Value
			}
		}
		return nil
	}
	array := func(dt types.Type, shape syntax.Expr) types.Type {
		if dt == nil || shape == nil {
			return nil
		}
		layout := types.LayoutC
		if o, ok := syntax.StringValue(orNone(arg(-1, "order"))); ok && o == "F" {
			layout = types.LayoutF
		}
		n := r.ndim(shape, env)
		if n < 1 {
			return nil
		}
		if n == 1 {
			layout = types.LayoutC
		}
		return &types.Array{Dtype: dt, NDim: n, Layout: layout}
	}
	dtypeOr := func(i int, def types.Type) types.Type {
		if d := arg(i, "dtype"); d != nil {
			return r.dtype(d)
		}
		return def
	}
	switch path {
	case "numpy.zeros", "numpy.ones", "numpy.empty":
		return array(dtypeOr(1, types.Float64), arg(0, "shape"))
	case "numpy.full":
		fill := r.staticType(orNone(arg(1, "fill_value")), env)
		if fill == nil || !types.IsNumber(fill) {
			return nil
		}
		return array(dtypeOr(2, fill), arg(0, "shape"))
	case "numpy.zeros_like", "numpy.ones_like", "numpy.empty_like", "numpy.copy", "numpy.ascontiguousarray":
		x, ok := r.staticType(orNone(arg(0, "a")), env).(*types.Array)
		if !ok {
			return nil
		}
		dt := x.Dtype
		if path != "numpy.copy" && path != "numpy.ascontiguousarray" {
			dt = dtypeOr(1, x.Dtype)
		}
		if dt == nil {
			return nil
		}
		return &types.Array{Dtype: dt, NDim: x.NDim, Layout: types.LayoutC}
	case "numpy.arange":
		dt := types.Type(types.Int64)
		for _, a := range c.Args {
			t := r.staticType(a, env)
			if t == nil || !types.IsNumber(t) {
				return nil
			}
			if types.IsFloat(t) {
				dt = types.Float64
			}
		}
		if len(c.Args) == 0 {
			return nil
		}
		return &types.Array{Dtype: dtypeOr(99, dt), NDim: 1, Layout: types.LayoutC}
	case "numpy.linspace":
		return &types.Array{Dtype: types.Float64, NDim: 1, Layout: types.LayoutC}
	case "numpy.eye", "numpy.identity":
		return &types.Array{Dtype: dtypeOr(99, types.Float64), NDim: 2, Layout: types.LayoutC}
	case "numpy.array", "numpy.asarray":
		if x, ok := r.staticType(orNone(arg(0, "object")), env).(*types.Array); ok {
			return &types.Array{Dtype: dtypeOr(1, x.Dtype), NDim: x.NDim, Layout: types.LayoutC}
		}
		dt, n := r.listType(orNone(arg(0, "object")), env)
		if dt == nil || n == 0 {
			return nil
		}
		return &types.Array{Dtype: dtypeOr(1, dt), NDim: n, Layout: types.LayoutC}
	case "numpy.random.random", "numpy.random.random_sample", "numpy.random.standard_normal", "numpy.random.sample", "numpy.random.ranf":
		return r.sized(types.Float64, arg(0, "size"), env)
	case "numpy.random.uniform", "numpy.random.normal":
		return r.sized(types.Float64, arg(2, "size"), env)
	case "numpy.random.randint":
		return r.sized(types.Int64, arg(2, "size"), env)
	case "numpy.random.rand", "numpy.random.randn":
		if len(c.Args) == 0 {
			return types.Float64
		}
		for _, a := range c.Args {
			if t := r.staticType(a, env); t == nil || !types.IsInteger(t) {
				return nil
			}
		}
		return &types.Array{Dtype: types.Float64, NDim: len(c.Args), Layout: types.LayoutC}
	}
	if mod, name, ok := cutLast(path); ok && mod == "numpy" && len(c.Args) <= 1 {
		// np.float32(1.5), np.int8(3): a NumPy scalar
		return numpyScalar(name)
	}
	return nil
}

// sized is the type of a NumPy random draw: a scalar without size, an
// array of size's dimensions with one.
func (r *resolver) sized(dt types.Type, size syntax.Expr, env map[string]types.Type) types.Type {
	if size == nil {
		return dt
	}
	n := r.ndim(size, env)
	if n < 1 {
		return nil
	}
	return &types.Array{Dtype: dt, NDim: n, Layout: types.LayoutC}
}

// ndim is the number of dimensions a shape gives: 1 for an integer, the
// length of a tuple of integers; 0 when it is not such a shape.
func (r *resolver) ndim(shape syntax.Expr, env map[string]types.Type) int {
	switch t := r.staticType(shape, env).(type) {
	case types.Int:
		return 1
	case *types.Tuple:
		for _, e := range t.Elems {
			if !types.IsInteger(e) {
				return 0
			}
		}
		return len(t.Elems)
	}
	return 0
}

// listType is the dtype and ndim np.array gives a (nested) list or tuple
// literal of numbers: bool, then int64, float64, complex128 as NumPy
// promotes them; nil for ragged or other input.
func (r *resolver) listType(e syntax.Expr, env map[string]types.Type) (types.Type, int) {
	dt, shape := r.listShape(e, env)
	return dt, len(shape)
}

// listShape is listType with the shape of the nested literal.
func (r *resolver) listShape(e syntax.Expr, env map[string]types.Type) (types.Type, []int) {
	var elts []syntax.Expr
	switch e := e.(type) {
	case *syntax.List:
		elts = e.Elts
	case *syntax.Tuple:
		elts = e.Elts
	default:
		t := r.staticType(e, env)
		if t == nil || !types.IsNumber(t) {
			return nil, nil
		}
		return t, []int{}
	}
	if len(elts) == 0 {
		return types.Float64, []int{0}
	}
	var dt types.Type
	var inner []int
	for i, x := range elts {
		t, shape := r.listShape(x, env)
		if t == nil || i > 0 && !slices.Equal(shape, inner) {
			return nil, nil
		}
		inner = shape
		dt = promote(dt, t)
	}
	return dt, append([]int{len(elts)}, inner...)
}

// promote is NumPy's result dtype of two Python scalar types.
func promote(a, b types.Type) types.Type {
	rank := func(t types.Type) int {
		switch {
		case t == nil:
			return -1
		case types.Equal(t, types.Bool):
			return 0
		case types.IsInteger(t):
			return 1
		case types.IsFloat(t):
			return 2
		}
		return 3
	}
	if rank(a) >= rank(b) {
		return a
	}
	return b
}

// dtype reads a dtype argument: np.float32, float, int, bool, complex,
// or a string naming one ('float32').
func (r *resolver) dtype(e syntax.Expr) types.Type {
	if s, ok := syntax.StringValue(e); ok {
		return numpyScalar(s)
	}
	if n, ok := e.(*syntax.Name); ok {
		switch n.Id {
		case "float":
			return types.Float64
		case "int":
			return types.Int64
		case "bool":
			return types.Bool
		case "complex":
			return types.Complex128
		}
	}
	return r.annotationType(e)
}

func orNone(e syntax.Expr) syntax.Expr {
	if e == nil {
		return &syntax.Constant{Value: syntax.NoneValue{}}
	}
	return e
}

func cutLast(path string) (string, string, bool) {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[:i], path[i+1:], true
		}
	}
	return "", "", false
}

// bigInt is the type of an integer literal too large for constant: Numba
// types 2**63 .. 2**64-1 as uint64.
func bigInt(v *big.Int) types.Type {
	if v.Sign() > 0 && v.BitLen() <= 64 {
		return types.Uint64
	}
	return nil
}
