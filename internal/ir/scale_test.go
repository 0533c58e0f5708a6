package ir

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// repeatLines writes line(i) for i in [0, n), indented in a function.
func repeatLines(n int, head, tail string, line func(i int) string) string {
	var s strings.Builder
	s.WriteString("def f(x):\n" + head)
	for i := range n {
		s.WriteString(line(i))
	}
	s.WriteString(tail)
	return s.String()
}

// scaleShapes are functions that grow with n in the ways generated code
// does; Build must take time linear in n on each.
var scaleShapes = []struct {
	name string
	gen  func(n int) string
}{
	{"straight", func(n int) string {
		return repeatLines(n, "    y = x\n", "    return y\n", func(i int) string { return fmt.Sprintf("    y = y * 3 + %d\n", i%97) })
	}},
	{"ifs", func(n int) string {
		return repeatLines(n, "    y = 0\n", "    return y\n", func(i int) string { return fmt.Sprintf("    if x > %d:\n        y = y + 1\n", i) })
	}},
	{"elif", func(n int) string {
		return repeatLines(n, "    if x == -1:\n        y = 0\n", "    else:\n        y = 1\n    return y\n", func(i int) string { return fmt.Sprintf("    elif x == %d:\n        y = %d\n", i, i) })
	}},
	{"chain", func(n int) string {
		return repeatLines(n, "    return (0 <= x\n", "    )\n", func(i int) string { return fmt.Sprintf("        < x + %d\n", i) })
	}},
	{"maybe-reads", func(n int) string { // a check before each read
		return repeatLines(n, "    for i in range(x):\n        y = i\n    z = 0\n", "    return z\n", func(int) string { return "    z = z + y\n" })
	}},
	{"a local per if", func(n int) string { // a phi per local
		var reads strings.Builder
		for i := range n {
			fmt.Fprintf(&reads, "    z = z + y%d\n", i)
		}
		return repeatLines(n, "    z = 0\n", reads.String()+"    return z\n", func(i int) string { return fmt.Sprintf("    if x > %d:\n        y%d = %d\n", i, i, i) })
	}},
	{"nested loops", func(n int) string {
		var s strings.Builder
		s.WriteString("def f(x):\n    y = 0\n")
		for i := range 50 {
			fmt.Fprintf(&s, "%sfor i%d in range(x):\n", strings.Repeat("    ", i+1), i)
		}
		return repeatLines(n, s.String()[len("def f(x):\n"):], "    return y\n", func(i int) string {
			return fmt.Sprintf("%sy = y + i%d\n", strings.Repeat("    ", 51), i%50)
		})
	}},
}

// cpuTime is the CPU time the process has used: unlike the time on the
// clock, it does not grow while a busy machine runs something else.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// TestBuildIsLinear lowers each shape at n and 8n statements (Build:
// lowering and checkReads), where linear work grows 8 times and
// quadratic work 64 times: the bytes allocated must grow less than 12
// times, and the CPU time, the best of three, less than 24 times (wide,
// for a machine that is busy with other work). The collector is off
// while Build runs: a cycle the larger run happens to start would
// charge it for marking everything live, the test's own trees included.
func TestBuildIsLinear(t *testing.T) {
	const n = 600
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, sh := range scaleShapes {
		t.Run(sh.name, func(t *testing.T) {
			small, large := lowered(t, sh.gen(n)), lowered(t, sh.gen(8*n))
			measure := func(b *builder) (cpu time.Duration, bytes uint64) {
				for i := range 3 {
					var m runtime.MemStats
					runtime.GC()
					runtime.ReadMemStats(&m)
					alloc, start := m.TotalAlloc, cpuTime()
					if _, diags := Build(b.m, b.m.Lookup("f")); diags.HasErrors() {
						t.Fatal(diags)
					}
					if e := cpuTime() - start; i == 0 || e < cpu {
						cpu = e
					}
					runtime.ReadMemStats(&m)
					bytes = m.TotalAlloc - alloc
				}
				return cpu, bytes
			}
			ts, bs := measure(small)
			tl, bl := measure(large)
			t.Logf("%d: %v, %d bytes; %d: %v (%.1fx), %d bytes (%.1fx)", n, ts, bs, 8*n, tl, float64(tl)/float64(ts), bl, float64(bl)/float64(bs))
			if bl > 12*bs {
				t.Errorf("%d statements allocate %d bytes, %d allocate %d: %.1fx, want < 12x", n, bs, 8*n, bl, float64(bl)/float64(bs))
			}
			if tl > 24*ts && tl > 20*time.Millisecond {
				t.Errorf("%d statements take %v, %d take %v: %.1fx, want < 24x", n, ts, 8*n, tl, float64(tl)/float64(ts))
			}
		})
	}
}

// TestSmallFunctionIsSmall: a file of 100,000 one-line functions keeps
// the IR of each, so a function's IR must cost about its size (a chunk
// of 256 variables per function was 20 KB each, 2 GB for the file).
func TestSmallFunctionIsSmall(t *testing.T) {
	b := lowered(t, "def f(x):\n    return x * 3 + 1\n")
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	const runs = 100
	funcs := make([]*Func, runs)
	for i := range funcs {
		funcs[i], _ = Build(b.m, b.m.Lookup("f"))
	}
	runtime.ReadMemStats(&m1)
	per := (m1.TotalAlloc - m0.TotalAlloc) / runs
	t.Logf("%d bytes", per)
	if per > 6000 {
		t.Errorf("Build allocates %d bytes for a function of one line", per)
	}
	runtime.KeepAlive(funcs)
}

// TestLargeFunctionIsSmall: the IR of a large function is held until its
// code is generated, so a statement's instructions and variables must
// cost about their size (y = y * 3 + k: 5 instructions and 4
// temporaries: 771 bytes before assignments came from a slab and the
// slices were compacted, 673 after, 726 since each instruction carries
// its ID, which spares infer and codegen a map keyed by instruction).
func TestLargeFunctionIsSmall(t *testing.T) {
	const n = 20000
	var src strings.Builder
	src.WriteString("def f(x):\n    y = x\n")
	for i := range n {
		fmt.Fprintf(&src, "    y = y * 3 + %d\n", i%97)
	}
	src.WriteString("    return y\n")
	file := source.NewFile("t.py", []byte(src.String()))
	m, _ := syntax.Parse(file)
	mod, _ := resolve.Resolve(file, m, resolve.Options{})
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	f, diags := Build(mod, mod.Lookup("f"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	per := (int64(m1.HeapAlloc) - int64(m0.HeapAlloc)) / n
	t.Logf("%d bytes per statement", per)
	if per > 760 {
		t.Errorf("the IR holds %d bytes per statement, want <= 760", per)
	}
	runtime.KeepAlive(f)
}
