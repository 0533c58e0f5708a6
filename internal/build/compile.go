package build

import (
	"context"
	"errors"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/llir/llvm/ir"

	"github.com/pynjit/pynjit/internal/abi"
	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	pir "github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lltext"
	"github.com/pynjit/pynjit/internal/pymodule"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
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
	Output string
	// OutputDir is where outputs go when Output is empty; "" for the
	// current directory.
	OutputDir string
	OptLevel  int
	Sigs      []string // --sig values
	// Given are signatures from pyproject.toml and signature files;
	// GivenFor gives those of another module's file (an imported one, or
	// a module of a package built).
	Given    []resolve.Given
	GivenFor func(path string) []resolve.Given
	Env      toolchain.Env
	// CacheDir keeps compiled artifacts between builds, keyed by the LLVM
	// IR, the runtime's source, the toolchain and the options; "" disables
	// it. A directory another user owns or may write is not used (a
	// W-cache warning says so).
	CacheDir string
	// CacheMax is the size, in bytes, the cache is trimmed to, least
	// recently used first; 0 means DefaultCacheMax, a negative value no
	// limit.
	CacheMax int64
	// Version is pynjit's version, recorded in generated files.
	Version string
	// Python is the CPython whose grammar the file is read in; zero
	// means syntax.Latest.
	Python syntax.Version
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
	// KeepGoing writes the outputs of a build some of whose functions do
	// not compile, without those (build -k, as make -k): the errors are
	// reported all the same. A failed executable's entry, or errors that
	// leave nothing to compile, still stop the build.
	KeepGoing bool
}

func (req Request) input() input {
	return input{name: req.Name, src: req.Source, sigs: req.Sigs, given: req.Given, givenFor: req.GivenFor, python: req.Python}
}

// Output is what a build wrote.
type Output struct {
	Files   []string
	Timings []Timing
}

// CodeCache marks a cache directory that cannot be used; the build goes
// on without it.
const CodeCache diag.Code = "W-cache"

// Compile builds the requested outputs. Program errors come back as
// diagnostics; a request that cannot be built as asked as a *UsageError,
// before anything is compiled; a missing or failing toolchain, I/O
// problems and cancellation (ctx's error) as error. A build writes its
// outputs only once all of them are made, and none when ctx is
// cancelled.
func Compile(ctx context.Context, req Request) (*Output, diag.List, error) {
	outs, err := req.outputs()
	if err != nil {
		return nil, nil, err
	}
	fe, diags, err := load(ctx, req.input(), false)
	if fe == nil || err != nil {
		return nil, diags, err
	}
	outs, d, err := fe.pyccRequest(&req, outs)
	if diags = append(diags, d...); outs == nil || err != nil {
		return nil, diags, err
	}
	for _, o := range outs {
		if req.Triple != "" && emitKinds[o.kind].hostOnly {
			diags.Errorf("E-usage", fe.file, source.Span{}, "--target %s: --emit %s builds for this machine only; for another target emit obj, asm or ll (or wasm for wasm32)", req.Triple, o.kind)
			return nil, diags, nil
		}
		if o.kind == "wasm" && !strings.HasPrefix(req.Triple, "wasm32") {
			diags.Errorf("E-usage", fe.file, source.Span{}, "--emit wasm needs --target wasm32")
			return nil, diags, nil
		}
	}
	reqs, d := fe.requested("", nil)
	diags = append(diags, d...)
	results, d, err := fe.typeAll(ctx, reqs)
	diags = append(diags, d...)
	if err != nil {
		return nil, diags, err
	}
	var entry *infer.Result
	var roots []*resolve.Function
	if slices.ContainsFunc(outs, func(o output) bool { return o.kind == "exe" }) {
		entry, d = fe.entry()
		diags = append(diags, d...)
		if entry != nil {
			roots = append(roots, fe.prog.FuncOf(entry))
		}
	}
	// build reports what check does: also the functions nothing types
	diags = append(diags, fe.checkUntyped(roots...)...)
	diags.Sort()
	diags = diags.Dedupe()
	wantsEntry := slices.ContainsFunc(outs, func(o output) bool { return o.kind == "exe" })
	if diags.HasErrors() {
		// -k goes on with what compiles, unless an executable lacks its
		// entry
		goOn := req.KeepGoing && (len(results) > 0 || entry != nil) && (!wantsEntry || entry != nil)
		if goOn || !req.KeepGoing {
			diags = append(diags, fe.keepGoingNote(results, goOn)...)
		}
		if !goOn {
			return nil, diags, nil
		}
	}
	if len(results) == 0 && entry == nil {
		diags.Errorf("E-nothing", fe.file, source.Span{}, "nothing to compile: no function has types (give some with a signature, @njit(\"int64(int64)\"), --sig 'f(int64)', annotations, a call in the file such as f(1), or pynjit trace -- python3 PROGRAM)")
		return nil, diags, nil
	}
	var c *cache
	if req.CacheDir != "" {
		max := req.CacheMax
		if max == 0 {
			max = DefaultCacheMax
		}
		if c, err = openCache(req.CacheDir, max); err != nil {
			diags.Add(diag.Warning, CodeCache, source.NewFile(req.CacheDir, nil), source.Span{}, "cannot use the build cache, building without it: %v", err)
		}
	}
	fe.dropBodies()
	// a collection now sets the heap's goal by what code generation
	// keeps, not by the syntax just dropped: otherwise the heap grows to
	// twice the live heap at the last collection, syntax included, before
	// the next (100,000 statements: a peak RSS of 235 MiB, 168 with it)
	goruntime.GC()
	data, d, err := fe.generate(ctx, req, outs, results, entry, c)
	diags = append(diags, d...)
	if err != nil || data == nil {
		return nil, diags, err
	}
	files, err := write(ctx, outs, data)
	if err != nil {
		return nil, diags, err
	}
	c.trim()
	return &Output{Files: files, Timings: fe.timings}, diags, nil
}

