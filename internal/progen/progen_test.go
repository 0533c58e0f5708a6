package progen

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/toolchain"
)

var (
	seed  = flag.Uint64("progen.seed", 1, "first seed of TestRandomPrograms")
	count = flag.Int("progen.n", 300, "programs TestRandomPrograms runs")
	batch = flag.Int("progen.batch", 40, "programs built into one module")
	save  = flag.Bool("progen.save", false, "write each shrunk mismatch to testdata/run/progen_SEED.py")
	tries = flag.Int("progen.shrink", 300, "programs built while shrinking each mismatch (0: report it whole)")
	reach = flag.String("progen.reach", "", "comma-separated Known bugs whose constructs are generated anyway, or all")
	o2    = flag.Int("progen.o2", 4, "every Nth batch is built at -O2, the others at -O0 (1: all at -O2; 0: none)")
)

// optLevel is the -O of the batch that starts at seed first, by its
// number first / -progen.batch: a chunk of a long run, run again alone,
// builds each seed at the level it had.
func optLevel(first uint64) int {
	if *o2 > 0 && first/uint64(*batch)%uint64(*o2) == 0 {
		return 2
	}
	return 0
}

// options reads -progen.reach.
func options(t *testing.T) Options {
	r, unknown := ParseReach(*reach)
	if len(unknown) > 0 {
		t.Fatalf("-progen.reach: no known bugs %v", unknown)
	}
	return Options{Reach: r}
}

func TestGenerateIsDeterministic(t *testing.T) {
	for s := range uint64(3000) {
		a, b := Generate(s, "p"), Generate(s, "p")
		if a.Source() != b.Source() || a.CaseList() != b.CaseList() {
			t.Fatalf("seed %d: two different programs", s)
		}
	}
	if Generate(1, "p").Source() == Generate(2, "p").Source() {
		t.Error("seeds 1 and 2 give the same program")
	}
}

// TestShrink shrinks against a predicate that needs one construct: the
// result keeps it and loses most of the rest.
func TestShrink(t *testing.T) {
	for s := range uint64(200) {
		p := Generate(s, "p")
		if !strings.Contains(p.Source(), "math.sqrt(") {
			continue
		}
		small := Shrink(p, func(q *Program) bool { return strings.Contains(q.Source(), "math.sqrt(") }, 10000)
		if !strings.Contains(small.Source(), "math.sqrt(") {
			t.Fatalf("seed %d: shrinking lost what the predicate needs", s)
		}
		if small.Lines() >= p.Lines() || len(small.Cases) != 1 || len(small.Funcs) > 2 {
			t.Errorf("seed %d: %d lines and %d cases after shrinking from %d lines:\n%s", s, small.Lines(), len(small.Cases), p.Lines(), small.Source())
		}
		return
	}
	t.Fatal("no program among 200 calls math.sqrt")
}

// TestRandomPrograms generates programs, runs each under CPython and
// through pynjit and requires the same results. A mismatch is shrunk
// and reported; with -progen.save it becomes a testdata/run program.
func TestRandomPrograms(t *testing.T) {
	r := runner(t)
	opts := options(t)
	ctx := context.Background()
	start := time.Now()
	mismatches, optimized := 0, 0
	for first := *seed; first < *seed+uint64(*count); first += uint64(*batch) {
		var progs []*Program
		for s := first; s < min(first+uint64(*batch), *seed+uint64(*count)); s++ {
			progs = append(progs, GenerateWith(s, fmt.Sprintf("p%d", s), opts))
		}
		at := *r
		at.OptLevel = optLevel(first)
		if at.OptLevel > 0 {
			optimized += len(progs)
		}
		found, err := at.Run(ctx, progs)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range found {
			mismatches++
			small, src := r.Reproduce(ctx, m, *tries)
			t.Errorf("seed %d (-O%d): %s\nshrunk to:\n%s", m.Program.Seed, m.OptLevel, m.Detail, src)
			if *save {
				path := filepath.Join("..", "..", "testdata", "run", fmt.Sprintf("progen_%d.py", small.Seed))
				if err := os.WriteFile(path, src, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		if testing.Verbose() {
			// a long run's progress, as it goes
			t.Logf("seeds %d..%d done, %d mismatches, %.0f s", *seed, first+uint64(len(progs))-1, mismatches, time.Since(start).Seconds())
		}
	}
	t.Logf("%d programs (seeds %d..%d), %d mismatches, %.0f s; %d built at -O2, the others at -O0", *count, *seed, *seed+uint64(*count)-1, mismatches, time.Since(start).Seconds(), optimized)
}

func runner(t *testing.T) *Runner {
	py := "/usr/bin/python3"
	if _, err := exec.LookPath(py); err != nil {
		t.Fatal("no /usr/bin/python3 (scripts/setup.sh installs it with NumPy)")
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	diff, _ := filepath.Abs("../../testdata/differential.py")
	return &Runner{Python: py, Shim: shim, Differential: diff, Env: toolchain.EnvFromOS(), CacheDir: t.TempDir(), Dir: t.TempDir()}
}

// TestMismatchIsFound feeds the runner a program on which pynjit
// deliberately differs from CPython (comparing an int beyond 2**53 with
// a float, documented in docs/semantics.md), buried in statements that
// do not matter: the runner must report it and the shrinker must cut it
// down to the comparison.
func TestMismatchIsFound(t *testing.T) {
	r := runner(t)
	ctx := context.Background()
	cmp := &Expr{Format: "(n0 * n0 * 8192 + 1 == $)", Args: []*Expr{leaf("9007199254740992.0", Float, 0)}, Type: Bool}
	filler := func(head string) *Stmt {
		return &Stmt{Head: head, Exprs: []*Expr{bin("math.sin(($ + 1.5))", Float, 0, leaf("x0", Float, 0))}}
	}
	p := &Program{Seed: 3, Funcs: []*Func{{Name: "p3", Params: []Param{{Name: "n0", Type: Int}, {Name: "x0", Type: Float}}, Ret: Bool, Body: []*Stmt{
		{Head: "f0 = 0.0\nc0 = False", Fixed: true},
		filler("f0 = $"),
		{Head: "if (x0 > 1.0):", Body: []*Stmt{filler("f0 += $"), {Head: "c0 = $", Exprs: []*Expr{cmp}}}},
		filler("f0 -= $"),
		{Head: "c0 = $", Exprs: []*Expr{cloneExpr(cmp)}},
		{Head: "return c0", Fixed: true},
	}}}}
	p.Cases = []string{"(3, 0.5,)", "(1048576, 0.5,)", "(7, 1.5,)"}
	found, err := r.Run(ctx, []*Program{Generate(1, "p1"), p, Generate(2, "p2")})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].Program != p || found[0].Build {
		t.Fatalf("want one wrong result, of p3; got %+v", found)
	}
	small, src := r.Reproduce(ctx, found[0], 200)
	if len(small.Cases) != 1 || small.Lines() > 8 || !strings.Contains(string(src), "8192") {
		t.Errorf("shrunk to %d cases and %d lines:\n%s", len(small.Cases), small.Lines(), src)
	}
}
