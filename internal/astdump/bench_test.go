package astdump

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// BenchmarkParseStdlib parses every .py file of the standard library once
// per iteration (files are read before the timer starts; decoding them
// is timed, as CPython's compile of the bytes decodes them too). Set
// PYNJIT_BENCH_ROOT to measure another tree. scripts/bench_parse.sh runs
// it next to CPython's ast.parse over the same files.
func BenchmarkParseStdlib(b *testing.B) {
	root := os.Getenv("PYNJIT_BENCH_ROOT")
	if root == "" {
		root = "/usr/lib/python3.11"
	}
	var texts [][]byte
	size := 0
	for _, path := range corpusFiles(b, root) {
		t, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportMetric(float64(len(texts)), "files")
	before := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			syntax.Parse(source.NewFile("bench.py", syntax.DecodeSource(t)))
		}
	}
	b.StopTimer()
	// CPU seconds of the whole process (all threads, GC included) per pass
	// over the corpus: the figure the parser's speed goal is stated in.
	b.ReportMetric((cpuTime()-before).Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime returns the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
