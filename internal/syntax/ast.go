package syntax

import (
	"math/big"

	"github.com/pynjit/pynjit/internal/source"
)

// The node types mirror CPython 3.13's ast module (Parser/Python.asdl) one
// to one: same names, same fields in the same order, so that a dump of our
// tree can be compared with ast.dump (astdump leaves out the fields an
// older version does not have: a 3.11 tree has no type parameters).
// Optional fields ("expr?") are nil when absent; lists are nil or empty
// when empty.

// Node is any syntax tree node. Every node has a span, including the ones
// CPython gives no position (arguments, comprehension, withitem,
// match_case): for those the span covers their text.
type Node interface {
	Span() source.Span
	setSpan(source.Span)
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Pattern is a node of a match statement's case pattern.
type Pattern interface {
	Node
	patternNode()
}

// TypeParam is a type parameter of a generic function, class or type
// alias (PEP 695): a *TypeVar, *ParamSpec or *TypeVarTuple.
type TypeParam interface {
	Node
	typeParamNode()
}

// node carries the span every node has, packed: a large file has
// millions of nodes.
type node struct{ span source.PackedSpan }

// Span returns the node's start and end position.
func (n *node) Span() source.Span     { return n.span.Span() }
func (n *node) setSpan(s source.Span) { n.span = source.Pack(s) }

type stmt struct{ node }

func (*stmt) stmtNode() {}

type expr struct{ node }

func (*expr) exprNode() {}

type pattern struct{ node }

func (*pattern) patternNode() {}

type typeParam struct{ node }

func (*typeParam) typeParamNode() {}

// ExprContext says whether an expression is read, assigned or deleted.
type ExprContext int

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// BoolOpKind is the operator of a BoolOp.
type BoolOpKind int

// The boolean operators.
const (
	And BoolOpKind = iota + 1
	Or
)

// Operator is a binary arithmetic or bitwise operator.
type Operator int

// The binary operators, in CPython's order.
const (
	Add Operator = iota + 1
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOpKind is the operator of a UnaryOp.
type UnaryOpKind int

// The unary operators.
const (
	Invert UnaryOpKind = iota + 1
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator.
type CmpOp int

// The comparison operators.
const (
	Eq CmpOp = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// Module is a whole file.
type Module struct {
	node
	Body        []Stmt
	TypeIgnores []*TypeIgnore
}

// TypeIgnore is a "# type: ignore" comment; ast.parse without
// type_comments=True never produces one, so it is here for completeness.
type TypeIgnore struct {
	node
	Lineno int
	Tag    string
}

// FunctionDef is a def statement.
type FunctionDef struct {
	stmt
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // optional
	TypeComment   *string
	TypeParams    []TypeParam // def f[T](x: T), from 3.12
	// NameSpan is the span of the function's name, for diagnostics.
	NameSpan source.Span
}

// AsyncFunctionDef is an async def statement.
type AsyncFunctionDef struct {
	stmt
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // optional
	TypeComment   *string
	TypeParams    []TypeParam
	NameSpan      source.Span
}

// ClassDef is a class statement.
type ClassDef struct {
	stmt
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []TypeParam // class C[T], from 3.12
	NameSpan      source.Span
}

// Return is a return statement.
type Return struct {
	stmt
	Value Expr // optional
}

// Delete is a del statement.
type Delete struct {
	stmt
	Targets []Expr
}

// Assign is "t1 = t2 = value".
type Assign struct {
	stmt
	Targets     []Expr
	Value       Expr
	TypeComment *string
}

// TypeAlias is "type Name[params] = value" (PEP 695, from 3.12); Name is
// a *Name in Store context.
type TypeAlias struct {
	stmt
	Name       Expr
	TypeParams []TypeParam
	Value      Expr
}

// AugAssign is "target op= value".
type AugAssign struct {
	stmt
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is "target: annotation [= value]". Simple is 1 when the target
// is a plain name not in parentheses.
type AnnAssign struct {
	stmt
	Target     Expr
	Annotation Expr
	Value      Expr // optional
	Simple     int
}

// For is a for loop.
type For struct {
	stmt
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment *string
}

// AsyncFor is an async for loop.
type AsyncFor struct {
	stmt
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment *string
}

// While is a while loop.
type While struct {
	stmt
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; elif chains nest in Orelse.
type If struct {
	stmt
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a with statement.
type With struct {
	stmt
	Items       []*WithItem
	Body        []Stmt
	TypeComment *string
}

// AsyncWith is an async with statement.
type AsyncWith struct {
	stmt
	Items       []*WithItem
	Body        []Stmt
	TypeComment *string
}

// Match is a match statement.
type Match struct {
	stmt
	Subject Expr
	Cases   []*MatchCase
}

// Raise is a raise statement.
type Raise struct {
	stmt
	Exc   Expr // optional
	Cause Expr // optional
}

// Try is a try statement.
type Try struct {
	stmt
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is a try statement with except* handlers.
type TryStar struct {
	stmt
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is an assert statement.
type Assert struct {
	stmt
	Test Expr
	Msg  Expr // optional
}

// Import is "import a.b as c, d".
type Import struct {
	stmt
	Names []*Alias
}

// ImportFrom is "from ..mod import a as b". Module is nil for "from . import x".
type ImportFrom struct {
	stmt
	Module *string
	Names  []*Alias
	Level  int
}

// Global is a global statement.
type Global struct {
	stmt
	Names []string
}

// Nonlocal is a nonlocal statement.
type Nonlocal struct {
	stmt
	Names []string
}

// ExprStmt is an expression used as a statement (CPython's Expr).
type ExprStmt struct {
	stmt
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ stmt }

// Break is a break statement.
type Break struct{ stmt }

// Continue is a continue statement.
type Continue struct{ stmt }

// BoolOp is "a and b and c" or "a or b".
type BoolOp struct {
	expr
	Op     BoolOpKind
	Values []Expr
}

// NamedExpr is "target := value".
type NamedExpr struct {
	expr
	Target Expr
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	expr
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	expr
	Op      UnaryOpKind
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	expr
	Args *Arguments
	Body Expr
}

// IfExp is "body if test else orelse".
type IfExp struct {
	expr
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a nil key marks "**value".
type Dict struct {
	expr
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	expr
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	expr
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	expr
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	expr
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	expr
	Elt        Expr
	Generators []*Comprehension
}

// Await is an await expression.
type Await struct {
	expr
	Value Expr
}

// Yield is a yield expression.
type Yield struct {
	expr
	Value Expr // optional
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	expr
	Value Expr
}

// Compare is a (possibly chained) comparison.
type Compare struct {
	expr
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is a call expression.
type Call struct {
	expr
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one {expr!conv:spec} of an f-string. Conversion is -1
// for none, else 's', 'r' or 'a'.
type FormattedValue struct {
	expr
	Value      Expr
	Conversion int
	FormatSpec Expr // optional, a *JoinedStr
}

// JoinedStr is an f-string.
type JoinedStr struct {
	expr
	Values []Expr
}

// Constant is a literal. Value holds one of: NoneValue, bool, *big.Int,
// float64, Imaginary, string (a str, UTF-8; lone surrogates from escapes
// are kept as their 3-byte generalized UTF-8 form), Bytes, EllipsisValue.
// Kind is "u" for u-prefixed strings and "" otherwise.
type Constant struct {
	expr
	Value any
	Kind  string
}

// NoneValue is the value of the constant None.
type NoneValue struct{}

// EllipsisValue is the value of the constant "...".
type EllipsisValue struct{}

// Imaginary is an imaginary literal such as 2j; the value is the
// coefficient.
type Imaginary float64

// Bytes is the value of a bytes literal.
type Bytes string

// Int returns v as a *big.Int if it is an integer constant.
func (c *Constant) Int() (*big.Int, bool) {
	v, ok := c.Value.(*big.Int)
	return v, ok
}

// Attribute is "value.attr".
type Attribute struct {
	expr
	Value Expr
	Attr  string
	Ctx   ExprContext
	// AttrSpan is the span of the attribute name, for diagnostics.
	AttrSpan source.Span
}

// Subscript is "value[slice]".
type Subscript struct {
	expr
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is "*value".
type Starred struct {
	expr
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier used as an expression.
type Name struct {
	expr
	Id  string
	Ctx ExprContext
}

// List is a list display.
type List struct {
	expr
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display.
type Tuple struct {
	expr
	Elts []Expr
	Ctx  ExprContext
}

// Slice is "lower:upper:step" inside a subscript.
type Slice struct {
	expr
	Lower Expr // optional
	Upper Expr // optional
	Step  Expr // optional
}

// Comprehension is one "for target in iter if cond" clause.
type Comprehension struct {
	node
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is one except clause.
type ExceptHandler struct {
	node
	Type Expr    // optional
	Name *string // optional
	Body []Stmt
}

// Arguments is a parameter list.
type Arguments struct {
	node
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg // optional
	Kwonlyargs  []*Arg
	KwDefaults  []Expr // entries are nil where a keyword-only arg has no default
	Kwarg       *Arg   // optional
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	node
	Arg         string
	Annotation  Expr // optional
	TypeComment *string
}

// Keyword is "arg=value" in a call or class bases; Arg is nil for **value.
type Keyword struct {
	node
	Arg   *string
	Value Expr
}

// Alias is "name as asname" in an import.
type Alias struct {
	node
	Name   string
	Asname *string
}

// WithItem is "context_expr as optional_vars".
type WithItem struct {
	node
	ContextExpr  Expr
	OptionalVars Expr // optional
}

// MatchCase is one case block of a match statement.
type MatchCase struct {
	node
	Pattern Pattern
	Guard   Expr // optional
	Body    []Stmt
}

// MatchValue is a value pattern.
type MatchValue struct {
	pattern
	Value Expr
}

// MatchSingleton is None, True or False as a pattern; Value is NoneValue
// or bool.
type MatchSingleton struct {
	pattern
	Value any
}

// MatchSequence is a sequence pattern.
type MatchSequence struct {
	pattern
	Patterns []Pattern
}

// MatchMapping is a mapping pattern.
type MatchMapping struct {
	pattern
	Keys     []Expr
	Patterns []Pattern
	Rest     *string
}

// MatchClass is a class pattern.
type MatchClass struct {
	pattern
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is "*name" in a sequence pattern.
type MatchStar struct {
	pattern
	Name *string
}

// MatchAs is "pattern as name", a capture or the wildcard "_".
type MatchAs struct {
	pattern
	Pattern Pattern // optional
	Name    *string
}

// MatchOr is "p1 | p2".
type MatchOr struct {
	pattern
	Patterns []Pattern
}

// TypeVar is a type parameter "T", "T: bound" or "T: (c1, c2)", with a
// default "= d" from 3.13.
type TypeVar struct {
	typeParam
	Name         string
	Bound        Expr // optional
	DefaultValue Expr // optional
}

// ParamSpec is a type parameter "**P".
type ParamSpec struct {
	typeParam
	Name         string
	DefaultValue Expr // optional
}

// TypeVarTuple is a type parameter "*Ts".
type TypeVarTuple struct {
	typeParam
	Name         string
	DefaultValue Expr // optional
}

// SynthesizedFunction returns a definition of a function without
// parameters whose body is body and whose span is span: the compiler
// treats a block of module-level code, such as the body of
// `if __name__ == "__main__":`, as such a function.
func SynthesizedFunction(name string, body []Stmt, span source.Span) *FunctionDef {
	f := &FunctionDef{Name: name, Args: &Arguments{}, Body: body, NameSpan: span}
	f.setSpan(span)
	f.Args.setSpan(span)
	return f
}

// StringValue returns the value of a str literal, and whether e is one.
func StringValue(e Expr) (string, bool) {
	c, ok := e.(*Constant)
	if !ok {
		return "", false
	}
	s, ok := c.Value.(string)
	return s, ok
}
