package build

import (
	"context"
	"errors"
	goruntime "runtime"
	"sync"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// A large file is compiled in parts, one per core: clang optimizes and
// compiles one module on one core, and on a file of thousands of
// functions that is most of the build. The functions are cut, in file
// order, into parts of about equal size. A call into another part goes
// through a hidden global symbol, which LLVM cannot inline; so a small
// callee (a helper, say) is instead copied into every part that calls
// it, and only large callees, whose calls cost little next to their
// work, are called across parts. Copies go CopyDepth calls deep: a
// chain of small functions each calling the one before would otherwise
// copy the whole chain into every later part.

// Split says how a program is compiled in parts.
type Split struct {
	// Parts is the most parts; 0 means one per core.
	Parts int
	// PartSize is the fewest IR instructions a part may have: below it,
	// another clang process and a link cost more than they save.
	PartSize int
	// CopySize is the largest callee, in IR instructions, copied into
	// the parts that call it rather than called across parts.
	CopySize int
	// CopyDepth is how many calls deep from a part's own functions small
	// callees are copied; a call deeper goes across parts.
	CopyDepth int
}

// defaultSplit is how Compile splits a program when the request does not
// say.
var defaultSplit = Split{PartSize: 10000, CopySize: 200, CopyDepth: 3}

// plan is how a program is compiled in parts.
type plan struct {
	// defines lists, per part, the specializations it defines: those
	// whose home it is, and copies of small ones they call.
	defines []map[*infer.Result]bool
	// home is the part of each specialization's one global copy, which
	// has its exports.
	home map[*infer.Result]int
	// shared are the specializations called from parts other than their
	// home.
	shared map[*infer.Result]bool
}

// partition plans specs in parts as sp says; nil when the program is too
// small to be worth more than one.
func partition(specs []*infer.Result, sp Split) *plan {
	n := sp.Parts
	if n == 0 {
		n = goruntime.GOMAXPROCS(0)
	}
	size := map[*infer.Result]int{}
	total := 0
	for _, s := range specs {
		for _, b := range s.Func.Blocks {
			size[s] += len(b.Insts)
		}
		total += size[s]
	}
	n = min(n, total/max(sp.PartSize, 1))
	if n < 2 {
		return nil
	}
	p := &plan{home: map[*infer.Result]int{}, shared: map[*infer.Result]bool{}}
	acc := 0
	for _, s := range specs {
		p.home[s] = min(acc*n/total, n-1)
		acc += size[s]
	}
	for k := range n {
		def := map[*infer.Result]bool{}
		var level []*infer.Result
		for _, s := range specs {
			if p.home[s] == k {
				def[s] = true
				level = append(level, s)
			}
		}
		for depth := 0; len(level) > 0; depth++ { // breadth first: each copy at its least depth
			var next []*infer.Result
			for _, s := range level {
				for _, c := range s.Callees {
					if c.Kind != infer.CallUser || c.Spec == nil || def[c.Spec] {
						continue
					}
					if size[c.Spec] <= sp.CopySize && depth < sp.CopyDepth {
						def[c.Spec] = true
						next = append(next, c.Spec)
					} else {
						p.shared[c.Spec] = true
					}
				}
			}
			level = next
		}
		p.defines = append(p.defines, def)
	}
	return p
}

// generateParts builds the LLVM IR text of each part concurrently. Every
// part declares all specializations and defines its own; exports and
// the executable's entry go to their specialization's home part. A part
// not yet begun when ctx is cancelled is not generated.
func generateParts(ctx context.Context, p *plan, specs []*infer.Result, exports []codegen.Export, opts codegen.Options) ([][]byte, error) {
	return concurrently(len(p.defines), func(k int) ([]byte, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var ex []codegen.Export
		for _, e := range exports {
			if p.home[e.Spec] == k {
				ex = append(ex, e)
			}
		}
		o := opts
		if o.Entry != nil && p.home[o.Entry] != k {
			o.Entry = nil
		}
		o.Part = p.defines[k]
		o.Shared = map[*infer.Result]bool{}
		for s := range p.shared {
			if p.home[s] == k {
				o.Shared[s] = true
			}
		}
		mod, err := codegen.Generate(specs, ex, o)
		if err != nil {
			return nil, err
		}
		return llText(mod)
	})
}

// compileParts compiles each part's IR to an object, concurrently.
func compileParts(ctx context.Context, tc *toolchain.Toolchain, lls [][]byte, opt toolchain.Options) ([][]byte, error) {
	return concurrently(len(lls), func(k int) ([]byte, error) {
		return tc.CompileIR(ctx, lls[k], toolchain.Object, opt)
	})
}

// concurrently runs run(0) ... run(n-1) side by side and returns their
// results in order, or their errors joined.
func concurrently(n int, run func(i int) ([]byte, error)) ([][]byte, error) {
	out := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i], errs[i] = run(i)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}
