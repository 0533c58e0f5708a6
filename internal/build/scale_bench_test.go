package build

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/codegen"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/infer"
	"github.com/pynjit/pynjit/internal/ir"
	"github.com/pynjit/pynjit/internal/lltext"
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// scaleShape generates a program whose size grows with n: the shapes of
// generated code (SymPy's printers, unrolled kernels) that have made a
// stage superlinear in the size of a function or a file.
type scaleShape struct {
	name string
	gen  func(n int) string
}

const scaleHeader = "from numba import njit\n\n@njit(\"int64(int64)\")\ndef f(x):\n"

// scaleShapes are the shapes scripts/bench_scale.sh measures; n counts
// statements, branches, links, elements or fields.
var scaleShapes = []scaleShape{
	{"straight", func(n int) string { // n assignments in one function
		var s strings.Builder
		s.WriteString(scaleHeader + "    y = x\n")
		for i := 1; i < n; i++ {
			fmt.Fprintf(&s, "    y = y * 3 + %d\n", i%97)
		}
		s.WriteString("    return y\n")
		return s.String()
	}},
	{"ifs", func(n int) string { // n ifs in sequence
		var s strings.Builder
		s.WriteString(scaleHeader + "    y = 0\n")
		for i := range n {
			fmt.Fprintf(&s, "    if x > %d:\n        y = y + %d\n", i, i%97)
		}
		s.WriteString("    return y\n")
		return s.String()
	}},
	{"elif", func(n int) string { // one if with n-1 elifs
		var s strings.Builder
		s.WriteString(scaleHeader + "    if x == 0:\n        y = 0\n")
		for i := 1; i < n; i++ {
			fmt.Fprintf(&s, "    elif x == %d:\n        y = %d\n", i, i%97)
		}
		s.WriteString("    else:\n        y = -1\n    return y\n")
		return s.String()
	}},
	{"chain", func(n int) string { // a comparison of n links
		var s strings.Builder
		s.WriteString(scaleHeader + "    return (0 <= x\n")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&s, "        < x + %d\n", i)
		}
		s.WriteString("    )\n")
		return s.String()
	}},
	{"tuple", func(n int) string { // a tuple literal of n elements
		var s strings.Builder
		s.WriteString(scaleHeader + "    t = (\n")
		for i := range n {
			fmt.Fprintf(&s, "        x + %d,\n", i)
		}
		fmt.Fprintf(&s, "    )\n    return t[0] + t[%d]\n", n-1)
		return s.String()
	}},
	{"tuplearg", func(n int) string { // an argument of type UniTuple(int64, n)
		return fmt.Sprintf("from numba import njit\n\n@njit(\"int64(UniTuple(int64, %d))\")\ndef f(t):\n    return t[0] + t[%d]\n", n, n-1)
	}},
	{"fstring", func(n int) string { // an f-string of n fields
		var s strings.Builder
		s.WriteString(scaleHeader + "    print(f\"")
		for range n {
			s.WriteString("{x}")
		}
		s.WriteString("\")\n    return x\n")
		return s.String()
	}},
	{"bigint", func(n int) string { // an integer literal of 10n digits
		return scaleHeader + "    return x + 1" + strings.Repeat("0", 10*n-1) + "\n"
	}},
	{"functions", func(n int) string { // n functions in one file
		var s strings.Builder
		s.WriteString("from numba import njit\n")
		for i := range n {
			fmt.Fprintf(&s, "\n@njit(\"int64(int64)\")\ndef f%d(x):\n    return x * %d + 1\n", i, i)
		}
		return s.String()
	}},
}

// heapPeak samples the heap's size every 200µs: the peak of a stage is
// the largest sample between two resets.
type heapPeak struct {
	peak atomic.Uint64
	stop chan struct{}
	wg   sync.WaitGroup
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

func allocBytes() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func startHeapPeak() *heapPeak {
	h := &heapPeak{stop: make(chan struct{})}
	if os.Getenv("PYNJIT_SCALE_INSTR") != "" {
		// counting instructions (scaleMark): no sampling, whose share
		// depends on the clock
		return h
	}
	h.wg.Go(func() {
		t := time.NewTicker(200 * time.Microsecond)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-t.C:
				h.sample()
			}
		}
	})
	return h
}

func (h *heapPeak) sample() {
	b := heapBytes()
	for {
		p := h.peak.Load()
		if b <= p || h.peak.CompareAndSwap(p, b) {
			return
		}
	}
}

