package syntax_test

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// cpuTime is the CPU time the process has used: unlike the time on the
// clock, it does not grow while a busy machine runs something else.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// repeated is head, then line(i) for i in [0, n), then tail.
func repeated(n int, head, tail string, line func(i int) string) string {
	var s strings.Builder
	s.WriteString(head)
	for i := range n {
		s.WriteString(line(i))
	}
	s.WriteString(tail)
	return s.String()
}

// TestParseIsLinear parses inputs of n and 8n statements (fields,
// elements, links), where linear work grows 8 times and quadratic work
// 64 times: the bytes allocated must grow less than 12 times and the CPU
// time, the best of three with the collector off, less than 24 times.
// Each shape is read as the newest version; the f-string shapes also as
// 3.11, whose f-strings are another parser.
func TestParseIsLinear(t *testing.T) {
	const n = 1000
	shapes := []struct {
		name    string
		gen     func(n int) string
		version syntax.Version // also read as this version, if set
	}{
		{"statements", func(n int) string {
			return repeated(n, "def f(x):\n    y = x\n", "    return y\n", func(i int) string { return fmt.Sprintf("    y = y * 3 + %d\n", i) })
		}, 0},
		{"one line", func(n int) string {
			return repeated(n, "def f(x):\n    y = x", "\n    return y\n", func(i int) string { return fmt.Sprintf("; y = y * 3 + %d", i) })
		}, 0},
		{"f-string fields", func(n int) string {
			return repeated(n, "x = f'", "'\n", func(i int) string { return fmt.Sprintf("{a}é{b:>{c}}%d", i) })
		}, syntax.Python311},
		{"multi-line f-string", func(n int) string {
			return repeated(n, "x = f'''", "'''\n", func(i int) string { return "{a}\r\n" })
		}, syntax.Python311},
		{"debug fields", func(n int) string {
			return repeated(n, "x = f'''", "'''\n", func(i int) string { return fmt.Sprintf("{a[%d] = !r:{w}}{é # c\n=}{{}}", i) })
		}, syntax.Python312},
		{"nested f-strings", func(n int) string {
			return repeated(n, "x = (", ")\n", func(i int) string { return fmt.Sprintf("f'{f\"{f'{a}'}\"}{\"\\n\".join(b)}%d'\n", i) })
		}, 0},
		{"type parameters", func(n int) string {
			return repeated(n, "type A[", "] = int\n", func(i int) string { return fmt.Sprintf("T%d: (int, str) = int, *S%d, **P%d, ", i, i, i) })
		}, 0},
		{"elif chain", func(n int) string {
			return repeated(n, "if x == -1:\n    y = 0\n", "else:\n    y = 1\n", func(i int) string { return fmt.Sprintf("elif x == %d:\n    y = %d\n", i, i) })
		}, 0},
		{"chained comparison", func(n int) string {
			return repeated(n, "x = (0", ")\n", func(i int) string { return fmt.Sprintf("\n < x + %d", i) })
		}, 0},
		{"tuple", func(n int) string {
			return repeated(n, "x = (", ")\n", func(i int) string { return fmt.Sprintf("x + %d,\n", i) })
		}, 0},
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, sh := range shapes {
		versions := []syntax.Version{syntax.Latest}
		if sh.version != 0 {
			versions = append(versions, sh.version)
		}
		for _, v := range versions {
			t.Run(sh.name+" "+v.String(), func(t *testing.T) { checkLinear(t, n, v, sh.gen) })
		}
	}
}

// checkLinear measures parsing gen(n) and gen(8n) as version v.
func checkLinear(t *testing.T, n int, v syntax.Version, gen func(int) string) {
	measure := func(src []byte) (cpu time.Duration, bytes uint64) {
		for i := range 3 {
			var m runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m)
			alloc, start := m.TotalAlloc, cpuTime()
			if _, diags := syntax.ParseFor(source.NewFile("s.py", src), v); diags.HasErrors() {
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
	ts, bs := measure([]byte(gen(n)))
	tl, bl := measure([]byte(gen(8 * n)))
	t.Logf("%d: %v, %d bytes; %d: %v (%.1fx), %d bytes (%.1fx)", n, ts, bs, 8*n, tl, float64(tl)/float64(ts), bl, float64(bl)/float64(bs))
	if bl > 12*bs {
		t.Errorf("%d allocate %d bytes, %d allocate %d: %.1fx, want < 12x", n, bs, 8*n, bl, float64(bl)/float64(bs))
	}
	if tl > 24*ts && tl > 20*time.Millisecond {
		t.Errorf("%d take %v, %d take %v: %.1fx, want < 24x", n, ts, 8*n, tl, float64(tl)/float64(ts))
	}
}

// TestLongIntegerLiteral: a decimal literal of a million digits is
// refused as CPython 3.11 refuses one of more than 4300, at once instead
// of after a conversion quadratic in its length.
func TestLongIntegerLiteral(t *testing.T) {
	src := "x = 1" + strings.Repeat("0", 1000000) + "\n"
	start := cpuTime()
	m, diags := syntax.Parse(source.NewFile("big.py", []byte(src)))
	if m != nil || len(diags) != 1 || !strings.HasPrefix(diags[0].Message, "Exceeds the limit (4300 digits) for integer string conversion: value has 1000001 digits") {
		t.Fatalf("want the digit limit's error, got %v", diags)
	}
	if d := cpuTime() - start; d > time.Second {
		t.Errorf("%v to refuse it", d)
	}
}

// TestTreeIsSmall: the syntax tree of a large function is held until its
// IR is typed, so a statement's nodes must cost about their size
// (y = y * 3 + k: 7 nodes and two integer values, 625 bytes before spans
// were packed and small integers shared, 420 after).
func TestTreeIsSmall(t *testing.T) {
	const n = 20000
	m, m0, m1 := parseMeasured(t, n, true)
	per := (int64(m1.HeapAlloc) - int64(m0.HeapAlloc)) / n
	t.Logf("%d bytes per statement", per)
	if per > 480 {
		t.Errorf("the tree holds %d bytes per statement, want <= 480", per)
	}
	runtime.KeepAlive(m)
}

// TestParseAllocatesLittle: what parsing a large function allocates, its
// tree and what it drops (the tokens, the statements of a block on their
// way to it), per statement of y = y * 3 + k: 903 bytes when the tokens'
// array started at a token per 5 bytes, 823 when a block's statements
// then grew by append's quarter, 784 since.
func TestParseAllocatesLittle(t *testing.T) {
	const n = 100000
	m, m0, m1 := parseMeasured(t, n, false)
	per := (m1.TotalAlloc - m0.TotalAlloc) / n
	t.Logf("%d bytes allocated per statement", per)
	if per > 800 {
		t.Errorf("parsing allocates %d bytes per statement, want <= 800", per)
	}
	runtime.KeepAlive(m)
}

// parseMeasured parses a function of n statements y = y * 3 + k, with
// the memory statistics before and after (after a collection when
// collect is set: what the tree holds, not what parsing dropped).
func parseMeasured(t *testing.T, n int, collect bool) (m *syntax.Module, before, after runtime.MemStats) {
	t.Helper()
	src := repeated(n, "def f(x):\n    y = x\n", "    return y\n", func(i int) string { return fmt.Sprintf("    y = y * 3 + %d\n", i%97) })
	f := source.NewFile("big.py", []byte(src))
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, diags := syntax.Parse(f)
	if collect {
		runtime.GC()
	}
	runtime.ReadMemStats(&after)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return m, before, after
}
