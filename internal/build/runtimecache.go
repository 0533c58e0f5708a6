package build

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// runtimeObject returns the compiled C runtime. Compiling it takes longer
// than compiling a typical program, so the object is kept in a cache
// directory (like Go's build cache), keyed by the runtime's source, the
// compiler and the options; cacheDir "" disables the cache.
func runtimeObject(ctx context.Context, tc *toolchain.Toolchain, opt toolchain.Options, cacheDir string) ([]byte, error) {
	src := runtime.Source()
	if cacheDir == "" {
		return tc.CompileC(ctx, src, opt)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", tc.Key(), opt.Triple, opt.CPU)
	h.Write(src)
	path := filepath.Join(cacheDir, "runtime-"+hex.EncodeToString(h.Sum(nil))[:24]+".o")
	if obj, err := os.ReadFile(path); err == nil && len(obj) > 0 {
		return obj, nil
	}
	obj, err := tc.CompileC(ctx, src, opt)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err == nil {
		// A failed cache write only costs the next build time.
		_ = toolchain.WriteFileAtomic(path, obj, 0o644)
	}
	return obj, nil
}

// DefaultCacheDir is where compiled runtime objects are kept:
// $PYNJIT_CACHE, else the user cache directory's pynjit folder.
func DefaultCacheDir(getenv func(string) string) string {
	if d := getenv("PYNJIT_CACHE"); d != "" {
		if d == "off" {
			return ""
		}
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "pynjit")
	}
	return ""
}
