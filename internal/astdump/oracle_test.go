package astdump

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
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

// The oracle tests compare our parser with CPython over real corpora: the
// standard library (with its test suite) of each supported version, read
// as that version, and the Numba package as 3.11. Set
// PYNJIT_REQUIRE_ORACLE=1 (CI does) to fail instead of skip when an
// interpreter or a corpus is missing; PYNJIT_ORACLE_FILTER=substr limits
// the files.

type oracleResult struct {
	Path  string `json:"path"`
	OK    bool   `json:"ok"`
	Error string `json:"error"`
	At    []*int `json:"at"`
	Dump  string `json:"dump"`
	Pos   string `json:"pos"`
}

// pythonFor finds a CPython interpreter of version v. 3.11 is Debian's
// (its test suite and the Numba package are the 3.11 corpora; pyenv's
// 3.11.7 reports some errors elsewhere than Debian's 3.11.2), 3.12 and
// 3.13 are pyenv's (PYENV_ROOT, or ~/.pyenv), then any on PATH.
func pythonFor(t testing.TB, v syntax.Version) string {
	t.Helper()
	name := "python" + v.String()
	var cands []string
	if v == syntax.Python311 {
		cands = append(cands, "/usr/bin/"+name, "/usr/bin/python3")
	}
	root := os.Getenv("PYENV_ROOT")
	if root == "" {
		if home, err := os.UserHomeDir(); err == nil {
			root = filepath.Join(home, ".pyenv")
		}
	}
	if found, _ := filepath.Glob(filepath.Join(root, "versions", v.String()+".*", "bin", name)); len(found) > 0 {
		sort.Sort(sort.Reverse(sort.StringSlice(found)))
		cands = append(cands, found...)
	}
	cands = append(cands, name, "/usr/bin/"+name)
	for _, cand := range cands {
		path, err := exec.LookPath(cand)
		if err != nil {
			continue
		}
		want := fmt.Sprintf("(3, %d)", int(v))
		out, err := exec.Command(path, "-c", "import sys; print(tuple(sys.version_info[:2]))").Output()
		if err == nil && strings.TrimSpace(string(out)) == want {
			return path
		}
	}
	missing(t, fmt.Sprintf("CPython %s not found (pyenv install %s, or apt-get install %s)", v, v, name))
	return ""
}

// python311 finds a CPython 3.11 interpreter.
func python311(t testing.TB) string { return pythonFor(t, syntax.Python311) }

