package ir

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pynjit/pynjit/internal/syntax"
)

// Numba's spellings of operators in its IR text.
var (
	binopSymbols = [...]string{"", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
	inplaceFuncs = [...]string{"", "iadd", "isub", "imul", "imatmul", "itruediv", "imod", "ipow", "ilshift", "irshift", "ior", "ixor", "iand", "ifloordiv"}
	cmpSymbols   = [...]string{"", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}
	unaryFuncs   = [...]string{"", "invert", "not_", "pos", "neg"}
)

// String formats an instruction as Numba prints its IR.
func (a *Assign) String() string { return a.Target.Name + " = " + FormatValue(a.Value) }

// String formats the instruction as Numba does.
func (s *SetItem) String() string {
	return fmt.Sprintf("%s[%s] = %s", s.Target.Name, s.Index.Name, s.Value.Name)
}

// String formats the instruction as Numba does.
func (j *Jump) String() string { return fmt.Sprintf("jump %d", j.Target.Label) }

// String formats the instruction as Numba does.
func (b *Branch) String() string {
	return fmt.Sprintf("branch %s, %d, %d", b.Cond.Name, b.True.Label, b.False.Label)
}

// String formats the instruction as Numba does.
func (r *Return) String() string { return "return " + r.Value.Name }

// String formats the instruction as Numba does.
func (r *Raise) String() string {
	if r.Message == nil {
		return fmt.Sprintf("raise <class '%s'>", r.Class)
	}
	return fmt.Sprintf("raise <class '%s'>(%s)", r.Class, quote(*r.Message))
}

func quote(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}

func names(vs []*Var) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.Name
	}
	return strings.Join(parts, ", ")
}

// FormatValue formats the right-hand side of an Assign as Numba prints it
// (simplified where Numba lists internal details).
func FormatValue(v Value) string {
	switch v := v.(type) {
	case *Arg:
		return fmt.Sprintf("arg(%d, name=%s)", v.Index, v.Name)
	case *Const:
		switch x := v.Value.(type) {
		case int64:
			return fmt.Sprintf("const(int, %d)", x)
		case float64:
			return fmt.Sprintf("const(float, %s)", pyFloat(x))
		case bool:
			if x {
				return "const(bool, True)"
			}
			return "const(bool, False)"
		case NoneConst:
			return "const(NoneType, None)"
		case complex128:
			return fmt.Sprintf("const(complex, %v)", x)
		}
	case *Global:
		return fmt.Sprintf("global(%s: %s)", v.Name, globalRepr(v.Name))
	case *Poison:
		return "poison"
	case *Copy:
		return v.Source.Name
	case *BinOp:
		if v.Inplace {
			return fmt.Sprintf("inplace_binop(fn=<built-in function %s>, lhs=%s, rhs=%s)", inplaceFuncs[v.Op], v.Lhs.Name, v.Rhs.Name)
		}
		return fmt.Sprintf("%s %s %s", v.Lhs.Name, binopSymbols[v.Op], v.Rhs.Name)
	case *Compare:
		return fmt.Sprintf("%s %s %s", v.Lhs.Name, cmpSymbols[v.Op], v.Rhs.Name)
	case *UnaryOp:
		return fmt.Sprintf("unary(fn=<built-in function %s>, value=%s)", unaryFuncs[v.Op], v.Operand.Name)
	case *Call:
		args := names(v.Args)
		for _, k := range v.Kws {
			if args != "" {
				args += ", "
			}
			args += k.Name + "=" + k.Value.Name
		}
		return fmt.Sprintf("call %s(%s)", v.Func.Name, args)
	case *GetAttr:
		return fmt.Sprintf("getattr(value=%s, attr=%s)", v.Value.Name, v.Attr)
	case *GetItem:
		return fmt.Sprintf("getitem(value=%s, index=%s)", v.Value.Name, v.Index.Name)
	case *StaticGetItem:
		return fmt.Sprintf("static_getitem(value=%s, index=%d)", v.Value.Name, v.Index)
	case *BuildTuple:
		return fmt.Sprintf("build_tuple(items=[%s])", names(v.Items))
	case *GetIter:
		return fmt.Sprintf("getiter(value=%s)", v.Value.Name)
	case *IterNext:
		return fmt.Sprintf("iternext(value=%s)", v.Iter.Name)
	case *PairFirst:
		return fmt.Sprintf("pair_first(value=%s)", v.Pair.Name)
	case *PairSecond:
		return fmt.Sprintf("pair_second(value=%s)", v.Pair.Name)
	case *Cast:
		return fmt.Sprintf("cast(value=%s)", v.Value.Name)
	case *BuildSlice:
		part := func(v *Var) string {
			if v == nil {
				return "None"
			}
			return v.Name
		}
		return fmt.Sprintf("build_slice(%s, %s, %s)", part(v.Start), part(v.Stop), part(v.Step))
	case *Print:
		var args []string
		for _, a := range v.Args {
			var parts []string
			for _, p := range a.Parts {
				if p.Value == nil {
					parts = append(parts, strconv.Quote(p.Text))
				} else if p.Spec != "" {
					parts = append(parts, "format("+p.Value.Name+", "+strconv.Quote(p.Spec)+")")
				} else {
					parts = append(parts, p.Value.Name)
				}
			}
			args = append(args, strings.Join(parts, " + "))
		}
		return fmt.Sprintf("print(%s)", strings.Join(args, ", "))
	}
	return fmt.Sprintf("%T", v)
}

// globalRepr is Python's repr of a global as Numba shows it.
func globalRepr(name string) string {
	switch {
	case name == "range" || name == "int" || name == "float" || name == "bool":
		return "<class '" + name + "'>"
	case Builtins[name] && name[0] >= 'A' && name[0] <= 'Z':
		return "<class '" + name + "'>"
	case Builtins[name]:
		return "<built-in function " + name + ">"
	}
	return name
}

func pyFloat(f float64) string {
	s := fmt.Sprintf("%v", f)
	if !strings.ContainsAny(s, ".eIN") {
		s += ".0"
	}
	return s
}

// OpName names a binary operator for messages, such as "+".
func OpName(op syntax.Operator) string { return binopSymbols[op] }
