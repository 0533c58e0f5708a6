package build

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestPartsDeclareOnlyCalls checks that each part of a program compiled
// in parts declares only the functions of other parts it calls: a hidden
// declaration is a symbol the part's object must resolve, and without
// optimization (-O0) nothing removes an unused one, so the link failed
// ("hidden symbol ... isn't defined") on a large file built with -O0.
func TestPartsDeclareOnlyCalls(t *testing.T) {
	prog := "../../testdata/run/arrays.py"
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	fe, diags, err := load(context.Background(), input{name: prog, src: src}, false)
	if err != nil {
		t.Fatal(err)
	}
	if fe == nil || diags.HasErrors() {
		t.Fatal(diags)
	}
	reqs, _ := fe.requested("", nil)
	results, _, err := fe.typeAll(context.Background(), reqs)
	if err != nil {
		t.Fatal(err)
	}
	specs := fe.prog.Specs()
	found, _ := fe.analyse(specs)
	p := partition(specs, Split{Parts: 4, PartSize: 1})
	lls, err := generateParts(context.Background(), p, specs, exportsOf(fe, results), codegen.Options{Facts: found.facts})
	if err != nil {
		t.Fatal(err)
	}
	decl := regexp.MustCompile(`(?m)^declare hidden .* (@pynjit\.[^(]+)\(`)
	for k, ll := range lls {
		text := string(ll)
		for _, m := range decl.FindAllStringSubmatch(text, -1) {
			if strings.Count(text, m[1]+"(") < 2 {
				t.Errorf("part %d declares %s and does not call it", k, m[1])
			}
		}
	}
	dir := t.TempDir()
	_, diags, err = Compile(context.Background(), Request{Name: prog, Source: src, Output: filepath.Join(dir, "prog.so"),
		Emit: []string{"so"}, OptLevel: 0, Env: toolchain.EnvFromOS(), Split: &Split{Parts: 4, PartSize: 1}})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build at -O0: %v %v", err, diags)
	}
}
