// Package ir defines pynjit's untyped intermediate representation, shaped
// like Numba's: a function is a list of basic blocks of instructions, each
// instruction assigns a value to a variable or ends the block. Variables
// are named as in Numba: the user's own names for locals, "$<label>.<n>"
// for temporaries.
package ir

import (
	"slices"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// Func is one Python function lowered to IR. It is untyped: the same Func
// is typed once per argument-type tuple by package infer.
type Func struct {
	Name   string
	Params []string
	// Vars holds every variable; Var.ID indexes it.
	Vars []*Var
	// Blocks[0] is the entry block.
	Blocks []*Block
	File   *source.File
	Def    *syntax.FunctionDef
	// NumInsts counts the instructions: their IDs are 0 to NumInsts-1.
	NumInsts int
	// reads are the reads of locals Lower recorded, until CheckUnbound
	// checks them.
	reads []readSite
}

// Var is a local variable or a temporary. A local keeps one Var for all its
// assignments, so its type is the unification of everything assigned to it.
type Var struct {
	ID   int
	Name string
	// span is where the variable is first defined (packed, as At's).
	span source.PackedSpan
	// Temp is true for compiler temporaries ($0.3); false for the user's
	// names, which diagnostics may show.
	Temp bool
}

// Span returns where the variable is first defined.
func (v *Var) Span() source.Span { return v.span.Span() }

// Block is a basic block. Its last instruction is a Terminator.
type Block struct {
	Label int
	Insts []Inst
}

// Terminator returns the block's final instruction, or nil while the block
// is still being built.
func (b *Block) Terminator() Terminator {
	if len(b.Insts) == 0 {
		return nil
	}
	t, _ := b.Insts[len(b.Insts)-1].(Terminator)
	return t
}

// Succs are the blocks b's terminator may continue at, nil-padded to
// two: Successors without its allocation, for passes that walk every
// block of a large function.
func (b *Block) Succs() (s [2]*Block) {
	switch t := b.Terminator().(type) {
	case *Jump:
		s[0] = t.Target
	case *Branch:
		s[0], s[1] = t.True, t.False
	}
	return s
}

// Successors are the blocks b's terminator may continue at.
func (b *Block) Successors() []*Block {
	switch t := b.Terminator().(type) {
	case *Jump:
		return []*Block{t.Target}
	case *Branch:
		return []*Block{t.True, t.False}
	}
	return nil
}

// Inst is an instruction: an Assign, a SetItem, or a Terminator.
type Inst interface {
	Span() source.Span
	// ID numbers the instruction within its function, from 0 up to
	// Func.NumInsts: a pass keeps what it knows of each instruction in a
	// slice indexed by it rather than a map.
	ID() int
	number(id int)
	instNode()
}

// Terminator ends a block: Jump, Branch, Return or Raise.
type Terminator interface {
	Inst
	terminator()
}

// Value is the right-hand side of an Assign.
type Value interface {
	valueNode()
}

// At is the source span an instruction comes from and its number in
// its function; every instruction embeds it, packed: a large function
// has millions of instructions.
type At struct {
	src source.PackedSpan
	id  int32
}

func at(s source.Span) At { return At{src: source.Pack(s)} }

// ID returns the instruction's number in its function.
func (a At) ID() int { return int(a.id) }

func (a *At) number(id int) { a.id = int32(id) }

// Span returns where in the source the instruction comes from.
func (a At) Span() source.Span { return a.src.Span() }

// Assign is "Target = Value".
type Assign struct {
	At
	Target *Var
	Value  Value
}

// SetItem is "Target[Index] = Value".
type SetItem struct {
	At
	Target, Index, Value *Var
}

// Jump continues at Target.
type Jump struct {
	At
	Target *Block
}

// Branch continues at True if Cond is truthy, else at False. Cond may be
// of any scalar type; Python truthiness applies.
type Branch struct {
	At
	Cond        *Var
	True, False *Block
}

// Return returns Value from the function.
type Return struct {
	At
	Value *Var
}

// Raise raises an exception. Class is the builtin exception class name
// ("ValueError"); Message is its constant message, or nil for none.
type Raise struct {
	At
	Class   string
	Message *string
}

func (*Assign) instNode()  {}
func (*SetItem) instNode() {}
func (*Jump) instNode()    {}
func (*Branch) instNode()  {}
func (*Return) instNode()  {}
func (*Raise) instNode()   {}

func (*Jump) terminator()   {}
func (*Branch) terminator() {}
func (*Return) terminator() {}
func (*Raise) terminator()  {}

// Arg is the Index-th parameter of the function.
type Arg struct {
	Index int
	Name  string
}

// Const is a literal: int64, float64, bool, complex128, string, or
// NoneConst.
type Const struct {
	Value any
}

// NoneConst is the value of the constant None.
type NoneConst struct{}

// Global is a name looked up in the module scope or the builtins: a
// function, a module, a builtin, an exception class or a folded constant.
// Package infer decides what it is from the resolved module.
type Global struct {
	Name string
}

// Poison is the value of an expression whose lowering failed, once its
// error is reported: the statement's targets are assigned it, so that
// nothing after the statement reports them again (a read of a variable
// whose assignment failed is no UnboundLocalError). A function with an
// error is not typed, so no Poison reaches inference.
type Poison struct{}

// Copy is "Target = Source", used where Numba copies a variable.
type Copy struct {
	Source *Var
}

// BinOp is an arithmetic or bitwise binary operation; Inplace marks
// augmented assignment (x += y), which Numba prints as inplace_binop.
type BinOp struct {
	Op       syntax.Operator
	Lhs, Rhs *Var
	Inplace  bool
}

// Compare is one comparison; chains are lowered to several.
type Compare struct {
	Op       syntax.CmpOp
	Lhs, Rhs *Var
}

// UnaryOp is -x, +x, ~x or not x.
type UnaryOp struct {
	Op      syntax.UnaryOpKind
	Operand *Var
}

// Call calls Func with positional Args and keyword arguments.
type Call struct {
	Func *Var
	Args []*Var
	Kws  []Keyword
}

// Keyword is one name=value argument of a Call.
type Keyword struct {
	Name  string
	Value *Var
}

// GetAttr is Value.Attr.
type GetAttr struct {
	Value *Var
	Attr  string
}

// GetItem is Value[Index] with a computed index.
type GetItem struct {
	Value, Index *Var
}

// StaticGetItem is Value[Index] with a constant integer index.
type StaticGetItem struct {
	Value *Var
	Index int
}

// BuildTuple is (Items...).
type BuildTuple struct {
	Items []*Var
}

// GetIter is iter(Value).
type GetIter struct {
	Value *Var
}

// IterNext advances Iter, giving a pair of (value, valid).
type IterNext struct {
	Iter *Var
}

// PairFirst is the value of an IterNext pair.
type PairFirst struct {
	Pair *Var
}

// PairSecond is the validity flag of an IterNext pair.
type PairSecond struct {
	Pair *Var
}

// Cast converts Value to the function's return type before a Return.
type Cast struct {
	Value *Var
}

// BuildSlice is start:stop:step in a subscript; absent parts are nil.
type BuildSlice struct {
	Start, Stop, Step *Var
}

// Print is print(args..., sep=Sep, end=End); its value is None. Each
// argument is a string literal, an f-string, or a value printed as str()
// prints it.
type Print struct {
	Args     []PrintArg
	Sep, End string
}

// PrintArg is one argument of print: the concatenation of its parts.
type PrintArg struct {
	Parts []PrintPart
}

// PrintPart is literal Text, or a Value formatted with Spec (a format
// spec such as ".3f"; "" prints as str() does) after the !r/!s/!a
// Conversion ('r', 's', 'a', or 0).
type PrintPart struct {
	Text       string
	Value      *Var
	Spec       string
	Conversion byte
}

func (*Print) valueNode()         {}
func (*BuildSlice) valueNode()    {}
func (*Arg) valueNode()           {}
func (*Const) valueNode()         {}
func (*Global) valueNode()        {}
func (*Copy) valueNode()          {}
func (*BinOp) valueNode()         {}
func (*Compare) valueNode()       {}
func (*UnaryOp) valueNode()       {}
func (*Call) valueNode()          {}
func (*GetAttr) valueNode()       {}
func (*GetItem) valueNode()       {}
func (*StaticGetItem) valueNode() {}
func (*BuildTuple) valueNode()    {}
func (*GetIter) valueNode()       {}
func (*IterNext) valueNode()      {}
func (*PairFirst) valueNode()     {}
func (*PairSecond) valueNode()    {}
func (*Cast) valueNode()          {}
func (*Poison) valueNode()        {}

// Operands are the variables a value reads.
func Operands(v Value) []*Var { return AppendOperands(nil, v) }

// AppendOperands appends the variables v reads to dst and returns the
// result: a pass over every instruction of a large function reuses one
// buffer rather than allocating a slice per instruction.
func AppendOperands(dst []*Var, v Value) []*Var {
	switch v := v.(type) {
	case *Copy:
		return appendVars(dst, v.Source)
	case *Cast:
		return appendVars(dst, v.Value)
	case *BinOp:
		return appendVars(dst, v.Lhs, v.Rhs)
	case *Compare:
		return appendVars(dst, v.Lhs, v.Rhs)
	case *UnaryOp:
		return appendVars(dst, v.Operand)
	case *Call:
		dst = appendVars(appendVars(dst, v.Func), v.Args...)
		for _, k := range v.Kws {
			dst = appendVars(dst, k.Value)
		}
	case *GetAttr:
		return appendVars(dst, v.Value)
	case *GetItem:
		return appendVars(dst, v.Value, v.Index)
	case *StaticGetItem:
		return appendVars(dst, v.Value)
	case *BuildTuple:
		return appendVars(dst, v.Items...)
	case *GetIter:
		return appendVars(dst, v.Value)
	case *IterNext:
		return appendVars(dst, v.Iter)
	case *PairFirst:
		return appendVars(dst, v.Pair)
	case *PairSecond:
		return appendVars(dst, v.Pair)
	case *BuildSlice:
		return appendVars(dst, v.Start, v.Stop, v.Step)
	case *Print:
		n := 0
		for _, a := range v.Args {
			n += len(a.Parts)
		}
		dst = slices.Grow(dst, n) // an f-string may have 100,000 fields
		for _, a := range v.Args {
			for _, p := range a.Parts {
				dst = appendVars(dst, p.Value)
			}
		}
	}
	return dst
}

// appendVars appends the variables of vs that are not nil to dst.
func appendVars(dst []*Var, vs ...*Var) []*Var {
	for _, x := range vs {
		if x != nil {
			dst = append(dst, x)
		}
	}
	return dst
}
