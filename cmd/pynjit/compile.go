package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/pkg/pynjit"
)

// finish prints diagnostics and turns the outcome into an exit code.
// After an interrupt it prints nothing: what the command did is not
// whole.
func (a *app) finish(diags diag.List, err error) error {
	if a.ctx.Err() != nil {
		return &exitError{exitInterrupt}
	}
	if rerr := a.report(diags); rerr != nil {
		return rerr
	}
	if err != nil {
		fmt.Fprintf(a.stderr, "pynjit: %v\n", err)
		switch {
		case pynjit.IsToolchainError(err):
			return &exitError{exitToolchain}
		case pynjit.IsIOError(err):
			return &exitError{exitIO}
		case pynjit.IsInternalError(err):
			return &exitError{exitInternal}
		}
		return &exitError{exitUsage}
	}
	if diags.HasErrors() {
		return &exitError{exitProgram}
	}
	return nil
}

func (a *app) buildCmd() *cobra.Command {
	var opts pynjit.Options
	var emit, sigFile string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "build [FILE.py | PACKAGE/]...",
		Short: "Compile the file's @njit functions to a shared library (and .o .ll .s .h .py or an executable on --emit)",
		Long: `Build compiles every jitted function of the file at its signatures (see
pynjit sigs) into the outputs --emit asks for. The functions and module
constants it imports from other modules of its project (from .sparse
import helper, from helpers import helper, import pkg.mod as m) are
typed and compiled with it. A directory is a package (or a folder of
modules) built as one library, named after it. Several arguments are
built one by one. Without FILE it builds the files and packages
[tool.pynjit] in pyproject.toml lists, with its options and outputs.

Each function compiles on its own, as in Numba: one that does not
compile is reported with its errors, each function calling it fails
too, with a note at the call (N-callee-failed; an E-call error there
when pynjit cannot lower the callee at all, as for a statement it does
not support), and the others are still typed and reported.
A build with errors writes nothing and exits 1; with -k (--keep-going,
or keep-going = true in [tool.pynjit]) it writes the outputs of the
functions that compile, without the others (they are absent from the
library, the header and the Python module), goes on to the next file
or package, and still exits 1.`,
		Example: `  pynjit build kernels.py                       # kernels.so
  pynjit build kernels.py --emit so,h,py         # and kernels.h, kernels_pynjit.py
  pynjit build kernels.py --emit pyext           # kernels_pyext.abi3.so: import kernels_pyext
  pynjit build kernels.py --sig 'add(int64, int64)' -O 3
  pynjit build -k kernels.py --emit so,py       # write the functions that compile, exit 1 if any does not
  pynjit build simulate.py --emit exe -o simulate
  pynjit build kernels.py --emit obj --target aarch64-linux-gnu   # an object for another machine
  pynjit build src/mypkg/ --emit pyext            # the whole package: mypkg_pyext.abi3.so
  pynjit build                                   # the project of pyproject.toml's [tool.pynjit]`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if emit != "" {
				opts.Emit = strings.Split(emit, ",")
			}
			if opts.Output != "" && len(args) > 1 {
				return fmt.Errorf("-o names one output, and %d files are given: build them one by one", len(args))
			}
			// with -k, a file with errors does not stop the next one
			var failed error
			goOn := func(o pynjit.Options, err error) error {
				var ee *exitError
				if o.KeepGoing && errors.As(err, &ee) && ee.code == exitProgram {
					failed = err
					return nil
				}
				return err
			}
			for _, arg := range args {
				p, err := projectOf(arg, sigFile)
				if err != nil {
					return err
				}
				c, err := configOf(p)
				if err != nil {
					return err
				}
				o := opts
				o.Project = p
				configure(cmd, c, &o)
				if err := goOn(o, a.build(arg, o, verbose)); err != nil {
					return err
				}
			}
			if len(args) > 0 {
				return failed
			}
			c, err := projectFiles()
			if err != nil {
				return err
			}
			if opts.Output != "" && len(c.Files) > 1 {
				return fmt.Errorf("-o names one output, and %s lists %d files: set output-dir there instead", c.Path, len(c.Files))
			}
			for _, f := range c.Files {
				o := opts
				o.Project = pynjit.Project{Config: c.Path, SigFile: c.SigFile}
				if sigFile != "" {
					o.Project.SigFile = sigFile
				}
				configure(cmd, c, &o)
				if emit == "" {
					o.Emit = c.Emit
				}
				if o.Output == "" {
					o.OutputDir = c.OutputDir
				}
				if err := goOn(o, a.build(f, o, verbose)); err != nil {
					return err
				}
			}
			return failed
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "output file (or path stem with several --emit kinds)")
	cmd.Flags().StringVar(&emit, "emit", "", "comma-separated outputs: so,obj,ll,asm,h,py,pyext,exe,wasm (default so; py writes STEM_pynjit.py beside the library, and the library with it; pyext writes STEM_pyext.abi3.so, a CPython extension module; exe runs the __main__ block or main(); wasm needs --target wasm32)")
	sigFlag(cmd, &opts.Sigs)
	sigFileFlag(cmd, &sigFile)
	cmd.Flags().IntVarP(&opts.OptLevel, "opt", "O", 2, "optimization level 0..3")
	cmd.Flags().BoolVar(&opts.Boundscheck, "boundscheck", false, "array indexes out of range raise IndexError (as @njit(boundscheck=True))")
	cmd.Flags().BoolVarP(&opts.KeepGoing, "keep-going", "k", false, "when some functions do not compile, still write the outputs of the others (as make -k); the errors are reported and pynjit exits 1 all the same")
	cmd.Flags().BoolVar(&opts.FastMath, "fastmath", false, "let LLVM reorder float arithmetic and assume no NaN or infinity, for every function (as @njit(fastmath=True)); results may differ from CPython's")
	targetFlags(cmd, &opts.Target)
	pythonFlag(cmd, &opts.Python)
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "print stage timings and written files")
	return cmd
}

