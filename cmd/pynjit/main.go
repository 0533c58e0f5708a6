// Command pynjit is the ahead-of-time compiler for Numba-style Python
// functions. It parses flags, calls package pynjit and prints; see
// "pynjit help".
//
// Exit codes: 0 ok, 1 the program has errors, 2 usage error, 3 toolchain
// missing or failed, 4 internal error (a bug in pynjit), 5 an output
// could not be written, 128+N stopped by signal N (130 Ctrl-C).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/pynjit/pynjit/pkg/pynjit"
)

// Exit codes.
const (
	exitOK        = 0
	exitProgram   = 1
	exitUsage     = 2
	exitToolchain = 3
	exitInternal  = 4
	exitIO        = 5
	exitInterrupt = 130 // 128 + SIGINT; another signal N gives 128 + N
)

// stopGrace is how long pynjit waits, after a signal, for the work to
// stop at its next check (a tool is killed at once, its temporary
// directory removed) before it exits anyway: a stage in the middle of
// one huge function does not look at its context.
const stopGrace = 3 * time.Second

func main() {
	// Ctrl-C, SIGTERM or SIGHUP cancels the work: running tools are
	// killed and every temporary directory is removed before pynjit
	// exits, writing no output. A second signal exits at once.
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		s := <-sigs
		cancel(&pynjit.Interrupted{Signal: s})
		select {
		case <-sigs:
		case <-time.After(stopGrace):
		}
		fmt.Fprintln(os.Stderr, "pynjit: interrupted")
		os.Exit(signalExit(s))
	}()
	stopWatch := watchMemory(ctx, cancel, memoryLimit(os.Getenv))
	code := runContext(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stopWatch()
	os.Exit(code)
}

// signalExit is the exit status for a stop by s: 128 + its number, as a
// shell reports a command a signal ended.
func signalExit(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return exitInterrupt
}

// run executes one command line and returns the exit code. A panic is a
// bug: it becomes a one-line report and exit code 4, unless PYNJIT_DEBUG=1
// asks for the stack.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	return runContext(context.Background(), args, stdout, stderr, getenv)
}

// runContext is run with a context that an interrupt cancels.
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			if getenv("PYNJIT_DEBUG") == "1" {
				fmt.Fprintf(stderr, "pynjit: internal error: %v\n%s", r, debug.Stack())
			} else {
				fmt.Fprintf(stderr, "pynjit: internal error: %v (this is a bug; please report it with the input file, or rerun with PYNJIT_DEBUG=1 for details)\n", r)
			}
			code = exitInternal
		}
	}()
	app := &app{ctx: ctx, stdout: stdout, stderr: stderr, getenv: getenv}
	code = app.execute(args)
	if ctx.Err() != nil && !app.ranProgram {
		return stopped(ctx, stderr)
	}
	return code
}

// stopped reports why ctx was cancelled and returns the exit code.
func stopped(ctx context.Context, stderr io.Writer) int {
	cause := context.Cause(ctx)
	var in *pynjit.Interrupted
	if errors.As(cause, &in) {
		fmt.Fprintln(stderr, "pynjit: interrupted")
		return signalExit(in.Signal)
	}
	fmt.Fprintf(stderr, "pynjit: %v\n", cause)
	return exitInternal
}
