package toolchain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// DefaultTimeout is how long one run of a tool may take before it is
// killed. Compiling the largest generated functions takes clang minutes;
// a tool that runs for this long has hung.
const DefaultTimeout = 10 * time.Minute

// job is one run of a tool in a private temporary directory.
type job struct {
	files map[string][]byte // written into the directory before the run
	// out is the file the tool writes, checked to be a want for triple
	// before it is returned; "" returns the tool's stdout instead.
	out    string
	want   artifact
	triple string
	args   []string
}

// run runs j in a fresh temporary directory, removed on every path, and
// returns what it produced. The tool runs in a process group of its own,
// so that cancelling ctx, or the run outlasting timeout (0: no limit),
// kills it and every process it started; its stderr is kept only up to
// stderrKeep bytes at each end, for the error.
func run(ctx context.Context, timeout time.Duration, j job) ([]byte, error) {
	dir, err := os.MkdirTemp("", "pynjit-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	for name, data := range j.files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			return nil, err
		}
	}
	runCtx := ctx
	if timeout > 0 {
		var cancel context.CancelFunc
		runCtx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(runCtx, j.args[0], j.args[1:]...)
	cmd.Dir = dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return killGroup(cmd.Process.Pid) }
	// a process that escaped the group may still hold the pipes: do not
	// wait for it for long
	cmd.WaitDelay = time.Second
	var stdout bytes.Buffer
	stderr := &headTail{keep: stderrKeep}
	cmd.Stderr = stderr // and stdout, unless it is the result, to /dev/null
	if j.out == "" {
		cmd.Stdout = &stdout
	}
	err = cmd.Run()
	if cmd.Process != nil {
		killGroup(cmd.Process.Pid) // whatever the tool left running
	}
	if err != nil {
		if errors.Is(runCtx.Err(), context.DeadlineExceeded) && ctx.Err() == nil {
			err = fmt.Errorf("timed out after %v and was killed (PYNJIT_TOOL_TIMEOUT sets the limit)", timeout)
		}
		return nil, &ToolError{Cmd: j.args, Stderr: stderr.String(), Err: err}
	}
	if j.out == "" {
		return stdout.Bytes(), nil
	}
	data, err := os.ReadFile(filepath.Join(dir, j.out))
	if errors.Is(err, os.ErrNotExist) {
		err = fmt.Errorf("exited with status 0 but wrote no %s", j.out)
	} else if err == nil {
		if cerr := check(data, j.want, j.triple); cerr != nil {
			err = fmt.Errorf("exited with status 0 but its %s is %v", j.out, cerr)
		}
	}
	if err != nil {
		return nil, &ToolError{Cmd: j.args, Stderr: stderr.String(), Err: err}
	}
	return data, nil
}

// killGroup kills the process group led by pid.
func killGroup(pid int) error {
	err := syscall.Kill(-pid, syscall.SIGKILL)
	if errors.Is(err, syscall.ESRCH) {
		return os.ErrProcessDone
	}
	return err
}

// stderrKeep is how many bytes of a tool's stderr are kept at its start
// and at its end: enough for any real diagnostic, and a tool printing
// without end costs pynjit no memory.
const stderrKeep = 32 << 10

// headTail keeps the first and the last keep bytes written to it.
type headTail struct {
	keep    int
	head    []byte
	tail    []byte // a ring of up to keep bytes; next is where it goes on
	next    int
	dropped int64
}

func (w *headTail) Write(p []byte) (int, error) {
	n := len(p)
	if room := w.keep - len(w.head); room > 0 {
		k := min(room, len(p))
		w.head = append(w.head, p[:k]...)
		p = p[k:]
	}
	for len(p) > 0 {
		if len(w.tail) < w.keep {
			k := min(w.keep-len(w.tail), len(p))
			w.tail = append(w.tail, p[:k]...)
			p = p[k:]
			continue
		}
		k := min(w.keep-w.next, len(p))
		copy(w.tail[w.next:], p[:k])
		w.dropped += int64(k)
		w.next = (w.next + k) % w.keep
		p = p[k:]
	}
	return n, nil
}

// String is the head, then, when something was dropped, a line saying
// how much, then the tail.
func (w *headTail) String() string {
	tail := append(append([]byte(nil), w.tail[w.next:]...), w.tail[:w.next]...)
	if w.dropped == 0 {
		return string(w.head) + string(tail)
	}
	return fmt.Sprintf("%s\n[... %d bytes left out ...]\n%s", w.head, w.dropped, tail)
}
