package build

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/diag"
)

// TestNumbaResultTypes checks the result type of every function of the
// generated operator tables (TestIntegerOperators, TestArrayPromotion's
// scalars, TestAugmentedAssignment's scalars: every operator pynjit
// compiles over every integer, float and bool type, on scalars and on
// arrays with scalars) against the type today's Numba (the project's
// .venv: Numba 0.68 with NumPy 2) infers for it. Those tests compare
// types and values, compiled, with Numba 0.56; compiling the tables takes
// Numba 0.68 over ten minutes, typing them (testdata/numba_types.py) a
// minute. A function pynjit refuses, Numba must refuse too.
//
// numba068Differs names the functions whose type Numba 0.68 gives
// differently, with the reason; each must still differ, so that the list
// goes when pynjit changes (docs/semantics.md, "NumPy 1 and NumPy 2").
func TestNumbaResultTypes(t *testing.T) {
	py := currentStack.find(t)
	if py == "" {
		return
	}
	tables := []struct {
		name string
		gen  func() ([]byte, map[string]string)
	}{
		{"integer-operators", intOpsProgram},
		{"array-scalar-operators", scalarsProgram},
		{"augmented-scalar-operators", func() ([]byte, map[string]string) { return augProgram(true) }},
	}
	for _, table := range tables {
		t.Run(table.name, func(t *testing.T) {
			src, sigs := table.gen()
			want := pynjitResultTypes(t, src, sigs)
			start := time.Now()
			got := numbaResultTypes(t, py, src, sigs)
			internal := 0
			for _, name := range sortedKeys(want) {
				numba := got.Types[name]
				if why, ok := numba068Differs[name]; ok {
					if numba == want[name] {
						t.Errorf("%s%s: Numba %s and pynjit now agree (%s): take it out of numba068Differs", name, sigs[name], got.Numba, numba)
					}
					t.Logf("%s%s: Numba %s gives %s, pynjit %s: %s", name, sigs[name], got.Numba, numba, want[name], why)
					continue
				}
				switch {
				case numba == want[name]:
				case want[name] == "TypingError" && strings.HasPrefix(numba, "TypingError"):
					// Numba refuses it from inside its typing (an
					// AttributeError for some in-place operators)
					internal++
				default:
					t.Errorf("%s%s: Numba %s (NumPy %s) gives %s, pynjit %s", name, sigs[name], got.Numba, got.Numpy, numba, want[name])
				}
			}
			t.Logf("Numba %s (NumPy %s): %d functions typed in %.1f s, %d refused by an internal error of Numba's", got.Numba, got.Numpy, len(want), time.Since(start).Seconds(), internal)
		})
	}
}

// numba068Differs are the functions of the operator tables whose result
// type Numba 0.68 (with NumPy 2) gives differently from pynjit, which
// still follows Numba 0.56 and NumPy 1 there, and why.
var numba068Differs = map[string]string{
	"ufunc_bool":   floorOfInts,
	"ufunc_int32":  floorOfInts,
	"ufunc_int64":  floorOfInts,
	"ufunc_uint64": floorOfInts,
}

const floorOfInts = "np.floor and np.ceil of an integer or bool keep its type in NumPy 2 (numpy/numpy#26766) and Numba 0.68; pynjit gives a float, as NumPy 1 and Numba 0.56"

// pynjitResultTypes types src's functions at sigs and returns each one's
// result type in Numba's spelling, or "TypingError" for the ones pynjit
// refuses with a diagnostic.
func pynjitResultTypes(t *testing.T, src []byte, sigs map[string]string) map[string]string {
	t.Helper()
	var all []string
	for name, sig := range sigs {
		all = append(all, name+": "+sig)
	}
	fe, diags, err := load(context.Background(), input{name: "generated.py", src: src, sigs: all}, false)
	if err != nil {
		t.Fatal(err)
	}
	if fe == nil || diags.HasErrors() {
		t.Fatal(diags)
	}
	reqs, _ := fe.requested("", nil)
	results, diags, err := fe.typeAll(context.Background(), reqs)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, r := range results {
		out[r.Func.Name] = r.Return.String()
	}
	for _, d := range diags {
		if d.Severity == diag.Error {
			out[funcAt(fe, d.Span.Start.Line)] = "TypingError"
		}
	}
	for name := range sigs {
		if out[name] == "" {
			t.Fatalf("%s: pynjit gave it no type and no diagnostic", name)
		}
	}
	return out
}

// numbaTypes is what testdata/numba_types.py prints.
type numbaTypes struct {
	Numba, Numpy string
	Types        map[string]string
}

// numbaResultTypes has Numba (the interpreter py) type src's functions
// at sigs.
func numbaResultTypes(t *testing.T, py string, src []byte, sigs map[string]string) numbaTypes {
	t.Helper()
	dir := t.TempDir()
	prog, sigFile := filepath.Join(dir, "generated.py"), filepath.Join(dir, "sigs.json")
	data, _ := json.Marshal(sigs)
	if err := os.WriteFile(prog, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sigFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "../../testdata/numba_types.py", prog, sigFile)
	cmd.Env = numbaEnv(filepath.Join(dir, "numba-cache"))
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("numba_types.py on %s: %v\n%s", py, err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var res numbaTypes
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return res
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
