package annotate

import (
	"fmt"
	"strings"

	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/ir"
)

// CFG renders res's control-flow graph in Graphviz's DOT language, as
// Numba's inspect_cfg() shows it: one node per basic block listing its
// typed instructions (as inspect-types prints them), an edge per jump,
// and a branch's two edges labelled true and false.
func CFG(res *infer.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %q {\n", res.Func.Name+" "+sigString(res))
	b.WriteString("  node [shape=box, fontname=\"monospace\", fontsize=10];\n")
	for _, blk := range res.Func.Blocks {
		var label strings.Builder
		fmt.Fprintf(&label, "block %d:\\l", blk.Label)
		for _, inst := range blk.Insts {
			in := describe(res, inst)
			line := in.Text
			if in.Type != "" {
				line += "  :: " + in.Type
			}
			label.WriteString("  " + dotEscape(line) + "\\l")
		}
		fmt.Fprintf(&b, "  b%d [label=\"%s\"];\n", blk.Label, label.String())
	}
	for _, blk := range res.Func.Blocks {
		switch t := blk.Terminator().(type) {
		case *ir.Jump:
			fmt.Fprintf(&b, "  b%d -> b%d;\n", blk.Label, t.Target.Label)
		case *ir.Branch:
			fmt.Fprintf(&b, "  b%d -> b%d [label=\"true\"];\n", blk.Label, t.True.Label)
			fmt.Fprintf(&b, "  b%d -> b%d [label=\"false\"];\n", blk.Label, t.False.Label)
		}
	}
	b.WriteString("}\n")
	return b.String()
}

// dotEscape makes s safe inside a double-quoted DOT label whose lines
// end in \l.
func dotEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\l`).Replace(s)
}
