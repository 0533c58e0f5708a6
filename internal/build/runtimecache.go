package build

import (
	"context"
	"os"
	"path/filepath"

	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// runtimeObject returns the compiled C runtime. Compiling it takes longer
// than compiling a typical program, so the object is kept in a cache
// directory, keyed by the runtime's source, the compiler and the
// options; cacheDir "" disables the cache.
func runtimeObject(ctx context.Context, tc *toolchain.Toolchain, opt toolchain.Options, cacheDir string) ([]byte, error) {
	src := runtime.Source()
	return cached(cacheDir, "runtime", []any{tc.Key(), opt, src}, func() ([]byte, error) {
		return tc.CompileC(ctx, src, opt)
	})
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
