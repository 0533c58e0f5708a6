package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// DefaultCacheMax is the size the cache is trimmed to when
// PYNJIT_CACHE_MAX does not say: a library or a runtime unit is tens of
// kilobytes, so this keeps thousands of builds.
const DefaultCacheMax = 1 << 30

// cache keeps compiled artifacts between builds, like Go's build cache
// and ccache: one file per artifact, named for a hash of everything it
// is made from. An entry holds a hash of its name and content, checked
// on every read: a damaged entry (truncated, swapped with another,
// written by something else) is a miss, and is replaced. An entry read
// has its time renewed, and a build that stored anything trims the
// least recently used entries once the directory holds more than max
// bytes. A nil *cache caches nothing.
type cache struct {
	dir    string
	max    int64 // bytes; no limit when <= 0
	stored atomic.Bool
}

// openCache opens the cache in dir (creating it), or says why it
// cannot be used: a directory that another user owns, or that others
// may write, could hand this user's builds any code, so it is refused
// (as ssh refuses a writable ~/.ssh).
func openCache(dir string, max int64) (*cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Geteuid() {
		return nil, fmt.Errorf("the cache directory belongs to another user (uid %d)", st.Uid)
	}
	if fi.Mode().Perm()&0o022 != 0 {
		return nil, fmt.Errorf("the cache directory is writable by other users (mode %v): chmod go-w %s", fi.Mode().Perm(), dir)
	}
	return &cache{dir: dir, max: max}, nil
}

// entryMagic starts every entry; the hash of its name and content
// follows.
const entryMagic = "pynjit cache entry 1\n"

// entryName is the name of the artifact of kind made from inputs: every
// string and byte slice (or list of them) the artifact depends on.
func entryName(kind string, inputs []any) string {
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
	return kind + "-" + hex.EncodeToString(h.Sum(nil))[:32]
}

// entryNames matches the files of the cache that are entries.
var entryNames = regexp.MustCompile(`^[a-z0-9_-]+-[0-9a-f]{32}$`)

func entrySum(name string, data []byte) []byte {
	h := sha256.New()
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write(data)
	return h.Sum(nil)
}

// get returns the artifact stored under name, or nil when there is none
// whole; a damaged entry is removed.
func (c *cache) get(name string) []byte {
	if c == nil {
		return nil
	}
	path := filepath.Join(c.dir, name)
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	head := len(entryMagic) + sha256.Size
	if len(raw) < head || string(raw[:len(entryMagic)]) != entryMagic ||
		!bytes.Equal(raw[len(entryMagic):head], entrySum(name, raw[head:])) {
		os.Remove(path)
		return nil
	}
	// renew the entry's time for the trim, at most once an hour as Go's
	// cache does, to spare a write per hit
	if fi, err := os.Stat(path); err == nil && time.Since(fi.ModTime()) > time.Hour {
		now := time.Now()
		os.Chtimes(path, now, now)
	}
	return raw[head:]
}

// put stores data under name; a failed write only costs a later build
// its time.
func (c *cache) put(name string, data []byte) {
	if c == nil {
		return
	}
	entry := make([]byte, 0, len(entryMagic)+sha256.Size+len(data))
	entry = append(append(append(entry, entryMagic...), entrySum(name, data)...), data...)
	if toolchain.WriteFileAtomic(filepath.Join(c.dir, name), entry, 0o644) == nil {
		c.stored.Store(true)
	}
}

// has tells whether an entry is stored under name, without reading it.
func (c *cache) has(name string) bool {
	if c == nil {
		return false
	}
	fi, err := os.Stat(filepath.Join(c.dir, name))
	return err == nil && fi.Size() > int64(len(entryMagic)+sha256.Size)
}

// cached returns what make builds, from the cache when it holds it
// whole; a miss stores make's result (atomically, so concurrent builds
// sharing the directory only ever read whole files).
func cached(c *cache, kind string, inputs []any, make func() ([]byte, error)) ([]byte, error) {
	if c == nil {
		return make()
	}
	name := entryName(kind, inputs)
	if data := c.get(name); data != nil {
		return data, nil
	}
	data, err := make()
	if err != nil {
		return nil, err
	}
	c.put(name, data)
	return data, nil
}

// staleTemp is how old a temporary file of an interrupted write must be
// before a trim removes it.
const staleTemp = time.Hour

// trim removes the least recently used entries, when this build stored
// any and the entries take more than max bytes, until they take 90% of
// max; and temporary files that interrupted writes left.
func (c *cache) trim() error {
	if c == nil || c.max <= 0 || !c.stored.Load() {
		return nil
	}
	dirents, err := os.ReadDir(c.dir)
	if err != nil {
		return err
	}
	type entry struct {
		name string
		size int64
		used time.Time
	}
	var entries []entry
	var total int64
	for _, d := range dirents {
		fi, err := d.Info()
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if !entryNames.MatchString(d.Name()) {
			if d.Name()[0] == '.' && time.Since(fi.ModTime()) > staleTemp {
				os.Remove(filepath.Join(c.dir, d.Name()))
			}
			continue
		}
		entries = append(entries, entry{d.Name(), fi.Size(), fi.ModTime()})
		total += fi.Size()
	}
	if total <= c.max {
		return nil
	}
	slices.SortFunc(entries, func(a, b entry) int { return a.used.Compare(b.used) })
	var errs []error
	for _, e := range entries {
		if total <= c.max/10*9 {
			break
		}
		if err := os.Remove(filepath.Join(c.dir, e.name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		total -= e.size
	}
	return errors.Join(errs...)
}