// build compiles one file, or one package directory, as opts say.
func (a *app) build(path string, opts pynjit.Options, verbose bool) error {
	src, err := readSource(path)
	if err != nil {
		return err
	}
	if err := checkOptLevel(opts.OptLevel); err != nil {
		return err
	}
	res, diags, err := pynjit.Compile(a.ctx, path, src, opts)
	ferr := a.finish(diags, err)
	if verbose && res != nil && a.ctx.Err() == nil {
		// also after the errors of a build -k, which writes what compiles
		for _, t := range res.Timings {
			fmt.Fprintf(a.stderr, "pynjit: %-9s %8.3f ms\n", t.Stage, float64(t.Duration.Microseconds())/1000)
		}
		for _, f := range res.Files {
			fmt.Fprintf(a.stderr, "pynjit: wrote %s\n", f)
		}
	}
	return ferr
}

func (a *app) runCmd() *cobra.Command {
	var opts pynjit.Options
	var sigFile string
	cmd := &cobra.Command{
		Use:   "run FILE.py [ARG...]",
		Short: "Build the file's program (its __main__ block or main()) and run it",
		Long: `Run compiles the file into an executable, as build --emit exe does, keeps it in
the cache directory so an unchanged file starts at once the next time, and
runs it with the arguments. pynjit exits with the program's exit status, or
128+N when signal N ended it, as a shell reports it.`,
		Example: `  pynjit run primes.py
  pynjit run simulate.py 1000 0.01`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			if err := checkOptLevel(opts.OptLevel); err != nil {
				return err
			}
			if opts.Project, err = projectOf(args[0], sigFile); err != nil {
				return err
			}
			code, diags, err := pynjit.Run(a.ctx, args[0], src, args[1:], opts, pynjit.Stdio{In: os.Stdin, Out: a.stdout, Err: a.stderr})
			if ferr := a.finish(diags, err); ferr != nil {
				return ferr
			}
			a.ranProgram = true
			if code != 0 {
				return &exitError{code}
			}
			return nil
		},
	}
	cmd.Flags().SetInterspersed(false)
	cmd.Flags().IntVarP(&opts.OptLevel, "opt", "O", 2, "optimization level 0..3")
	sigFlag(cmd, &opts.Sigs)
	sigFileFlag(cmd, &sigFile)
	pythonFlag(cmd, &opts.Python)
	return cmd
}

