package build

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// cached returns what make builds from its inputs, kept in cacheDir (like
// Go's build cache) under a name derived from kind and a hash of the
// inputs: every string and byte slice (or list of them) the artifact depends on. A hit
// skips make; a miss stores its result with an atomic rename, so
// concurrent builds sharing the directory only ever read whole files.
// cacheDir "" disables the cache; a failed write only costs the next
// build its time.
func cached(cacheDir, kind string, inputs []any, make func() ([]byte, error)) ([]byte, error) {
	if cacheDir == "" {
		return make()
	}
	path := cachePath(cacheDir, kind, inputs)
	if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
		return data, nil
	}
	data, err := make()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err == nil {
		_ = toolchain.WriteFileAtomic(path, data, 0o644)
	}
	return data, nil
}

// inCache tells whether cached would find the artifact without making it.
func inCache(cacheDir, kind string, inputs []any) bool {
	if cacheDir == "" {
		return false
	}
	fi, err := os.Stat(cachePath(cacheDir, kind, inputs))
	return err == nil && fi.Size() > 0
}

// cachePath is where the artifact of kind made from inputs is kept.
func cachePath(cacheDir, kind string, inputs []any) string {
	h := sha256.New()
	for _, in := range inputs {
		switch in := in.(type) {
		case []byte:
			fmt.Fprintf(h, "%d:", len(in))
			h.Write(in)
		case [][]byte: // the parts of a large module
			fmt.Fprintf(h, "%d parts:", len(in))
			for _, b := range in {
				fmt.Fprintf(h, "%d:", len(b))
				h.Write(b)
			}
		default:
			s := fmt.Sprint(in)
			fmt.Fprintf(h, "%d:%s", len(s), s)
		}
	}
	return filepath.Join(cacheDir, kind+"-"+hex.EncodeToString(h.Sum(nil))[:32])
}
