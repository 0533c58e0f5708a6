package main

import (
	"archive/zip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoInstall runs the documented install command, go install
// github.com/pynjit/pynjit/cmd/pynjit@latest, from a clean GOPATH without
// the repository being published: this checkout is served as the module's
// one version, v0.1.0, by a file:// module proxy made here (the module
// zip of the files git tracks or would add), in front of the local module
// cache's download directory for the dependencies. The installed program
// must run.
func TestGoInstall(t *testing.T) {
	const module, version = "github.com/pynjit/pynjit", "v0.1.0"
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("git", "-C", root, "ls-files", "-co", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	dir := t.TempDir()
	versions := filepath.Join(dir, "proxy", module, "@v")
	if err := os.MkdirAll(versions, 0o755); err != nil {
		t.Fatal(err)
	}
	z, err := os.Create(filepath.Join(versions, version+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	w := zip.NewWriter(z)
	for _, name := range strings.Fields(string(out)) {
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) { // deleted, not yet committed
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		f, err := w.Create(module + "@" + version + "/" + name)
		if err == nil {
			_, err = f.Write(data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	z.Close()
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"list":            version + "\n",
		version + ".info": `{"Version":"` + version + `","Time":"2026-01-01T00:00:00Z"}`,
		version + ".mod":  string(gomod),
	} {
		if err := os.WriteFile(filepath.Join(versions, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	modcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	gopath, gobin := filepath.Join(dir, "gopath"), filepath.Join(dir, "bin")
	cmd := exec.Command("go", "install", module+"/cmd/pynjit@latest")
	cmd.Dir = dir // outside any module
	cmd.Env = append(os.Environ(), "GOPATH="+gopath, "GOBIN="+gobin, "GOMODCACHE=", "GOFLAGS=-mod=mod -modcacherw", "GOSUMDB=off", "GOTOOLCHAIN=local",
		"GOPROXY=file://"+filepath.Join(dir, "proxy")+",file://"+filepath.Join(strings.TrimSpace(string(modcache)), "cache", "download"))
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, msg)
	}
	got, err := exec.Command(filepath.Join(gobin, "pynjit"), "version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(got), "pynjit ") {
		t.Fatalf("pynjit version: %v\n%s", err, got)
	}
}
