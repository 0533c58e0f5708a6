package pynjit

import (
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
// names another); without one, pynjit-sigs.txt beside the file.
func FindProject(path string) (Project, error) {
	c, err := project.Find(filepath.Dir(path))
	if err != nil {
		return Project{}, err
	}
	if c == nil {
		return Project{SigFile: filepath.Join(filepath.Dir(path), sigfile.DefaultName)}, nil
	}
	return Project{Config: c.Path, SigFile: c.SigFile}, nil
}

// given reads the signatures p gives the file at name.
func (p Project) given(name string) ([]resolve.Given, error) {
	var out []resolve.Given
	if p.Config != "" {
		c, err := project.Load(p.Config)
		if err != nil {
			return nil, err
		}
		out = append(out, c.Given(name)...)
	}
	if p.SigFile != "" {
		f, err := sigfile.Read(p.SigFile)
		if err != nil {
			return nil, err
		}
		out = append(out, f.For(name)...)
	}
	return out, nil
}
