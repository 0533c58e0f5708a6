// Package pynjit is the public Go API of the pynjit compiler: what the
// command line does, callable from Go. Every function takes the file's
// name and bytes and returns diagnostics as values; nothing here prints
// or exits.
package pynjit

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"

	"github.com/pynjit/pynjit/internal/astdump"
	"github.com/pynjit/pynjit/internal/build"
	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// Version is pynjit's version; release builds set it with
// -ldflags "-X github.com/pynjit/pynjit/pkg/pynjit.Version=..." (see
// .goreleaser.yaml).
var Version = "0.1.0-dev"

// Commit is the commit a release was built from, set like Version; when
// empty, BuildInfo reads it from the Go build's VCS stamp.
var Commit = ""

// Parse parses one file as the CPython version python ("3.11", "3.12"
// or "3.13"; "" for the newest) does. When it parses, dump is the tree
// in that version's ast.dump format; otherwise diags holds the syntax
// error, with that version's message. An unknown version is the error.
func Parse(name string, src []byte, python string) (dump string, diags diag.List, err error) {
	v, err := pythonVersion(python)
	if err != nil {
		return "", nil, err
	}
	f := source.NewFile(name, syntax.DecodeSource(src))
	m, diags := syntax.ParseFor(f, v)
	if m == nil {
		return "", diags, nil
	}
	return astdump.Dump(m, v), diags, nil
}

// pythonVersion reads a --python value: "" is the newest version.
func pythonVersion(python string) (syntax.Version, error) {
	if python == "" {
		return syntax.Latest, nil
	}
	return syntax.LookupVersion(python)
}

// Options configure Compile.
type Options struct {
	// Emit lists the outputs: "so", "obj", "ll", "asm", "h", "py",
	// "pyext", "exe", "wasm"; default so. "py", a module that loads the
	// library, brings "so" with it.
	Emit   []string
	Output string // output path (one output) or path stem (several)
	// OutputDir is where outputs go when Output is empty; "" for the
	// current directory.
	OutputDir string
	OptLevel  int      // 0..3
	Sigs      []string // extra signatures, "add(int64, int64)" or "add: int64(int64, int64)"
	// Boundscheck makes out-of-range array indexes raise IndexError.
	Boundscheck bool
	// FastMath compiles every function as @njit(fastmath=True) does.
	FastMath bool
	// Target is the machine to compile for; the zero value is this one.
	Target Target
	// Project adds the signatures of pyproject.toml and a signature file.
	Project Project
	// Python is the CPython whose grammar the file is read in: "3.11",
	// "3.12" or "3.13"; "" for the newest.
	Python string
	// KeepGoing writes the outputs when some functions do not compile,
	// without those (their errors are reported all the same); otherwise
	// a build with errors writes nothing.
	KeepGoing bool
}

// Target is a machine to compile for: an LLVM target triple
// ("aarch64-linux-gnu", "x86_64-apple-darwin", "wasm32") and a CPU
// ("native"); empty fields mean this machine and its baseline CPU. Other
// targets get objects, assembly and LLVM IR (and wasm32 a .wasm module
// when wasm-ld is installed); libraries and executables are for this
// machine only.
type Target struct {
	Triple string
	CPU    string
}

// Result lists the files Compile wrote and how long each stage took.
type Result struct {
	Files   []string
	Timings []build.Timing
}

// Compile builds a Python file's compiled functions; with src nil and
// name a directory, a package's (or a directory of modules'), as one
// library. The project modules they import are typed with them. Errors in the
// program are diagnostics, and nothing is written (with opts.KeepGoing,
// the outputs of the functions that compile are, and the Result comes
// with the errors); a request that cannot be built as asked, a
// missing or failing toolchain (a *toolchain.MissingError or
// *toolchain.ToolError), an output that cannot be written and
// cancellation are the error. Compiled artifacts are cached in
// $PYNJIT_CACHE (see build.DefaultCacheDir), trimmed to
// $PYNJIT_CACHE_MAX.
func Compile(ctx context.Context, name string, src []byte, opts Options) (*Result, diag.List, error) {
	emit := opts.Emit
	if i := slices.Index(emit, "py"); i >= 0 && !slices.Contains(emit, "so") {
		emit = slices.Insert(slices.Clone(emit), i, "so")
	}
	givenFor, err := opts.Project.givenFor()
	if err != nil {
		return nil, nil, err
	}
	python, err := pythonVersion(opts.Python)
	if err != nil {
		return nil, nil, err
	}
	cacheMax, diags := build.CacheMaxFromEnv(os.Getenv)
	out, d, err := build.Compile(ctx, build.Request{Name: name, Source: src, Emit: emit, Output: opts.Output, OutputDir: opts.OutputDir,
		OptLevel: opts.OptLevel, Sigs: opts.Sigs, Given: givenFor(name), GivenFor: givenFor, Env: toolchain.EnvFromOS(), CacheDir: build.DefaultCacheDir(os.Getenv), CacheMax: cacheMax,
		Version: Version, Boundscheck: opts.Boundscheck, FastMath: opts.FastMath, Triple: opts.Target.Triple, CPU: opts.Target.CPU, Python: python, KeepGoing: opts.KeepGoing})
	diags = append(diags, d...)
	if out == nil {
		return nil, diags, err
	}
	return &Result{Files: out.Files, Timings: out.Timings}, diags, err
}

