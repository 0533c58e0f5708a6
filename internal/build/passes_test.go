package build

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/source"
)

func passNames[P interface{ passName() string }](ps []P) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.passName())
	}
	return out
}

// TestPassLists pins what runs between the stages, in order.
func TestPassLists(t *testing.T) {
	if got, want := passNames(untypedPasses), []string{"unbound"}; !slices.Equal(got, want) {
		t.Errorf("untyped passes %v, want %v", got, want)
	}
	if got, want := passNames(typedPasses), []string{"facts"}; !slices.Equal(got, want) {
		t.Errorf("typed passes %v, want %v", got, want)
	}
}

// note is a pass's diagnostic naming it and what it ran on, so that a
// test reads the order passes ran in from the diagnostics.
func note(pass, on string) diag.List {
	var l diag.List
	l.Add(diag.Note, "N-test", source.NewFile(on, nil), source.Span{}, "%s", pass)
	return l
}

func order(ds diag.List) string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Message+"("+d.File.Name+")")
	}
	return strings.Join(out, " ")
}

// TestRunUntypedInOrder: the untyped passes run on a function in list
// order, their diagnostics kept in that order, their times on the clock.
func TestRunUntypedInOrder(t *testing.T) {
	pass := func(name string) untypedPass {
		return untypedPass{name, func(f *pir.Func) diag.List { return note(name, f.Name) }}
	}
	clock := passClock{}
	passes := []untypedPass{pass("a"), pass("b"), pass("c")}
	var got diag.List
	for _, f := range []*pir.Func{{Name: "f"}, {Name: "g"}} {
		got = append(got, runUntyped(passes, f, clock)...)
	}
	if want := "a(f) b(f) c(f) a(g) b(g) c(g)"; order(got) != want {
		t.Errorf("ran %s, want %s", order(got), want)
	}
	for _, p := range passes {
		if _, ok := clock[p.name]; !ok {
			t.Errorf("no time for %s", p.name)
		}
	}
}

// TestRunTypedInOrder: each typed pass runs over every specialization
// before the next pass, so a pass may read what the ones before it
// found of any specialization; facts are recorded for every one.
func TestRunTypedInOrder(t *testing.T) {
	pass := func(name string) typedPass {
		return typedPass{name, func(s *infer.Result, a *analyses) diag.List { return note(name, s.Func.Name) }}
	}
	specs := []*infer.Result{{Func: &pir.Func{Name: "f"}}, {Func: &pir.Func{Name: "g"}}}
	_, got := runTyped([]typedPass{pass("a"), pass("b")}, specs, passClock{})
	if want := "a(f) a(g) b(f) b(g)"; order(got) != want {
		t.Errorf("ran %s, want %s", order(got), want)
	}
}

// TestUnboundIsAPass: lowering alone leaves a read of a local that no
// path assigns unchecked; the untyped pass list reports it.
func TestUnboundIsAPass(t *testing.T) {
	src := "from numba import njit\n\n@njit\ndef f(c):\n    if c:\n        pass\n    return x\n    x = 1\n"
	fe, diags, err := load(context.Background(), input{name: "unbound.py", src: []byte(src)}, false)
	if err != nil || fe == nil {
		t.Fatal(err, diags)
	}
	if !diags.HasErrors() || !strings.Contains(diags[0].Message, "UnboundLocalError") {
		t.Fatalf("the build reports %v, want UnboundLocalError", diags)
	}
	fn := fe.mod.Lookup("f")
	if _, d := pir.Lower(fe.mod, fn); d.HasErrors() {
		t.Errorf("Lower alone reports %v", d)
	}
	if _, d := lower(fe.mod, fn, passClock{}); !d.HasErrors() || !strings.Contains(d[0].Message, "UnboundLocalError") {
		t.Errorf("lower with the passes reports %v", d)
	}
}

// TestTimingsNamePasses: build -v's timings show each pass under its
// name, after the stage it follows.
func TestTimingsNamePasses(t *testing.T) {
	src := "from numba import njit\n\n@njit(\"int64(int64)\")\ndef f(n):\n    return n % 3\n"
	out, diags, err := Compile(context.Background(), Request{Name: "timed.py", Source: []byte(src), Emit: []string{"ll"}, Output: t.TempDir() + "/timed"})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	var stages []string
	for _, tm := range out.Timings {
		stages = append(stages, tm.Stage)
	}
	want := []string{"parse", "resolve", "ir"}
	want = append(want, passNames(untypedPasses)...)
	want = append(want, "infer")
	want = append(want, passNames(typedPasses)...)
	want = append(want, "codegen", "toolchain")
	if !slices.Equal(stages, want) {
		t.Errorf("timings %v, want %v", stages, want)
	}
}

// TestCodegenTakesFacts: code generation reads the facts the typed
// passes found and computes none itself; a specialization without them
// is an internal error, not code generated without them.
func TestCodegenTakesFacts(t *testing.T) {
	src := "from numba import njit\n\n@njit(\"int64(int64)\")\ndef f(n):\n    return n % 3\n"
	fe, results, diags, err := typed(context.Background(), Query{Name: "facts.py", Source: []byte(src)})
	if err != nil || fe == nil {
		t.Fatal(err, diags)
	}
	_, err = codegen.Generate(fe.prog.Specs(), exportsOf(fe, results), codegen.Options{})
	if ie := (*codegen.InternalError)(nil); !errors.As(err, &ie) || !strings.Contains(err.Error(), "no facts") {
		t.Errorf("codegen without facts: %v, want an internal error", err)
	}
	if _, _, err := fe.module(results, codegen.Options{}); err != nil {
		t.Errorf("codegen after the typed passes: %v", err)
	}
}
