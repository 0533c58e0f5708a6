package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/pynjit/pynjit/internal/build"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/project"
	"github.com/pynjit/pynjit/internal/sigfile"
	"github.com/pynjit/pynjit/pkg/pynjit"
)

func (a *app) sigsCmd() *cobra.Command {
	var q pynjit.Query
	var format, sigFile string
	cmd := &cobra.Command{
		Use:   "sigs [FILE.py...]",
		Short: "List the signatures each function is compiled at, and where each came from",
		Long: `Sigs lists, for every jitted function, the signatures build, check, run and
the inspect commands compile it at, and where each came from. The first of
these that gives a function any signature wins: signature strings in the
decorator, --sig and [tool.pynjit.signatures] in pyproject.toml; then
annotations (def f(a: float, x: npt.NDArray[np.float64])); then the
argument types of the file's own module-level calls and those pynjit trace
recorded. A function none of them types is compiled at the types its
compiled callers pass it, or not at all (listed as having no types).
Signatures are written as --sig takes them.`,
		Example: `  pynjit sigs kernels.py
  pynjit sigs kernels.py --format json`,
		RunE: func(cmd *cobra.Command, args []string) (rerr error) {
			if format != "text" && format != "json" {
				return fmt.Errorf("unknown --format %q (want text or json)", format)
			}
			if len(args) == 0 {
				c, err := projectFiles()
				if err != nil {
					return err
				}
				args = c.Files
			}
			var all []build.Listed
			var diags diag.List
			for _, path := range args {
				src, err := readSource(path)
				if err != nil {
					return err
				}
				p, err := projectOf(path, sigFile)
				if err != nil {
					return err
				}
				q.Project = p
				listed, d, err := pynjit.Signatures(a.ctx, path, src, q)
				diags = append(diags, d...)
				if err != nil {
					return a.finish(diags, err)
				}
				all = append(all, listed...)
			}
			if a.ctx.Err() != nil {
				return a.finish(nil, nil)
			}
			defer func() {
				if ferr := a.finish(diags, nil); ferr != nil && rerr == nil {
					rerr = ferr
				}
			}()
			if format == "json" {
				out, err := json.MarshalIndent(map[string]any{"signatures": all}, "", "  ")
				if err != nil {
					return err
				}
				fmt.Fprintln(a.stdout, string(out))
				return nil
			}
			w := tabwriter.NewWriter(a.stdout, 0, 8, 2, ' ', 0)
			for _, l := range all {
				sig := l.Sig
				if sig == "" {
					sig = l.Func + "(...)"
				}
				fmt.Fprintf(w, "%s\t%s\n", sig, l.Origin)
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	sigFlag(cmd, &q.Sigs)
	sigFileFlag(cmd, &sigFile)
	pythonFlag(cmd, &q.Python)
	return cmd
}

func (a *app) traceCmd() *cobra.Command {
	var sigFile string
	var fresh bool
	cmd := &cobra.Command{
		Use:   "trace [--sig-file FILE] -- COMMAND [ARG...]",
		Short: "Run a Python program and record the argument types of its jitted functions as signatures",
		Long: `Trace runs COMMAND (python3 prog.py ARGS, or python3 -m pytest ...) under
CPython with a stand-in for numba first on PYTHONPATH: its njit and jit, in
every form, run each function as plain Python, unchanged, and record the
Numba types of every call's arguments (int as int64, float as float64,
arrays with dtype, ndim and layout, tuples; lists and strings are named too,
though pynjit cannot compile them yet). The types of the functions in files
under the signature file's directory are merged into that file (default:
pynjit-sigs.txt beside pyproject.toml, or in the current directory), which
build, check, run, sigs and the inspect commands read: a test run becomes
ahead-of-time signatures. pynjit exits with the program's status.`,
		Example: `  pynjit trace -- python3 simulate.py 1000
  pynjit trace -- python3 -m pytest tests/
  pynjit trace --fresh --sig-file sigs.txt -- python3 prog.py`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if sigFile == "" {
				wd, err := os.Getwd()
				if err != nil {
					return err
				}
				sigFile = filepath.Join(wd, sigfile.DefaultName)
				if c, err := project.Find(wd); err != nil {
					return err
				} else if c != nil {
					sigFile = c.SigFile
				}
			}
			sum, err := pynjit.Trace(a.ctx, args, sigFile, fresh, pynjit.Stdio{In: os.Stdin, Out: a.stdout, Err: a.stderr})
			if err != nil {
				return a.finish(nil, err)
			}
			a.ranProgram = true
			fmt.Fprintf(a.stderr, "pynjit: recorded %d signature(s) of the project's functions; %s holds %d\n", sum.Recorded, sigFile, sum.Total)
			if sum.Status != 0 {
				return &exitError{sum.Status}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&sigFile, "sig-file", "", "the signature file to write (default: pynjit-sigs.txt beside pyproject.toml, or in the current directory)")
	cmd.Flags().BoolVar(&fresh, "fresh", false, "replace the file's signatures instead of adding to them")
	return cmd
}
