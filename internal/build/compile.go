package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/llir/llvm/ir"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// Request is one build.
type Request struct {
	Name   string // the file name, for diagnostics and default outputs
	Source []byte
	// Emit lists the outputs: "so", "obj", "ll", "asm", "h", "py" (the
	// Python module <stem>_pynjit.py beside the library), "exe" (an
	// executable running the file's __main__ block or main()); default so.
	Emit []string
	// Output is the output path for a single output, or the path stem
	// (without extension) for several; default: the file's stem in the
	// current directory.
	Output   string
	OptLevel int
	Sigs     []string // --sig values
	Env      toolchain.Env
	// CacheDir keeps compiled artifacts between builds, keyed by the LLVM
	// IR, the runtime's source, the toolchain and the options; "" disables
	// it.
	CacheDir string
	// Version is pynjit's version, recorded in generated files.
	Version string
	// Boundscheck checks every array index (--boundscheck).
	Boundscheck bool
	// FastMath gives every function LLVM's fast-math flags (--fastmath).
	FastMath bool
	// Triple and CPU select the machine to compile for (--target, --cpu);
	// empty for this one. Another target gets obj, asm, ll and (wasm32)
	// wasm outputs only.
	Triple, CPU string
	// Split, when set, replaces how a large program is compiled in parts
	// (tests split small ones).
	Split *Split
}

// Output is what a build wrote.
type Output struct {
	Files   []string
	Timings []Timing
}

