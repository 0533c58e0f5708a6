package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/diag"
)

// checkBuildDisagreements are the programs of testdata on which pynjit
// check and pynjit build do not agree yet, with why. The test fails
// when one of them agrees, so that the list only shrinks.
var checkBuildDisagreements = map[string]string{}

// agreementPrograms are the programs of testdata: every .py file of its
// directories but pyshim (the numba stand-in the CPython runs import),
// and each package of testdata/packages as a package (a directory), or
// file by file when it has no __init__.py. The files directly in
// testdata are the harness's scripts, not programs.
func agreementPrograms(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob("../../testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	var progs []string
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() || filepath.Base(dir) == "pyshim" {
			continue
		}
		if filepath.Base(dir) != "packages" {
			fs, _ := filepath.Glob(filepath.Join(dir, "*.py"))
			progs = append(progs, fs...)
			continue
		}
		pkgs, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, pkg := range pkgs {
			if _, err := os.Stat(filepath.Join(pkg, "__init__.py")); err == nil {
				progs = append(progs, pkg)
				continue
			}
			fs, _ := filepath.Glob(filepath.Join(pkg, "*.py"))
			progs = append(progs, fs...)
		}
	}
	return progs
}

// TestCheckAgreesWithBuild checks that pynjit check reports an error
// exactly when pynjit build fails, over every program in testdata: a
// program check accepts must compile (to LLVM IR and a header, no
// toolchain needed), and one build refuses must be refused by check,
// both with positions (issue 31).
func TestCheckAgreesWithBuild(t *testing.T) {
	progs := agreementPrograms(t)
	if len(progs) < 140 {
		t.Fatalf("%d programs in testdata, want at least 140", len(progs))
	}
	for _, path := range progs {
		name, _ := filepath.Rel("../../testdata", path)
		t.Run(name, func(t *testing.T) {
			var src []byte // nil for a package: its directory is read
			if strings.HasSuffix(path, ".py") {
				var err error
				if src, err = os.ReadFile(path); err != nil {
					t.Fatal(err)
				}
			}
			checked, err := Check(context.Background(), Query{Name: path, Source: src}, false)
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "out")
			_, built, err := Compile(context.Background(), Request{Name: path, Source: src, Emit: []string{"ll", "h"}, Output: out})
			if err != nil {
				t.Fatal(err)
			}
			built = withoutCode(built, "E-nothing") // check has no outputs to make
			checkFails, buildFails := checked.HasErrors(), built.HasErrors()
			why, known := checkBuildDisagreements[name]
			switch {
			case checkFails == buildFails && known:
				t.Errorf("check and build agree now (both fail: %v): remove it from checkBuildDisagreements (%s)", checkFails, why)
			case checkFails != buildFails && !known:
				t.Errorf("check fails: %v, build fails: %v\ncheck:\n%s\nbuild:\n%s", checkFails, buildFails, render(checked), render(built))
			}
			for stage, ds := range map[string]diag.List{"check": checked, "build": built} {
				for _, d := range ds {
					if d.Severity == diag.Error && d.Span.Start.Line == 0 && !known {
						t.Errorf("%s error without a position: %s", stage, d.Message)
					}
				}
			}
		})
	}
}

func withoutCode(ds diag.List, code diag.Code) diag.List {
	var out diag.List
	for _, d := range ds {
		if d.Code != code {
			out = append(out, d)
		}
	}
	return out
}

func render(ds diag.List) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("  " + d.Span.Start.String() + ": " + string(d.Code) + ": " + d.Message + "\n")
	}
	return b.String()
}
