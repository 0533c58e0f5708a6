package build

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// dispatchCase is one call of testdata/dispatch/overloads.py as
// testdata/dispatch/oracle.py reports it.
type dispatchCase struct {
	Call, Label, Numba, Pynjit string
	// Pyext is the extension module's outcome, nil for a function it
	// does not hold.
	Pyext *string
	// Twin is Numba's outcome for a writable copy of a read-only array
	// or buffer argument, which Numba refuses and pynjit copies.
	Twin *string
	// Readonly says an argument is read-only.
	Readonly bool
}

// numbaRuntimeAmbiguity is what Numba raises, by a bug of its own, when
// a Python int beyond 64 bits meets several overloads: its dispatcher
// calls the int an int64 and finds a tie, then its explanation calls it
// pyobject and finds none. pynjit raises the TypeError Numba means
// (docs/semantics.md).
const numbaRuntimeAmbiguity = "raise RuntimeError: _explain_ambiguous must raise an exception"

// TestDispatch calls every function of the table testdata/dispatch/
// overloads.py (several signatures each: integer widths, signedness,
// floats, complex, bool, array layouts, dtypes and dimensions, tuples, two
// parameters) with every kind of argument (Python's bool, int, float and
// complex, every NumPy scalar type, arrays of every layout, read-only ones
// and other buffers, tuples, lists, None ...) under both real Numbas and
// through the modules pynjit builds (--emit py; --emit pyext for the
// functions of one signature the extension module holds): the same
// signature must run (the type of the result says which), with the same
// converted value for the echo_ functions, or the same exception be
// raised, with Numba's message where no signature takes the arguments or
// two take them equally well.
func TestDispatch(t *testing.T) {
	const prog = "../../testdata/dispatch/overloads.py"
	src, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	_, diags, err := Compile(context.Background(), Request{Name: prog, Source: src, Output: filepath.Join(dir, "prog.so"),
		Emit: []string{"so", "py", "pyext"}, OptLevel: 0, Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("build: %v %v", err, diags)
	}
	for _, py := range numbaPythons(t) {
		cmd := exec.Command(py, "../../testdata/dispatch/oracle.py", prog, dir)
		cmd.Env = numbaEnv(t.TempDir())
		out, err := cmd.Output()
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				t.Fatalf("%s oracle.py: %v\n%s", py, err, ee.Stderr)
			}
			t.Fatal(err)
		}
		var res struct {
			Numba, Numpy    string
			Cases           []dispatchCase
			Numba056Differs map[string]string `json:"numba056_differs"`
		}
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		old := strings.HasPrefix(res.Numba, "0.56.")
		failures, documented, extCalls := 0, 0, 0
		for _, c := range res.Cases {
			if old && res.Numba056Differs[c.Label] != "" {
				documented++
				continue
			}
			var msgs []string
			if msg := dispatchMismatch(c, old); msg != "" {
				msgs = append(msgs, msg)
			}
			if c.Pyext != nil {
				extCalls++
				ext := c
				ext.Pynjit = *c.Pyext
				if msg := dispatchMismatch(ext, old); msg != "" {
					msgs = append(msgs, "extension module: "+msg)
				}
			}
			for _, msg := range msgs {
				failures++
				if failures <= 40 {
					t.Errorf("Numba %s (NumPy %s): %s: %s", res.Numba, res.Numpy, c.Call, msg)
				}
			}
		}
		if len(res.Cases) < 1000 || extCalls < 300 {
			t.Errorf("only %d cases ran, %d through the extension module", len(res.Cases), extCalls)
		}
		t.Logf("Numba %s (NumPy %s): %d calls (%d also through the extension module), %d failures, %d where Numba 0.56 differs from 0.68 (docs/semantics.md)",
			res.Numba, res.Numpy, len(res.Cases), extCalls, failures, documented)
	}
}

// dispatchMismatch says how pynjit's outcome of c differs from Numba's,
// or "". Under Numba 0.56 (old), an ambiguity's message is compared up to
// its argument types, which 0.56 prints with str() and 0.68, followed
// here, with repr().
func dispatchMismatch(c dispatchCase, old bool) string {
	want, got := c.Numba, noMatchMessage(c.Pynjit)
	if c.Twin != nil {
		// Numba refuses a read-only array or another buffer; pynjit copies
		// it and runs what Numba runs for the copy (docs/reference.md)
		if !strings.HasPrefix(c.Numba, "raise TypeError: No matching definition") {
			return "Numba ran it (" + c.Numba + "), where docs/reference.md says Numba refuses it"
		}
		if !strings.HasPrefix(*c.Twin, "raise TypeError: No matching definition") {
			want = *c.Twin
		} else if c.Readonly && !strings.HasPrefix(got, "raise ") {
			return "" // copied to a parameter of another layout (docs/reference.md)
		}
	}
	if want == numbaRuntimeAmbiguity {
		if strings.HasPrefix(got, "raise TypeError: Ambiguous overloading for ") {
			return ""
		}
		return "Numba " + want + " (its bug: an ambiguity), pynjit " + got
	}
	if old && strings.HasPrefix(want, "raise TypeError: Ambiguous") {
		want, got = upTo(want, "> "), upTo(got, "> ")
	}
	if want != got {
		return "Numba " + want + ", pynjit " + got
	}
	return ""
}

// noMatchMessage drops what pynjit's "No matching definition" message
// adds to Numba's: the signatures it was compiled for.
func noMatchMessage(outcome string) string {
	if i := strings.Index(outcome, "; compiled for: "); i >= 0 && strings.HasPrefix(outcome, "raise TypeError: No matching definition") {
		return outcome[:i]
	}
	return outcome
}

// upTo is s up to the first sep, or s.
func upTo(s, sep string) string {
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i]
	}
	return s
}
