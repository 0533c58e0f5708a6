// Package toolchain runs the external tools that turn LLVM IR into native
// code: clang (or llc plus a C compiler), and opt for verification. Every
// exec of an external program in pynjit lives here. Tools run with
// os/exec, never through a shell, in a private temporary directory.
package toolchain

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Env is what discovery may look at: the search path and overrides.
// Pass values in (EnvFromOS reads the process's); nothing is global.
type Env struct {
	Path     string // PATH
	Clang    string // PYNJIT_CLANG: a compiler to use instead of searching
	LLVMGlob string // glob of extra LLVM bin directories; default /usr/lib/llvm-*/bin
	// Timeout is PYNJIT_TOOL_TIMEOUT: how long one run of a tool may take,
	// as a Go duration ("20m") or seconds ("1200"); "" for DefaultTimeout,
	// "0" for no limit.
	Timeout string
}

// EnvFromOS returns the process environment's view. PYNJIT_LLVM_GLOB
// replaces the default /usr/lib/llvm-*/bin search.
func EnvFromOS() Env {
	glob := os.Getenv("PYNJIT_LLVM_GLOB")
	if glob == "" {
		glob = "/usr/lib/llvm-*/bin"
	}
	return Env{Path: os.Getenv("PATH"), Clang: os.Getenv("PYNJIT_CLANG"), LLVMGlob: glob, Timeout: os.Getenv("PYNJIT_TOOL_TIMEOUT")}
}

// timeout is the limit env sets on one run of a tool.
func (env Env) timeout() (time.Duration, error) {
	if env.Timeout == "" {
		return DefaultTimeout, nil
	}
	if n, err := strconv.ParseUint(env.Timeout, 10, 32); err == nil {
		return time.Duration(n) * time.Second, nil
	}
	d, err := time.ParseDuration(env.Timeout)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("PYNJIT_TOOL_TIMEOUT=%q: want a duration such as 20m or 1200 (seconds), or 0 for no limit", env.Timeout)
	}
	return d, nil
}

// Toolchain is a discovered set of tools.
type Toolchain struct {
	// Clang compiles LLVM IR and C and links; empty when LLC and CC are
	// used instead.
	Clang string
	LLC   string
	CC    string
	// Opt verifies and optimizes IR; it may be empty.
	Opt string
	// WasmLD links WebAssembly objects into a module; it may be empty.
	WasmLD string
	// ObjCopy (llvm-objcopy or binutils' objcopy) makes a combined
	// object's hidden symbols local; it may be empty.
	ObjCopy string
	// Timeout limits each run of a tool; 0 is no limit.
	Timeout time.Duration
}

// MissingError says that no usable compiler was found. Its message is one
// line naming what to install.
type MissingError struct{ What string }

func (e *MissingError) Error() string { return e.What }

// ToolError is a failed run of a tool: the command line and its stderr.
type ToolError struct {
	Cmd    []string
	Stderr string
	Err    error
}

func (e *ToolError) Error() string {
	msg := strings.TrimSpace(e.Stderr)
	if msg == "" {
		msg = e.Err.Error()
	}
	return fmt.Sprintf("%s failed: %s", strings.Join(e.Cmd, " "), msg)
}

func (e *ToolError) Unwrap() error { return e.Err }

// lookPath finds name in the directories of path.
func lookPath(path, name string) string {
	if strings.Contains(name, "/") {
		if isExec(name) {
			return name
		}
		return ""
	}
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			continue
		}
		if p := filepath.Join(dir, name); isExec(p) {
			return p
		}
	}
	return ""
}

