package pynjit

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFindProject: without pyproject.toml, the signature file is the
// nearest pynjit-sigs.txt at or above the file (where pynjit trace,
// run from the top, wrote it); with one, the file it names.
func TestFindProject(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src", "pkg", "k.py")
	if err := os.MkdirAll(filepath.Dir(src), 0o755); err != nil {
		t.Fatal(err)
	}
	p, err := FindProject(src)
	if err != nil || p.Config != "" || p.SigFile != filepath.Join(dir, "src", "pkg", "pynjit-sigs.txt") {
		t.Errorf("no signature file anywhere: %+v %v", p, err)
	}
	top := filepath.Join(dir, "pynjit-sigs.txt")
	if err := os.WriteFile(top, []byte("[src/pkg/k.py]\nf(int64)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err = FindProject(src); err != nil || p.SigFile != top {
		t.Errorf("one at the top: %+v %v", p, err)
	}
	if given, err := p.given(src); err != nil || len(given) != 1 || given[0].Text != "f(int64)" || given[0].Span.Start.Line != 2 {
		t.Errorf("its entry for k.py: %+v %v", given, err)
	}
	cfg := filepath.Join(dir, "pyproject.toml")
	if err := os.WriteFile(cfg, []byte("[tool.pynjit]\nsignature-file = \"types/sigs.txt\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err = FindProject(src); err != nil || p.Config != cfg || p.SigFile != filepath.Join(dir, "types", "sigs.txt") {
		t.Errorf("with pyproject.toml: %+v %v", p, err)
	}
}
