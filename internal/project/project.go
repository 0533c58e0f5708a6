// Package project reads a project's pynjit configuration, the
// [tool.pynjit] table of its pyproject.toml:
//
//	[tool.pynjit]
//	files = ["src/kernels.py"]         # files to compile, relative to pyproject.toml
//	modules = ["pkg.physics"]          # or modules: pkg/physics.py or src/pkg/physics.py
//	packages = ["pkg"]                 # or packages, each built as one library: pkg/ or src/pkg/
//	emit = ["so", "h", "py"]           # as --emit; default so
//	output-dir = "build"               # where outputs go; default beside pyproject.toml
//	signature-file = "pynjit-sigs.txt" # what pynjit trace writes; this is the default
//	boundscheck = false                # as --boundscheck
//	fastmath = false                   # as --fastmath
//	keep-going = false                 # as build -k
//	opt-level = 2                      # as -O
//	cpu = "native"                     # as --cpu
//	target = ""                        # as --target
//
//	[tool.pynjit.signatures]           # as --sig, per file
//	"src/kernels.py" = ["add(int64, int64)", "norm: float64(float64[:])"]
//
// `pynjit build` and `pynjit check` without a file work on the files
// listed; with a file, its signatures and the options apply to it (a
// flag given on the command line wins).
package project

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/sigfile"
	"github.com/pynjit/pynjit/internal/source"
)

// FileName is the file a project's configuration is read from.
const FileName = "pyproject.toml"

// Config is [tool.pynjit], with paths made absolute.
type Config struct {
	// Path is the pyproject.toml it was read from; Root its directory.
	Path, Root string
	// Files are the Python files to compile, from files and modules,
	// and the directories of the packages (each built as one).
	Files       []string
	Emit        []string
	OutputDir   string
	SigFile     string
	Boundscheck *bool
	FastMath    *bool
	KeepGoing   *bool
	OptLevel    *int
	CPU, Target string
	// Signatures are, per absolute file path, signatures as --sig takes
	// them.
	Signatures map[string][]string
	src        *source.File
}

// raw is [tool.pynjit] as written.
type raw struct {
	Files       []string            `toml:"files"`
	Modules     []string            `toml:"modules"`
	Packages    []string            `toml:"packages"`
	Emit        []string            `toml:"emit"`
	OutputDir   string              `toml:"output-dir"`
	SigFile     string              `toml:"signature-file"`
	Boundscheck *bool               `toml:"boundscheck"`
	FastMath    *bool               `toml:"fastmath"`
	KeepGoing   *bool               `toml:"keep-going"`
	OptLevel    *int                `toml:"opt-level"`
	CPU         string              `toml:"cpu"`
	Target      string              `toml:"target"`
	Signatures  map[string][]string `toml:"signatures"`
}

// Find looks for a pyproject.toml with a [tool.pynjit] table in dir and
// its parents, and reads it; nil when there is none.
func Find(dir string) (*Config, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for {
		path := filepath.Join(dir, FileName)
		c, err := Load(path)
		if err == nil && c != nil {
			return c, nil
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
}

// Load reads a pyproject.toml; nil without an error when it has no
// [tool.pynjit] table.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Tool struct {
			Pynjit *raw `toml:"pynjit"`
		} `toml:"tool"`
	}
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	r := doc.Tool.Pynjit
	if r == nil {
		return nil, nil
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		for _, k := range undecoded {
			if len(k) > 2 && k[0] == "tool" && k[1] == "pynjit" {
				return nil, fmt.Errorf("%s: unknown key %s in [tool.pynjit] (known: files, modules, packages, emit, output-dir, signature-file, boundscheck, fastmath, opt-level, cpu, target, signatures)", path, k)
			}
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	root := filepath.Dir(abs)
	c := &Config{Path: abs, Root: root, Emit: r.Emit, Boundscheck: r.Boundscheck, FastMath: r.FastMath, KeepGoing: r.KeepGoing, OptLevel: r.OptLevel,
		CPU: r.CPU, Target: r.Target, Signatures: map[string][]string{}, src: source.NewFile(path, data)}
	in := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
	for _, f := range r.Files {
		c.Files = append(c.Files, in(f))
	}
	for _, m := range r.Modules {
		f, err := moduleFile(root, m)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		c.Files = append(c.Files, f)
	}
	for _, p := range r.Packages {
		d, err := packageDir(root, p)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		c.Files = append(c.Files, d)
	}
	c.OutputDir = root
	if r.OutputDir != "" {
		c.OutputDir = in(r.OutputDir)
	}
	c.SigFile = in(sigfile.DefaultName)
	if r.SigFile != "" {
		c.SigFile = in(r.SigFile)
	}
	for f, sigs := range r.Signatures {
		c.Signatures[in(f)] = sigs
	}
	return c, nil
}

// moduleFile finds the file of a dotted module name under root or
// root/src: pkg.mod is pkg/mod.py or pkg/mod/__init__.py.
func moduleFile(root, module string) (string, error) {
	rel := filepath.Join(strings.Split(module, ".")...)
	for _, base := range []string{root, filepath.Join(root, "src")} {
		for _, f := range []string{rel + ".py", filepath.Join(rel, "__init__.py")} {
			p := filepath.Join(base, f)
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
	}
	return "", fmt.Errorf("module %s: no %s.py under %s or its src folder", module, rel, root)
}

// packageDir finds the directory of a dotted package name under root or
// root/src: pkg.sub is pkg/sub/ holding an __init__.py.
func packageDir(root, pkg string) (string, error) {
	rel := filepath.Join(strings.Split(pkg, ".")...)
	for _, base := range []string{root, filepath.Join(root, "src")} {
		d := filepath.Join(base, rel)
		if _, err := os.Stat(filepath.Join(d, "__init__.py")); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("package %s: no %s/__init__.py under %s or its src folder", pkg, filepath.ToSlash(rel), root)
}

// Given returns the signatures pyproject.toml gives the file at path,
// placed where they are written in it.
func (c *Config) Given(path string) []resolve.Given {
	if c == nil {
		return nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	var out []resolve.Given
	for _, s := range c.Signatures[abs] {
		g := resolve.Given{Text: s, Kind: resolve.FromConfig, File: c.src}
		// the first line holding the string, quoted, is where it is
		for n := 1; n <= c.src.LineCount(); n++ {
			line := c.src.Line(n)
			if i := strings.Index(line, `"`+s+`"`); i >= 0 {
				col := len([]rune(line[:i])) + 1
				g.Span = source.Span{Start: source.Pos{Line: n, Col: col}, End: source.Pos{Line: n, Col: col + len([]rune(s))}}
				break
			}
		}
		out = append(out, g)
	}
	return out
}
