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
				e.Args[i] = &Expr{Format: `dot_operand("` + name + `", $)`, Args: []*Expr{a}, Type: a.Type, Shape: a.Shape}
				n++
			}
		}
	}
	var stmts func(name string, list []*Stmt)
	stmts = func(name string, list []*Stmt) {
		for _, s := range list {
			for _, e := range s.Exprs {
				expr(name, e)
			}
			stmts(name, s.Body)
			stmts(name, s.Else)
		}
	}
	for _, f := range p.Funcs {
		stmts(f.Name, f.Body)
	}
	return n
}

// TestDotOperandsAreFinite runs generated programs under CPython with
// every operand of np.dot and @ checked: none may hold inf or nan, whose
// products with zeros NumPy's BLAS may skip (0) where pynjit's loop, and
// IEEE arithmetic, give nan (docs/semantics.md). Seed 500199 once made
// np.dot(np.zeros_like(m, dtype=np.float64), data[:, :]) of a data
// holding inf.
func TestDotOperandsAreFinite(t *testing.T) {
	var progs []*Program
	wrapped := 0
	for _, s := range append([]uint64{500199}, seedRange(0, 3000)...) {
		p := Generate(s, fmt.Sprintf("p%d", s)).clone()
		if k := checkDots(p); k > 0 {
			wrapped += k
			progs = append(progs, p)
		}
	}
	dir := t.TempDir()
	mod := filepath.Join(dir, "dots.py")
	if err := os.WriteFile(mod, Module("dot products with their operands checked", progs), 0o644); err != nil {
		t.Fatal(err)
	}
	shim, _ := filepath.Abs("../../testdata/pyshim")
	cmd := exec.Command("/usr/bin/python3", "testdata/dot_operands.py", mod)
	cmd.Env = append(os.Environ(), "PYTHONPATH="+shim)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot_operands.py: %v\n%s", err, out)
	}
	var res struct {
		Operands  int
		Cases     int
		Nonfinite [][2]string
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("dot_operands.py: %v: %s", err, out)
	}
	t.Logf("%d programs with %d dot operands; %d cases checked %d operands", len(progs), wrapped, res.Cases, res.Operands)
	if res.Operands < 1000 {
		t.Errorf("only %d dot operands checked", res.Operands)
	}
	seen := map[string]bool{}
	for _, f := range res.Nonfinite {
		if !seen[f[0]] {
			seen[f[0]] = true
			t.Errorf("%s: a dot product's operand holds inf or nan: %s", f[0], f[1])
		}
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