// stage runs one stage after a collection and reports its time (ms),
// the process's CPU time while it ran (all threads, the collector's
// included: on a busy machine, the measure that does not count waiting
// for a core), the bytes it allocated and the heap's peak (MiB).
func (h *heapPeak) stage(b *testing.B, name string, run func()) {
	runtime.GC()
	h.peak.Store(0)
	h.sample()
	alloc := allocBytes()
	start, cpu := time.Now(), cpuTime()
	scaleMark()
	run()
	scaleMark()
	d, c := time.Since(start), cpuTime()-cpu
	h.sample()
	ms, cpuMs := float64(d.Microseconds())/1000, float64(c.Microseconds())/1000
	allocMiB, peakMiB := float64(allocBytes()-alloc)/(1<<20), float64(h.peak.Load())/(1<<20)
	b.ReportMetric(ms, name+"-ms")
	b.ReportMetric(cpuMs, name+"-cpu-ms")
	b.ReportMetric(allocMiB, name+"-allocMiB")
	b.ReportMetric(peakMiB, name+"-peakMiB")
	if os.Getenv("PYNJIT_SCALE_TRACE") != "" {
		// as each stage ends, for a run that is stopped in a later one
		fmt.Fprintf(os.Stderr, "scale-stage %s %.3f %.3f %.2f %.2f\n", name, ms, cpuMs, peakMiB, allocMiB)
	}
}

// BenchmarkScale takes each shape at each size through the front end,
// stage by stage, as `pynjit build --emit ll` does: parse, resolve, ir,
// infer, codegen (the module's LLVM text). scripts/bench_scale.sh runs
// one leaf per process (BenchmarkScale/SHAPE/N, -benchtime 1x) to take
// its peak RSS as well; the sizes are powers of two times 6250 up to
// 100,000.
func BenchmarkScale(b *testing.B) {
	for _, sh := range scaleShapes {
		b.Run(sh.name, func(b *testing.B) {
			for n := 6250; n <= 100000; n *= 2 {
				b.Run(strconv.Itoa(n), func(b *testing.B) {
					src := sh.gen(n)
					for range b.N {
						scaleStages(b, src)
					}
					b.ReportMetric(float64(len(src)), "src-bytes")
				})
			}
		})
	}
}

// scaleStages runs the stages of a build to LLVM text on src, reporting
// each; a diagnostic stops it after the stage that gave it.
func scaleStages(b *testing.B, src string) {
	if os.Getenv("PYNJIT_SCALE_TRACE") != "" {
		fmt.Fprintf(os.Stderr, "scale-source %d\n", len(src))
	}
	h := startHeapPeak()
	defer func() { close(h.stop); h.wg.Wait() }()
	fe := &frontEnd{file: source.NewFile("scale.py", syntax.DecodeSource([]byte(src))), funcs: map[*resolve.Function]*ir.Func{}}
	var m *syntax.Module
	var errs int
	h.stage(b, "parse", func() {
		var d diag.List
		m, d = syntax.Parse(fe.file)
		errs += len(d)
	})
	if m == nil {
		return
	}
	h.stage(b, "resolve", func() {
		var d diag.List
		fe.mod, d = resolve.Resolve(fe.file, m, resolve.Options{})
		errs += len(d)
	})
	fe.roots = []*resolve.Module{fe.mod}
	if fe.mod == nil || errs > 0 {
		return
	}
	h.stage(b, "ir", func() { // lowering and the untyped passes
		for _, fn := range fe.mod.Funcs {
			f, d := lower(fe.mod, fn, passClock{})
			errs += len(d)
			fe.funcs[fn] = f
		}
		fe.prog = infer.NewProgram(fe.mod, fe.funcs)
	})
	if errs > 0 {
		return
	}
	var results []*infer.Result
	h.stage(b, "infer", func() {
		reqs, _ := fe.requested("", nil)
		if len(reqs) == 0 {
			b.Fatal("no function to type: the stages after ir would measure nothing")
		}
		var d diag.List
		var err error
		if results, d, err = fe.typeAll(context.Background(), reqs); err != nil {
			b.Fatal(err)
		}
		errs += len(d)
	})
	if errs > 0 {
		return
	}
	// as a build does, before the collection the codegen stage starts with
	fe.dropBodies()
	h.stage(b, "codegen", func() { // the typed passes and code generation
		mod, _, err := fe.module(results, codegen.Options{X86_64: targetsX86("")})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lltext.Bytes(mod); err != nil {
			b.Fatal(err)
		}
	})
}

// scaleMark is called as each stage starts and ends: scripts/bench_scale.sh
// counts the instructions between two calls under callgrind
// (--dump-before of this function).
//
//go:noinline
func scaleMark() {}
