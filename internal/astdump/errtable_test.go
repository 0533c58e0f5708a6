package astdump

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorTableMatchesCPython keeps internal/syntax/testdata/errors.txt
// honest: every case must still be a syntax error in CPython 3.11, at the
// recorded place, with the recorded message. testdata/errtable.py both
// writes the table and, with --check, reports what CPython says for it.
func TestErrorTableMatchesCPython(t *testing.T) {
	py := python311(t)
	const table = "../syntax/testdata/errors.txt"
	if _, err := os.Stat(table); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join("testdata", "errtable.py"), "--check", table).Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var cases []struct {
		Name     string `json:"name"`
		At       string `json:"at"`
		Msg      string `json:"msg"`
		TableAt  string `json:"table_at"`
		TableMsg string `json:"table_msg"`
		Parses   bool   `json:"parses"`
	}
	if err := json.Unmarshal(out, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		switch {
		case c.Parses:
			t.Errorf("%s: CPython parses it", c.Name)
		case c.At != c.TableAt || c.Msg != c.TableMsg:
			t.Errorf("%s: CPython says %s %q, table says %s %q", c.Name, c.At, c.Msg, c.TableAt, strings.TrimSpace(c.TableMsg))
		}
	}
}
