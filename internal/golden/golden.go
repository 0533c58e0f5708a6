// Package golden compares a test's output with a golden file, the
// output a reviewer has read and accepted: `go test ./... -update`
// rewrites the golden files with what the tests produce now, and the
// diff of testdata is what a reviewer reads. Only tests import it.
package golden

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Check compares got with the file at path (relative to the test's
// package directory); with -update it first writes got there.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (rerun with -update after checking):\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}
