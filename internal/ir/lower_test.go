package ir

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// dump prints f block by block, one instruction a line, as Numba
// prints its IR.
func dump(f *Func) string {
	var b strings.Builder
	for _, blk := range f.Blocks {
		fmt.Fprintf(&b, "label %d:\n", blk.Label)
		for _, inst := range blk.Insts {
			fmt.Fprintf(&b, "    %v\n", inst)
		}
	}
	return b.String()
}

// parsed parses and resolves src, and returns its module and function f.
func parsed(t *testing.T, src string) (*resolve.Module, *resolve.Function) {
	t.Helper()
	file := source.NewFile("t.py", []byte(src))
	m, diags := syntax.Parse(file)
	if diags.HasErrors() {
		t.Fatalf("parse: %v\n%s", diags, src)
	}
	mod, diags := resolve.Resolve(file, m, resolve.Options{})
	if diags.HasErrors() {
		t.Fatalf("resolve: %v", diags)
	}
	return mod, mod.Lookup("f")
}

// build builds the function f of src with Build; the diagnostics are
// rendered one a line, "line:col message".
func build(t *testing.T, src string) (*Func, string) {
	t.Helper()
	f, diags := Build(parsed(t, src))
	if f != nil {
		checkIDs(t, f)
	}
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%d:%d %s", d.Span.Start.Line, d.Span.Start.Col, d.Message))
	}
	return f, strings.Join(out, "\n")
}

// checkIDs checks that the instructions of f are numbered 0 to
// f.NumInsts-1, each once.
func checkIDs(t *testing.T, f *Func) {
	t.Helper()
	seen := make([]bool, f.NumInsts)
	for _, blk := range f.Blocks {
		for _, inst := range blk.Insts {
			id := inst.ID()
			if id < 0 || id >= f.NumInsts || seen[id] {
				t.Fatalf("%v in block %d has ID %d: not one of 0 to %d not taken before", inst, blk.Label, id, f.NumInsts-1)
			}
			seen[id] = true
		}
	}
}

// TestLower pins the IR of small functions: the blocks, the
// instructions and the temporaries' names, as Numba names them.
func TestLower(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"return", "def f(a, b):\n    return a + b\n", `label 0:
    a = arg(0, name=a)
    b = arg(1, name=b)
    $0.3 = a + b
    $0.4 = cast(value=$0.3)
    return $0.4
`},
		{"if", "def f(a):\n    if a > 0:\n        x = 1\n    else:\n        x = 2\n    return x\n", `label 0:
    a = arg(0, name=a)
    $0.2 = const(int, 0)
    $0.3 = a > $0.2
    branch $0.3, 1, 2
label 1:
    $1.1 = const(int, 1)
    x = $1.1
    jump 3
label 2:
    $2.1 = const(int, 2)
    x = $2.1
    jump 3
label 3:
    $3.2 = cast(value=x)
    return $3.2
`},
		{"while", "def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n", `label 0:
    n = arg(0, name=n)
    $0.1 = const(int, 0)
    i = $0.1
    jump 1
label 1:
    $1.3 = i < n
    branch $1.3, 2, 3
label 2:
    $2.2 = const(int, 1)
    $2.3 = inplace_binop(fn=<built-in function iadd>, lhs=i, rhs=$2.2)
    i = $2.3
    jump 1
label 3:
    jump 4
label 4:
    $4.2 = cast(value=i)
    return $4.2
`},
		{"for range", "def f(n):\n    s = 0\n    for i in range(n):\n        s = s + i\n    return s\n", `label 0:
    n = arg(0, name=n)
    $0.1 = const(int, 0)
    s = $0.1
    $0.2 = global(range: <class 'range'>)
    $0.4 = call $0.2(n)
    $0.5 = getiter(value=$0.4)
    jump 1
label 1:
    $1.1 = iternext(value=$0.5)
    $1.2 = pair_first(value=$1.1)
    $1.3 = pair_second(value=$1.1)
    branch $1.3, 2, 3
label 2:
    i = $1.2
    $2.3 = s + i
    s = $2.3
    jump 1
label 3:
    jump 4
label 4:
    $4.2 = cast(value=s)
    return $4.2
`},
		{"tuple", "def f(a):\n    x, y = a, 2\n    return (y, x)\n", `label 0:
    a = arg(0, name=a)
    $0.2 = const(int, 2)
    $0.3 = build_tuple(items=[a, $0.2])
    $0.4 = static_getitem(value=$0.3, index=0)
    $0.5 = static_getitem(value=$0.3, index=1)
    x = $0.4
    y = $0.5
    $0.8 = build_tuple(items=[y, x])
    $0.9 = cast(value=$0.8)
    return $0.9
`},
		{"call attr", "import math\n\ndef f(a):\n    return math.sqrt(a[0])\n", `label 0:
    a = arg(0, name=a)
    $0.1 = global(math: math)
    $0.2 = getattr(value=$0.1, attr=sqrt)
    $0.4 = static_getitem(value=a, index=0)
    $0.5 = call $0.2($0.4)
    $0.6 = cast(value=$0.5)
    return $0.6
`},
		{"maybe unbound", "def f(n):\n    for i in range(n):\n        y = i\n    return y\n", `label 0:
    n = arg(0, name=n)
    $0.1 = global(range: <class 'range'>)
    $0.3 = call $0.1(n)
    $0.4 = getiter(value=$0.3)
    jump 1
label 1:
    $1.1 = iternext(value=$0.4)
    $1.2 = pair_first(value=$1.1)
    $1.3 = pair_second(value=$1.1)
    branch $1.3, 2, 3
label 2:
    i = $1.2
    y = i
    jump 1
label 3:
    jump 4
label 4:
    check_bound(y)
    $4.2 = cast(value=y)
    return $4.2
`},
		{"raise", "def f(a):\n    if a:\n        raise ValueError('bad')\n", `label 0:
    a = arg(0, name=a)
    branch a, 1, 2
label 1:
    raise <class 'ValueError'>('bad')
label 2:
    jump 3
label 3:
    $3.1 = const(NoneType, None)
    $3.2 = cast(value=$3.1)
    return $3.2
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, diags := build(t, c.src)
			if diags != "" {
				t.Fatalf("diagnostics:\n%s", diags)
			}
			if got := dump(f); got != c.want {
				t.Errorf("IR:\n%s\nwant:\n%s", got, c.want)
			}
			// Build is Lower, then CheckUnbound (package build's first
			// untyped pass)
			lowered, _ := Lower(parsed(t, c.src))
			if d := CheckUnbound(lowered); len(d) > 0 || dump(lowered) != c.want {
				t.Errorf("Lower and CheckUnbound give %v\n%s", d, dump(lowered))
			}
		})
	}
}

// TestLowerErrors: what lowering refuses, at the place it names.
func TestLowerErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"never assigned", "def f(c):\n    return x\n    x = 1\n", "2:11 UnboundLocalError: cannot access local variable 'x' where it is not associated with a value (no path assigns it before this read)"},
		{"unknown name", "def f(a):\n    return zz + a\n", "2:11 NameError: name 'zz' is not defined"},
		{"break outside loop", "def f(a):\n    break\n", "2:4 'break' outside loop"},
		{"lambda", "def f(a):\n    g = lambda x: x\n    return a\n", "2:8 'lambda' is unsupported in nopython mode"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, got := build(t, c.src); got != c.want {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}
