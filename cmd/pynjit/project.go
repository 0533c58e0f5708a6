package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/pynjit/pynjit/internal/project"
	"github.com/pynjit/pynjit/pkg/pynjit"
)

// sigFileFlag adds --sig-file, which names the signature file to read
// instead of the project's.
func sigFileFlag(cmd *cobra.Command, path *string) {
	cmd.Flags().StringVar(path, "sig-file", "", "read recorded signatures from this file (default: the project's, pynjit-sigs.txt beside pyproject.toml or the file)")
}

// projectOf is the project the file belongs to, with --sig-file's file
// when given.
func projectOf(file, sigFile string) (pynjit.Project, error) {
	p, err := pynjit.FindProject(file)
	if sigFile != "" {
		p.SigFile = sigFile
	}
	return p, err
}

// errNoProject is the usage error of a command given no file outside a
// project.
var errNoProject = errors.New("no FILE given, and no pyproject.toml with a [tool.pynjit] table here or above: name a file, or list files = [...] under [tool.pynjit]")

// projectFiles are the files a command without FILE works on: those of
// the project found from the current directory.
func projectFiles() (*project.Config, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	c, err := project.Find(wd)
	if err != nil {
		return nil, err
	}
	if c == nil {
		return nil, errNoProject
	}
	if len(c.Files) == 0 {
		return nil, fmt.Errorf("%s: [tool.pynjit] lists no files = [...] or modules = [...]", c.Path)
	}
	return c, nil
}

// configure applies [tool.pynjit]'s options to opts where the command
// line did not set them.
func configure(cmd *cobra.Command, c *project.Config, opts *pynjit.Options) {
	if c == nil {
		return
	}
	set := func(flag string) bool { return cmd.Flags().Changed(flag) }
	if c.Boundscheck != nil && !set("boundscheck") {
		opts.Boundscheck = *c.Boundscheck
	}
	if c.FastMath != nil && !set("fastmath") {
		opts.FastMath = *c.FastMath
	}
	if c.KeepGoing != nil && !set("keep-going") {
		opts.KeepGoing = *c.KeepGoing
	}
	if c.OptLevel != nil && !set("opt") {
		opts.OptLevel = *c.OptLevel
	}
	if c.CPU != "" && !set("cpu") {
		opts.Target.CPU = c.CPU
	}
	if c.Target != "" && !set("target") {
		opts.Target.Triple = c.Target
	}
}

// configOf reads the configuration a project names, or nil.
func configOf(p pynjit.Project) (*project.Config, error) {
	if p.Config == "" {
		return nil, nil
	}
	return project.Load(p.Config)
}
