package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// outOfMemory is the cause of a context cancelled because pynjit's
// memory passed its limit.
type outOfMemory struct{ limit, used uint64 }

func (e *outOfMemory) Error() string {
	return fmt.Sprintf("internal error: out of memory: pynjit used %d MiB, over its limit of %d MiB (PYNJIT_MEMORY_LIMIT); "+
		"the input is too large or too deeply nested for this machine (this is a bug if the file is an ordinary size: please report it with the input)",
		e.used>>20, e.limit>>20)
}

// memoryLimit is the memory pynjit may use: $PYNJIT_MEMORY_LIMIT (a
// number of MiB, or 0 for no limit), else three quarters of the address
// space or data size the process may have, of the cgroup's memory.max
// and of the machine's memory, whichever is least.
func memoryLimit(getenv func(string) string) uint64 {
	if v := getenv("PYNJIT_MEMORY_LIMIT"); v != "" {
		if n, err := strconv.ParseUint(v, 10, 64); err == nil {
			return n << 20
		}
	}
	limit := uint64(0)
	lower := func(n uint64) {
		if n > 0 && (limit == 0 || n < limit) {
			limit = n
		}
	}
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) == nil && rl.Cur != ^uint64(0) {
			lower(rl.Cur)
		}
	}
	if data, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		n, _ := strconv.ParseUint(strings.TrimSpace(string(data)), 10, 64)
		lower(n)
	}
	lower(physicalMemory())
	return limit / 4 * 3
}

// watchMemory cancels ctx with an outOfMemory cause when the memory
// pynjit has mapped passes limit (0: no limit), so that the work stops
// with a message and exit code 4 before the runtime dies of it (a Go
// out-of-memory exits 2, the usage code, with a dump of every
// goroutine). A stage that does not stop at once is not waited for
// long: pynjit exits as soon as its memory grows another tenth, or after
// stopGrace. The garbage collector works harder near the limit. It
// returns a function that stops the watch.
func watchMemory(ctx context.Context, cancel context.CancelCauseFunc, limit uint64) func() {
	if limit == 0 {
		return func() {}
	}
	debug.SetMemoryLimit(int64(limit / 10 * 9))
	done := make(chan struct{})
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
		used := func() uint64 {
			metrics.Read(sample)
			return sample[0].Value.Uint64()
		}
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		var oom *outOfMemory
		var deadline time.Time
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			n := used()
			switch {
			case oom == nil && n > limit && ctx.Err() == nil:
				oom = &outOfMemory{limit: limit, used: n}
				deadline = time.Now().Add(stopGrace)
				cancel(oom)
			case oom != nil && (n > limit/10*11 || time.Now().After(deadline)):
				oom.used = max(oom.used, n)
				fmt.Fprintf(os.Stderr, "pynjit: %v\n", oom)
				os.Exit(exitInternal)
			}
		}
	}()
	return func() { close(done) }
}
