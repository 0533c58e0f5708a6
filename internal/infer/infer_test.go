package infer

import (
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/types"
)

// inferCases are functions f(PARAMS) with BODY, typed at ARGS: want is
// the result type, as Numba prints it, or "TypingError" when typing
// must fail, with pynjit's message matching err. TestInferAgreesWithNumba
// runs Numba 0.56 on the same table.
var inferCases = []struct {
	name, params, body string
	args               []string
	want, err          string
}{
	{"int add", "a, b", "return a + b", []string{"int64", "int64"}, "int64", ""},
	{"int float unify", "a, b", "return a + b", []string{"int64", "float64"}, "float64", ""},
	{"true division", "a, b", "return a / b", []string{"int64", "int64"}, "float64", ""},
	{"floor division", "a, b", "return a // b", []string{"int32", "int32"}, "int64", ""},
	{"narrow promotes", "a, b", "return a * b", []string{"int8", "uint8"}, "int64", ""},
	{"uint64 with int64", "a, b", "return a + b", []string{"uint64", "int64"}, "int64", ""},
	{"float32 stays", "a, b", "return a - b", []string{"float32", "float32"}, "float32", ""},
	{"comparison", "a, b", "return a < b", []string{"float64", "int64"}, "bool", ""},
	{"branches unify", "a", "if a > 0:\n        x = 1\n    else:\n        x = 2.5\n    return x", []string{"int64"}, "float64", ""},
	{"loop sum", "n", "s = 0\n    for i in range(n):\n        s += i\n    return s", []string{"int64"}, "int64", ""},
	{"tuple", "a", "return a, a * 2.0", []string{"int64"}, "Tuple(int64, float64)", ""},
	{"uniform tuple", "a", "return (a, a)", []string{"int64"}, "UniTuple(int64 x 2)", ""},
	{"no return", "a", "a + 1", []string{"int64"}, "none", ""},
	{"math", "a", "return math.sqrt(a)", []string{"int64"}, "float64", ""},
	{"abs", "a", "return abs(a)", []string{"int64"}, "int64", ""},
	{"array sum", "a", "return a.sum()", []string{"float64[:]"}, "float64", ""},
	{"array row", "a", "return a[0]", []string{"int32[:, :]"}, "array(int32, 1d, A)", ""},
	{"array item", "a", "return a[0, 1]", []string{"int32[:, :]"}, "int32", ""},
	{"np.zeros", "n", "return np.zeros(n)", []string{"int64"}, "array(float64, 1d, C)", ""},
	{"array arithmetic", "a", "return a * 2", []string{"int32[:]"}, "array(int64, 1d, C)", ""},
	{"tuple operand", "a", "return a + (1, 2)", []string{"int64"}, "TypingError", `unsupported operand type\(s\) for \+`},
	{"unknown attribute", "a", "return math.sqroot(a)", []string{"float64"}, "TypingError", `sqroot`},
	{"array of tuple index", "a", "return a[1.5]", []string{"float64[:]"}, "TypingError", `float64`},
}

func inferSource(params, body string) string {
	return "import math\nimport numpy as np\nfrom numba import njit\n\n@njit\ndef f(" + params + "):\n    " + body + "\n"
}

// TestInferTypes types each case with infer alone (no code generation).
func TestInferTypes(t *testing.T) {
	for _, c := range inferCases {
		t.Run(c.name, func(t *testing.T) {
			p, f := program(t, inferSource(c.params, c.body))
			var args []types.Type
			for _, a := range c.args {
				ty, err := types.ParseType(a)
				if err != nil {
					t.Fatal(err)
				}
				args = append(args, ty)
			}
			r, d := p.Specialize(f, args)
			if c.want == "TypingError" {
				if !d.HasErrors() {
					t.Fatalf("typed as %v, want an error", r.Return)
				}
				if !regexp.MustCompile(c.err).MatchString(d[0].Message) {
					t.Errorf("error %q, want one matching %q", d[0].Message, c.err)
				}
				if d[0].Span.Start.Line == 0 {
					t.Errorf("error %q has no position", d[0].Message)
				}
				return
			}
			if d.HasErrors() {
				t.Fatal(d)
			}
			if got := r.Return.String(); got != c.want {
				t.Errorf("returns %s, want %s", got, c.want)
			}
		})
	}
}

// numbaTyping types every case with Numba, printing one JSON object:
// the case's name to its result type, or "TypingError".
const numbaTyping = `
import json, sys
import numba
from numba.core.errors import TypingError
out = {}
for c in json.load(sys.stdin):
    ns = {}
    exec(c["src"], ns)
    args = tuple(eval(a, vars(numba)) for a in c["args"])
    try:
        ns["f"].compile(args)
        out[c["name"]] = str(ns["f"].nopython_signatures[0].return_type)
    except TypingError:
        out[c["name"]] = "TypingError"
print(json.dumps(out))
`

// TestInferAgreesWithNumba checks inferCases' expectations against
// Numba 0.56 (Debian's python3), whose types pynjit follows.
func TestInferAgreesWithNumba(t *testing.T) {
	const py = "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no Debian python3 with Numba: TestInferTypes' expectations are unchecked")
	}
	type job struct {
		Name string   `json:"name"`
		Src  string   `json:"src"`
		Args []string `json:"args"`
	}
	var jobs []job
	for _, c := range inferCases {
		jobs = append(jobs, job{c.name, inferSource(c.params, c.body), c.args})
	}
	in, err := json.Marshal(jobs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", numbaTyping)
	cmd.Stdin = strings.NewReader(string(in))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	var got map[string]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err, string(out))
	}
	for _, c := range inferCases {
		if got[c.name] != c.want {
			t.Errorf("%s: Numba gives %s, the table %s", c.name, got[c.name], c.want)
		}
	}
}
