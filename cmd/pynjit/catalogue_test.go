package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/pynjit/pynjit/internal/golden"
)

// catalogue describes every diagnostic code, with the command that
// shows it on its example, testdata/diagnostics/CODE.py.
var catalogue = []struct {
	code, meaning string
	args          []string // the command, before the file
	after         []string // arguments after the file
}{
	{"E-syntax", "The file is not valid Python of the version --python names (default 3.13). Reported where that CPython reports it, with its message.", []string{"check"}, nil},
	{"E-name", "A name that is neither a local, a module-level name nor a supported builtin (NameError), with a suggestion when a known name is close; also a local read before any path assigns it (UnboundLocalError).", []string{"check"}, nil},
	{"E-unsupported", "A construct nopython mode does not compile (lists, dicts, classes, try, with, generators, strings, ...), named in the message.", []string{"check"}, nil},
	{"E-unknown-attribute", "An attribute the value or module does not have, as Numba names it, with a suggestion when one is close.", []string{"check"}, nil},
	{"E-operator", "An operator applied to operand types it does not support; a note lists the types it does.", []string{"check"}, nil},
	{"E-unify", "A variable (or the return value) given two types that do not unify; notes point at both assignments.", []string{"check"}, nil},
	{"E-typing", "A type that cannot be inferred: recursion without a base case, a local whose only assignment reads itself, subscripting a scalar, arrays inside a returned tuple.", []string{"check"}, nil},
	{"E-call", "A call whose arguments do not fit the callee, with CPython's TypeError message (too many, missing, unexpected or repeated arguments), or a call of something not callable.", []string{"check"}, nil},
	{"E-signature", "A signature string (in @njit(\"...\") or --sig) that does not parse or does not fit the function; the caret points into the string.", []string{"check"}, nil},
	{"E-nothing", "build found no function with types: nothing to export. Give some with a signature in @njit, --sig, annotations, a module-level call in the file, or pynjit trace (see pynjit sigs).", []string{"build"}, nil},
	{"E-no-entry", "run (or --emit exe) found no program to run: the file has neither an if __name__ == \"__main__\": block nor a main() function.", []string{"run"}, nil},
	{"E-usage", "The command line asks for something the file does not have: an unknown function or type on an inspect command (reported in the argument, FUNC or TYPE), or outputs that do not fit --target.", []string{"inspect-types"}, []string{"g", "int64"}},
	{"E-import", "A module of the project (a sibling module or a module of the package) does not have the name imported from it (ImportError), or has it only partly initialized in an import cycle.", []string{"check"}, nil},
	{"W-import", "A relative import (from .helpers import scale) in a file pynjit finds no package for (no __init__.py beside it): what it imports is unknown to compiled code.", []string{"check"}, nil},
	{"E-export-clash", "Two modules of a package built as one library export a function of the same name; the library can hold only one. Rename one, or build the modules one by one.", []string{"build"}, []string{"-o", "/tmp/pynjit_catalogue.so"}},
	{"W-not-compiled", "A function Numba would compile that pynjit does not compile yet: @vectorize, @guvectorize, @stencil, @cfunc, @overload and @jitclass, a jitted function defined inside another function, a class or a module-level block, and njit(f) anywhere but `g = njit(f)` at module level. Reported at the decorator or call; check --strict makes it an error.", []string{"check"}, nil},
	{"W-object-mode", "A plain @jit function that nopython mode cannot compile: Numba would fall back to object mode, so build leaves it out of the library and the generated Python module runs the interpreted original. check --strict makes it an error; @njit and @jit(nopython=True) always do.", []string{"check"}, nil},
	{"W-pyext", "A function the extension module (--emit pyext) cannot call directly: it takes something other than int64 and float64 scalars and arrays, returns something other than an int64, float64 or bool scalar, or has several signatures. The Python module of --emit py calls it.", []string{"build", "--emit", "pyext"}, []string{"-o", "/tmp/pynjit_catalogue"}},
	{"W-wasm", "A function whose wasm32 module (--target wasm32 --emit wasm) imports functions from \"env\": the module does not include pynjit's runtime, which arrays, exceptions (a division's ZeroDivisionError, math.sqrt's ValueError), most of math and printing call, so an engine instantiates it only where the embedder provides them. Functions of numbers that raise no exception import nothing.", []string{"build", "--target", "wasm32", "--emit", "wasm"}, []string{"-o", "/tmp/pynjit_catalogue.wasm"}},
	{"W-cache", "The build cache directory ($PYNJIT_CACHE, or the user cache directory's pynjit folder) cannot be used: another user owns it or others may write it (it could hand the build any code), or it cannot be made; or $PYNJIT_CACHE_MAX is not a size. The build goes on without the cache.", []string{"build"}, []string{"-o", "/tmp/pynjit_catalogue.so"}},
	{"W-signature-conflict", "A function's annotations give other argument types than its explicit signature (a decorator string, --sig or pyproject.toml); the signature wins, as in Numba, which ignores annotations.", []string{"check"}, nil},
	{"N-no-types", "A note, once per function: nothing gives this compiled function argument types (no signature, annotation, module-level call, recorded trace or typed caller), so check tested only what needs no types (names, module attributes, constructs, call arguments) and build leaves it out. It says how to give it types.", []string{"check"}, nil},
	{"N-callee-failed", "A note at a call, in a function that does not compile only because the function it calls does not: the error is the callee's (shown once, where it is), and a note points at it. build leaves both out.", []string{"check"}, nil},
	{"N-keep-going", "A build some of whose functions do not compile writes nothing; this note names those that do and do not compile. With build -k (--keep-going) it writes the outputs of the ones that compile, without the others, and says so; the build exits 1 either way.", []string{"build"}, []string{"-o", "/tmp/pynjit_catalogue.so"}},
	{"W-redefined", "A function defined again under the same name: as in Python, the later definition replaces the earlier one, which is not compiled.", []string{"check"}, nil},
}

