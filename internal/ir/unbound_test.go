package ir

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// lowered parses src and lowers its function f, without checkReads.
func lowered(t testing.TB, src string) *builder {
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
	fn := mod.Lookup("f")
	if fn == nil {
		t.Fatalf("no function f in\n%s", src)
	}
	b := lower(mod, fn)
	if b.diags.HasErrors() {
		t.Fatalf("ir: %v\n%s", b.diags, src)
	}
	return b
}

// describeReads lists the reads that are not assigned on every path, in
// read order: "maybe y@4" (a CheckBound), "never y@4" (an error).
func describeReads(b *builder, states []readState) string {
	var out []string
	for i, r := range b.reads {
		switch states[i] {
		case readMaybe:
			out = append(out, fmt.Sprintf("maybe %s@%d", r.v.Name, r.name.Span().Start.Line))
		case readUnassigned:
			out = append(out, fmt.Sprintf("never %s@%d", r.v.Name, r.name.Span().Start.Line))
		}
	}
	return strings.Join(out, ", ")
}

// TestReadStates: which reads of a local CPython may find unassigned.
// Reads every path reaches assigned must stay unchecked (a check there
// would be a false UnboundLocalError in a program that cannot raise
// one, or at best dead code).
func TestReadStates(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"parameter", "return x", ""},
		{"straight", "y = x\ny = y + 1\nreturn y", ""},
		{"same block after assignment", "y = 1\nz = y + y\nreturn z", ""},
		{"before any assignment", "z = y\ny = 1\nreturn z", "never y@2"},
		{"augmented, unassigned", "y += 1\nreturn 0", "never y@2"},
		{"if without else", "if x > 0:\n    y = 1\nreturn y", "maybe y@4"},
		{"both arms assign", "if x > 0:\n    y = 1\nelse:\n    y = 2\nreturn y", ""},
		{"elif chain, all assign", "if x == 0:\n    y = 1\nelif x == 1:\n    y = 2\nelif x == 2:\n    y = 3\nelse:\n    y = 4\nreturn y", ""},
		{"elif chain, one misses", "if x == 0:\n    y = 1\nelif x == 1:\n    pass\nelse:\n    y = 4\nreturn y", "maybe y@8"},
		{"elif chain, no else", "if x == 0:\n    y = 1\nelif x == 1:\n    y = 2\nreturn y", "maybe y@6"},
		{"other arm raises", "if x > 0:\n    y = 1\nelse:\n    raise ValueError\nreturn y", ""},
		{"other arm returns", "if x > 0:\n    y = 1\nelse:\n    return 0\nreturn y", ""},
		{"assert guards nothing", "if x > 0:\n    y = 1\nassert x > 0\nreturn y", "maybe y@5"},
		{"read in the arm that assigns", "if x > 0:\n    y = 1\n    return y\nreturn 0", ""},
		{"read in the other arm", "if x > 0:\n    y = 1\nelse:\n    return y\nreturn 0", "never y@5"},
		{"loop body only", "for i in range(x):\n    y = i\nreturn y", "maybe y@4"},
		{"loop variable after loop", "for i in range(x):\n    pass\nreturn i", "maybe i@4"},
		{"while body only", "while x > 0:\n    y = x\n    x -= 1\nreturn y", "maybe y@5"},
		{"assigned before loop", "y = 0\nfor i in range(x):\n    y = y + i\nreturn y", ""},
		{"read before assignment in loop", "for i in range(x):\n    if i > 0:\n        x = y\n    y = i\nreturn 0", "maybe y@4"},
		{"break after assignment, else assigns", "for i in range(x):\n    y = i\n    break\nelse:\n    y = -1\nreturn y", ""},
		{"break before assignment", "for i in range(x):\n    if i > 2:\n        break\n    y = i\nelse:\n    y = -1\nreturn y", "maybe y@8"},
		{"continue skips assignment", "y = 0\nfor i in range(x):\n    if i > 2:\n        continue\n    z = i\nreturn z", "maybe z@7"},
		{"while else assigns", "while x > 0:\n    x -= 1\nelse:\n    y = 1\nreturn y", ""},
		{"nested loops", "for i in range(x):\n    for j in range(i):\n        y = j\n    z = y\nreturn 0", "maybe y@5"},
		{"and operand", "y = 1\nreturn x > 0 and y > 0", ""},
		{"and short-circuits", "if x > 0 and x < 5:\n    y = 1\nelse:\n    y = 0\nreturn y", ""},
		{"conditional expression", "if x > 0:\n    y = 1\nz = y if x > 0 else 0\nreturn z", "maybe y@4"},
		{"chained comparison", "if x > 0:\n    y = 1\nreturn 0 < x < y", "maybe y@4"},
		{"two reads, two checks", "if x > 0:\n    y = 1\nreturn y + y", "maybe y@4, maybe y@4"},
		{"unassigned after a maybe", "if x > 0:\n    return y\ny = 1\nreturn y", "never y@3"},
		{"tuple target", "if x > 0:\n    a, b = x, x\nelse:\n    a = 0\nreturn a + b", "maybe b@6"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "def f(x):\n    " + strings.ReplaceAll(c.body, "\n", "\n    ") + "\n"
			b := lowered(t, src)
			got := describeReads(b, b.readStates(newCFG(b.f)))
			if got != c.want {
				t.Errorf("got %q, want %q\n%s", got, c.want, src)
			}
			if want := describeReads(b, denseReadStates(b)); got != want {
				t.Errorf("the dataflow says %q", want)
			}
		})
	}
}