func (a *app) checkCmd() *cobra.Command {
	var strict bool
	var format, sigFile, python string
	var sigs []string
	cmd := &cobra.Command{
		Use:   "check [FILE.py | PACKAGE/]...",
		Short: "Report every error that keeps the files' compiled functions from compiling",
		Long: `Check parses, resolves and types every compiled function of every file, at
the signatures build compiles it at (see pynjit sigs), and reports all the
errors it finds, then exits 1 if there was any (0 otherwise). A directory
is a package, checked as one; the modules a file imports from its
project are typed with it, and errors are shown in the file they are in.
A function
nothing gives types is checked for everything that needs none (unknown
names and module attributes, unsupported constructs, calls with the wrong
arguments), and a note says how to give it types. Without FILE it checks
the files [tool.pynjit] in pyproject.toml lists. Text goes to stderr;
json, github and sarif go to stdout, for programs.`,
		Example: `  pynjit check kernels.py
  pynjit check --strict --format github src/*.py   # in a GitHub Actions step
  pynjit check --format sarif kernels.py > pynjit.sarif
  pynjit check                                     # the project of pyproject.toml's [tool.pynjit]`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(diag.Formats, format) {
				return fmt.Errorf("unknown --format %q (want %s)", format, strings.Join(diag.Formats, ", "))
			}
			if len(args) == 0 {
				c, err := projectFiles()
				if err != nil {
					return err
				}
				args = c.Files
			}
			var all diag.List
			for _, path := range args {
				src, err := readSource(path)
				if err != nil {
					return err
				}
				p, err := projectOf(path, sigFile)
				if err != nil {
					return err
				}
				diags, err := pynjit.Check(a.ctx, path, src, strict, pynjit.Query{Sigs: sigs, Project: p, Python: python})
				if err != nil {
					return a.finish(nil, err)
				}
				all = append(all, diags...)
			}
			// a module imported by several files checked shows its errors once
			all.Sort()
			all = all.Dedupe()
			if format == "text" || a.ctx.Err() != nil {
				return a.finish(all, nil)
			}
			if err := diag.Write(a.stdout, format, all, diag.Options{ToolVersion: pynjit.Version}); err != nil {
				return err
			}
			if all.HasErrors() {
				return &exitError{exitProgram}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&strict, "strict", false, "also fail on @jit functions that fall back to object mode, and on functions Numba would compile that pynjit does not (@vectorize, @jitclass, nested @njit ...)")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text (stderr), json, github or sarif (stdout)")
	sigFlag(cmd, &sigs)
	sigFileFlag(cmd, &sigFile)
	pythonFlag(cmd, &python)
	return cmd
}

// readSource reads a Python file; a directory (a package) gives nil
// bytes, which build and check take as the package.
func readSource(path string) ([]byte, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, nil
	}
	return os.ReadFile(path)
}

// inspect runs an inspect command: it reads FILE, splits off the
// optional FUNC and argument TYPEs into q, and prints what run returns.
func (a *app) inspect(args []string, q pynjit.Query, sigFile string, run func(src []byte, q pynjit.Query) (string, diag.List, error)) error {
	src, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	if q.Project, err = projectOf(args[0], sigFile); err != nil {
		return err
	}
	if len(args) > 1 {
		q.Func = args[1]
	}
	if len(args) > 2 {
		q.ArgTypes = args[2:]
	}
	out, diags, err := run(src, q)
	if ferr := a.finish(diags, err); ferr != nil {
		return ferr
	}
	fmt.Fprint(a.stdout, out)
	return nil
}

