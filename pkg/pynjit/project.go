package pynjit

import (
	"os"
	"path/filepath"

	"github.com/pynjit/pynjit/internal/project"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/sigfile"
)

// Project is what a project adds to each of its files: the signatures
// of [tool.pynjit.signatures] in its pyproject.toml and those a
// signature file written by Trace recorded. Every command reads them the
// same way.
type Project struct {
	// Config is a pyproject.toml with a [tool.pynjit] table; "" for none.
	Config string
	// SigFile is a signature file; "" for none. A file that does not
	// exist gives no signatures.
	SigFile string
}

// FindProject returns the project the Python file at path belongs to:
// the nearest pyproject.toml with a [tool.pynjit] table in its directory
// or above, and its signature file (pynjit-sigs.txt beside it unless it
// names another); without one, the nearest pynjit-sigs.txt in the file's
// directory or above.
func FindProject(path string) (Project, error) {
	c, err := project.Find(filepath.Dir(path))
	if err != nil {
		return Project{}, err
	}
	if c == nil {
		return Project{SigFile: nearestSigFile(path)}, nil
	}
	return Project{Config: c.Path, SigFile: c.SigFile}, nil
}

// nearestSigFile is the pynjit-sigs.txt in the file's directory or the
// nearest above it (pynjit trace writes it in the directory it is run
// from), or the one beside the file when there is none.
func nearestSigFile(path string) string {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return filepath.Join(filepath.Dir(path), sigfile.DefaultName)
	}
	for d := dir; ; {
		p := filepath.Join(d, sigfile.DefaultName)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(d)
		if parent == d {
			return filepath.Join(dir, sigfile.DefaultName)
		}
		d = parent
	}
}

// given reads the signatures p gives the file at name.
func (p Project) given(name string) ([]resolve.Given, error) {
	of, err := p.givenFor()
	if err != nil {
		return nil, err
	}
	return of(name), nil
}

// givenFor reads p's configuration and signature file once, and
// returns the signatures they give each file: also the other modules
// of a package, and those a file imports.
func (p Project) givenFor() (func(path string) []resolve.Given, error) {
	var c *project.Config
	var f *sigfile.File
	var err error
	if p.Config != "" {
		if c, err = project.Load(p.Config); err != nil {
			return nil, err
		}
	}
	if p.SigFile != "" {
		if f, err = sigfile.Read(p.SigFile); err != nil {
			return nil, err
		}
	}
	return func(path string) []resolve.Given {
		var out []resolve.Given
		if c != nil {
			out = append(out, c.Given(path)...)
		}
		if f != nil {
			out = append(out, f.For(path)...)
		}
		return out
	}, nil
}
