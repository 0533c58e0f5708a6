package progen

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// The tests here run generated programs under CPython with hooks
// (testdata/invariants.py) around some expressions that check, on the
// values the cases give, what the generator promises of them.

// dotFormat matches the formats of dot products: matmul's and the
// reductions' (whose int() or float() is around the product).
var dotFormat = regexp.MustCompile(`np\.dot\(\$, \$\)|\(\$ @ \$\)`)

// checkDots wraps every operand of every dot product in p in
// dot_operand("NAME", ...), NAME the function's: the number wrapped.
func checkDots(p *Program) int {
	n := 0
	var expr func(name string, e *Expr)
	expr = func(name string, e *Expr) {
		for _, a := range e.Args {
			expr(name, a)
		}
		if dotFormat.MatchString(e.Format) {
			for i, a := range e.Args {
				e.Args[i] = hook("dot_operand", name, a)
				n++
			}
		}
	}
	eachStmt(p, func(name string, s *Stmt) {
		for _, e := range s.Exprs {
			expr(name, e)
		}
	})
	return n
}

// checkStores wraps the array stored by every assignment to a 1-D view
// in p in own_memory("NAME", view, ...): the number wrapped.
func checkStores(p *Program) int {
	n := 0
	eachStmt(p, func(name string, s *Stmt) {
		if s.Head != "$ = $" {
			return
		}
		dst, src := s.Exprs[0], s.Exprs[1]
		if dst.Type.IsArray() && dst.Type.NDim() == 1 && src.Type.IsArray() {
			s.Exprs[1] = hook("own_memory", name, cloneExpr(dst), src)
			n++
		}
	})
	return n
}

// hook is a call of the hook f of invariants.py on args, in the function
// name, of the type of the last of args (which it returns).
func hook(f, name string, args ...*Expr) *Expr {
	format := f + `("` + name + `"`
	for range args {
		format += ", $"
	}
	last := args[len(args)-1]
	return &Expr{Format: format + ")", Args: args, Type: last.Type, Shape: last.Shape}
}

// eachStmt calls f on every statement of p, with its function's name.
func eachStmt(p *Program, f func(name string, s *Stmt)) {
	var stmts func(name string, list []*Stmt)
	stmts = func(name string, list []*Stmt) {
		for _, s := range list {
			f(name, s)
			stmts(name, s.Body)
			stmts(name, s.Else)
		}
	}
	for _, fn := range p.Funcs {
		stmts(fn.Name, fn.Body)
	}
}

// checkInvariants generates the programs of seeds, instruments each with
// instrument and runs those it changed under CPython: the hooks' checks
// made and the first violation in each function that had one.
func checkInvariants(t *testing.T, seeds []uint64, instrument func(*Program) int) (int, []string) {
	var progs []*Program
	for _, s := range seeds {
		p := Generate(s, fmt.Sprintf("p%d", s)).clone()
		if instrument(p) > 0 {
			progs = append(progs, p)
		}
	}
	mod := filepath.Join(t.TempDir(), "checked.py")
	if err := os.WriteFile(mod, Module("generated programs with hooks", progs), 0o644); err != nil {
		t.Fatal(err)
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	cmd := exec.Command("/usr/bin/python3", "testdata/invariants.py", mod)
	cmd.Env = append(os.Environ(), "PYTHONPATH="+shim)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("invariants.py: %v\n%s", err, out)
	}
	var res struct {
		Cases      int
		Checked    int
		Violations [][2]string
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("invariants.py: %v: %s", err, out)
	}
	t.Logf("%d programs instrumented, %d cases made %d checks", len(progs), res.Cases, res.Checked)
	seen := map[string]bool{}
	var bad []string
	for _, v := range res.Violations {
		if !seen[v[0]] {
			seen[v[0]] = true
			bad = append(bad, v[0]+": "+v[1])
		}
	}
	return res.Checked, bad
}

// TestDotOperandsAreFinite: no operand of np.dot or @ holds inf or nan,
// whose products with zeros NumPy's BLAS may skip (0) where pynjit's
// loop, and IEEE arithmetic, give nan (docs/semantics.md). Seed 500199
// once made np.dot(np.zeros_like(m, dtype=np.float64), data[:, :]) of a
// data holding inf.
func TestDotOperandsAreFinite(t *testing.T) {
	checked, bad := checkInvariants(t, append([]uint64{500199}, seedRange(0, 3000)...), checkDots)
	if checked < 1000 {
		t.Errorf("only %d dot operands checked", checked)
	}
	for _, b := range bad {
		t.Error(b)
	}
}

// TestOverlappingViewCopies: a 1-D view is never assigned an array that
// shares its memory with a stride of the same sign and another size,
// which NumPy copies without a temporary, as memmove does, reading
// elements it has written (see arrayStmt). Seeds 601070 and 601457 once
// made b2[(-1 - i0 % b2.shape[0])] = b2[:, (i0 % b2.shape[1])].
func TestOverlappingViewCopies(t *testing.T) {
	checked, bad := checkInvariants(t, append([]uint64{601070, 601457}, seedRange(0, 3000)...), checkStores)
	if checked < 1000 {
		t.Errorf("only %d stores checked", checked)
	}
	for _, b := range bad {
		t.Error(b)
	}
}

// seedRange lists the seeds first..first+n-1.
func seedRange(first, n uint64) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		out[i] = first + uint64(i)
	}
	return out
}
