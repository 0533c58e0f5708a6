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

// TestGoreleaserDeb checks the .deb packages of .goreleaser.yaml
// (goreleaser and nFPM are not installed here): its nfpms section
// packages the pynjit build for Debian with a maintainer, the clang
// dependency pynjit needs (one of its alternatives must be what this
// machine has) and the documentation, and checksums.txt covers the
// release. The package is then made as nFPM lays it out, with the
// control file its fields give, by dpkg-deb, which checks the fields'
// syntax; unpacked, its pynjit must run.
func TestGoreleaserDeb(t *testing.T) {
	data, err := os.ReadFile("../../.goreleaser.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Builds []struct {
			ID string `yaml:"id"`
		} `yaml:"builds"`
		Nfpms []struct {
			IDs          []string `yaml:"ids"`
			PackageName  string   `yaml:"package_name"`
			Formats      []string `yaml:"formats"`
			Homepage     string   `yaml:"homepage"`
			Maintainer   string   `yaml:"maintainer"`
			Description  string   `yaml:"description"`
			Section      string   `yaml:"section"`
			Priority     string   `yaml:"priority"`
			Dependencies []string `yaml:"dependencies"`
			Suggests     []string `yaml:"suggests"`
			Bindir       string   `yaml:"bindir"`
			Contents     []struct {
				Src string `yaml:"src"`
				Dst string `yaml:"dst"`
			} `yaml:"contents"`
		} `yaml:"nfpms"`
		Checksum struct {
			NameTemplate string `yaml:"name_template"`
		} `yaml:"checksum"`
	}
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Nfpms) != 1 || cfg.Checksum.NameTemplate != "checksums.txt" {
		t.Fatalf("want one nfpms entry and checksums.txt: %+v", cfg)
	}
	n := cfg.Nfpms[0]
	if !slices.Equal(n.Formats, []string{"deb"}) || !slices.Equal(n.IDs, []string{cfg.Builds[0].ID}) || n.PackageName != "pynjit" || n.Bindir != "/usr/bin" ||
		!strings.Contains(n.Maintainer, "<") || n.Description == "" || len(n.Dependencies) != 1 {
		t.Fatalf("nfpms: %+v", n)
	}
	installed := false
	for _, alt := range strings.Split(n.Dependencies[0], "|") {
		out, _ := exec.Command("dpkg-query", "-W", "-f=${Status}", strings.TrimSpace(alt)).Output()
		installed = installed || strings.HasSuffix(string(out), "install ok installed")
	}
	if !installed {
		t.Errorf("no alternative of %q is installed here, where pynjit's tests run", n.Dependencies[0])
	}

	dir := t.TempDir()
	tree := filepath.Join(dir, "tree")
	bin := filepath.Join(tree, n.Bindir, "pynjit")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, c := range n.Contents {
		srcs, _ := filepath.Glob(filepath.Join("../..", c.Src))
		if len(srcs) == 0 {
			t.Errorf("contents: %s matches no file", c.Src)
		}
		for _, src := range srcs {
			dst := filepath.Join(tree, c.Dst)
			if strings.HasSuffix(c.Dst, "/") {
				dst = filepath.Join(dst, filepath.Base(src))
			}
			data, err := os.ReadFile(src)
			if err == nil {
				err = os.MkdirAll(filepath.Dir(dst), 0o755)
			}
			if err == nil {
				err = os.WriteFile(dst, data, 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	// the control file as nFPM writes it: the description's first line is
	// the synopsis, the others indented by one space
	lines := strings.Split(strings.TrimSpace(n.Description), "\n")
	control := "Package: " + n.PackageName + "\nVersion: 0.1.0\nSection: " + n.Section + "\nPriority: " + n.Priority +
		"\nArchitecture: " + runtime.GOARCH + "\nMaintainer: " + n.Maintainer + "\nDepends: " + strings.Join(n.Dependencies, ", ") +
		"\nSuggests: " + strings.Join(n.Suggests, ", ") + "\nHomepage: " + n.Homepage + "\nDescription: " + lines[0] + "\n"
	for _, l := range lines[1:] {
		control += " " + l + "\n"
	}
	if err := os.MkdirAll(filepath.Join(tree, "DEBIAN"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tree, "DEBIAN", "control"), []byte(control), 0o644); err != nil {
		t.Fatal(err)
	}
	deb := filepath.Join(dir, "pynjit.deb")
	if out, err := exec.Command("dpkg-deb", "--root-owner-group", "--build", tree, deb).CombinedOutput(); err != nil {
		t.Fatalf("dpkg-deb --build: %v\n%s\n%s", err, out, control)
	}
	if out, err := exec.Command("dpkg-deb", "-f", deb, "Depends").Output(); err != nil || strings.TrimSpace(string(out)) != n.Dependencies[0] {
		t.Errorf("Depends: %v %q", err, out)
	}
	unpacked := filepath.Join(dir, "unpacked")
	if out, err := exec.Command("dpkg-deb", "-x", deb, unpacked).CombinedOutput(); err != nil {
		t.Fatalf("dpkg-deb -x: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(unpacked, "usr/share/doc/pynjit/getting-started.md")); err != nil {
		t.Error(err)
	}
	if out, err := exec.Command(filepath.Join(unpacked, "usr/bin/pynjit"), "version").CombinedOutput(); err != nil || !strings.HasPrefix(string(out), "pynjit ") {
		t.Errorf("the packaged pynjit: %v\n%s", err, out)
	}
}