// oracles returns each supported version with its interpreter.
func oracles(t testing.TB) map[syntax.Version]string {
	out := map[syntax.Version]string{}
	for _, v := range syntax.Versions {
		out[v] = pythonFor(t, v)
	}
	return out
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

// runOracle runs testdata/oracle.py under py on files, in as many
// processes as the test may use, and sends each result to out as it
// comes; it closes out when all are done. hashed asks for digests of the
// dumps and positions instead of the text.
func runOracle(t testing.TB, py string, files []string, hashed bool, out chan<- oracleResult) {
	defer close(out)
	n := min(runtime.GOMAXPROCS(0), len(files))
	var wg sync.WaitGroup
	errs := make([]error, n)
	for w := range n {
		var share []string
		for i := w; i < len(files); i += n {
			share = append(share, files[i])
		}
		args := []string{filepath.Join("testdata", "oracle.py")}
		if hashed {
			args = append(args, "--hash")
		}
		cmd := exec.Command(py, args...)
		cmd.Stdin = strings.NewReader(strings.Join(share, "\n") + "\n")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err == nil {
			err = cmd.Start()
		}
		if err != nil {
			errs[w] = fmt.Errorf("oracle.py: %v", err)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := bufio.NewScanner(stdout)
			sc.Buffer(make([]byte, 1<<20), 1<<30)
			for sc.Scan() {
				var r oracleResult
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					errs[w] = fmt.Errorf("oracle output: %v", err)
					break
				}
				out <- r
			}
			if err := cmd.Wait(); err != nil && errs[w] == nil {
				errs[w] = fmt.Errorf("oracle.py failed: %v\n%s", err, stderr.String())
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// positionText renders positions as oracle.py does.
func positionText(pos []Pos) string {
	var b strings.Builder
	for _, p := range pos {
		fmt.Fprintf(&b, "%s %d:%d-%d:%d\n", p.Type, p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset)
	}
	return b.String()
}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// parseFile parses path as version v, decoded as CPython decodes it.
func parseFile(path string, v syntax.Version) (*source.File, *syntax.Module, string) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err.Error()
	}
	f := source.NewFile(path, syntax.DecodeSource(text))
	m, diags := syntax.ParseFor(f, v)
	if m == nil {
		if len(diags) > 0 {
			d := diags[0]
			return f, nil, fmt.Sprintf("%s:%s: %s", path, d.Span.Start, d.Message)
		}
		return f, nil, "no tree and no diagnostic"
	}
	return f, m, ""
}

// differs reports whether our tree m of file f differs from CPython's,
// given CPython's digests of its dump and positions.
func differs(f *source.File, m *syntax.Module, v syntax.Version, r oracleResult) bool {
	return digest(Dump(m, v)) != r.Dump || digest(positionText(Positions(f, m))) != r.Pos
}

// mismatch describes where our result for path first differs from
// CPython's full result r.
func mismatch(path string, v syntax.Version, r oracleResult) string {
	f, m, msg := parseFile(path, v)
	if m == nil {
		return "we report " + msg
	}
	got := Dump(m, v)
	if got != r.Dump {
		i := 0
		for i < len(got) && i < len(r.Dump) && got[i] == r.Dump[i] {
			i++
		}
		lo := max(0, i-100)
		return fmt.Sprintf("dump differs at byte %d:\n   ours: …%s…\n cpython: …%s…", i, clip(got, lo, i+80), clip(r.Dump, lo, i+80))
	}
	ours := strings.SplitAfter(positionText(Positions(f, m)), "\n")
	theirs := strings.SplitAfter(r.Pos, "\n")
	for i := range min(len(ours), len(theirs)) {
		if ours[i] != theirs[i] {
			var line int
			fmt.Sscanf(theirs[i][strings.IndexByte(theirs[i], ' ')+1:], "%d", &line)
			return fmt.Sprintf("position of node %d: ours %s, cpython %s (line: %q)", i, strings.TrimSpace(ours[i]), strings.TrimSpace(theirs[i]), f.Line(line))
		}
	}
	return fmt.Sprintf("%d positions, cpython has %d", len(ours)-1, len(theirs)-1)
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

// checkCorpus compares the parser, reading as version v, with the
// interpreter py over every .py file under root. CPython sends digests;
// the files whose digests differ are run again for the text, to say
// where they differ. A file CPython cannot parse must not parse here
// either.
func checkCorpus(t *testing.T, v syntax.Version, py, root string) {
	if _, err := os.Stat(root); err != nil {
		missing(t, root+" not found")
	}
	files := corpusFiles(t, root)
	results := make(chan oracleResult, 64)
	go runOracle(t, py, files, true, results)
	var mu sync.Mutex
	var differing []string
	var bad []string
	unparsable, seen := 0, 0
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range results {
				var problem, differ string
				switch f, m, msg := parseFile(r.Path, v); {
				case !r.OK && m != nil:
					problem = r.Path + ": CPython cannot parse it (" + r.Error + "); we do"
				case !r.OK:
				case m == nil:
					problem = r.Path + ": we report " + msg
				case differs(f, m, v, r):
					differ = r.Path
				}
				mu.Lock()
				seen++
				if !r.OK {
					unparsable++
				}
				if problem != "" {
					bad = append(bad, problem)
				}
				if differ != "" {
					differing = append(differing, differ)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if seen != len(files) {
		t.Errorf("%d files, CPython answered for %d", len(files), seen)
	}
	if len(differing) > 0 {
		sort.Strings(differing)
		full := make(chan oracleResult, 16)
		go runOracle(t, py, differing[:min(len(differing), 15)], false, full)
		for r := range full {
			bad = append(bad, r.Path+": "+mismatch(r.Path, v, r))
		}
		for _, path := range differing[min(len(differing), 15):] {
			bad = append(bad, path+": differs")
		}
	}
	sort.Strings(bad)
	t.Logf("%s as %s: %d files, %d equal, %d mismatched, %d CPython cannot parse (nor can we)", root, v, len(files), len(files)-len(bad)-unparsable, len(bad), unparsable)
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

// stdlibOf returns the directory of py's standard library.
func stdlibOf(t *testing.T, py string) string {
	out, err := exec.Command(py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatalf("%s: %v", py, err)
	}
	return strings.TrimSpace(string(out))
}

// TestOracleStdlib311 reads Debian's 3.11 standard library and test suite
// as 3.11.
func TestOracleStdlib311(t *testing.T) {
	checkCorpus(t, syntax.Python311, python311(t), "/usr/lib/python3.11")
}

// TestOracleStdlib312 reads CPython 3.12's own standard library and test
// suite as 3.12.
func TestOracleStdlib312(t *testing.T) {
	py := pythonFor(t, syntax.Python312)
	checkCorpus(t, syntax.Python312, py, stdlibOf(t, py))
}

// TestOracleStdlib313 reads CPython 3.13's own standard library and test
// suite as 3.13.
func TestOracleStdlib313(t *testing.T) {
	py := pythonFor(t, syntax.Python313)
	checkCorpus(t, syntax.Python313, py, stdlibOf(t, py))
}

func TestOracleNumba(t *testing.T) {
	py := python311(t)
	out, err := exec.Command(py, "-c", "import numba, os; print(os.path.dirname(numba.__file__))").Output()
	if err != nil {
		missing(t, "the numba package is not importable (apt-get install -y python3-numba)")
	}
	checkCorpus(t, syntax.Python311, py, strings.TrimSpace(string(out)))
}

// TestOracleRoot runs the same comparison over any tree named by
// PYNJIT_ORACLE_ROOT, e.g. /usr/lib/python3/dist-packages, to widen the
// parser's test corpus on demand, as the version PYNJIT_ORACLE_PYTHON
// names (default 3.11).
func TestOracleRoot(t *testing.T) {
	root := os.Getenv("PYNJIT_ORACLE_ROOT")
	if root == "" {
		t.Skip("set PYNJIT_ORACLE_ROOT to a directory of .py files")
	}
	v := syntax.Python311
	if name := os.Getenv("PYNJIT_ORACLE_PYTHON"); name != "" {
		var err error
		if v, err = syntax.LookupVersion(name); err != nil {
			t.Fatal(err)
		}
	}
	checkCorpus(t, v, pythonFor(t, v), root)
}
