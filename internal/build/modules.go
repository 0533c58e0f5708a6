package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// A build compiles one file or one package (a directory), and types
// them with the modules of the project they import, found as Python
// finds them: pkg/sub/mod.py, beside __init__.py files in pkg and
// pkg/sub, is the module pkg.sub.mod, and its imports are searched
// from the directory above pkg (and from its own directory, where a
// script's sibling modules are).

// input is what a build or query reads: a file (with its bytes) or a
// package directory, and the signatures given from outside.
type input struct {
	name  string
	src   []byte
	sigs  []string
	given []resolve.Given
	// givenFor gives the signatures pyproject.toml and signature files
	// give another module's file; nil for none.
	givenFor func(path string) []resolve.Given
	// python is the CPython whose grammar every module is read in; zero
	// means syntax.Latest.
	python syntax.Version
}

// isPackage reports whether the input is a directory: a package (or a
// directory of modules) built as one.
func (in input) isPackage() bool {
	if in.src != nil {
		return false
	}
	st, err := os.Stat(in.name)
	return err == nil && st.IsDir()
}

func (in input) givenTo(path string) []resolve.Given {
	if in.givenFor == nil {
		return nil
	}
	return in.givenFor(path)
}

// libraryModules are imported as the libraries they are, whatever the
// project's directories hold: pynjit knows them itself.
var libraryModules = map[string]bool{"numba": true, "numpy": true, "math": true, "cmath": true, "scipy": true, "sys": true, "os": true}

// moduleOf is the dotted name of the module in the file at path,
// whether it is a package's __init__.py, and the directory its
// package's top is in.
func moduleOf(path string) (name string, isInit bool, top string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	dir := filepath.Dir(abs)
	stem := strings.TrimSuffix(filepath.Base(abs), ".py")
	var parts []string
	isInit = stem == "__init__"
	if !isInit {
		parts = []string{stem}
	}
	for fileExists(filepath.Join(dir, "__init__.py")) {
		parts = append([]string{filepath.Base(dir)}, parts...)
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return strings.Join(parts, "."), isInit, dir
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// importer finds the project's modules under the search directories,
// reading and parsing each once.
func (in input) importer(dirs []string) resolve.Importer {
	return func(name string) (*resolve.Source, diag.List) {
		top, _, _ := strings.Cut(name, ".")
		if libraryModules[top] {
			return nil, nil
		}
		rel := filepath.Join(strings.Split(name, ".")...)
		for _, d := range dirs {
			for _, f := range []string{rel + ".py", filepath.Join(rel, "__init__.py")} {
				p := filepath.Join(d, f)
				if !fileExists(p) {
					continue
				}
				return in.parse(shortPath(p), nil)
			}
		}
		return nil, nil
	}
}

// parse reads (unless src is given) and parses the module file at
// path; nil with the syntax error when it does not parse.
func (in input) parse(path string, src []byte) (*resolve.Source, diag.List) {
	if src == nil {
		b, err := os.ReadFile(path)
		if err != nil {
			var l diag.List
			l.Errorf(resolve.CodeImport, source.NewFile(path, nil), source.Span{}, "cannot read module: %v", err)
			return nil, l
		}
		src = b
	}
	f := source.NewFile(path, syntax.DecodeSource(src))
	m, diags := syntax.ParseFor(f, in.python)
	if m == nil {
		return nil, diags
	}
	name, isInit, _ := moduleOf(path)
	return &resolve.Source{File: f, AST: m, Name: name, Package: isInit, Options: resolve.Options{Given: in.givenTo(path)}}, diags
}

// roots parses the modules the input builds: its file, or every module
// of its package (the package's __init__.py first, then in path
// order), and returns the directories imports are searched from. nil
// roots come with the syntax errors that stopped them.
func (in input) roots() ([]*resolve.Source, []string, diag.List) {
	if !in.isPackage() {
		src, diags := in.parse(in.name, in.src)
		if src == nil {
			return nil, nil, diags
		}
		src.Options.Given = in.given
		_, _, top := moduleOf(in.name)
		return []*resolve.Source{src}, searchDirs(top, filepath.Dir(in.name)), diags
	}
	var files []string
	pkg := fileExists(filepath.Join(in.name, "__init__.py"))
	filepath.WalkDir(in.name, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != in.name && (!pkg || !fileExists(filepath.Join(p, "__init__.py"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	slices.SortStableFunc(files, func(a, b string) int {
		ai, bi := filepath.Base(a) == "__init__.py" && filepath.Dir(a) == filepath.Clean(in.name), filepath.Base(b) == "__init__.py" && filepath.Dir(b) == filepath.Clean(in.name)
		switch {
		case ai && !bi:
			return -1
		case bi && !ai:
			return 1
		}
		return strings.Compare(a, b)
	})
	var roots []*resolve.Source
	var diags diag.List
	failed := false
	for _, f := range files {
		src, d := in.parse(f, nil)
		diags = append(diags, d...)
		if src == nil {
			failed = true
			continue
		}
		roots = append(roots, src)
	}
	if failed || len(roots) == 0 {
		if len(roots) == 0 && !failed {
			diags.Errorf("E-nothing", source.NewFile(in.name, nil), source.Span{}, "%s holds no Python module", in.name)
		}
		return nil, nil, diags
	}
	_, _, top := moduleOf(filepath.Join(in.name, "__init__.py"))
	if !pkg {
		top = in.name
	}
	return roots, searchDirs(top, in.name), diags
}

// shortPath is path relative to the current directory when it is below
// it, as the user names files there.
func shortPath(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

// searchDirs are the directories imports are searched from, without
// repeats.
func searchDirs(dirs ...string) []string {
	var out []string
	for _, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			abs = d
		}
		if !slices.Contains(out, abs) {
			out = append(out, abs)
		}
	}
	return out
}
