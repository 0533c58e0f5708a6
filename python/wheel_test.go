package python

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestPackageWheel builds examples/package, a package whose kernels
// module is listed in [tool.pynjit], into a wheel, as a user would with
// the helper installed beside setuptools: with pip wheel
// --no-build-isolation under Debian's Python (setuptools 66, wheel 0.38)
// and with python -m build --no-isolation (sdist, then the wheel from it)
// under the project's (setuptools 84). Each wheel must be tagged
// cp311-abi3-<platform> and hold fastgeo/kernels.abi3.so; installed into
// a fresh virtual environment without site packages (no Numba, no NumPy,
// and no compiler needed), its check.py must print what the same script
// prints from the source tree under Numba 0.56.
func TestPackageWheel(t *testing.T) {
	want := run(t, "../examples/package", env("PYTHONPATH=src"), debianPython, "check.py")
	if !strings.HasPrefix(want, "kernels from source\n") || !strings.HasSuffix(want, "with numba\n") {
		t.Fatalf("check.py under Numba:\n%s", want)
	}
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64"}[runtime.GOARCH]
	wheelName := "fastgeo-0.1.0-cp311-abi3-linux_" + arch + ".whl"
	stacks := []struct {
		name  string
		build func(t *testing.T, py, pkg, helper string)
	}{
		{"pip wheel", func(t *testing.T, py, pkg, helper string) {
			run(t, pkg, env("PYTHONPATH="+helper), py, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--no-index", "-w", "dist", ".")
		}},
		{"python -m build", func(t *testing.T, py, pkg, helper string) {
			run(t, pkg, env("PYTHONPATH="+helper), py, "-m", "build", "--no-isolation", "--outdir", "dist", ".")
		}},
	}
	for _, s := range stacks {
		t.Run(s.name, func(t *testing.T) {
			py := debianPython
			if s.name == "python -m build" {
				py = venvPython(t)
			}
			dir := t.TempDir()
			// the helper, installed where setuptools finds its entry point
			helper, src := filepath.Join(dir, "helper"), filepath.Join(dir, "helper-src")
			copyTree(t, ".", src) // setuptools builds in the source folder
			run(t, ".", env(), py, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "--target", helper, src)
			pkg := filepath.Join(dir, "package")
			copyTree(t, "../examples/package", pkg)
			s.build(t, py, pkg, helper)
			wheel := filepath.Join(pkg, "dist", wheelName)
			checkWheel(t, wheel, arch)

			venv := filepath.Join(dir, "venv")
			run(t, dir, env(), py, "-m", "venv", venv)
			vpy := filepath.Join(venv, "bin", "python")
			run(t, dir, env(), vpy, "-m", "pip", "install", "--quiet", "--no-index", wheel)
			if out := run(t, dir, env(), vpy, "-c", "import importlib.util as u; print(u.find_spec('numba'), u.find_spec('numpy'))"); out != "None None\n" {
				t.Fatalf("the fresh environment has Numba or NumPy: %s", out)
			}
			got := run(t, dir, env(), vpy, filepath.Join(pkg, "check.py"))
			if !strings.HasPrefix(got, "kernels from an extension module\n") || !strings.HasSuffix(got, "without numba\n") {
				t.Fatalf("check.py from the wheel:\n%s", got)
			}
			body := func(s string) string { // without the first and last lines, which say where the kernels came from
				lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
				return strings.Join(lines[1:len(lines)-1], "\n")
			}
			if body(got) != body(want) {
				t.Errorf("check.py from the wheel printed\n%s\nand under Numba\n%s", got, want)
			}
		})
	}
}

// checkWheel checks a wheel's tags and that it holds the compiled module
// beside its source.
func checkWheel(t *testing.T, path, arch string) {
	t.Helper()
	r, err := zip.OpenReader(path)
	if err != nil {
		entries, _ := os.ReadDir(filepath.Dir(path))
		t.Fatalf("%v (dist holds %v)", err, entries)
	}
	defer r.Close()
	files := map[string]string{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = string(data)
	}
	for _, name := range []string{"fastgeo/kernels.abi3.so", "fastgeo/kernels.py", "fastgeo/__init__.py", "fastgeo/units.py"} {
		if _, ok := files[name]; !ok {
			t.Errorf("the wheel has no %s", name)
		}
	}
	meta := files["fastgeo-0.1.0.dist-info/WHEEL"]
	if !strings.Contains(meta, "Root-Is-Purelib: false\n") || !strings.Contains(meta, "Tag: cp311-abi3-linux_"+arch+"\n") {
		t.Errorf("WHEEL:\n%s", meta)
	}
}

// TestPyCCSetuptools builds examples/pycc, a numba.pycc module whose
// setup.py lists a PynjitExtension where it had cc.distutils_extension(),
// into a wheel with pip under Debian's Python; installed into a fresh
// environment (with Debian's NumPy, which the module's array results
// need), the module holds exactly the exported names, and every export
// returns what stats.py's function returns under Numba 0.56
// (internal/build/testdata/pycccheck.py).
func TestPyCCSetuptools(t *testing.T) {
	dir := t.TempDir()
	helper, src := filepath.Join(dir, "helper"), filepath.Join(dir, "helper-src")
	copyTree(t, ".", src)
	run(t, ".", env(), debianPython, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "--target", helper, src)
	pkg := filepath.Join(dir, "pycc")
	copyTree(t, "../examples/pycc", pkg)
	run(t, pkg, env("PYTHONPATH="+helper), debianPython, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--no-index", "-w", "dist", ".")
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64"}[runtime.GOARCH]
	wheel := filepath.Join(pkg, "dist", "stats-1.0-cp311-abi3-linux_"+arch+".whl")
	venv := filepath.Join(dir, "venv")
	run(t, dir, env(), debianPython, "-m", "venv", "--system-site-packages", venv)
	vpy := filepath.Join(venv, "bin", "python")
	run(t, dir, env(), vpy, "-m", "pip", "install", "--quiet", "--no-index", wheel)
	site := strings.TrimSpace(run(t, dir, env(), vpy, "-c", "import sysconfig; print(sysconfig.get_path('platlib'))"))
	check, err := filepath.Abs("../internal/build/testdata/pycccheck.py")
	if err != nil {
		t.Fatal(err)
	}
	out := run(t, dir, env(), vpy, check, filepath.Join(pkg, "stats.py"), site)
	want := `{"names": ["gcd", "mean", "multf", "multi", "scale", "square", "std", "zscores"], "exports": ["gcd", "mean", "multf", "multi", "scale", "square", "std", "zscores"], "file": "stats.abi3.so", "compared": 56, "mismatches": []}`
	if strings.TrimSpace(out) != want {
		t.Errorf("the installed module:\n%s\nwant\n%s", out, want)
	}
}