// Query selects what an inspect command shows: the specializations of
// Func at ArgTypes ("int64", "float64[:]"), of Func at its signatures
// when ArgTypes is empty, or every compiled signature when Func is
// empty. Sigs add signatures as Options.Sigs does.
type Query struct {
	Func     string
	ArgTypes []string
	Sigs     []string
	// Project adds the signatures of pyproject.toml and a signature file.
	Project Project
	// Python is the CPython whose grammar the file is read in, as in
	// Options.
	Python string
}

func (q Query) in(name string, src []byte) (build.Query, error) {
	givenFor, err := q.Project.givenFor()
	if err != nil {
		return build.Query{}, err
	}
	python, err := pythonVersion(q.Python)
	return build.Query{Name: name, Source: src, Sigs: q.Sigs, Given: givenFor(name), GivenFor: givenFor, Func: q.Func, ArgTypes: q.ArgTypes, Python: python}, err
}

// Check types every compiled function of a file (or, with src nil and
// name a directory, of a package) at the signatures q gives it (q.Func and q.ArgTypes are not used) and reports every error,
// also those that need no types in functions nothing types. The error is
// ctx's when it is cancelled.
func Check(ctx context.Context, name string, src []byte, strict bool, q Query) (diag.List, error) {
	bq, err := q.in(name, src)
	if err != nil {
		return nil, err
	}
	return build.Check(ctx, bq, strict)
}

// Signatures lists the signatures each compiled function of a file is
// compiled at, by every command, and where each came from.
func Signatures(ctx context.Context, name string, src []byte, q Query) ([]build.Listed, diag.List, error) {
	bq, err := q.in(name, src)
	if err != nil {
		return nil, nil, err
	}
	return build.Signatures(ctx, bq)
}

// InspectTypes renders typed IR like Numba's inspect_types(), in format
// "text" or "json".
func InspectTypes(ctx context.Context, name string, src []byte, q Query, format string) (string, diag.List, error) {
	bq, err := q.in(name, src)
	if err != nil {
		return "", nil, err
	}
	return build.InspectTypes(ctx, bq, format)
}

// InspectLLVM returns the LLVM IR of the requested specializations,
// optimized at optLevel (0: as generated).
func InspectLLVM(ctx context.Context, name string, src []byte, q Query, optLevel int) (string, diag.List, error) {
	bq, err := q.in(name, src)
	if err != nil {
		return "", nil, err
	}
	return build.InspectLLVM(ctx, bq, optLevel, toolchain.EnvFromOS())
}

// InspectASM returns the assembly of the requested specializations for
// target, optimized at optLevel.
func InspectASM(ctx context.Context, name string, src []byte, q Query, optLevel int, target Target) (string, diag.List, error) {
	bq, err := q.in(name, src)
	if err != nil {
		return "", nil, err
	}
	return build.InspectASM(ctx, bq, toolchain.Options{OptLevel: optLevel, Triple: target.Triple, CPU: target.CPU}, toolchain.EnvFromOS())
}

// InspectCFG returns the control-flow graph of the requested
// specializations with their typed IR per block, as Numba's inspect_cfg()
// shows it: format "dot" (Graphviz's language) or "svg" (rendered by
// Graphviz's dot, which must be installed).
func InspectCFG(ctx context.Context, name string, src []byte, q Query, format string) (string, diag.List, error) {
	bq, err := q.in(name, src)
	if err != nil {
		return "", nil, err
	}
	dot, diags, err := build.InspectCFG(ctx, bq)
	if dot == "" || err != nil || format == "dot" {
		return dot, diags, err
	}
	if format != "svg" {
		return "", diags, fmt.Errorf("unknown format %q (want dot or svg)", format)
	}
	svg, err := toolchain.RenderSVG(ctx, toolchain.EnvFromOS(), []byte(dot))
	return string(svg), diags, err
}

// IsToolchainError reports whether err comes from a missing or failing
// external tool (exit code 3 on the command line).
func IsToolchainError(err error) bool {
	var m *toolchain.MissingError
	var t *toolchain.ToolError
	return errors.As(err, &m) || errors.As(err, &t)
}

// IsInternalError reports whether err is a bug in pynjit found while
// generating code (a typed operation without a lowering): exit code 4 on
// the command line.
func IsInternalError(err error) bool {
	var ie *codegen.InternalError
	return errors.As(err, &ie)
}

// IsIOError reports whether err is a file that could not be read or
// written: an output, a temporary file (exit code 5 on the command
// line).
func IsIOError(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && !IsToolchainError(err)
}

// Interrupted is the cause of a context cancelled by a signal: what the
// command line cancels every call with on Ctrl-C, SIGTERM or SIGHUP. Run
// passes the signal on to the program.
type Interrupted struct{ Signal os.Signal }

func (e *Interrupted) Error() string { return "interrupted by " + e.Signal.String() }
