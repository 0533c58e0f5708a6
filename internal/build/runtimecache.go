package build

import (
	"context"
	"os"
	"path/filepath"

	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// runtimeObjects compiles the units of the C runtime a program needs,
// side by side. Compiling the runtime takes longer than compiling a
// typical program, so each unit's object is kept in a cache directory,
// keyed by the unit's source, the toolchain (key) and the options;
// cacheDir "" disables the cache.
func runtimeObjects(ctx context.Context, tc *toolchain.Toolchain, key string, opt toolchain.Options, cacheDir string, units []runtime.Unit) ([][]byte, error) {
	return concurrently(len(units), func(i int) ([]byte, error) {
		return cached(cacheDir, "runtime-"+units[i].Name, runtimeKey(key, opt, units[i]), func() ([]byte, error) {
			return tc.CompileC(ctx, units[i].Source, opt)
		})
	})
}

// runtimeCached tells whether all the units are in the cache, so that
// nothing of the runtime need be compiled.
func runtimeCached(key string, opt toolchain.Options, cacheDir string, units []runtime.Unit) bool {
	for _, u := range units {
		if !inCache(cacheDir, "runtime-"+u.Name, runtimeKey(key, opt, u)) {
			return false
		}
	}
	return true
}

func runtimeKey(key string, opt toolchain.Options, u runtime.Unit) []any {
	return []any{key, opt, u.Source}
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
