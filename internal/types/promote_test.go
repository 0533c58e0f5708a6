package types

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPromoteTypesAgreesWithNumPy compares PromoteTypes with NumPy's
// np.promote_types on every pair of the scalar types arrays hold, under
// each NumPy at hand (Debian's 1.24 and the venv's 2.x).
func TestPromoteTypesAgreesWithNumPy(t *testing.T) {
	names := []string{"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32", "float64"}
	script := `import numpy as np, sys
names = sys.argv[1:]
for a in names:
    print(" ".join(str(np.promote_types(a, b)) for b in names))
`
	ran := 0
	for _, py := range []string{"/usr/bin/python3", "../../.venv/bin/python"} {
		out, err := exec.Command(py, append([]string{"-c", script}, names...)...).Output()
		if err != nil {
			t.Logf("%s: %v", py, err)
			continue
		}
		ran++
		rows := strings.Split(strings.TrimSpace(string(out)), "\n")
		for i, a := range names {
			want := strings.Fields(rows[i])
			for j, b := range names {
				ta, _ := ParseType(a)
				tb, _ := ParseType(b)
				if got := PromoteTypes(ta, tb).String(); got != want[j] {
					t.Errorf("%s: PromoteTypes(%s, %s) = %s, NumPy says %s", py, a, b, got, want[j])
				}
			}
		}
	}
	if ran == 0 {
		t.Fatal("no Python with NumPy to compare with")
	}
}
