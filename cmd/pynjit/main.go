// Command pynjit is the ahead-of-time compiler for Numba-style Python
// functions. It parses flags, calls package pynjit and prints; see
// "pynjit help".
//
// Exit codes: 0 ok, 1 the program has errors, 2 usage error, 3 toolchain
// missing or failed, 4 internal error (a bug in pynjit), 130 interrupted.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Exit codes.
const (
	exitOK        = 0
	exitProgram   = 1
	exitUsage     = 2
	exitToolchain = 3
	exitInternal  = 4
	exitInterrupt = 130
)

func main() {
	// Ctrl-C or SIGTERM cancels the build: running tools are killed and
	// every temporary directory is removed before pynjit exits.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := runContext(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
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
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "pynjit: interrupted")
		return exitInterrupt
	}
	return code
}
