package pymodule

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// numbaTable prints Numba's type manager's conversions among the types
// of argv[1:]: {"from to": "promote"|"safe"|"unsafe"}.
const numbaTable = `
import json, sys
from numba.core import types
from numba.core.typeconv.rules import default_type_manager as tm
names = sys.argv[1:]
ty = {n: types.boolean if n == "bool" else getattr(types, n) for n in names}
out = {}
for a in names:
    for b in names:
        c = tm.check_compatible(ty[a], ty[b])
        if a != b and c is not None:
            out[a + " " + b] = c.name
print(json.dumps(out))
`

// TestConversionTableIsNumbas checks the table the generated module
// rates overloads by against the type manager of each real Numba:
// 0.68's rules, and 0.56's, which lack int8 to float16.
func TestConversionTableIsNumbas(t *testing.T) {
	var numba056 []castRule
	for _, r := range castRules {
		if r != (castRule{"int8", "float16", convSafe, convUnsafe}) {
			numba056 = append(numba056, r)
		}
	}
	venv, _ := filepath.Abs("../../.venv/bin/python")
	for _, stack := range []struct {
		python string
		rules  []castRule
	}{{"/usr/bin/python3", numba056}, {venv, castRules}} {
		if _, err := os.Stat(stack.python); err != nil && stack.python == venv && os.Getenv("PYNJIT_REQUIRE_ORACLE") != "1" {
			t.Logf("%s is missing (scripts/setup.sh makes it): not compared", venv)
			continue
		}
		out, err := exec.Command(stack.python, append([]string{"-c", numbaTable}, numberTypes...)...).Output()
		if err != nil {
			t.Fatalf("%s: %v", stack.python, err)
		}
		var want map[string]string
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		names := map[conversion]string{convPromote: "promote", convSafe: "safe", convUnsafe: "unsafe"}
		got := map[string]string{}
		for pair, rel := range conversionTable(stack.rules) {
			got[pair[0]+" "+pair[1]] = names[rel]
		}
		for pair, rel := range want {
			if got[pair] != rel {
				t.Errorf("%s: %s is %q, Numba's %q", stack.python, pair, got[pair], rel)
			}
		}
		for pair, rel := range got {
			if _, ok := want[pair]; !ok {
				t.Errorf("%s: %s is %q, Numba has no conversion", stack.python, pair, rel)
			}
		}
		t.Logf("%s: %d conversions", stack.python, len(want))
	}
}
