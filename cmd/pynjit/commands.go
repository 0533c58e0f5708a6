package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/pkg/pynjit"
)

// app holds what every command needs: the output streams and the
// environment, passed in so tests can run commands in-process.
type app struct {
	ctx            context.Context // cancelled by Ctrl-C
	stdout, stderr io.Writer
	getenv         func(string) string
	color          string
	code           int
	// ranProgram is set once run has run the program: its exit status is
	// pynjit's, even when a signal ended it.
	ranProgram bool
}

// exitError carries an exit code out of a cobra command.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func (a *app) execute(args []string) int {
	root := a.root()
	root.SetArgs(args)
	err := root.Execute()
	var ee *exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintf(a.stderr, "pynjit: %v\n", err)
		return exitUsage
	}
}

// rootLong is pynjit --help's text: exit statuses and the environment.
const rootLong = `Ahead-of-time compiler for Numba-style @njit Python functions.

Exit status: 0 success, 1 errors in the program, 2 usage, 3 missing or
failing toolchain, 4 internal error (or out of memory), 5 an output or
temporary file could not be written, 128+N stopped by signal N (130 for
Ctrl-C; also SIGTERM and SIGHUP: running tools are killed, temporary files
removed and no output written). run exits with the program's status, 128+N
when signal N ended it.

Environment:
  PYNJIT_CACHE         build cache directory (default: the user cache directory's
                       pynjit folder; "off" for none); refused, with a warning,
                       when another user owns it or others may write it
  PYNJIT_CACHE_MAX     size the cache is trimmed to, least recently used first
                       (default 1G; 0 for no limit)
  PYNJIT_CLANG         the compiler to use instead of searching PATH
  PYNJIT_LLVM_GLOB     where else to look for LLVM (default /usr/lib/llvm-*/bin)
  PYNJIT_TOOL_TIMEOUT  limit on one run of a tool, e.g. 20m or 1200 (default 10m;
                       0 for none)
  PYNJIT_MEMORY_LIMIT  MiB pynjit may use before it stops (default: 3/4 of the
                       memory, cgroup or address-space limit; 0 for none)
  PYNJIT_DEBUG=1       print the stack of an internal error
  NO_COLOR             no colour in diagnostics`

// root is the pynjit command with every subcommand.
func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:           "pynjit",
		Short:         "Ahead-of-time compiler for Numba-style @njit Python functions",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.PersistentFlags().StringVar(&a.color, "color", "auto", "colour diagnostics: auto, always or never")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		switch a.color {
		case "auto", "always", "never":
			return nil
		}
		return fmt.Errorf("invalid --color value %q (want auto, always or never)", a.color)
	}
	root.AddCommand(a.parseCmd(), a.buildCmd(), a.checkCmd(), a.runCmd(), a.inspectTypesCmd(), a.inspectLLVMCmd(), a.inspectASMCmd(), a.inspectCFGCmd(), a.sigsCmd(), a.traceCmd(), a.versionCmd(), a.doctorCmd())
	return root
}

// report prints diagnostics on stderr, coloured as --color and the
// stream allow.
func (a *app) report(diags diag.List) error {
	color := false
	if f, ok := a.stderr.(*os.File); ok {
		c, err := diag.ColorEnabled(a.color, f, a.getenv)
		if err != nil {
			return err
		}
		color = c
	} else if a.color == "always" {
		color = true
	}
	return diag.WriteText(a.stderr, diags, color)
}

func (a *app) parseCmd() *cobra.Command {
	var dump bool
	var python string
	cmd := &cobra.Command{
		Use: "parse FILE.py",
		Example: `  pynjit parse foo.py          # exit 0 when it parses, else the syntax error
  pynjit parse --dump foo.py   # the tree, exactly as python3 -c "import ast; print(ast.dump(ast.parse(...)))"
  pynjit parse --python 3.11 --dump foo.py   # as CPython 3.11 reads it, in its ast.dump format`,
		Short: "Parse a file; with --dump, print its tree as CPython's ast.dump does",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			out, diags, err := pynjit.Parse(args[0], src, python)
			if err := a.finish(diags, err); err != nil {
				return err
			}
			if dump {
				fmt.Fprintln(a.stdout, out)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&dump, "dump", false, "print the tree in ast.dump format")
	pythonFlag(cmd, &python)
	return cmd
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print pynjit's version, commit, Go version and the compiler it found",
		Example: "  pynjit version",
		Args:    cobra.NoArgs,
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintln(a.stdout, pynjit.BuildInfo())
			fmt.Fprintf(a.stdout, "compiler: %s\n", describe(pynjit.CompilerCheck(a.ctx)))
		},
	}
}

func (a *app) doctorCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "doctor",
		Short:   "List the tools pynjit uses and what to install for anything missing",
		Example: "  pynjit doctor",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			missing := false
			for _, c := range pynjit.Doctor(a.ctx) {
				missing = missing || c.Found == ""
				fmt.Fprintf(a.stdout, "%-9s %s\n", c.Name, describe(c))
			}
			if missing {
				return &exitError{exitToolchain}
			}
			return nil
		},
	}
}

// describe is one doctor line: what was found (and a hint), or what to
// install.
func describe(c pynjit.DoctorCheck) string {
	switch {
	case c.Found == "":
		return "missing: " + c.Fix
	case c.Fix != "":
		return c.Found + " (" + c.Fix + ")"
	}
	return c.Found
}
