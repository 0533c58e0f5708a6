// Package astdump prints a syntax tree exactly as CPython's ast.dump(tree)
// does, in the format of a chosen version (3.11, 3.12 or 3.13), and lists
// node positions as CPython reports them. It is the bridge to the
// parser's test oracle: CPython itself.
package astdump

import (
	"github.com/pynjit/pynjit/internal/syntax"
)

// field is one named field of a node, in CPython's field order. optional
// fields with a nil value are left out of dumps, as ast.dump does for
// fields whose class default is None.
type field struct {
	name     string
	value    any
	optional bool
}

// className returns CPython's class name for n.
func className(n syntax.Node) string {
	switch n.(type) {
	case *syntax.ExprStmt:
		return "Expr"
	case *syntax.Comprehension:
		return "comprehension"
	case *syntax.Arguments:
		return "arguments"
	case *syntax.Arg:
		return "arg"
	case *syntax.Keyword:
		return "keyword"
	case *syntax.Alias:
		return "alias"
	case *syntax.WithItem:
		return "withitem"
	case *syntax.MatchCase:
		return "match_case"
	}
	return typeName(n)
}

// hasPosition reports whether CPython gives n lineno/col_offset
// attributes.
func hasPosition(n syntax.Node) bool {
	switch n.(type) {
	case *syntax.Module, *syntax.Comprehension, *syntax.Arguments, *syntax.WithItem, *syntax.MatchCase, *syntax.TypeIgnore:
		return false
	}
	return true
}

func opt(name string, v any) field { return field{name: name, value: v, optional: true} }
func req(name string, v any) field { return field{name: name, value: v} }