// TestCheckBoundPlacement: a CheckBound goes right before the
// instruction that uses the read, in read order, and a read no path
// assigns is an error with CPython's message.
func TestCheckBoundPlacement(t *testing.T) {
	src := "def f(x):\n    if x > 0:\n        y = 1\n        z = 2\n    w = y + z\n    return w + y\n"
	m := lowered(t, src).m
	f, diags := Build(m, m.Lookup("f"))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var got []string
	for _, blk := range f.Blocks {
		for _, inst := range blk.Insts {
			if s, ok := inst.(fmt.Stringer); ok {
				got = append(got, s.String())
			}
		}
	}
	text := strings.Join(got, "\n")
	want := "check_bound(y)\ncheck_bound(z)\n$3.3 = y + z"
	if !strings.Contains(text, want) || strings.Count(text, "check_bound(") != 3 {
		t.Errorf("want %q and three checks in all, got\n%s", want, text)
	}
	src = "def f(x):\n    if x > 0:\n        return y\n    y = 1\n    return 0\n"
	m = lowered(t, src).m
	_, diags = Build(m, m.Lookup("f"))
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "cannot access local variable 'y' where it is not associated with a value") || diags[0].Span.Start.Line != 3 {
		t.Errorf("want one UnboundLocalError at line 3, got %v", diags)
	}
}

