package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestGoreleaserConfig checks .goreleaser.yaml (goreleaser itself is not
// installed here): its schema version, that it builds cmd/pynjit for
// linux and darwin on amd64 and arm64 without cgo, that its ldflags set
// variables that exist, and then builds every target with those flags;
// the binary for this machine must print the stamped version and commit.
func TestGoreleaserConfig(t *testing.T) {
	data, err := os.ReadFile("../../.goreleaser.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Version int `yaml:"version"`
		Builds  []struct {
			Main    string   `yaml:"main"`
			Binary  string   `yaml:"binary"`
			Env     []string `yaml:"env"`
			Goos    []string `yaml:"goos"`
			Goarch  []string `yaml:"goarch"`
			Flags   []string `yaml:"flags"`
			Ldflags []string `yaml:"ldflags"`
		} `yaml:"builds"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	if err := dec.Decode(&cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Version != 2 || len(cfg.Builds) != 1 {
		t.Fatalf("want version 2 and one build, got %+v", cfg)
	}
	b := cfg.Builds[0]
	if b.Main != "./cmd/pynjit" || b.Binary != "pynjit" || !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Errorf("build: %+v", b)
	}
	for _, want := range []string{"linux", "darwin"} {
		if !slices.Contains(b.Goos, want) {
			t.Errorf("goos lacks %s", want)
		}
	}
	for _, want := range []string{"amd64", "arm64"} {
		if !slices.Contains(b.Goarch, want) {
			t.Errorf("goarch lacks %s", want)
		}
	}
	ldflags := strings.NewReplacer("{{.Version}}", "9.8.7", "{{.FullCommit}}", "0123456789abcdef0123").Replace(strings.Join(b.Ldflags, " "))
	if strings.Contains(ldflags, "{{") || !strings.Contains(ldflags, "pkg/pynjit.Version=9.8.7") || !strings.Contains(ldflags, "pkg/pynjit.Commit=0123") {
		t.Fatalf("ldflags %q do not stamp Version and Commit", ldflags)
	}
	dir := t.TempDir()
	for _, goos := range b.Goos {
		for _, goarch := range b.Goarch {
			out := filepath.Join(dir, goos+"-"+goarch)
			cmd := exec.Command("go", append(append([]string{"build"}, b.Flags...), "-ldflags", ldflags, "-o", out, "../../"+b.Main)...)
			cmd.Env = append(append(os.Environ(), b.Env...), "GOOS="+goos, "GOARCH="+goarch)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s/%s: %v\n%s", goos, goarch, err, msg)
			}
			if goos != runtime.GOOS || goarch != runtime.GOARCH {
				continue
			}
			got, err := exec.Command(out, "version").Output()
			if err != nil || !strings.HasPrefix(string(got), "pynjit 9.8.7 (commit 0123456789ab, go") {
				t.Errorf("%s version: %v\n%s", out, err, got)
			}
		}
	}
}