// fieldsOf lists n's fields in version v's order: the fields a version
// does not have are left out.
func fieldsOf(n syntax.Node, v syntax.Version) []field {
	switch n := n.(type) {
	case *syntax.Module:
		return []field{req("body", n.Body), req("type_ignores", n.TypeIgnores)}
	case *syntax.TypeIgnore:
		return []field{req("lineno", n.Lineno), req("tag", n.Tag)}
	case *syntax.FunctionDef:
		return since(v, syntax.Python312, []field{req("name", n.Name), req("args", n.Args), req("body", n.Body), req("decorator_list", n.DecoratorList), opt("returns", n.Returns), opt("type_comment", n.TypeComment)},
			req("type_params", n.TypeParams))
	case *syntax.AsyncFunctionDef:
		return since(v, syntax.Python312, []field{req("name", n.Name), req("args", n.Args), req("body", n.Body), req("decorator_list", n.DecoratorList), opt("returns", n.Returns), opt("type_comment", n.TypeComment)},
			req("type_params", n.TypeParams))
	case *syntax.ClassDef:
		return since(v, syntax.Python312, []field{req("name", n.Name), req("bases", n.Bases), req("keywords", n.Keywords), req("body", n.Body), req("decorator_list", n.DecoratorList)},
			req("type_params", n.TypeParams))
	case *syntax.TypeAlias:
		return []field{req("name", n.Name), req("type_params", n.TypeParams), req("value", n.Value)}
	case *syntax.TypeVar:
		return since(v, syntax.Python313, []field{req("name", n.Name), opt("bound", n.Bound)}, opt("default_value", n.DefaultValue))
	case *syntax.ParamSpec:
		return since(v, syntax.Python313, []field{req("name", n.Name)}, opt("default_value", n.DefaultValue))
	case *syntax.TypeVarTuple:
		return since(v, syntax.Python313, []field{req("name", n.Name)}, opt("default_value", n.DefaultValue))
	case *syntax.Return:
		return []field{opt("value", n.Value)}
	case *syntax.Delete:
		return []field{req("targets", n.Targets)}
	case *syntax.Assign:
		return []field{req("targets", n.Targets), req("value", n.Value), opt("type_comment", n.TypeComment)}
	case *syntax.AugAssign:
		return []field{req("target", n.Target), req("op", n.Op), req("value", n.Value)}
	case *syntax.AnnAssign:
		return []field{req("target", n.Target), req("annotation", n.Annotation), opt("value", n.Value), req("simple", n.Simple)}
	case *syntax.For:
		return []field{req("target", n.Target), req("iter", n.Iter), req("body", n.Body), req("orelse", n.Orelse), opt("type_comment", n.TypeComment)}
	case *syntax.AsyncFor:
		return []field{req("target", n.Target), req("iter", n.Iter), req("body", n.Body), req("orelse", n.Orelse), opt("type_comment", n.TypeComment)}
	case *syntax.While:
		return []field{req("test", n.Test), req("body", n.Body), req("orelse", n.Orelse)}
	case *syntax.If:
		return []field{req("test", n.Test), req("body", n.Body), req("orelse", n.Orelse)}
	case *syntax.With:
		return []field{req("items", n.Items), req("body", n.Body), opt("type_comment", n.TypeComment)}
	case *syntax.AsyncWith:
		return []field{req("items", n.Items), req("body", n.Body), opt("type_comment", n.TypeComment)}
	case *syntax.Match:
		return []field{req("subject", n.Subject), req("cases", n.Cases)}
	case *syntax.Raise:
		return []field{opt("exc", n.Exc), opt("cause", n.Cause)}
	case *syntax.Try:
		return []field{req("body", n.Body), req("handlers", n.Handlers), req("orelse", n.Orelse), req("finalbody", n.Finalbody)}
	case *syntax.TryStar:
		return []field{req("body", n.Body), req("handlers", n.Handlers), req("orelse", n.Orelse), req("finalbody", n.Finalbody)}
	case *syntax.Assert:
		return []field{req("test", n.Test), opt("msg", n.Msg)}
	case *syntax.Import:
		return []field{req("names", n.Names)}
	case *syntax.ImportFrom:
		return []field{opt("module", n.Module), req("names", n.Names), req("level", n.Level)}
	case *syntax.Global:
		return []field{req("names", n.Names)}
	case *syntax.Nonlocal:
		return []field{req("names", n.Names)}
	case *syntax.ExprStmt:
		return []field{req("value", n.Value)}
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
		return nil
	case *syntax.BoolOp:
		return []field{req("op", n.Op), req("values", n.Values)}
	case *syntax.NamedExpr:
		return []field{req("target", n.Target), req("value", n.Value)}
	case *syntax.BinOp:
		return []field{req("left", n.Left), req("op", n.Op), req("right", n.Right)}
	case *syntax.UnaryOp:
		return []field{req("op", n.Op), req("operand", n.Operand)}
	case *syntax.Lambda:
		return []field{req("args", n.Args), req("body", n.Body)}
	case *syntax.IfExp:
		return []field{req("test", n.Test), req("body", n.Body), req("orelse", n.Orelse)}
	case *syntax.Dict:
		return []field{req("keys", n.Keys), req("values", n.Values)}
	case *syntax.Set:
		return []field{req("elts", n.Elts)}
	case *syntax.ListComp:
		return []field{req("elt", n.Elt), req("generators", n.Generators)}
	case *syntax.SetComp:
		return []field{req("elt", n.Elt), req("generators", n.Generators)}
	case *syntax.DictComp:
		return []field{req("key", n.Key), req("value", n.Value), req("generators", n.Generators)}
	case *syntax.GeneratorExp:
		return []field{req("elt", n.Elt), req("generators", n.Generators)}
	case *syntax.Await:
		return []field{req("value", n.Value)}
	case *syntax.Yield:
		return []field{opt("value", n.Value)}
	case *syntax.YieldFrom:
		return []field{req("value", n.Value)}
	case *syntax.Compare:
		return []field{req("left", n.Left), req("ops", n.Ops), req("comparators", n.Comparators)}
	case *syntax.Call:
		return []field{req("func", n.Func), req("args", n.Args), req("keywords", n.Keywords)}
	case *syntax.FormattedValue:
		return []field{req("value", n.Value), req("conversion", n.Conversion), opt("format_spec", n.FormatSpec)}
	case *syntax.JoinedStr:
		return []field{req("values", n.Values)}
	case *syntax.Constant:
		var kind *string
		if n.Kind != "" {
			kind = &n.Kind
		}
		return []field{req("value", constant{n.Value}), opt("kind", kind)}
	case *syntax.Attribute:
		return []field{req("value", n.Value), req("attr", n.Attr), req("ctx", n.Ctx)}
	case *syntax.Subscript:
		return []field{req("value", n.Value), req("slice", n.Slice), req("ctx", n.Ctx)}
	case *syntax.Starred:
		return []field{req("value", n.Value), req("ctx", n.Ctx)}
	case *syntax.Name:
		return []field{req("id", n.Id), req("ctx", n.Ctx)}
	case *syntax.List:
		return []field{req("elts", n.Elts), req("ctx", n.Ctx)}
	case *syntax.Tuple:
		return []field{req("elts", n.Elts), req("ctx", n.Ctx)}
	case *syntax.Slice:
		return []field{opt("lower", n.Lower), opt("upper", n.Upper), opt("step", n.Step)}
	case *syntax.Comprehension:
		return []field{req("target", n.Target), req("iter", n.Iter), req("ifs", n.Ifs), req("is_async", n.IsAsync)}
	case *syntax.ExceptHandler:
		return []field{opt("type", n.Type), opt("name", n.Name), req("body", n.Body)}
	case *syntax.Arguments:
		return []field{req("posonlyargs", n.Posonlyargs), req("args", n.Args), opt("vararg", n.Vararg), req("kwonlyargs", n.Kwonlyargs), req("kw_defaults", n.KwDefaults), opt("kwarg", n.Kwarg), req("defaults", n.Defaults)}
	case *syntax.Arg:
		return []field{req("arg", n.Arg), opt("annotation", n.Annotation), opt("type_comment", n.TypeComment)}
	case *syntax.Keyword:
		return []field{opt("arg", n.Arg), req("value", n.Value)}
	case *syntax.Alias:
		return []field{req("name", n.Name), opt("asname", n.Asname)}
	case *syntax.WithItem:
		return []field{req("context_expr", n.ContextExpr), opt("optional_vars", n.OptionalVars)}
	case *syntax.MatchCase:
		return []field{req("pattern", n.Pattern), opt("guard", n.Guard), req("body", n.Body)}
	case *syntax.MatchValue:
		return []field{req("value", n.Value)}
	case *syntax.MatchSingleton:
		return []field{req("value", constant{n.Value})}
	case *syntax.MatchSequence:
		return []field{req("patterns", n.Patterns)}
	case *syntax.MatchMapping:
		return []field{req("keys", n.Keys), req("patterns", n.Patterns), opt("rest", n.Rest)}
	case *syntax.MatchClass:
		return []field{req("cls", n.Cls), req("patterns", n.Patterns), req("kwd_attrs", n.KwdAttrs), req("kwd_patterns", n.KwdPatterns)}
	case *syntax.MatchStar:
		return []field{opt("name", n.Name)}
	case *syntax.MatchAs:
		return []field{opt("pattern", n.Pattern), opt("name", n.Name)}
	case *syntax.MatchOr:
		return []field{req("patterns", n.Patterns)}
	}
	return nil
}

// since returns fields, followed by added when v is version first or
// later.
func since(v, first syntax.Version, fields []field, added ...field) []field {
	if v >= first {
		return append(fields, added...)
	}
	return fields
}

// constant wraps a Constant's value so the dumper prints it as a Python
// literal rather than as a node.
type constant struct{ v any }
