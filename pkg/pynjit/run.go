package pynjit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

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
// runs it with args. The executable is kept in the cache directory under
// a key of the source, the optimization level and pynjit's version, so
// running an unchanged file again does not rebuild it; with the cache off
// (PYNJIT_CACHE=off) it lives in a temporary directory. It returns the
// program's exit status; build errors come back as diagnostics.
func Run(ctx context.Context, name string, src []byte, args []string, optLevel int, stdio Stdio) (int, diag.List, error) {
	cache := build.DefaultCacheDir(os.Getenv)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00", Version, optLevel, filepath.Base(name))
	h.Write(src)
	key := hex.EncodeToString(h.Sum(nil))[:24]
	stem := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var dir string
	if cache == "" {
		tmp, err := os.MkdirTemp("", "pynjit-run-")
		if err != nil {
			return 0, nil, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else {
		dir = filepath.Join(cache, "run", key)
	}
	exe := filepath.Join(dir, stem)
	if _, err := os.Stat(exe); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return 0, nil, err
		}
		_, diags, err := build.Compile(ctx, build.Request{Name: name, Source: src, Emit: []string{"exe"}, Output: exe,
			OptLevel: optLevel, Env: toolchain.EnvFromOS(), CacheDir: cache, Version: Version})
		if err != nil || diags.HasErrors() {
			return 0, diags, err
		}
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdio.In, stdio.Out, stdio.Err
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode(), nil, nil
	}
	return 0, nil, err
}
