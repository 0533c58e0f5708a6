package astdump

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// The oracle tests compare our parser with CPython 3.11 over real corpora:
// the Debian standard library and the Numba package. CPython runs once per
// corpus. Set PYNJIT_REQUIRE_ORACLE=1 (CI does) to fail instead of skip
// when CPython 3.11 or a corpus is missing; PYNJIT_ORACLE_FILTER=substr
// limits the files.

type oracleResult struct {
	Path  string  `json:"path"`
	OK    bool    `json:"ok"`
	Error string  `json:"error"`
	Dump  string  `json:"dump"`
	Pos   [][]any `json:"pos"`
}

// python311 finds a CPython 3.11 interpreter.
func python311(t testing.TB) string {
	for _, cand := range []string{"/usr/bin/python3.11", "python3.11", "/usr/bin/python3", "python3"} {
		path, err := exec.LookPath(cand)
		if err != nil {
			continue
		}
		out, err := exec.Command(path, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
		if err == nil && strings.TrimSpace(string(out)) == "True" {
			return path
		}
	}
	missing(t, "CPython 3.11 not found (apt-get install -y python3.11)")
	return ""
}

// missing skips loudly, or fails when the oracle is required.
func missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("PYNJIT_REQUIRE_ORACLE") == "1" {
		t.Fatalf("oracle required but unavailable: %s", msg)
	}
	t.Skipf("\n**********\nSKIPPING ORACLE TEST: %s\n**********", msg)
}

func corpusFiles(t testing.TB, root string) []string {
	var files []string
	filter := os.Getenv("PYNJIT_ORACLE_FILTER")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "dist-packages") && path != root {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") && strings.Contains(path, filter) {
			if d.Type()&fs.ModeSymlink == 0 {
				files = append(files, path)
			}
		}
		return nil
	})
	if err != nil || len(files) == 0 {
		missing(t, "no .py files under "+root)
	}
	sort.Strings(files)
	return files
}

func runOracle(t testing.TB, py string, files []string) map[string]oracleResult {
	cmd := exec.Command(py, filepath.Join("testdata", "oracle.py"))
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle.py failed: %v\n%s", err, stderr.String())
	}
	res := make(map[string]oracleResult, len(files))
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var r oracleResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("oracle output: %v", err)
		}
		res[r.Path] = r
	}
	return res
}

// mismatch describes where our result first differs from CPython's.
func mismatch(path string, r oracleResult) string {
	text, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	text = syntax.DecodeSource(text)
	f := source.NewFile(path, text)
	m, diags := syntax.Parse(f)
	if m == nil {
		if len(diags) > 0 {
			d := diags[0]
			return fmt.Sprintf("we report %s:%s: %s", path, d.Span.Start, d.Message)
		}
		return "no tree and no diagnostic"
	}
	got := Dump(m)
	if got != r.Dump {
		i := 0
		for i < len(got) && i < len(r.Dump) && got[i] == r.Dump[i] {
			i++
		}
		lo := max(0, i-100)
		return fmt.Sprintf("dump differs at byte %d:\n   ours: …%s…\n cpython: …%s…", i, clip(got, lo, i+80), clip(r.Dump, lo, i+80))
	}
	pos := Positions(f, m)
	if len(pos) != len(r.Pos) {
		return fmt.Sprintf("%d positions, cpython has %d", len(pos), len(r.Pos))
	}
	for i, p := range pos {
		want := r.Pos[i]
		w := fmt.Sprintf("%v %v:%v-%v:%v", want[0], want[1], want[2], want[3], want[4])
		g := fmt.Sprintf("%s %d:%d-%d:%d", p.Type, p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset)
		if w != g {
			return fmt.Sprintf("position of node %d: ours %s, cpython %s (line: %q)", i, g, w, f.Line(int(want[1].(float64))))
		}
	}
	return ""
}

func clip(s string, lo, hi int) string {
	if hi > len(s) {
		hi = len(s)
	}
	if lo > hi {
		lo = hi
	}
	return s[lo:hi]
}

func checkCorpus(t *testing.T, root string) {
	py := python311(t)
	if _, err := os.Stat(root); err != nil {
		missing(t, root+" not found (apt-get install -y python3.11 python3-numba)")
	}
	files := corpusFiles(t, root)
	want := runOracle(t, py, files)
	var mu sync.Mutex
	var bad []string
	unparsable := 0
	work := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range work {
				r, ok := want[path]
				if !ok {
					mu.Lock()
					bad = append(bad, path+": no oracle result")
					mu.Unlock()
					continue
				}
				if !r.OK {
					mu.Lock()
					unparsable++
					mu.Unlock()
					continue
				}
				if msg := mismatch(path, r); msg != "" {
					mu.Lock()
					bad = append(bad, path+": "+msg)
					mu.Unlock()
				}
			}
		}()
	}
	for _, f := range files {
		work <- f
	}
	close(work)
	wg.Wait()
	sort.Strings(bad)
	t.Logf("%s: %d files, %d equal, %d mismatched, %d CPython cannot parse", root, len(files), len(files)-len(bad)-unparsable, len(bad), unparsable)
	for i, b := range bad {
		if i == 15 {
			t.Logf("... and %d more", len(bad)-15)
			break
		}
		t.Log(b)
	}
	if len(bad) > 0 {
		t.Fail()
	}
}

func TestOracleStdlib(t *testing.T) { checkCorpus(t, "/usr/lib/python3.11") }

func TestOracleNumba(t *testing.T) {
	py := python311(t)
	out, err := exec.Command(py, "-c", "import numba, os; print(os.path.dirname(numba.__file__))").Output()
	if err != nil {
		missing(t, "the numba package is not importable (apt-get install -y python3-numba)")
	}
	checkCorpus(t, strings.TrimSpace(string(out)))
}

// TestOracleRoot runs the same comparison over any tree named by
// PYNJIT_ORACLE_ROOT, e.g. /usr/lib/python3/dist-packages, to widen the
// parser's test corpus on demand.
func TestOracleRoot(t *testing.T) {
	root := os.Getenv("PYNJIT_ORACLE_ROOT")
	if root == "" {
		t.Skip("set PYNJIT_ORACLE_ROOT to a directory of .py files")
	}
	checkCorpus(t, root)
}
