// Package trace runs a Python program under CPython with a stand-in for
// numba (shim/numba) that records the argument types of every call of
// every jitted function, and returns what it recorded. The functions run
// as plain Python: the program's behaviour is unchanged.
package trace

import (
	"bufio"
	"context"
	"embed"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

//go:embed all:shim
var shim embed.FS

// Record is one signature a call had: the absolute path of the
// function's file and NAME(TYPES).
type Record struct {
	File, Sig string
}

// Stdio are the streams the program uses.
type Stdio struct {
	In       io.Reader
	Out, Err io.Writer
}

// Run runs argv (python3 prog.py ARGS, python3 -m pytest ...) with the
// stand-in numba first on PYTHONPATH and returns its exit status (128+N
// when signal N ended it) and the signatures recorded by it and by every
// Python process it started that inherited its environment. Cancelling
// ctx sends the program SIGTERM, then kills it two seconds later.
func Run(ctx context.Context, argv []string, env []string, stdio Stdio) (int, []Record, error) {
	if len(argv) == 0 {
		return 0, nil, errors.New("trace: no command to run (pynjit trace -- python3 PROGRAM ARGS)")
	}
	dir, err := os.MkdirTemp("", "pynjit-trace-")
	if err != nil {
		return 0, nil, err
	}
	defer os.RemoveAll(dir)
	lib := filepath.Join(dir, "lib")
	out := filepath.Join(dir, "out")
	if err := os.CopyFS(lib, shim); err != nil {
		return 0, nil, err
	}
	if err := os.Mkdir(out, 0o700); err != nil {
		return 0, nil, err
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdio.In, stdio.Out, stdio.Err
	cmd.Env = withPath(env, filepath.Join(lib, "shim"), out)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 2 * time.Second
	status := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return 0, nil, err
		}
		status = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			status = 128 + int(ws.Signal())
		}
	}
	recs, err := collect(out)
	return status, recs, err
}

// withPath puts the stand-in first on PYTHONPATH and names the
// directory the processes write their records to.
func withPath(env []string, lib, out string) []string {
	var res []string
	path := lib
	for _, kv := range env {
		switch {
		case strings.HasPrefix(kv, "PYTHONPATH="):
			if old := strings.TrimPrefix(kv, "PYTHONPATH="); old != "" {
				path += string(os.PathListSeparator) + old
			}
		case strings.HasPrefix(kv, "PYNJIT_TRACE_OUT="):
		default:
			res = append(res, kv)
		}
	}
	return append(res, "PYTHONPATH="+path, "PYNJIT_TRACE_OUT="+out)
}

// collect reads every process's records.
func collect(dir string) ([]Record, error) {
	var recs []Record
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if file, sig, ok := strings.Cut(sc.Text(), "\t"); ok {
				recs = append(recs, Record{File: file, Sig: sig})
			}
		}
		return sc.Err()
	})
	return recs, err
}