// randomBody writes a random function body over locals a, b, c: nested
// ifs, elifs, loops with break and continue, returns and raises, reads
// everywhere.
func randomBody(r *rand.Rand, depth, loops int, indent string, out *strings.Builder) {
	vars := []string{"a", "b", "c", "x"}
	expr := func() string {
		switch r.IntN(4) {
		case 0:
			return fmt.Sprint(r.IntN(9))
		case 1:
			return vars[r.IntN(4)] + " + 1"
		case 2:
			return vars[r.IntN(4)] + " > " + vars[r.IntN(4)]
		}
		return vars[r.IntN(4)] + " and " + vars[r.IntN(4)]
	}
	for range 1 + r.IntN(4) {
		switch k := r.IntN(12); {
		case k < 4 || depth == 0:
			fmt.Fprintf(out, "%s%s = %s\n", indent, vars[r.IntN(3)], expr())
		case k < 6:
			fmt.Fprintf(out, "%sif %s:\n", indent, expr())
			randomBody(r, depth-1, loops, indent+"    ", out)
			for range r.IntN(3) {
				fmt.Fprintf(out, "%selif %s:\n", indent, expr())
				randomBody(r, depth-1, loops, indent+"    ", out)
			}
			if r.IntN(2) == 0 {
				fmt.Fprintf(out, "%selse:\n", indent)
				randomBody(r, depth-1, loops, indent+"    ", out)
			}
		case k < 7:
			fmt.Fprintf(out, "%sfor i%d in range(%s):\n", indent, depth, vars[r.IntN(4)])
			randomBody(r, depth-1, loops+1, indent+"    ", out)
			if r.IntN(3) == 0 {
				fmt.Fprintf(out, "%selse:\n", indent)
				randomBody(r, depth-1, loops, indent+"    ", out)
			}
		case k < 8:
			fmt.Fprintf(out, "%swhile %s:\n", indent, expr())
			randomBody(r, depth-1, loops+1, indent+"    ", out)
		case k < 9 && loops > 0:
			fmt.Fprintf(out, "%s%s\n", indent, []string{"break", "continue"}[r.IntN(2)])
		case k < 10:
			fmt.Fprintf(out, "%sreturn %s\n", indent, expr())
		case k < 11:
			fmt.Fprintf(out, "%sraise ValueError\n", indent)
		default:
			fmt.Fprintf(out, "%sx = %s\n", indent, expr())
		}
	}
}

// TestReadStatesMatchDataflow compares readStates with the dense
// dataflow on random structured functions.
func TestReadStatesMatchDataflow(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	kinds := map[readState]int{}
	for i := range 500 {
		var body strings.Builder
		randomBody(r, 4, 0, "    ", &body)
		// the locals are assigned at the end, maybe after a return
		src := "def f(x):\n" + body.String() + "    a = b = c = 0\n    return a\n"
		b := lowered(t, src)
		got, want := b.readStates(newCFG(b.f)), denseReadStates(b)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: got %q, the dataflow says %q\n%s", i, describeReads(b, got), describeReads(b, want), src)
		}
		for _, s := range got {
			kinds[s]++
		}
	}
	if kinds[readMaybe] < 100 || kinds[readUnassigned] < 100 || kinds[readAssigned] < 100 || kinds[readUnreached] < 100 {
		t.Errorf("the random functions cover too little: %v", kinds)
	}
}

// TestLongLiteralMessage: an integer literal too long for int64 is named
// by its size past 1024 bits, not printed in decimal (a hexadecimal
// literal of a million digits made a message of 1.2 million).
func TestLongLiteralMessage(t *testing.T) {
	for src, want := range map[string]string{
		"def f(x):\n    return x + 9223372036854775808\n":                    "integer literal 9223372036854775808 does not fit in int64",
		"def f(x):\n    return x + 0x1" + strings.Repeat("0", 300000) + "\n": "integer literal of 1200001 bits does not fit in int64",
	} {
		file := source.NewFile("t.py", []byte(src))
		m, _ := syntax.Parse(file)
		mod, _ := resolve.Resolve(file, m, resolve.Options{})
		_, diags := Build(mod, mod.Lookup("f"))
		if len(diags) != 1 || diags[0].Message != want {
			t.Errorf("got %v, want %q", diags, want)
		}
	}
}

// TestReadStatesAllocationsFlat: the times readStates allocates grow with
// the doublings of its slices, not with the locals a straight-line
// function assigns and reads (the blocks that assign each are one flat
// slice, where a slice each was an allocation each).
func TestReadStatesAllocationsFlat(t *testing.T) {
	allocs := func(n int) float64 {
		var body strings.Builder
		for i := range n {
			fmt.Fprintf(&body, "    y%d = x * %d\n    x = y%d + 1\n", i, i, i)
		}
		b := lowered(t, "def f(x):\n"+body.String()+"    return x\n")
		g := newCFG(b.f)
		return testing.AllocsPerRun(5, func() { b.readStates(g) })
	}
	if small, large := allocs(100), allocs(2000); large > small+50 {
		t.Errorf("readStates allocates %v times for 100 statements, %v for 2000", small, large)
	}
}
