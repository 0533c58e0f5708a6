package pynjit

import (
	"context"
	"fmt"
	"os/exec"
	"runtime"
	"runtime/debug"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// DoctorCheck is one line of a Doctor report: what was looked for, what was
// found (empty when missing) and what to do about it.
type DoctorCheck struct {
	Name, Found, Fix string
}

// Doctor lists the tools pynjit and its tests use: the compiler it
// would build with, LLVM's opt, and the Python and NumPy the tests
// compare against, with what to install for anything missing.
func Doctor(ctx context.Context) []DoctorCheck {
	compiler, tc := compilerCheck(ctx)
	out := []DoctorCheck{compiler}
	if tc != nil && tc.Opt != "" {
		out = append(out, DoctorCheck{Name: "opt", Found: tc.Opt})
	} else {
		out = append(out, DoctorCheck{Name: "opt", Fix: "inspect-llvm optimizes with LLVM's opt: apt-get install -y llvm-14"})
	}
	py := "/usr/bin/python3"
	if _, err := exec.LookPath(py); err != nil {
		out = append(out, DoctorCheck{Name: "python", Fix: "the tests compare with CPython: apt-get install -y python3"})
		return out
	}
	out = append(out, DoctorCheck{Name: "python", Found: py + " (" + toolchain.Probe(ctx, py, "--version") + ")"})
	if v := toolchain.Probe(ctx, py, "-c", "import numpy; print(numpy.__version__)"); v != "" {
		out = append(out, DoctorCheck{Name: "numpy", Found: "numpy " + v})
	} else {
		out = append(out, DoctorCheck{Name: "numpy", Fix: "array tests and Python modules with arrays need NumPy: apt-get install -y python3-numpy"})
	}
	if v := toolchain.Probe(ctx, py, "-c", "import numba; print(numba.__version__)"); v != "" {
		out = append(out, DoctorCheck{Name: "numba", Found: "numba " + v})
	} else {
		out = append(out, DoctorCheck{Name: "numba", Fix: "benchmarks compare with Numba: apt-get install -y python3-numba"})
	}
	return out
}

// CompilerCheck is Doctor's first line alone: the compiler pynjit would
// build with, without probing Python.
func CompilerCheck(ctx context.Context) DoctorCheck {
	c, _ := compilerCheck(ctx)
	return c
}

func compilerCheck(ctx context.Context) (DoctorCheck, *toolchain.Toolchain) {
	tc, err := toolchain.Discover(toolchain.EnvFromOS())
	switch {
	case err != nil:
		return DoctorCheck{Name: "compiler", Fix: err.Error()}, nil
	case tc.Clang != "":
		return DoctorCheck{Name: "compiler", Found: tc.Clang + " (" + toolchain.Probe(ctx, tc.Clang, "--version") + ")"}, tc
	}
	return DoctorCheck{Name: "compiler", Found: tc.LLC + " + " + tc.CC, Fix: "clang is faster to build with: apt-get install -y clang-14"}, tc
}

// BuildInfo describes this pynjit: version, the commit it was built
// from (when known) and the Go that built it.
func BuildInfo() string {
	commit := "unknown commit"
	if Commit != "" {
		commit = "commit " + Commit[:min(12, len(Commit))]
	} else if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				commit = "commit " + s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("pynjit %s (%s, %s)", Version, commit, runtime.Version())
}
