package python

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// precommitFiles are a project's staged files for the hooks: one with an
// error, one that compiles, one without jitted functions.
var precommitFiles = map[string]string{
	"bad.py":   "from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef f(x):\n    total = 0\n    return totl\n",
	"good.py":  "from numba import njit\n\n\n@njit(\"int64(int64)\")\ndef g(x):\n    return x + 1\n",
	"plain.py": "print('hello')\n",
}

const precommitError = "bad.py:7:12: error[E-name]: NameError: name 'totl' is not defined\n 7 |     return totl\n   |            ^~~~\n  help: did you mean 'total'?\n"

// TestPreCommitHooks checks .pre-commit-hooks.yaml and runs its hooks as
// pre-commit does, with `pre-commit try-repo` on a git repository of
// sample files: pynjit-check builds pynjit from this checkout with Go (the
// module cache only, no network), pynjit-check-system takes PATH's. Each
// fails on a file with an error, showing the diagnostic, and passes files
// that compile or have nothing to compile. Without pre-commit installed
// (Debian's pre-commit package) only the file is checked.
func TestPreCommitHooks(t *testing.T) {
	data, err := os.ReadFile("../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID, Name, Entry, Language string
		Types                     []string
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hooks {
		ids = append(ids, h.ID+":"+h.Language)
		if h.Entry != "pynjit check" || !slices.Equal(h.Types, []string{"python"}) || h.Name == "" {
			t.Errorf("hook %+v", h)
		}
	}
	if !slices.Equal(ids, []string{"pynjit-check:golang", "pynjit-check-system:system"}) {
		t.Fatalf("hooks %v", ids)
	}

	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (Debian's pre-commit package): the hooks were not run")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	for name, src := range precommitFiles {
		if err := os.WriteFile(filepath.Join(repo, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run(t, repo, env(), "git", "init", "-q")
	run(t, repo, env(), "git", "add", ".")
	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	environ := env("PRE_COMMIT_HOME="+home, "GOMODCACHE="+strings.TrimSpace(string(modcache)), "GOFLAGS=-mod=mod", "GOPROXY=off",
		"PATH="+filepath.Dir(pynjitBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	for _, id := range []string{"pynjit-check", "pynjit-check-system"} {
		cmd := exec.Command("pre-commit", "try-repo", root, id, "--files", "bad.py", "good.py", "plain.py")
		cmd.Dir, cmd.Env = repo, environ
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), "Failed\n- hook id: "+id+"\n- exit code: 1\n\n"+precommitError) {
			t.Errorf("%s on bad.py: %v\n%s", id, err, out)
		}
		cmd = exec.Command("pre-commit", "try-repo", root, id, "--files", "good.py", "plain.py")
		cmd.Dir, cmd.Env = repo, environ
		if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "pynjit check.") || !strings.Contains(string(out), "Passed") {
			t.Errorf("%s on good.py and plain.py: %v\n%s", id, err, out)
		}
	}
}
