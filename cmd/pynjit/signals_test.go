package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pynjitBinary builds the command into a temporary directory.
func pynjitBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pynjit")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// bigFile writes a file of n functions, each with an error when broken.
func bigFile(t *testing.T, n int, broken bool) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("from numba import njit\n")
	for i := range n {
		fmt.Fprintf(&b, "\n@njit(\"int64(int64)\")\ndef f%d(x):\n    y = x * %d + 1\n    if y > 3:\n        y = y - 1\n", i, i)
		if broken {
			fmt.Fprintf(&b, "    y = y + undefined_%d\n", i)
		}
		b.WriteString("    return y\n")
	}
	path := filepath.Join(t.TempDir(), "big.py")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// start starts cmd and makes sure it does not outlive the test, nor run
// for more than a minute.
func start(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	t.Cleanup(func() {
		timer.Stop()
		cmd.Process.Kill()
	})
}

// exitStatus is how a finished command ended: its exit code, or 128+N
// for a signal N, as a shell reports it.
func exitStatus(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		if ws := ee.Sys().(syscall.WaitStatus); ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	t.Fatal(err)
	return -1
}

// TestSignalsStopFrontEnd: Ctrl-C stops check, parse, inspect-types and
// a build's front end within moments (they once ran to the end: 12.6 s
// for a large check), with exit 130, printing nothing but
// "interrupted" and writing no output, not even the ones that need no
// toolchain.
func TestSignalsStopFrontEnd(t *testing.T) {
	bin := pynjitBinary(t)
	// parse is the fastest stage: on an idle machine it is through
	// 40,000 functions in less than a second, so it gets a larger file.
	good, broken := bigFile(t, 40000, false), bigFile(t, 40000, true)
	huge := bigFile(t, 250000, false)
	stem := filepath.Join(t.TempDir(), "big")
	for _, args := range [][]string{
		{"check", broken},
		{"check", "--format", "json", broken},
		{"parse", "--dump", huge},
		{"inspect-types", good},
		{"build", good, "--emit", "ll,h,py", "-o", stem},
	} {
		t.Run(args[0], func(t *testing.T) {
			cmd := exec.Command(bin, args...)
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Env = append(os.Environ(), "PYNJIT_CACHE=off")
			start(t, cmd)
			time.Sleep(300 * time.Millisecond)
			sent := time.Now()
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatalf("%v: the command was through before the signal; its input is too small to test this", err)
			}
			code := exitStatus(t, cmd.Wait())
			took := time.Since(sent)
			t.Logf("stopped %v after the signal", took)
			if code != exitInterrupt || stdout.String() != "" || stderr.String() != "pynjit: interrupted\n" {
				t.Errorf("exit %d, stdout %.200q, stderr %.300q; want 130 and only \"interrupted\"", code, stdout.String(), stderr.String())
			}
			if took > stopGrace+2*time.Second {
				t.Errorf("took %v to stop", took)
			}
			for _, ext := range []string{".ll", ".h", "_pynjit.py"} {
				if _, err := os.Stat(stem + ext); err == nil {
					t.Errorf("an interrupted build wrote %s", ext)
				}
			}
		})
	}
}

// TestSignalsDuringToolchain: SIGHUP and SIGTERM, like Ctrl-C, kill the
// running tools with their children, remove every temporary directory,
// write no output and exit 128+N.
func TestSignalsDuringToolchain(t *testing.T) {
	bin := pynjitBinary(t)
	clang, err := exec.LookPath("clang-14")
	if err != nil {
		if clang, err = exec.LookPath("clang"); err != nil {
			t.Fatal("no clang: scripts/setup.sh installs it")
		}
	}
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			pids := filepath.Join(dir, "pids")
			slow := filepath.Join(dir, "slow-clang")
			// a clang that starts a child of its own and waits
			script := "#!/bin/sh\nsleep 60 &\necho $! >> '" + pids + "'\nwait\nexec " + clang + " \"$@\"\n"
			if err := os.WriteFile(slow, []byte(script), 0o755); err != nil {
				t.Fatal(err)
			}
			tmp := filepath.Join(dir, "tmp")
			if err := os.Mkdir(tmp, 0o755); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "lib.so")
			cmd := exec.Command(bin, "build", "-o", out, "../../examples/kernels.py", "--emit", "so,h")
			cmd.Env = append(os.Environ(), "PYNJIT_CLANG="+slow, "PYNJIT_CACHE=off", "TMPDIR="+tmp)
			start(t, cmd)
			for i := 0; ; i++ {
				if data, _ := os.ReadFile(pids); len(data) > 0 {
					break
				}
				if i == 1000 {
					t.Fatal("the tool never started")
				}
				time.Sleep(10 * time.Millisecond)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := exitStatus(t, cmd.Wait()); code != 128+int(sig) {
				t.Errorf("exit %d, want %d", code, 128+int(sig))
			}
			if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
				t.Errorf("temporary files left: %v", entries)
			}
			for _, f := range []string{out, filepath.Join(dir, "lib.h")} {
				if _, err := os.Stat(f); err == nil {
					t.Errorf("an interrupted build wrote %s", f)
				}
			}
			data, _ := os.ReadFile(pids)
			for _, line := range strings.Fields(string(data)) {
				if pid, _ := strconv.Atoi(line); alive(pid) {
					t.Errorf("the tool's child %d survived", pid)
					syscall.Kill(pid, syscall.SIGKILL)
				}
			}
		})
	}
}

