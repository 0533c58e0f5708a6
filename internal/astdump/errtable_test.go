package astdump

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// checkTable parses every case of the syntax-error table with CPython, in
// one process, and prints what CPython reports for each.
const checkTable = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for chunk in open(sys.argv[1], encoding="utf-8").read().split("---\n"):
    head, src = {}, []
    for line in chunk.splitlines(keepends=True):
        if line.startswith("#! ") and not src:
            k, _, v = line[3:].rstrip("\n").partition(": ")
            head[k] = v
        else:
            src.append(line)
    try:
        ast.parse("".join(src))
        out.append({"name": head["name"], "parses": True})
    except SyntaxError as e:
        out.append({"name": head["name"], "at": "%d:%d" % (e.lineno, e.offset - 1), "msg": e.msg,
                    "table_at": head["at"], "table_msg": head["cpython"]})
print(json.dumps(out))
`

// TestErrorTableMatchesCPython keeps internal/syntax/testdata/errors.txt
// honest: every case must still be a syntax error in CPython 3.11, at the
// recorded place, with the recorded message.
func TestErrorTableMatchesCPython(t *testing.T) {
	py := python311(t)
	const table = "../syntax/testdata/errors.txt"
	if _, err := os.Stat(table); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", checkTable, table).Output()
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