// folderText shows the modules of a folder example, each after a
// comment naming it.
func folderText(dir string) ([]byte, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "# %s\n%s", filepath.Base(f), src)
	}
	return []byte(b.String()), nil
}

// sharedCache is a cache directory anyone may write, for W-cache's
// example.
const sharedCache = "/tmp/pynjit-shared-cache"

// catalogueEnv is the environment an example needs.
var catalogueEnv = map[string]map[string]string{"W-cache": {"PYNJIT_CACHE": sharedCache}}

// TestDiagnosticsCatalogue runs every example and keeps
// docs/diagnostics.md equal to their output (-update rewrites it); every
// code the compiler's source can emit must be in the catalogue, and each
// example must produce its code.
func TestDiagnosticsCatalogue(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Diagnostics\n\nEvery diagnostic pynjit reports has a stable code. This catalogue is generated by\n`go test ./cmd/pynjit -run TestDiagnosticsCatalogue -update` from the examples in\n`cmd/pynjit/testdata/diagnostics`, so the output shown is what pynjit prints. Errors (`E-`) make\n`check` and `build` exit with status 1; warnings (`W-`) do not, unless `check --strict`.\n`E-internal` reports a bug in pynjit itself (please report it with the input file).\n")
	documented := map[string]bool{"E-internal": true, "E-unknown": true}
	if err := os.MkdirAll(sharedCache, 0o777); err != nil || os.Chmod(sharedCache, 0o777) != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(sharedCache)
	for _, c := range catalogue {
		for k, v := range catalogueEnv[c.code] {
			t.Setenv(k, v)
		}
		documented[c.code] = true
		path := "testdata/diagnostics/" + c.code + ".py"
		src, err := os.ReadFile(path)
		if os.IsNotExist(err) {
			// a folder of modules, shown one by one
			path = "testdata/diagnostics/" + c.code
			src, err = folderText(path)
		}
		if err != nil {
			t.Fatal(err)
		}
		args := append(append(append([]string{"--color", "never"}, c.args...), path), c.after...)
		_, out, errOut := runCLI(t, nil, args...)
		if !strings.Contains(errOut, "["+c.code+"]") {
			t.Errorf("%s: pynjit %s printed no %s:\n%s%s", c.code, strings.Join(args, " "), c.code, out, errOut)
		}
		fmt.Fprintf(&b, "\n## %s\n\n%s\n\n```python\n%s```\n\n```\n$ pynjit %s\n%s```\n", c.code, c.meaning, src, strings.Join(args[2:], " "), errOut)
	}
	os.Remove("/tmp/pynjit_catalogue_pyext.abi3.so") // W-pyext's example builds it
	os.Remove("/tmp/pynjit_catalogue.so")            // and W-cache's
	os.Remove("/tmp/pynjit_catalogue.wasm")          // and W-wasm's
	golden.Check(t, "../../docs/diagnostics.md", b.String())

	// every code literal in the compiler's sources
	out, err := exec.Command("grep", "-rhoE", `"[EWN]-[a-z-]+"`, "--include=*.go", "--exclude=*_test.go", "../../internal", "../../pkg", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for _, m := range regexp.MustCompile(`"([EWN]-[a-z-]+)"`).FindAllStringSubmatch(string(out), -1) {
		if !documented[m[1]] {
			missing = append(missing, m[1])
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("codes without a catalogue entry: %v", missing)
	}
}
