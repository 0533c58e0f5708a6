package build

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"

	"github.com/pynjit/pynjit/internal/runtime"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// runtimeObjects compiles the units of the C runtime a program needs,
// side by side. Compiling the runtime takes longer than compiling a
// typical program, so each unit's object is kept in a cache directory,
// keyed by the unit's source, the toolchain (key) and the options.
func runtimeObjects(ctx context.Context, tc *toolchain.Toolchain, key string, opt toolchain.Options, c *cache, units []runtime.Unit) ([][]byte, error) {
	return concurrently(len(units), func(i int) ([]byte, error) {
		return cached(c, "runtime-"+units[i].Name, runtimeKey(key, opt, units[i]), func() ([]byte, error) {
			return tc.CompileC(ctx, units[i].Source, opt)
		})
	})
}

// runtimeCached tells whether all the units are in the cache, so that
// nothing of the runtime need be compiled.
func runtimeCached(c *cache, key string, opt toolchain.Options, units []runtime.Unit) bool {
	for _, u := range units {
		if !c.has(entryName("runtime-"+u.Name, runtimeKey(key, opt, u))) {
			return false
		}
	}
	return true
}

func runtimeKey(key string, opt toolchain.Options, u runtime.Unit) []any {
	return []any{key, opt, u.Source}
}

// DefaultCacheDir is where compiled artifacts are kept: $PYNJIT_CACHE
// ("off" for nowhere), else the user cache directory's pynjit folder.
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

// CacheMaxFromEnv is the cache's size limit in bytes that
// $PYNJIT_CACHE_MAX sets: a number of bytes with an optional K, M, G or
// T (powers of 1024), "0" for no limit (-1); 0 (DefaultCacheMax) when it
// is unset, and a W-cache warning when it is not a size.
func CacheMaxFromEnv(getenv func(string) string) (int64, diag.List) {
	v := getenv("PYNJIT_CACHE_MAX")
	if v == "" {
		return 0, nil
	}
	n, err := parseSize(v)
	if err != nil {
		var diags diag.List
		diags.Add(diag.Warning, CodeCache, source.NewFile("PYNJIT_CACHE_MAX", nil), source.Span{}, "%q is not a size (such as 500M or 2G, or 0 for no limit); using the default, %dG", v, DefaultCacheMax>>30)
		return 0, diags
	}
	if n == 0 {
		return -1, nil
	}
	return n, nil
}

// parseSize reads a size such as 1048576, 512K, 500M or 2G (or 2GiB, 2GB:
// powers of 1024 either way).
func parseSize(s string) (int64, error) {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(s)), "B"), "I")
	shift := 0
	if i := strings.IndexAny(t, "KMGT"); i >= 0 && i == len(t)-1 {
		shift = 10 * (1 + strings.IndexByte("KMGT", t[i]))
		t = t[:i]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n << shift, nil
}