// Compile builds the requested outputs. Program errors come back as
// diagnostics; a missing or failing toolchain and I/O problems as error.
func Compile(ctx context.Context, req Request) (*Output, diag.List, error) {
	fe, diags := load(req.Name, req.Source, req.Sigs, false)
	if fe == nil {
		return nil, diags, nil
	}
	reqs, d := fe.requested("", nil)
	diags = append(diags, d...)
	results, d := fe.typeAll(reqs)
	diags = append(diags, d...)
	var entry *infer.Result
	if slices.Contains(req.Emit, "exe") {
		entry, d = fe.entry()
		diags = append(diags, d...)
	}
	diags.Sort()
	diags = diags.Dedupe()
	if diags.HasErrors() {
		return nil, diags, nil
	}
	if len(results) == 0 && entry == nil {
		diags.Errorf("E-nothing", fe.file, source.Span{}, "nothing to compile: no function has a signature (add one to @njit, e.g. @njit(\"int64(int64)\"), or pass --sig 'f(int64)')")
		return nil, diags, nil
	}
	exports := exportsOf(fe, results)
	start := time.Now()
	checked, fast := map[string]bool{}, map[string]bool{}
	for _, fn := range fe.mod.Funcs {
		checked[fn.Name] = fn.Options.Boundscheck
		fast[fn.Name] = fn.Options.FastMath
	}
	opts := codegen.Options{Entry: entry, Boundscheck: req.Boundscheck, Checked: checked, FastMath: req.FastMath, Fast: fast, X86_64: targetsX86(req.Triple)}
	emit := req.Emit
	if len(emit) == 0 {
		emit = []string{"so"}
	}
	// ll is the whole module; lls are the parts libraries and executables
	// are compiled from (the whole module, unless the file is large)
	var ll []byte
	var lls [][]byte
	var err error
	specs := fe.prog.Specs()
	split := defaultSplit
	if req.Split != nil {
		split = *req.Split
	}
	if uses(emit, partsIR) {
		if p := partition(specs, split); p != nil {
			lls, err = generateParts(p, specs, exports, opts)
		}
	}
	if err == nil && (lls == nil || uses(emit, wholeIR)) {
		var mod *ir.Module
		if mod, err = codegen.Generate(specs, exports, opts); err == nil {
			ll = []byte(mod.String())
		}
	}
	if err != nil {
		diags.Errorf(diag.CodeUnsupported, fe.file, source.Span{}, "%v", err)
		return nil, diags, nil
	}
	if lls == nil {
		lls = [][]byte{ll}
	}
	fe.time("codegen", start)
	header, err := codegen.Header(exports, stem(req.Name), req.Name)
	if err != nil {
		return nil, diags, err
	}
	out := &Output{}
	var tc *toolchain.Toolchain
	needTools := false
	for _, k := range emit {
		needTools = needTools || emitKinds[k].tools
		if req.Triple != "" && emitKinds[k].hostOnly {
			diags.Errorf("E-usage", fe.file, source.Span{}, "--target %s: --emit %s builds for this machine only; for another target emit obj, asm or ll (or wasm for wasm32)", req.Triple, k)
			return nil, diags, nil
		}
		if k == "wasm" && !strings.HasPrefix(req.Triple, "wasm32") {
			diags.Errorf("E-usage", fe.file, source.Span{}, "--emit wasm needs --target wasm32")
			return nil, diags, nil
		}
	}
	if needTools {
		if tc, err = toolchain.Discover(req.Env); err != nil {
			return nil, diags, err
		}
	}
	opt := toolchain.Options{OptLevel: req.OptLevel, Triple: req.Triple, CPU: req.CPU}
	var key string // the toolchain's part of cache keys
	if tc != nil {
		key = tc.Key()
	}
	// units are the parts of the runtime the program calls
	units := sync.OnceValues(func() ([]runtime.Unit, error) { return runtime.Needed(lls...) })
	// objects compiles the program's parts and the runtime side by side
	objects := func() (prog, rt [][]byte, err error) {
		us, err := units()
		if err != nil {
			return nil, nil, err
		}
		var wg sync.WaitGroup
		var progErr error
		wg.Go(func() { prog, progErr = compileParts(ctx, tc, lls, opt) })
		rt, err = runtimeObjects(ctx, tc, key, opt, req.CacheDir, us)
		wg.Wait()
		return prog, rt, errors.Join(err, progErr)
	}
	// library links the program, the runtime and the objects extra
	// compiles into a shared library: in one clang run for a program of
	// one part whose runtime is in the cache, else from objects compiled
	// side by side
	library := func(extra func() ([][]byte, error)) ([]byte, error) {
		us, err := units()
		if err != nil {
			return nil, err
		}
		var prog, rt [][]byte
		oneRun := len(lls) == 1 && runtimeCached(key, opt, req.CacheDir, us)
		if oneRun {
			rt, err = runtimeObjects(ctx, tc, key, opt, req.CacheDir, us)
		} else {
			prog, rt, err = objects()
		}
		if err != nil {
			return nil, err
		}
		more, err := extra()
		if err != nil {
			return nil, err
		}
		if oneRun {
			return tc.BuildShared(ctx, lls[0], append(rt, more...), opt)
		}
		return tc.LinkShared(ctx, append(append(prog, rt...), more...))
	}
	start = time.Now()
	for _, kind := range emit {
		path := outputPath(req, kind, len(emit))
		var data []byte
		switch kind {
		case "ll":
			data = ll
		case "h":
			data = header
		case "py":
			soPath := outputPath(req, "so", 2)
			path = pyModulePath(soPath)
			data, err = pymodule.Generate(pyModule(fe, exports, soPath, req.Name, req.Version))
		case "pyext":
			// <stem>_pyext.abi3.so: the library, its runtime and the
			// extension module's C wrappers in one shared object
			if !strings.HasSuffix(path, ".so") { // -o STEM: STEM_pyext.abi3.so
				path = strings.TrimSuffix(path, emitKinds[kind].ext) + emitKinds[kind].ext
			}
			m := pyModule(fe, exports, outputPath(req, "so", 2), req.Name, req.Version)
			m.Name, _, _ = strings.Cut(filepath.Base(path), ".") // what Python imports it as
			if !isIdentifier(m.Name) {
				diags.Errorf("E-usage", fe.file, source.Span{}, "--emit pyext: the module would be named %q, which Python cannot import; name the output with -o NAME", m.Name)
				return nil, diags, nil
			}
			ext, skipped := pymodule.Extension(m)
			for _, name := range skipped {
				diags.Add(diag.Warning, "W-pyext", fe.file, source.Span{}, "%s is not in the extension module (it takes only int64 and float64 scalars and arrays, and returns an int64, float64 or bool scalar or nothing); --emit py calls it", name)
			}
			data, err = cached(req.CacheDir, kind, []any{key, opt, lls, runtime.Source(), ext}, func() ([]byte, error) {
				return library(func() ([][]byte, error) {
					wrappers, err := tc.CompileC(ctx, ext, opt)
					return [][]byte{wrappers}, err
				})
			})
		case "wasm":
			data, err = cached(req.CacheDir, kind, []any{key, tc.WasmLD, opt, ll}, func() ([]byte, error) {
				obj, err := tc.CompileIR(ctx, ll, toolchain.Object, opt)
				if err != nil {
					return nil, err
				}
				return tc.LinkWasm(ctx, obj)
			})
		case "asm", "obj":
			data, err = cached(req.CacheDir, kind, []any{key, opt, ll}, func() ([]byte, error) {
				return tc.CompileIR(ctx, ll, map[string]toolchain.Kind{"asm": toolchain.Assembly, "obj": toolchain.Object}[kind], opt)
			})
		case "exe", "so":
			// the runtime's source is part of the key: both link it in
			data, err = cached(req.CacheDir, kind, []any{key, opt, lls, runtime.Source()}, func() ([]byte, error) {
				if kind == "so" {
					return library(func() ([][]byte, error) { return nil, nil })
				}
				prog, rt, err := objects()
				if err != nil {
					return nil, err
				}
				return tc.LinkExe(ctx, append(prog, rt...))
			})
		default:
			return nil, diags, fmt.Errorf("unknown --emit kind %q (want so, obj, ll, asm, h, py, pyext, exe, wasm)", kind)
		}
		if err != nil {
			return nil, diags, err
		}
		perm := os.FileMode(0o644)
		if emitKinds[kind].executable {
			perm = 0o755
		}
		if err := toolchain.WriteFileAtomic(path, data, perm); err != nil {
			return nil, diags, err
		}
		out.Files = append(out.Files, path)
	}
	fe.time("toolchain", start)
	out.Timings = fe.timings
	return out, diags, nil
}

