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

// TestCheckAgreesWithBuild checks that pynjit check reports an error
// exactly when pynjit build fails, over every program in testdata: a
// program check accepts must compile (to LLVM IR and a header, no
// toolchain needed), and one build refuses must be refused by check,
// with a position (issue 31).
func TestCheckAgreesWithBuild(t *testing.T) {
	var files []string
	for _, dir := range []string{"bench", "capi", "errors", "inspect", "numba", "programs", "run", "trace"} {
		fs, _ := filepath.Glob(filepath.Join("../../testdata", dir, "*.py"))
		files = append(files, fs...)
	}
	if len(files) < 100 {
		t.Fatalf("%d programs in testdata, want at least 100", len(files))
	}
	for _, path := range files {
		name := filepath.Join(filepath.Base(filepath.Dir(path)), filepath.Base(path))
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
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
			for _, d := range built {
				if d.Severity == diag.Error && d.Span.Start.Line == 0 && !known {
					t.Errorf("build error without a position: %s", d.Message)
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
