package progen

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/pynjit/pynjit/internal/build"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// Runner builds programs with pynjit and runs them under CPython and
// through the built Python module with testdata/differential.py.
type Runner struct {
	Python       string // a CPython with NumPy
	Shim         string // the directory of the stand-in numba module
	Differential string // testdata/differential.py
	Env          toolchain.Env
	CacheDir     string // the runtime cache shared by the builds
	Dir          string // a scratch directory
	// OptLevel is the -O the programs are built at: 0 costs half of 2's
	// CPU (clang's share is three quarters of a program's), 2 also
	// checks that LLVM's optimizers find nothing undefined in the IR.
	OptLevel int
}

// Mismatch is a program on which pynjit and CPython disagree, or which
// pynjit failed to build.
type Mismatch struct {
	Program *Program
	Build   bool   // the build failed: Detail holds the diagnostics
	Detail  string // the call, CPython's outcome and pynjit's
	// OptLevel is the -O it was built at; it is shrunk at the same.
	OptLevel int
}

// Run builds progs as one module and runs every case both ways; it
// returns the programs that disagree. When the module does not build,
// each program is built alone to find the ones that do not.
func (r *Runner) Run(ctx context.Context, progs []*Program) ([]Mismatch, error) {
	failures, diags, err := r.run(ctx, progs)
	if err != nil {
		return nil, err
	}
	var out []Mismatch
	if diags != "" {
		if len(progs) == 1 {
			return []Mismatch{{Program: progs[0], Build: true, Detail: diags, OptLevel: r.OptLevel}}, nil
		}
		for _, p := range progs {
			m, err := r.Run(ctx, []*Program{p})
			if err != nil {
				return nil, err
			}
			out = append(out, m...)
		}
		return out, nil
	}
	seen := map[*Program]bool{}
	for _, f := range failures {
		for _, p := range progs {
			if strings.HasPrefix(f.Call, p.Entry().Name+"(") && !seen[p] {
				seen[p] = true
				out = append(out, Mismatch{Program: p, Detail: fmt.Sprintf("%s: CPython %s, pynjit %s", f.Call, f.CPython, f.Pynjit), OptLevel: r.OptLevel})
			}
		}
	}
	return out, nil
}

type failure struct{ Call, CPython, Pynjit string }

// run builds and runs one module: the failing cases, or the build's
// diagnostics.
func (r *Runner) run(ctx context.Context, progs []*Program) ([]failure, string, error) {
	dir, err := os.MkdirTemp(r.Dir, "run")
	if err != nil {
		return nil, "", err
	}
	defer os.RemoveAll(dir)
	src := Module("generated", progs)
	prog := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(prog, src, 0o644); err != nil {
		return nil, "", err
	}
	diags, err := compile(ctx, build.Request{Name: prog, Source: src, Output: filepath.Join(dir, "prog.so"),
		Emit: []string{"so", "py"}, OptLevel: r.OptLevel, Env: r.Env, CacheDir: r.CacheDir})
	if err != nil {
		// an internal error, or the toolchain rejecting what pynjit made
		// of a valid program (invalid IR): a failed build
		if ctx.Err() != nil {
			return nil, "", err
		}
		return nil, "build error: " + err.Error(), nil
	}
	if diags.HasErrors() {
		return nil, errorsOf(diags), nil
	}
	returns := map[string]any{}
	for _, p := range progs {
		returns[p.Entry().Name] = p.Entry().Ret.returnJSON()
	}
	data, _ := json.Marshal(returns)
	retPath := filepath.Join(dir, "returns.json")
	if err := os.WriteFile(retPath, data, 0o644); err != nil {
		return nil, "", err
	}
	cmd := exec.CommandContext(ctx, r.Python, r.Differential, prog, dir, retPath)
	cmd.Env = append(os.Environ(), "PYTHONPATH="+r.Shim)
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return nil, "", fmt.Errorf("differential.py: %v\n%s", err, ee.Stderr)
		}
		return nil, "", err
	}
	var res struct {
		Cases    int
		Failures []failure
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, "", fmt.Errorf("differential.py: %v: %s", err, out)
	}
	want := 0
	for _, p := range progs {
		want += len(p.Cases)
	}
	if res.Cases != want {
		return nil, "", fmt.Errorf("differential.py ran %d cases of %d", res.Cases, want)
	}
	return res.Failures, "", nil
}

// compile builds req, returning a panic in pynjit (which the CLI reports
// as an internal error) as an error.
func compile(ctx context.Context, req build.Request) (diags diag.List, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	_, diags, err = build.Compile(ctx, req)
	return diags, err
}

// errorsOf renders the errors of a build, each with its source line.
func errorsOf(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		if d.Severity == diag.Error {
			fmt.Fprintf(&b, "%d:%d: %s\n    %s\n", d.Span.Start.Line, d.Span.Start.Col, d.Message, strings.TrimSpace(d.File.Line(d.Span.Start.Line)))
		}
	}
	return b.String()
}

// returnJSON is the return type as differential.py's RETURNS.json
// gives it.
func (t Type) returnJSON() any {
	if t.IsArray() {
		return "array"
	}
	switch t {
	case Pair:
		return []string{"int64", "float64"}
	case Bool:
		return "bool"
	}
	return t.numba()
}

// Reproduce shrinks a mismatch to a small program that still fails the
// same way (a build failure stays a build failure, a wrong result a
// wrong result) and renders it as a testdata/run program.
func (r *Runner) Reproduce(ctx context.Context, m Mismatch, attempts int) (*Program, []byte) {
	at := *r
	at.OptLevel = m.OptLevel
	fails := func(q *Program) bool {
		got, err := at.Run(ctx, []*Program{q})
		return err == nil && len(got) == 1 && got[0].Build == m.Build
	}
	small := Shrink(m.Program, fails, attempts)
	kind := "pynjit and CPython disagreed"
	if m.Build {
		kind = "pynjit failed to build it"
	}
	doc := fmt.Sprintf("A program internal/progen generated from seed %d, where %s (built at -O%d):\n%s\nShrunk from %d to %d lines.",
		m.Program.Seed, kind, m.OptLevel, strings.NewReplacer(`\`, `\\`, `"""`, `'''`).Replace(m.Detail), m.Program.Lines(), small.Lines())
	return small, Module(doc, []*Program{small})
}
