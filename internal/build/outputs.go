package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// UsageError is a request that cannot be built as asked: an unknown
// --emit kind, an optimization level out of range, an output that
// cannot be written. It is found before anything is compiled.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error { return &UsageError{fmt.Sprintf(format, args...)} }

// output is one file a build writes.
type output struct {
	kind, path string
}

// outputs checks the request and lists the files it writes, in the
// order given: every kind known and given once, the optimization level
// in range, and every output a regular file (or none yet) in a directory
// that exists, other than the input and than each other.
func (req Request) outputs() ([]output, error) {
	if req.OptLevel < 0 || req.OptLevel > 3 {
		return nil, usagef("-O %d: the optimization level is 0, 1, 2 or 3", req.OptLevel)
	}
	emit := req.Emit
	if len(emit) == 0 {
		emit = []string{"so"}
	}
	var outs []output
	for i, k := range emit {
		if _, ok := emitKinds[k]; !ok {
			return nil, usagef("unknown --emit kind %q (want so, obj, ll, asm, h, py, pyext, exe, wasm)", k)
		}
		if slices.Contains(emit[:i], k) {
			return nil, usagef("--emit %s is given twice", k)
		}
		outs = append(outs, output{k, req.outputPath(k, len(emit))})
	}
	for i, o := range outs {
		for _, p := range outs[:i] {
			if filepath.Clean(p.path) == filepath.Clean(o.path) {
				return nil, usagef("--emit %s and --emit %s would both write %s: name the outputs with -o STEM", p.kind, o.kind, o.path)
			}
		}
		if err := checkOutput(o.path, req.Name); err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// checkOutput tells whether path may be written: not the input (as gcc
// refuses), a regular file if it exists, in a directory that exists and
// can be written.
func checkOutput(path, input string) error {
	if in, err := os.Stat(input); err == nil {
		if out, err := os.Stat(path); err == nil && os.SameFile(in, out) {
			return usagef("the output %s is the input file %s: pynjit will not overwrite its source (choose another -o)", path, input)
		}
	}
	if err := toolchain.CheckOutput(path); err != nil {
		return &UsageError{err.Error()}
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usagef("cannot write %s: the directory %s does not exist", path, dir)
	case err != nil:
		return usagef("cannot write %s: %v", path, err)
	case !fi.IsDir():
		return usagef("cannot write %s: %s is not a directory", path, dir)
	}
	if err := syscall.Access(dir, 0o3); err != nil { // W_OK|X_OK
		return usagef("cannot write %s: the directory %s: %v", path, dir, err)
	}
	return nil
}

// outputPath is where kind goes, one of n outputs: the -o path for a
// single output, else the -o stem (or the input's stem in the current
// directory) with kind's ending.
func (req Request) outputPath(kind string, n int) string {
	if kind == "py" { // beside the library
		return pyModulePath(req.outputPath("so", 2))
	}
	ext := emitKinds[kind].ext
	if req.Output != "" && n == 1 {
		if kind == "pyext" && !strings.HasSuffix(req.Output, ".so") { // -o STEM: STEM_pyext.abi3.so
			return strings.TrimSuffix(req.Output, ext) + ext
		}
		return req.Output
	}
	base := filepath.Join(req.OutputDir, stem(req.Name))
	if req.Output != "" {
		base = strings.TrimSuffix(req.Output, filepath.Ext(req.Output))
	}
	return base + ext
}

// write writes every output, atomically each; it checks ctx first, so
// that an interrupted build writes nothing.
func write(ctx context.Context, outs []output, data map[string][]byte) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var files []string
	for _, o := range outs {
		perm := os.FileMode(0o644)
		if emitKinds[o.kind].executable {
			perm = 0o755
		}
		if err := toolchain.WriteFileAtomic(o.path, data[o.kind], perm); err != nil {
			return files, err
		}
		files = append(files, o.path)
	}
	return files, nil
}
