package syntax

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
)

func TestInspect(t *testing.T) {
	src := "if x:\n    print(f(1, g(2)), [h(i) for i in y])\ndef k():\n    return m(3)\n"
	m, diags := Parse(source.NewFile("t.py", []byte(src)))
	if m == nil {
		t.Fatal(diags)
	}
	var calls []string
	Inspect(m, func(n Node) bool {
		if _, ok := n.(*FunctionDef); ok {
			return false
		}
		if c, ok := n.(*Call); ok {
			calls = append(calls, fmt.Sprint(c.Func.(*Name).Id))
		}
		return true
	})
	if got := strings.Join(calls, " "); got != "print f g h" {
		t.Errorf("calls outside functions, in order: %q", got)
	}
}