// exportsOf names the C-ABI symbols: the Python name for a function with
// one requested signature, name__<mangled types> when it has several.
func exportsOf(fe *frontEnd, results []*infer.Result) []codegen.Export {
	count := map[string]int{}
	for _, r := range results {
		count[r.Func.Name]++
	}
	var out []codegen.Export
	for _, r := range results {
		fn := fe.prog.FuncOf(r)
		names := []string{r.Func.Name}
		if fn != nil && len(fn.ExportNames) > 0 {
			names = fn.ExportNames
		}
		for _, n := range names {
			sym := n
			if count[r.Func.Name] > 1 {
				sym = codegen.Mangle(n, r.Args)
			}
			out = append(out, codegen.Export{Spec: r, Symbol: sym})
		}
	}
	return out
}

func stem(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// emitKinds describes each --emit kind: its file name ending, whether it
// runs the toolchain, whether it only builds for this machine (not with
// --target), whether the file is executable, and which LLVM IR it is made
// from.
var emitKinds = map[string]struct {
	ext                         string
	tools, hostOnly, executable bool
	ir                          irUse
}{
	"so":    {".so", true, true, true, partsIR},
	"obj":   {".o", true, false, false, wholeIR},
	"ll":    {".ll", false, false, false, wholeIR},
	"asm":   {".s", true, false, false, wholeIR},
	"h":     {".h", false, false, false, noIR},
	"py":    {"", false, true, false, noIR}, // beside the library: pyModulePath
	"pyext": {"_pyext.abi3.so", true, true, false, partsIR},
	"exe":   {"", true, true, true, partsIR},
	"wasm":  {".wasm", true, false, false, wholeIR},
}

// irUse says which LLVM IR an --emit kind is made from.
type irUse int

const (
	noIR    irUse = iota
	wholeIR       // the whole module in one piece (IR, assembly, one object)
	partsIR       // the parts a large file is compiled in (libraries, executables)
)

// uses reports whether an --emit kind in emit is made from IR of kind u.
func uses(emit []string, u irUse) bool {
	return slices.ContainsFunc(emit, func(k string) bool { return emitKinds[k].ir == u })
}

func outputPath(req Request, kind string, n int) string {
	if req.Output != "" && n == 1 {
		return req.Output
	}
	base := stem(req.Name)
	if req.Output != "" {
		base = strings.TrimSuffix(req.Output, filepath.Ext(req.Output))
	}
	return base + emitKinds[kind].ext
}

// InspectLLVM returns the LLVM IR of the requested specializations,
// optimized at optLevel (0 for the IR as generated).
func InspectLLVM(ctx context.Context, name string, src []byte, fn string, argTypes []string, optLevel int, env toolchain.Env) (string, diag.List, error) {
	ll, diags := specializedIR(name, src, fn, argTypes, "")
	if ll == nil || optLevel == 0 {
		return string(ll), diags, nil
	}
	tc, err := toolchain.Discover(env)
	if err != nil {
		return "", diags, err
	}
	opt, err := tc.OptimizeIR(ctx, ll, toolchain.Options{OptLevel: optLevel})
	return string(opt), diags, err
}

// InspectASM returns the assembly of the requested specializations, for
// the target and at the level opt gives.
func InspectASM(ctx context.Context, name string, src []byte, fn string, argTypes []string, opt toolchain.Options, env toolchain.Env) (string, diag.List, error) {
	ll, diags := specializedIR(name, src, fn, argTypes, opt.Triple)
	if ll == nil {
		return "", diags, nil
	}
	tc, err := toolchain.Discover(env)
	if err != nil {
		return "", diags, err
	}
	asm, err := tc.CompileIR(ctx, ll, toolchain.Assembly, opt)
	return string(asm), diags, err
}

// targetsX86 reports whether code for triple (this machine when "") runs
// on x86-64.
func targetsX86(triple string) bool {
	if triple == "" {
		return goruntime.GOARCH == "amd64"
	}
	return strings.HasPrefix(triple, "x86_64")
}

// specializedIR is the LLVM IR, as generated, of fn at argTypes (every
// requested specialization when fn is ""), or nil with the errors.
func specializedIR(name string, src []byte, fn string, argTypes []string, triple string) ([]byte, diag.List) {
	fe, results, diags := typed(name, src, fn, argTypes)
	if fe == nil {
		return nil, diags
	}
	mod, err := codegen.Generate(fe.prog.Specs(), exportsOf(fe, results), codegen.Options{X86_64: targetsX86(triple)})
	if err != nil {
		diags.Errorf(diag.CodeUnsupported, fe.file, source.Span{}, "%v", err)
		return nil, diags
	}
	return []byte(mod.String()), diags
}

// Check types every compiled function at its signatures or, lacking
// any, at the argument types of the module's own calls of it with
// constant arguments (as running the file under Numba would); a function
// with neither is checked for everything but its types. With strict,
// object-mode fallbacks of plain @jit are errors too.
func Check(name string, src []byte, strict bool) diag.List {
	fe, diags := load(name, src, nil, strict)
	if fe == nil {
		return diags
	}
	reqs, _ := fe.requested("", nil)
	for _, fn := range fe.mod.Funcs {
		for _, s := range fn.CallSigs {
			reqs = append(reqs, request{fn, s})
		}
	}
	_, d := fe.typeAll(reqs)
	diags = append(diags, d...)
	diags.Sort()
	return diags.Dedupe()
}

// isIdentifier reports whether s is an ASCII Python identifier (what a C
// function name PyInit_<s> also needs).
func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return s != ""
}
