package pynjit

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/pynjit/pynjit/internal/build"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// Stdio are the streams a program run by Run uses.
type Stdio struct {
	In       io.Reader
	Out, Err io.Writer
}

// Run builds the file into an executable, as `build --emit exe` does, and
// runs it with args. The executable comes from the build cache when it
// holds one made from the same LLVM IR, runtime, toolchain and options
// (checked whole, as every cache entry is), so running an unchanged file
// again runs no compiler; it is copied into a private temporary
// directory, removed afterwards, and run from there. It returns the
// program's exit status, 128+N when a signal N ended it (as a shell
// reports it); build errors come back as diagnostics. Cancelling ctx
// passes its signal (see Interrupted) on to the program, which is killed
// if it has not ended two seconds later. Of opts, Run uses OptLevel,
// Sigs, Project, Boundscheck and FastMath.
func Run(ctx context.Context, name string, src []byte, args []string, opts Options, stdio Stdio) (int, diag.List, error) {
	given, err := opts.Project.given(name)
	if err != nil {
		return 0, nil, err
	}
	python, err := pythonVersion(opts.Python)
	if err != nil {
		return 0, nil, err
	}
	cacheMax, diags := build.CacheMaxFromEnv(os.Getenv)
	dir, err := os.MkdirTemp("", "pynjit-run-")
	if err != nil {
		return 0, diags, err
	}
	defer os.RemoveAll(dir)
	exe := filepath.Join(dir, strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	_, d, err := build.Compile(ctx, build.Request{Name: name, Source: src, Emit: []string{"exe"}, Output: exe,
		OptLevel: opts.OptLevel, Sigs: opts.Sigs, Given: given, Boundscheck: opts.Boundscheck, FastMath: opts.FastMath, Env: toolchain.EnvFromOS(), CacheDir: build.DefaultCacheDir(os.Getenv), CacheMax: cacheMax, Version: Version, Python: python})
	diags = append(diags, d...)
	if err != nil || diags.HasErrors() {
		return 0, diags, err
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdio.In, stdio.Out, stdio.Err
	cmd.Cancel = func() error {
		var sig os.Signal = syscall.SIGTERM
		if in := (*Interrupted)(nil); errors.As(context.Cause(ctx), &in) {
			sig = in.Signal
		}
		return cmd.Process.Signal(sig)
	}
	cmd.WaitDelay = 2 * time.Second
	err = cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal()), diags, nil
		}
		return ee.ExitCode(), diags, nil
	}
	return 0, diags, err
}