// generate makes the data of every output: nil with the diagnostics
// when the program cannot be compiled, or the error of the toolchain.
func (fe *frontEnd) generate(ctx context.Context, req Request, outs []output, results []*infer.Result, entry *infer.Result, c *cache) (map[string][]byte, diag.List, error) {
	var diags diag.List
	exports := exportsOf(fe, results)
	if d := exportClashes(fe, exports); len(d) > 0 {
		return nil, d, nil
	}
	if entry != nil {
		// an executable's C main is its entry: a function of the file
		// named main (typed by its call in the __main__ block) is called
		// from there, not exported under that name
		exports = slices.DeleteFunc(exports, func(e codegen.Export) bool { return e.Symbol == "main" })
	}
	if slices.ContainsFunc(outs, func(o output) bool { return o.kind == "py" || o.kind == "pyext" }) {
		if d := append(pyModuleNameErrors(fe, outs), pyDefaultErrors(fe, exports)...); len(d) > 0 {
			return nil, d, nil
		}
		diags = append(diags, packageFallbacks(fe)...)
	}
	specs, err := fe.compiledSpecs(results, entry)
	if err != nil {
		return nil, diags, err
	}
	found, d := fe.analyse(specs)
	if diags = append(diags, d...); d.HasErrors() {
		return nil, diags, nil
	}
	start := time.Now()
	checked, fast := fe.funcOptions()
	opts := codegen.Options{Entry: entry, Boundscheck: req.Boundscheck, Checked: checked, FastMath: req.FastMath, Fast: fast, X86_64: targetsX86(req.Triple), Wasm32: strings.HasPrefix(req.Triple, "wasm32"), Facts: found.facts}
	kinds := make([]string, len(outs))
	for i, o := range outs {
		kinds[i] = o.kind
	}
	// ll is the whole module; lls are the parts libraries and executables
	// are compiled from (the whole module, unless the file is large)
	var ll []byte
	var lls [][]byte
	split := defaultSplit
	if req.Split != nil {
		split = *req.Split
	}
	if uses(kinds, partsIR) {
		if p := partition(specs, split); p != nil {
			lls, err = generateParts(ctx, p, specs, exports, opts)
		}
	}
	if err == nil && (lls == nil || uses(kinds, wholeIR)) {
		if err = ctx.Err(); err == nil {
			var mod *ir.Module
			if mod, err = codegen.Generate(specs, exports, opts); err == nil {
				if slices.Contains(kinds, "wasm") {
					diags = append(diags, fe.wasmImports(mod, exports)...)
				}
				ll, err = llText(mod)
			}
		}
	}
	if cerr := ctx.Err(); cerr != nil {
		return nil, diags, cerr
	}
	if err != nil {
		d, err := fe.codegenFailure(err)
		return nil, append(diags, d...), err
	}
	if lls == nil {
		lls = [][]byte{ll}
	}
	fe.time("codegen", start)
	var tc *toolchain.Toolchain
	if slices.ContainsFunc(kinds, func(k string) bool { return emitKinds[k].tools }) {
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
		rt, err = runtimeObjects(ctx, tc, key, opt, c, us)
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
		oneRun := len(lls) == 1 && runtimeCached(c, key, opt, us)
		if oneRun {
			rt, err = runtimeObjects(ctx, tc, key, opt, c, us)
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
	data := map[string][]byte{}
	for _, o := range outs {
		var out []byte
		switch o.kind {
		case "ll":
			out = ll
		case "h":
			out, err = abi.Header(headerFuncs(exports), stem(o.path), req.Name)
		case "py":
			out, err = pymodule.Generate(pyModule(fe, exports, req.outputPath("so", 2), req.Name, req.Version))
		case "pyext":
			m := pyModule(fe, exports, req.outputPath("so", 2), req.Name, req.Version)
			m.Name, _, _ = strings.Cut(filepath.Base(o.path), ".") // what Python imports it as
			ext, skipped := pymodule.Extension(m)
			for _, name := range skipped {
				diags.Add(diag.Warning, "W-pyext", fe.file, source.Span{}, "%s is not in the extension module (%s); --emit py calls it", name, pymodule.ExtensionScope)
			}
			out, err = cached(c, o.kind, []any{key, opt, lls, runtime.Source(), ext}, func() ([]byte, error) {
				return library(func() ([][]byte, error) {
					wrappers, err := tc.CompileC(ctx, ext, opt)
					return [][]byte{wrappers}, err
				})
			})
		case "wasm":
			out, err = cached(c, o.kind, []any{key, tc.WasmLD, opt, ll}, func() ([]byte, error) {
				obj, err := tc.CompileIR(ctx, ll, toolchain.Object, opt)
				if err != nil {
					return nil, err
				}
				return tc.LinkWasm(ctx, obj)
			})
		case "asm":
			out, err = cached(c, o.kind, []any{key, opt, ll}, func() ([]byte, error) {
				return tc.CompileIR(ctx, ll, toolchain.Assembly, opt)
			})
		case "obj":
			// for this machine, the object holds the runtime it calls, as a
			// library does (cc main.c kernels.o -lm links it); for another
			// target, where no C library's headers are at hand to compile
			// the runtime with, the program's code alone
			out, err = cached(c, o.kind, []any{key, opt, ll, runtime.Source()}, func() ([]byte, error) {
				obj, err := tc.CompileIR(ctx, ll, toolchain.Object, opt)
				if err != nil || opt.Triple != "" {
					return obj, err
				}
				us, err := units()
				if err != nil {
					return nil, err
				}
				rt, err := runtimeObjects(ctx, tc, key, opt, c, us)
				if err != nil {
					return nil, err
				}
				return tc.LinkObject(ctx, append([][]byte{obj}, rt...))
			})
		case "exe", "so":
			// the runtime's source is part of the key: both link it in
			out, err = cached(c, o.kind, []any{key, opt, lls, runtime.Source()}, func() ([]byte, error) {
				if o.kind == "so" {
					return library(func() ([][]byte, error) { return nil, nil })
				}
				prog, rt, err := objects()
				if err != nil {
					return nil, err
				}
				return tc.LinkExe(ctx, append(prog, rt...))
			})
		}
		if cerr := ctx.Err(); cerr != nil {
			return nil, diags, cerr
		}
		if err != nil {
			return nil, diags, err
		}
		data[o.kind] = out
	}
	fe.time("toolchain", start)
	return data, diags, nil
}

// codegenFailure reports err, a failure of code generation: an
// InternalError (a bug in pynjit: exit 4) as the error, anything else
// as the program's diagnostic.
func (fe *frontEnd) codegenFailure(err error) (diag.List, error) {
	var ie *codegen.InternalError
	if errors.As(err, &ie) {
		return nil, err
	}
	var diags diag.List
	diags.Errorf(diag.CodeUnsupported, fe.file, source.Span{}, "%v", err)
	return diags, nil
}

// llText prints mod as LLVM text. A module it cannot print (a block
// without a terminator) is code generation's bug: an InternalError.
func llText(mod *ir.Module) ([]byte, error) {
	ll, err := lltext.Bytes(mod)
	if err != nil {
		return nil, &codegen.InternalError{Msg: err.Error()}
	}
	return ll, nil
}

// funcOptions are the functions that ask for boundscheck=True and
// fastmath=True themselves, as codegen.Options' Checked and Fast.
func (fe *frontEnd) funcOptions() (checked, fast map[string]bool) {
	checked, fast = map[string]bool{}, map[string]bool{}
	for _, fn := range fe.allFuncs() {
		if f := fe.funcs[fn]; f != nil {
			checked[optionKey(f)] = fn.Options.Boundscheck
			fast[optionKey(f)] = fn.Options.FastMath
		}
	}
	return checked, fast
}

// optionKey keys a function's boundscheck= and fastmath= options in
// codegen.Options' Checked and Fast, as codegen reads them: by file and
// name, since two modules of a package may each have a function of one
// name.
func optionKey(f *pir.Func) string { return f.File.Name + ":" + f.Name }

// exportsOf names the C-ABI symbols: the Python name for a function with
// one requested signature, name__<mangled types> when it has several,
// also when some of them do not compile (build -k keeps the symbols of
// a clean build).
func exportsOf(fe *frontEnd, results []*infer.Result) []codegen.Export {
	if fe.mod.PyCC != nil {
		return pyccExports(fe, results)
	}
	count := map[string]int{}
	for _, r := range results {
		count[r.Func.Name]++
	}
	for fn := range fe.failed {
		count[fn.Name] += len(fe.failedSigs(fn, results))
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
	return publicSymbols(out)
}

// publicSymbols gives each export the symbol codegen.PublicSymbol makes
// of its own: one that no library the program runs with defines.
func publicSymbols(exports []codegen.Export) []codegen.Export {
	taken := map[string]bool{}
	for _, e := range exports {
		taken[e.Symbol] = true
	}
	for i, e := range exports {
		if sym := codegen.PublicSymbol(e.Symbol, taken); sym != e.Symbol {
			exports[i].Symbol = sym
			taken[sym] = true
		}
	}
	return exports
}

// CodeExportClash marks two functions of a package's modules exported
// under one name.
const CodeExportClash diag.Code = "E-export-clash"

// exportClashes are the errors of a package whose modules export two
// functions under one name: one library has one symbol of a name.
func exportClashes(fe *frontEnd, exports []codegen.Export) diag.List {
	var diags diag.List
	by := map[string]*resolve.Function{}
	for _, e := range exports {
		fn := fe.prog.FuncOf(e.Spec)
		if fn == nil {
			continue
		}
		first, ok := by[e.Symbol]
		if !ok {
			by[e.Symbol] = fn
			continue
		}
		if first == fn {
			continue
		}
		d := diags.Errorf(CodeExportClash, fe.fileOf(fn), fn.Def.NameSpan, "%s is exported by two modules of %s, and one library holds one function of a name (%s)", fn.Name, fe.file.Name, e.Symbol)
		d.Notes = append(d.Notes, diag.Related{File: fe.fileOf(first), Span: first.Def.NameSpan, Message: "the other " + first.Name})
		d.Suggestions = append(d.Suggestions, "rename one, or build the modules one by one (pynjit build FILE.py)")
	}
	return diags
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

// targetsX86 reports whether code for triple (this machine when "") runs
// on x86-64.
func targetsX86(triple string) bool {
	if triple == "" {
		return goruntime.GOARCH == "amd64"
	}
	return strings.HasPrefix(triple, "x86_64")
}
