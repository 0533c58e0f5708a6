// Package annotate renders a typed function the way Numba's
// inspect_types() does: the function's source, line by line, with the IR
// instructions of each line and the type of every value.
package annotate

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/types"
)

// Line is one source line with the instructions lowered from it.
type Line struct {
	Number       int           `json:"line"`
	Source       string        `json:"source"`
	Instructions []Instruction `json:"instructions"`
}

// Instruction is one IR instruction and the type of its value ("" for
// instructions that have none, such as return and jump), or, with
// Label set, the start of a block: "label 3", the number its jumps and
// branches name, printed before the block's first instruction as Numba
// prints it.
type Instruction struct {
	Text  string `json:"text"`
	Type  string `json:"type,omitempty"`
	Label bool   `json:"label,omitempty"`
}

// Annotation is a typed specialization, ready to print.
type Annotation struct {
	Function  string `json:"function"`
	Signature string `json:"signature"`
	File      string `json:"file"`
	Lines     []Line `json:"lines"`
}

// Build groups res's instructions by source line, from the function's
// first decorator to its last line.
func Build(res *infer.Result) *Annotation {
	f := res.Func
	a := &Annotation{Function: f.Name, Signature: sigString(res), File: f.File.Name}
	first := f.Def.Span().Start.Line
	for _, d := range f.Def.DecoratorList {
		// A decorator's "@" is one column before its expression.
		first = min(first, d.Span().Start.Line)
	}
	last := f.Def.Span().End.Line
	byLine := map[int][]Instruction{}
	for _, b := range f.Blocks {
		for i, inst := range b.Insts {
			line := inst.Span().Start.Line
			if i == 0 {
				byLine[line] = append(byLine[line], Instruction{Text: fmt.Sprintf("label %d", b.Label), Label: true})
			}
			byLine[line] = append(byLine[line], describe(res, inst))
		}
	}
	for n := first; n <= last; n++ {
		insts := byLine[n]
		if insts == nil {
			insts = []Instruction{}
		}
		a.Lines = append(a.Lines, Line{Number: n, Source: f.File.Line(n), Instructions: insts})
	}
	return a
}

// sigString is Numba's header argument tuple: "(int64, int64)" or
// "(int64,)".
func sigString(res *infer.Result) string {
	if len(res.Args) == 1 {
		return "(" + res.Args[0].String() + ",)"
	}
	return "(" + types.ArgsString(res.Args) + ")"
}

func describe(res *infer.Result, inst ir.Inst) Instruction {
	a, ok := inst.(*ir.Assign)
	if !ok {
		return Instruction{Text: fmt.Sprint(inst)}
	}
	text := a.String()
	if _, isCall := a.Value.(*ir.Call); isCall {
		if sig := res.OpSig(a); sig != nil {
			return Instruction{Text: text, Type: fmt.Sprintf("(%s) -> %s", callArgs(sig.Args), sig.Return)}
		}
	}
	if _, isConst := a.Value.(*ir.Const); isConst {
		// Numba types a constant int where it is written as its literal
		if lit, ok := res.Literal(a.Target); ok && types.IsInteger(lit.Base) {
			return Instruction{Text: text, Type: lit.String()}
		}
	}
	t := res.VarTypes[a.Target.ID]
	if t == nil {
		return Instruction{Text: text, Type: "undefined"}
	}
	return Instruction{Text: text, Type: t.String()}
}

func callArgs(args []types.Type) string {
	if len(args) == 1 {
		return args[0].String() + ","
	}
	return types.ArgsString(args)
}

// Text renders the annotation in Numba's inspect_types() format.
func Text(a *Annotation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n", a.Function, a.Signature)
	b.WriteString(strings.Repeat("-", 80) + "\n")
	fmt.Fprintf(&b, "# File: %s\n", a.File)
	for _, l := range a.Lines {
		ind := indent(l.Source)
		fmt.Fprintf(&b, "%s# --- LINE %d --- \n", ind, l.Number)
		for _, in := range l.Instructions {
			if in.Label {
				fmt.Fprintf(&b, "%s# %s\n", ind, in.Text)
				continue
			}
			if in.Type != "" {
				fmt.Fprintf(&b, "%s#   %s  :: %s\n", ind, in.Text, in.Type)
			} else {
				fmt.Fprintf(&b, "%s#   %s\n", ind, in.Text)
			}
		}
		fmt.Fprintf(&b, "\n%s\n\n", l.Source)
	}
	b.WriteString("\n" + strings.Repeat("=", 80) + "\n")
	return b.String()
}

// JSON renders the annotation for tools.
func JSON(as []*Annotation) (string, error) {
	out, err := json.MarshalIndent(as, "", "  ")
	return string(out) + "\n", err
}

func indent(line string) string {
	return line[:len(line)-len(strings.TrimLeft(line, " \t"))]
}
