package astdump

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorTableMatchesCPython keeps the error tables of
// internal/syntax/testdata honest: in errors-3.X.txt every case must
// still be what CPython 3.X says it is, a syntax error at the recorded
// place with the recorded message or a source it parses, and the table
// must hold every case of testdata/errtable.py, which writes the tables
// and, with --check, reports what CPython says for one.
func TestErrorTableMatchesCPython(t *testing.T) {
	for v, py := range oracles(t) {
		t.Run(v.String(), func(t *testing.T) {
			table := fmt.Sprintf("../syntax/testdata/errors-%s.txt", v)
			if _, err := os.Stat(table); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, filepath.Join("testdata", "errtable.py"), "--check", table).Output()
			if err != nil {
				t.Fatalf("python: %v", err)
			}
			var cases []struct {
				Name        string `json:"name"`
				At          string `json:"at"`
				Msg         string `json:"msg"`
				TableAt     string `json:"table_at"`
				TableMsg    string `json:"table_msg"`
				Parses      bool   `json:"parses"`
				TableParses bool   `json:"table_parses"`
				Missing     bool   `json:"missing"`
			}
			if err := json.Unmarshal(out, &cases); err != nil {
				t.Fatal(err)
			}
			if len(cases) < 40 {
				t.Fatalf("only %d cases", len(cases))
			}
			for _, c := range cases {
				switch {
				case c.Missing:
					t.Errorf("%s: not in %s (rerun testdata/errtable.py)", c.Name, table)
				case c.Parses != c.TableParses:
					t.Errorf("%s: CPython parses it: %v, the table says %v", c.Name, c.Parses, c.TableParses)
				case !c.Parses && (c.At != c.TableAt || c.Msg != c.TableMsg):
					t.Errorf("%s: CPython says %s %q, table says %s %q", c.Name, c.At, c.Msg, c.TableAt, strings.TrimSpace(c.TableMsg))
				}
			}
		})
	}
}