// alive tells whether process pid still runs a second from now (a
// process killed a moment ago may not be gone yet; a zombie is gone).
func alive(pid int) bool {
	for range 100 {
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			return false
		}
		if _, after, _ := strings.Cut(string(stat), ") "); strings.HasPrefix(after, "Z") {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return true
}

// childOf returns the first child process of pid, waiting for it.
func childOf(t *testing.T, pid int) int {
	t.Helper()
	for i := 0; i < 3000; i++ {
		data, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
		tasks, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
		for _, task := range tasks { // a Go program's child may be any thread's
			more, _ := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/children", pid, task.Name()))
			data = append(data, ' ')
			data = append(data, more...)
		}
		for _, f := range strings.Fields(string(data)) {
			if n, err := strconv.Atoi(f); err == nil {
				if exe, _ := os.Readlink(fmt.Sprintf("/proc/%d/exe", n)); strings.Contains(exe, "pynjit-run-") {
					return n
				}
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the program never started")
	return 0
}

// TestRunSignalStatus: a program a signal ends makes `pynjit run` exit
// 128+N, as a shell reports it (it was 255); a signal to pynjit is
// passed on to the program.
func TestRunSignalStatus(t *testing.T) {
	bin := pynjitBinary(t)
	prog := filepath.Join(t.TempDir(), "spin.py")
	src := "if __name__ == \"__main__\":\n    i = 1\n    while i > 0:\n        i = i % 1000 + 1\n    print(i)\n"
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	for _, c := range []struct {
		name   string
		signal func(pynjit, program int)
		want   int
	}{
		{"program killed", func(_, program int) { syscall.Kill(program, syscall.SIGKILL) }, 128 + 9},
		{"program segfaults", func(_, program int) { syscall.Kill(program, syscall.SIGSEGV) }, 128 + 11},
		{"pynjit terminated", func(pynjit, _ int) { syscall.Kill(pynjit, syscall.SIGTERM) }, 128 + 15},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(bin, "run", prog)
			cmd.Env = append(os.Environ(), "PYNJIT_CACHE="+cache)
			start(t, cmd)
			program := childOf(t, cmd.Process.Pid)
			t.Cleanup(func() { syscall.Kill(program, syscall.SIGKILL) })
			c.signal(cmd.Process.Pid, program)
			if code := exitStatus(t, cmd.Wait()); code != c.want {
				t.Errorf("exit %d, want %d", code, c.want)
			}
			if alive(program) {
				t.Error("the program outlived pynjit")
				syscall.Kill(program, syscall.SIGKILL)
			}
		})
	}
}

// TestRunCacheIsChecked: the executable `pynjit run` keeps is checked
// whole before it runs (a damaged one was run as is) and belongs to the
// toolchain that built it (another compiler rebuilds it).
func TestRunCacheIsChecked(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("PYNJIT_CACHE", cache)
	prog := "../../testdata/programs/zerodiv.py"
	run := func() {
		t.Helper()
		code, out, errOut := runCLI(t, nil, "run", prog)
		if code != 1 || out != "100 // 3 = 33\n100 // 2 = 50\n100 // 1 = 100\n" || !strings.HasSuffix(errOut, "\nZeroDivisionError: integer division or modulo by zero\n") {
			t.Fatalf("exit %d\nstdout %q\nstderr %q", code, out, errOut)
		}
	}
	run()
	// damage everything the cache holds: every file cut to half
	filepath.Walk(cache, func(path string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			data, _ := os.ReadFile(path)
			os.WriteFile(path, data[:len(data)/2], fi.Mode())
		}
		return nil
	})
	run()
	clang, runs := loggingClang(t)
	t.Setenv("PYNJIT_CLANG", clang)
	run()
	if runs() == 0 {
		t.Error("the executable another compiler built was run")
	}
}

// TestOutOfMemory: pynjit stops with a one-line message and exit 4 when
// its memory passes its limit, instead of the Go runtime's exit 2 and
// dump of every goroutine.
func TestOutOfMemory(t *testing.T) {
	bin := pynjitBinary(t)
	cmd := exec.Command(bin, "check", bigFile(t, 20000, false))
	cmd.Env = append(os.Environ(), "PYNJIT_MEMORY_LIMIT=64")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	code := exitStatus(t, cmd.Run())
	if code != exitInternal || strings.Count(stderr.String(), "\n") != 1 || !strings.Contains(stderr.String(), "out of memory") {
		t.Errorf("exit %d, stderr %.500q; want 4 and one line", code, stderr.String())
	}
	if limit := memoryLimit(func(string) string { return "" }); limit == 0 {
		t.Error("no default memory limit")
	}
}