func (a *app) inspectTypesCmd() *cobra.Command {
	var format string
	var q pynjit.Query
	var sigFile string
	cmd := &cobra.Command{
		Use: "inspect-types FILE.py [FUNC [TYPE...]]",
		Example: `  pynjit inspect-types foo.py add int64 int64
  pynjit inspect-types foo.py               # every signature of every compiled function
  pynjit inspect-types foo.py add --format json`,
		Short: "Print the typed IR of a function, as Numba's inspect_types() does",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.inspect(args, q, sigFile, func(src []byte, q pynjit.Query) (string, diag.List, error) {
				return pynjit.InspectTypes(a.ctx, args[0], src, q, format)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	sigFlag(cmd, &q.Sigs)
	sigFileFlag(cmd, &sigFile)
	pythonFlag(cmd, &q.Python)
	return cmd
}

func (a *app) inspectLLVMCmd() *cobra.Command {
	var opt int
	var q pynjit.Query
	var sigFile string
	cmd := &cobra.Command{
		Use: "inspect-llvm FILE.py [FUNC [TYPE...]]",
		Example: `  pynjit inspect-llvm foo.py add int64 int64
  pynjit inspect-llvm foo.py add float64 float64 -O 0   # as generated, before optimization`,
		Short: "Print the LLVM IR of a function (optimized; -O0 for the IR as generated)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkOptLevel(opt); err != nil {
				return err
			}
			return a.inspect(args, q, sigFile, func(src []byte, q pynjit.Query) (string, diag.List, error) {
				return pynjit.InspectLLVM(a.ctx, args[0], src, q, opt)
			})
		},
	}
	cmd.Flags().IntVarP(&opt, "opt", "O", 2, "optimization level 0..3")
	sigFlag(cmd, &q.Sigs)
	sigFileFlag(cmd, &sigFile)
	pythonFlag(cmd, &q.Python)
	return cmd
}

func (a *app) inspectASMCmd() *cobra.Command {
	var t pynjit.Target
	var opt int
	var q pynjit.Query
	var sigFile string
	cmd := &cobra.Command{
		Use: "inspect-asm FILE.py [FUNC [TYPE...]]",
		Example: `  pynjit inspect-asm foo.py add int64 int64
  pynjit inspect-asm foo.py add int64 int64 --target aarch64-linux-gnu
  pynjit inspect-asm foo.py dot --cpu native -O 3`,
		Short: "Print the assembly of a function for this machine or a --target",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkOptLevel(opt); err != nil {
				return err
			}
			return a.inspect(args, q, sigFile, func(src []byte, q pynjit.Query) (string, diag.List, error) {
				return pynjit.InspectASM(a.ctx, args[0], src, q, opt, t)
			})
		},
	}
	cmd.Flags().IntVarP(&opt, "opt", "O", 2, "optimization level 0..3")
	targetFlags(cmd, &t)
	sigFlag(cmd, &q.Sigs)
	sigFileFlag(cmd, &sigFile)
	pythonFlag(cmd, &q.Python)
	return cmd
}

func (a *app) inspectCFGCmd() *cobra.Command {
	var format string
	var q pynjit.Query
	var sigFile string
	cmd := &cobra.Command{
		Use: "inspect-cfg FILE.py [FUNC [TYPE...]]",
		Example: `  pynjit inspect-cfg foo.py add int64 int64            # Graphviz DOT
  pynjit inspect-cfg foo.py add int64 int64 --format svg > add.svg`,
		Short: "Print a function's control-flow graph with its typed IR per block, as Numba's inspect_cfg() does",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "dot" && format != "svg" {
				return fmt.Errorf("unknown --format %q (want dot or svg)", format)
			}
			return a.inspect(args, q, sigFile, func(src []byte, q pynjit.Query) (string, diag.List, error) {
				return pynjit.InspectCFG(a.ctx, args[0], src, q, format)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "dot", "dot (Graphviz's language) or svg (needs Graphviz)")
	sigFlag(cmd, &q.Sigs)
	sigFileFlag(cmd, &sigFile)
	pythonFlag(cmd, &q.Python)
	return cmd
}

// sigFlag adds --sig, which gives a function a signature as a signature
// string in @njit("...") does.
func sigFlag(cmd *cobra.Command, sigs *[]string) {
	cmd.Flags().StringArrayVar(sigs, "sig", nil, "add a signature: NAME(TYPES) or NAME: RETURN(TYPES), e.g. --sig 'add(int64, int64)' or --sig 'tr: float64(float64[:, :])' (repeatable)")
}

// checkOptLevel refuses an optimization level other than 0 to 3.
func checkOptLevel(n int) error {
	if n < 0 || n > 3 {
		return fmt.Errorf("-O %d: the optimization level is 0, 1, 2 or 3", n)
	}
	return nil
}

// targetFlags adds --target and --cpu.
func targetFlags(cmd *cobra.Command, t *pynjit.Target) {
	cmd.Flags().StringVar(&t.Triple, "target", "", "target triple, e.g. aarch64-linux-gnu, x86_64-apple-darwin, wasm32 (default: this machine)")
	cmd.Flags().StringVar(&t.CPU, "cpu", "", "CPU to tune and select instructions for, e.g. native (default: the target's baseline)")
}