func isExec(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

// versions lists the LLVM versions pynjit looks for, newest first.
var versions = []int{19, 18, 17, 16, 15, 14}

// Discover finds the tools: PYNJIT_CLANG, then clang, clang-19 … clang-14
// on PATH, then clang under /usr/lib/llvm-*/bin, then llc with cc.
func Discover(env Env) (*Toolchain, error) {
	timeout, err := env.timeout()
	if err != nil {
		return nil, err
	}
	tc := &Toolchain{Timeout: timeout}
	if env.Clang != "" {
		tc.Clang = lookPath(env.Path, env.Clang)
		if tc.Clang == "" {
			return nil, &MissingError{fmt.Sprintf("PYNJIT_CLANG=%s: no such executable", env.Clang)}
		}
	}
	llvmDirs := llvmBinDirs(env.LLVMGlob)
	if tc.Clang == "" {
		for _, name := range clangNames() {
			if p := lookPath(env.Path, name); p != "" {
				tc.Clang = p
				break
			}
		}
	}
	if tc.Clang == "" {
		for _, dir := range llvmDirs {
			if p := filepath.Join(dir, "clang"); isExec(p) {
				tc.Clang = p
				break
			}
		}
	}
	tc.Opt = findLLVMTool(env, llvmDirs, "opt")
	tc.WasmLD = findLLVMTool(env, llvmDirs, "wasm-ld")
	if tc.ObjCopy = findLLVMTool(env, llvmDirs, "llvm-objcopy"); tc.ObjCopy == "" {
		tc.ObjCopy = lookPath(env.Path, "objcopy")
	}
	if tc.Clang != "" {
		return tc, nil
	}
	for _, name := range append([]string{"llc"}, suffixed("llc")...) {
		if p := lookPath(env.Path, name); p != "" {
			tc.LLC = p
			break
		}
	}
	for _, name := range []string{"cc", "gcc"} {
		if p := lookPath(env.Path, name); p != "" {
			tc.CC = p
			break
		}
	}
	if tc.LLC != "" && tc.CC != "" {
		return tc, nil
	}
	return nil, &MissingError{"no compiler for LLVM IR found: install clang (apt-get install -y clang-14), or llc and cc, or set PYNJIT_CLANG"}
}

func clangNames() []string { return append([]string{"clang"}, suffixed("clang")...) }

func suffixed(tool string) []string {
	var out []string
	for _, v := range versions {
		out = append(out, tool+"-"+strconv.Itoa(v))
	}
	return out
}

// llvmBinDirs returns the directories matching glob, newest version first.
func llvmBinDirs(glob string) []string {
	if glob == "" {
		return nil
	}
	dirs, _ := filepath.Glob(glob)
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	return dirs
}

func versionOf(dir string) int {
	for _, part := range strings.Split(dir, "/") {
		if v, ok := strings.CutPrefix(part, "llvm-"); ok {
			n, _ := strconv.Atoi(v)
			return n
		}
	}
	return 0
}

// Options are code generation options.
type Options struct {
	OptLevel int    // 0..3
	Triple   string // target triple; empty for the host
	CPU      string // e.g. "native"; empty for the default
}

func (o Options) olevel() string { return "-O" + strconv.Itoa(min(max(o.OptLevel, 0), 3)) }

// Kind is what CompileIR produces.
type Kind int

// The outputs of CompileIR.
const (
	Object Kind = iota
	Assembly
)

// loopAlign is the alignment, in bytes, of every loop's first instruction.
// LLVM's default (16 on x86-64) lets a tight loop straddle a 64-byte
// instruction-fetch line or not depending on the code before it: the same
// loop of bench/kernels.py's insertion_sort ran 0.82x or 1.2x as long as
// C's as unrelated functions changed size. A line of its own makes a
// loop's speed depend on its own code only, for a few padding bytes.
const loopAlign = "64"

// clangIRFlags are the flags clang compiles generated IR with, for a
// library or an object alike. LLVM unrolls a loop whose trip count is
// known only at run time when the loop has one exit; generated loops have
// more, one per check that raises (an index, a conversion, a division),
// each on a path marked unlikely and without calls, so unrolling them
// too (-unroll-runtime-multi-exit) pays as it does for single-exit loops.
func clangIRFlags(o Options) []string {
	args := []string{o.olevel(), "-fPIC", "-Wno-override-module", "-falign-loops=" + loopAlign,
		"-mllvm", "-unroll-runtime-multi-exit"}
	if o.Triple != "" {
		args = append(args, "--target="+o.Triple)
	}
	if o.CPU != "" {
		args = append(args, "-march="+o.CPU)
	}
	return args
}

// CompileIR compiles LLVM IR text to an object file or assembly.
func (tc *Toolchain) CompileIR(ctx context.Context, ll []byte, kind Kind, o Options) ([]byte, error) {
	out := "out.o"
	var args []string
	if tc.Clang != "" {
		args = append([]string{tc.Clang, "-x", "ir"}, clangIRFlags(o)...)
		if kind == Assembly {
			out = "out.s"
			args = append(args, "-S")
		} else {
			args = append(args, "-c")
		}
		args = append(args, "in.ll", "-o", out)
	} else {
		args = []string{tc.LLC, o.olevel(), "-relocation-model=pic", "-align-loops=" + loopAlign}
		if o.Triple != "" {
			args = append(args, "-mtriple="+o.Triple)
		}
		if o.CPU != "" {
			args = append(args, "-mcpu="+o.CPU)
		}
		if kind == Assembly {
			out = "out.s"
			args = append(args, "-filetype=asm")
		} else {
			args = append(args, "-filetype=obj")
		}
		args = append(args, "in.ll", "-o", out)
	}
	want := object
	if kind == Assembly {
		want = text
	}
	return run(ctx, tc.Timeout, job{files: map[string][]byte{"in.ll": ll}, out: out, want: want, triple: o.Triple, args: args})
}

// cFlags are the flags C source (the runtime, the extension module's
// wrappers) is compiled with: every symbol hidden but those the source
// exports by name, so that each library binds its own runtime.
var cFlags = []string{"-std=c11", "-O2", "-fPIC", "-fvisibility=hidden"}

// CompileC compiles C source (the runtime) to a position-independent
// object file.
func (tc *Toolchain) CompileC(ctx context.Context, src []byte, o Options) ([]byte, error) {
	cc := tc.Clang
	if cc == "" {
		cc = tc.CC
	}
	args := append(append([]string{cc}, cFlags...), "-c", "in.c", "-o", "out.o")
	if o.Triple != "" && tc.Clang != "" {
		args = append(args, "--target="+o.Triple)
	}
	return run(ctx, tc.Timeout, job{files: map[string][]byte{"in.c": src}, out: "out.o", want: object, triple: o.Triple, args: args})
}

// LinkShared links objects into a shared library and returns its bytes.
func (tc *Toolchain) LinkShared(ctx context.Context, objs [][]byte) ([]byte, error) {
	return tc.link(ctx, objs, "out.so", "-shared", sharedLib)
}

// LinkExe links objects into an executable and returns its bytes.
func (tc *Toolchain) LinkExe(ctx context.Context, objs [][]byte) ([]byte, error) {
	return tc.link(ctx, objs, "out", "", executable)
}

func (tc *Toolchain) link(ctx context.Context, objs [][]byte, out, mode string, want artifact) ([]byte, error) {
	files := map[string][]byte{}
	cc := tc.Clang
	if cc == "" {
		cc = tc.CC
	}
	args := []string{cc}
	if mode != "" {
		args = append(args, mode)
	}
	args = append(args, "-fPIC", "-o", out)
	for i, o := range objs {
		name := fmt.Sprintf("in%d.o", i)
		files[name] = o
		args = append(args, name)
	}
	args = append(args, "-lm")
	return run(ctx, tc.Timeout, job{files: files, out: out, want: want, args: args})
}

// LinkObject combines objects (the program's and the runtime units it
// calls) into one relocatable object, as ld -r does, whose hidden
// symbols are then made local (objcopy --localize-hidden): the runtime
// comes with the program, and two such objects linked into one program
// neither clash nor take each other's calls.
func (tc *Toolchain) LinkObject(ctx context.Context, objs [][]byte) ([]byte, error) {
	if tc.ObjCopy == "" {
		return nil, &MissingError{"objcopy not found: install binutils (apt-get install -y binutils) or llvm to emit an object with its runtime"}
	}
	cc := tc.Clang
	if cc == "" {
		cc = tc.CC
	}
	files := map[string][]byte{}
	args := []string{cc, "-r", "-nostdlib", "-o", "out.o"}
	for i, o := range objs {
		name := fmt.Sprintf("in%d.o", i)
		files[name] = o
		args = append(args, name)
	}
	combined, err := run(ctx, tc.Timeout, job{files: files, out: "out.o", want: object, args: args})
	if err != nil {
		return nil, err
	}
	return run(ctx, tc.Timeout, job{files: map[string][]byte{"in.o": combined}, out: "out.o", want: object,
		args: []string{tc.ObjCopy, "--localize-hidden", "in.o", "out.o"}})
}

// OptimizeIR returns the IR optimized at the given level, as text.
func (tc *Toolchain) OptimizeIR(ctx context.Context, ll []byte, o Options) ([]byte, error) {
	var args []string
	switch {
	case tc.Clang != "":
		args = []string{tc.Clang, "-x", "ir", o.olevel(), "-S", "-emit-llvm", "-Wno-override-module", "in.ll", "-o", "out.ll"}
	case tc.Opt != "":
		args = []string{tc.Opt, o.olevel(), "-S", "in.ll", "-o", "out.ll"}
	default:
		return nil, &MissingError{"no tool to optimize LLVM IR: install clang (apt-get install -y clang-14) or opt"}
	}
	return run(ctx, tc.Timeout, job{files: map[string][]byte{"in.ll": ll}, out: "out.ll", want: text, args: args})
}

// VerifyIR runs LLVM's verifier over the IR (opt -passes=verify); a
// *ToolError carries the verifier's complaint.
func (tc *Toolchain) VerifyIR(ctx context.Context, ll []byte) error {
	if tc.Opt == "" {
		return &MissingError{"opt not found: install llvm (apt-get install -y llvm-14) to verify LLVM IR"}
	}
	_, err := run(ctx, tc.Timeout, job{files: map[string][]byte{"in.ll": ll}, args: []string{tc.Opt, "-passes=verify", "-disable-output", "in.ll"}})
	return err
}

// IsMissing reports whether err says a tool is missing.
func IsMissing(err error) bool {
	var m *MissingError
	return errors.As(err, &m)
}

// BuildShared compiles LLVM IR and links it with prebuilt objects (the
// runtime) into a shared library, in one clang run when clang is there.
func (tc *Toolchain) BuildShared(ctx context.Context, ll []byte, objs [][]byte, o Options) ([]byte, error) {
	if tc.Clang == "" {
		obj, err := tc.CompileIR(ctx, ll, Object, o)
		if err != nil {
			return nil, err
		}
		return tc.LinkShared(ctx, append([][]byte{obj}, objs...))
	}
	files := map[string][]byte{"in.ll": ll}
	args := append([]string{tc.Clang, "-shared"}, clangIRFlags(o)...)
	args = append(args, "-x", "ir", "in.ll", "-x", "none")
	for i, obj := range objs {
		name := fmt.Sprintf("obj%d.o", i)
		files[name] = obj
		args = append(args, name)
	}
	args = append(args, "-o", "out.so", "-lm")
	return run(ctx, tc.Timeout, job{files: files, out: "out.so", want: sharedLib, args: args})
}

// findLLVMTool finds an LLVM tool on PATH (plain or version-suffixed)
// or in an LLVM bin directory; "" when there is none.
func findLLVMTool(env Env, llvmDirs []string, name string) string {
	for _, n := range append([]string{name}, suffixed(name)...) {
		if p := lookPath(env.Path, n); p != "" {
			return p
		}
	}
	for _, dir := range llvmDirs {
		if p := filepath.Join(dir, name); isExec(p) {
			return p
		}
	}
	return ""
}

// LinkWasm links a wasm32 object into a WebAssembly module exporting its
// functions; the math functions it calls stay imports for the host.
func (tc *Toolchain) LinkWasm(ctx context.Context, obj []byte) ([]byte, error) {
	if tc.WasmLD == "" {
		return nil, &MissingError{"wasm-ld not found: install lld (apt-get install -y lld-14) to link .wasm modules"}
	}
	return run(ctx, tc.Timeout, job{files: map[string][]byte{"in.o": obj}, out: "out.wasm", want: wasmModule,
		args: []string{tc.WasmLD, "--no-entry", "--export-dynamic", "--allow-undefined", "in.o", "-o", "out.wasm"}})
}

// Key identifies the toolchain for caching compiled objects: each tool's
// path, and the size and modification time of the file it resolves to,
// so that upgrading a compiler in place invalidates what it built; and
// the flags pynjit gives it beyond the build's options, so that a pynjit
// compiling with other flags does not reuse objects the old flags made.
func (tc *Toolchain) Key() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q %q|", clangIRFlags(Options{}), cFlags)
	for _, p := range []string{tc.Clang, tc.LLC, tc.CC, tc.ObjCopy} {
		if p == "" { // a tool not used: EvalSymlinks("") is the current directory
			b.WriteByte('|')
			continue
		}
		b.WriteString(p)
		if real, err := filepath.EvalSymlinks(p); err == nil {
			if fi, err := os.Stat(real); err == nil {
				fmt.Fprintf(&b, "=%s:%d:%d", real, fi.Size(), fi.ModTime().UnixNano())
			}
		}
		b.WriteByte('|')
	}
	return b.String()
}

// probeTimeout limits a Probe: printing a version takes a moment.
const probeTimeout = 30 * time.Second

// Probe runs a program with args (such as "--version") and returns the
// first line it prints, or "" when it cannot run: doctor uses it to show
// what is installed.
func Probe(ctx context.Context, path string, args ...string) string {
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, args...).CombinedOutput()
	if err != nil {
		return ""
	}
	line, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	return line
}

// RenderSVG renders a Graphviz DOT graph as SVG with Graphviz's dot,
// found on env's PATH.
func RenderSVG(ctx context.Context, env Env, dot []byte) ([]byte, error) {
	path := lookPath(env.Path, "dot")
	if path == "" {
		return nil, &MissingError{"Graphviz's dot not found: install graphviz (apt-get install -y graphviz) to render SVG, or use --format dot"}
	}
	timeout, err := env.timeout()
	if err != nil {
		return nil, err
	}
	return run(ctx, timeout, job{files: map[string][]byte{"in.dot": dot}, args: []string{path, "-Tsvg", "in.dot"}})
}
