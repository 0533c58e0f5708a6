package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestExamplesFolder runs what a user copies: examples/Makefile builds
// kernels.py with the pynjit binary and calls it from Python, C and the
// shell (as in GitHub Actions, with check's annotations format), and the
// workflow checks with --format github and builds.
func TestExamplesFolder(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "pynjit")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := filepath.Join(dir, "example")
	if out, err := exec.Command("cp", "-r", "../../examples", work).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v\n%s", err, out)
	}
	cmd := exec.Command("make", "-C", work, "test", "PYNJIT="+bin, "PYTHON=/usr/bin/python3")
	cmd.Env = append(os.Environ(), "GITHUB_ACTIONS=true")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("make test: %v\n%s", err, out)
	}
	for _, want := range []string{"--format github kernels.py", "from Python: add(2, 40) = 42", "collatz_steps(27) = 111\nhypotenuse(3.0, 4.0) = 5", "leibniz_pi(1_000_000) = 3.141592"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("make test printed no %q:\n%s", want, out)
		}
	}

	data, err := os.ReadFile("../../examples/.github/workflows/pynjit.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		On   any `yaml:"on"`
		Jobs map[string]struct {
			Steps []struct {
				Uses string `yaml:"uses"`
				Run  string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	var runs []string
	for _, job := range wf.Jobs {
		for _, s := range job.Steps {
			runs = append(runs, s.Run)
		}
	}
	all := strings.Join(runs, "\n")
	for _, want := range []string{"pynjit check --strict --format github kernels.py", "pynjit build kernels.py", "go install github.com/pynjit/pynjit/cmd/pynjit@", "make test"} {
		if !strings.Contains(all, want) {
			t.Errorf("the workflow does not run %q", want)
		}
	}
}
