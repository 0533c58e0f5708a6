package infer

import (
	"github.com/pynjit/pynjit/internal/lib"
	"github.com/pynjit/pynjit/internal/syntax"
)

// The keys of the operators, by syntax.
var (
	binaryKeys = [...]string{syntax.Add: "add", syntax.Sub: "sub", syntax.Mult: "mul", syntax.MatMult: "matmul",
		syntax.Div: "truediv", syntax.Mod: "mod", syntax.Pow: "pow", syntax.LShift: "lshift", syntax.RShift: "rshift",
		syntax.BitOr: "or_", syntax.BitXor: "xor", syntax.BitAnd: "and_", syntax.FloorDiv: "floordiv"}
	compareKeys = [...]string{syntax.Eq: "eq", syntax.NotEq: "ne", syntax.Lt: "lt", syntax.LtE: "le", syntax.Gt: "gt",
		syntax.GtE: "ge", syntax.Is: "is_", syntax.IsNot: "is_not", syntax.In: "contains", syntax.NotIn: "contains"}
	unaryKeys = [...]string{syntax.Invert: "invert", syntax.Not: "not_", syntax.UAdd: "pos", syntax.USub: "neg"}
)

func binaryKey(op syntax.Operator) lib.Key   { return lib.Op(binaryKeys[op]) }
func compareKey(op syntax.CmpOp) lib.Key     { return lib.Op(compareKeys[op]) }
func unaryKey(op syntax.UnaryOpKind) lib.Key { return lib.Op(unaryKeys[op]) }
