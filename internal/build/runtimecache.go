package build

import (
	"context"
	"os"
	"path/filepath"

	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// runtimeObjects returns the compiled units of the C runtime that a
// program's IR (all its parts) calls, compiled side by side. Compiling
// the runtime takes longer than compiling a typical program, so each
// unit's object is kept in a cache directory, keyed by the unit's source,
// the compiler and the options; cacheDir "" disables the cache.
func runtimeObjects(ctx context.Context, tc *toolchain.Toolchain, opt toolchain.Options, cacheDir string, lls [][]byte) ([][]byte, error) {
	units, err := runtime.Needed(lls...)
	if err != nil {
		return nil, err
	}
	return concurrently(len(units), func(i int) ([]byte, error) {
		return cached(cacheDir, "runtime-"+units[i].Name, runtimeKey(tc, opt, units[i]), func() ([]byte, error) {
			return tc.CompileC(ctx, units[i].Source, opt)
		})
	})
}

// runtimeCached tells whether every unit of the runtime the program
// calls is in the cache, so that nothing of it need be compiled.
func runtimeCached(tc *toolchain.Toolchain, opt toolchain.Options, cacheDir string, lls [][]byte) bool {
	units, err := runtime.Needed(lls...)
	if err != nil {
		return false
	}
	for _, u := range units {
		if !inCache(cacheDir, "runtime-"+u.Name, runtimeKey(tc, opt, u)) {
			return false
		}
	}
	return true
}

func runtimeKey(tc *toolchain.Toolchain, opt toolchain.Options, u runtime.Unit) []any {
	return []any{tc.Key(), opt, u.Source}
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
