package build

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/toolchain"
)

// loggingClang is a wrapper around the real clang that appends a line to
// the returned log at every run.
func loggingClang(t *testing.T) (wrapper string, runs func() int) {
	t.Helper()
	real := ""
	for _, name := range []string{"clang-14", "clang", "clang-19", "clang-18", "clang-17", "clang-16", "clang-15"} {
		if p, err := exec.LookPath(name); err == nil {
			real = p
			break
		}
	}
	if real == "" {
		t.Fatal("no clang: scripts/setup.sh installs it")
	}
	dir := t.TempDir()
	log := filepath.Join(dir, "runs.log")
	wrapper = filepath.Join(dir, "clang")
	if err := os.WriteFile(wrapper, []byte("#!/bin/sh\necho run >> '"+log+"'\nexec '"+real+"' \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return wrapper, func() int {
		data, _ := os.ReadFile(log)
		return bytes.Count(data, []byte("run\n"))
	}
}

func kernels(t *testing.T) []byte {
	t.Helper()
	src, err := os.ReadFile("../../examples/kernels.py")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// cacheFiles lists the cache's entries whose names start with prefix.
func cacheFiles(t *testing.T, dir, prefix string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// TestCacheHitsWithDefaultOutput builds into the current directory, as
// `pynjit build k.py` does, three times: the rebuilds run no compiler
// and add no entry (the key once held the current directory's
// modification time, which every build changed).
func TestCacheHitsWithDefaultOutput(t *testing.T) {
	clang, runs := loggingClang(t)
	cache := t.TempDir()
	src := kernels(t)
	t.Chdir(t.TempDir())
	var first []byte
	for i := range 3 {
		before := runs()
		_, diags, err := Compile(context.Background(), Request{Name: "k.py", Source: src, OptLevel: 2,
			Env: toolchain.Env{Clang: clang, Path: os.Getenv("PATH")}, CacheDir: cache})
		if err != nil || diags.HasErrors() {
			t.Fatalf("build %d: %v %v", i, err, diags)
		}
		lib, err := os.ReadFile("k.so")
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = lib
			continue
		}
		if n := runs() - before; n != 0 {
			t.Errorf("rebuild %d ran the compiler %d times", i, n)
		}
		if !bytes.Equal(lib, first) {
			t.Errorf("rebuild %d wrote another library", i)
		}
	}
	if n := len(cacheFiles(t, cache, "so-")); n != 1 {
		t.Errorf("%d libraries in the cache after three builds of one source, want 1", n)
	}
}

// TestDamagedCacheEntries: an entry truncated, swapped with another's
// or overwritten is a miss; the build makes the artifact again, gives
// the right bytes and replaces the entry, so the next build hits.
func TestDamagedCacheEntries(t *testing.T) {
	clang, runs := loggingClang(t)
	dir := t.TempDir()
	add := kernels(t)
	sub := bytes.Replace(add, []byte("return a + b"), []byte("return a - b"), 1)
	if bytes.Equal(add, sub) {
		t.Fatal("examples/kernels.py has no `return a + b`")
	}
	build := func(src []byte, cdir string) []byte {
		t.Helper()
		out := filepath.Join(dir, "k.so")
		_, diags, err := Compile(context.Background(), Request{Name: "k.py", Source: src, Output: out, OptLevel: 2,
			Env: toolchain.Env{Clang: clang, Path: os.Getenv("PATH")}, CacheDir: cdir})
		if err != nil || diags.HasErrors() {
			t.Fatalf("build: %v %v", err, diags)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	mul := bytes.Replace(add, []byte("return a + b"), []byte("return a * b"), 1)
	wantAdd, wantSub, wantMul := build(add, ""), build(sub, ""), build(mul, "")
	damages := []struct {
		name  string
		entry string // prefix of the entry damaged
		do    func(t *testing.T, entry, other string)
	}{
		{"truncated library", "so-", func(t *testing.T, entry, _ string) {
			data, _ := os.ReadFile(entry)
			os.WriteFile(entry, data[:len(data)/2], 0o644)
		}},
		{"swapped libraries", "so-", func(t *testing.T, entry, other string) {
			a, _ := os.ReadFile(entry)
			b, _ := os.ReadFile(other)
			os.WriteFile(entry, b, 0o644)
			os.WriteFile(other, a, 0o644)
		}},
		{"one byte changed", "so-", func(t *testing.T, entry, _ string) {
			data, _ := os.ReadFile(entry)
			data[len(data)-100] ^= 1
			os.WriteFile(entry, data, 0o644)
		}},
		{"truncated runtime object", "runtime-", func(t *testing.T, entry, _ string) {
			data, _ := os.ReadFile(entry)
			os.WriteFile(entry, data[:len(data)/3], 0o644)
		}},
		{"empty runtime object", "runtime-", func(t *testing.T, entry, _ string) {
			os.WriteFile(entry, nil, 0o644)
		}},
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			cdir := t.TempDir()
			build(sub, cdir)
			others := cacheFiles(t, cdir, d.entry)
			build(add, cdir)
			var entry string
			for _, e := range cacheFiles(t, cdir, d.entry) {
				if !strings.Contains(strings.Join(others, " "), e) {
					entry = e
				}
			}
			if d.entry == "runtime-" {
				entry = others[0] // both programs use every unit they need
			}
			if entry == "" {
				t.Fatal("the second build stored no entry of its own")
			}
			d.do(t, entry, others[0])
			if d.entry == "runtime-" {
				// a program not built yet links the runtime's objects
				if got := build(mul, cdir); !bytes.Equal(got, wantMul) {
					t.Fatalf("the build from a damaged cache gave another library")
				}
				if (&cache{dir: cdir}).get(filepath.Base(entry)) == nil {
					t.Error("the damaged runtime object was not replaced")
				}
				return
			}
			before := runs()
			if got := build(add, cdir); !bytes.Equal(got, wantAdd) {
				t.Fatalf("the build from a damaged cache gave another library")
			}
			if runs() == before {
				t.Error("the damaged entry was used: no compiler ran")
			}
			if !bytes.Equal(build(sub, cdir), wantSub) {
				t.Error("the other library is wrong after the swap")
			}
			before = runs()
			if got := build(add, cdir); !bytes.Equal(got, wantAdd) || runs() != before {
				t.Errorf("the entry was not replaced: %d compiler runs", runs()-before)
			}
		})
	}
}

// TestCacheTrim: the cache is trimmed to 90% of its limit, least
// recently used first; an entry read renews its time.
func TestCacheTrim(t *testing.T) {
	dir := t.TempDir()
	c := &cache{dir: dir, max: 10_000}
	data := bytes.Repeat([]byte("x"), 1000)
	var names []string
	for i := range 20 {
		name := entryName("so", []any{i})
		names = append(names, name)
		c.put(name, data)
		used := time.Now().Add(time.Duration(i-40) * time.Hour)
		os.Chtimes(filepath.Join(dir, name), used, used)
	}
	os.WriteFile(filepath.Join(dir, ".so-x.tmp123"), data, 0o644) // an interrupted write
	old := time.Now().Add(-2 * staleTemp)
	os.Chtimes(filepath.Join(dir, ".so-x.tmp123"), old, old)
	if c.get(names[0]) == nil { // the oldest, used now
		t.Fatal("an entry just written is missing")
	}
	if err := c.trim(); err != nil {
		t.Fatal(err)
	}
	var total int64
	kept := map[string]bool{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fi, _ := e.Info()
		total += fi.Size()
		kept[e.Name()] = true
	}
	if total > 9_000 || total < 7_000 {
		t.Errorf("%d bytes kept, want at most 9000 (and not much less)", total)
	}
	if !kept[names[0]] || !kept[names[19]] || kept[names[1]] {
		t.Errorf("the trim did not go by last use: kept %v", kept)
	}
	if kept[".so-x.tmp123"] {
		t.Error("a stale temporary file was kept")
	}
}

// TestCacheStaysBounded: a build into a cache over its limit trims it.
func TestCacheStaysBounded(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		c := &cache{dir: dir}
		c.put(entryName("so", []any{i}), bytes.Repeat([]byte("x"), 100_000))
	}
	const max = 1 << 20
	_, diags, err := Compile(context.Background(), Request{Name: "k.py", Source: kernels(t), Output: filepath.Join(t.TempDir(), "k.so"),
		OptLevel: 2, Env: toolchain.EnvFromOS(), CacheDir: dir, CacheMax: max})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	var total int64
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fi, _ := e.Info()
		total += fi.Size()
	}
	if total > max {
		t.Errorf("the cache holds %d bytes, over its limit of %d", total, max)
	}
	if len(cacheFiles(t, dir, "runtime-")) == 0 {
		t.Error("the trim removed what this build stored")
	}
}

// TestUnsafeCacheDirectory: a cache directory others may write (or that
// another user owns) is not used; the build says so with a W-cache
// warning and goes on without it.
func TestUnsafeCacheDirectory(t *testing.T) {
	writable := t.TempDir()
	if err := os.Chmod(writable, 0o777); err != nil {
		t.Fatal(err)
	}
	dirs := map[string]string{"writable by others": writable}
	if os.Geteuid() == 0 {
		owned := t.TempDir()
		if err := os.Chown(owned, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		dirs["owned by another user"] = owned
	}
	for name, cache := range dirs {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "k.so")
			_, diags, err := Compile(context.Background(), Request{Name: "k.py", Source: kernels(t), Output: out,
				OptLevel: 2, Env: toolchain.EnvFromOS(), CacheDir: cache})
			if err != nil || diags.HasErrors() {
				t.Fatal(err, diags)
			}
			if len(diags) != 1 || diags[0].Code != CodeCache || diags[0].Severity != diag.Warning || diags[0].File.Name != cache {
				t.Fatalf("want one W-cache warning naming the directory, got %v", diags)
			}
			if entries, _ := os.ReadDir(cache); len(entries) != 0 {
				t.Errorf("the build wrote into the refused cache: %v", entries)
			}
			if _, err := os.Stat(out); err != nil {
				t.Error("no library was built")
			}
		})
	}
	if os.Geteuid() != 0 {
		t.Log("not root: a directory owned by another user was not tried")
	}
}

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{{"1048576", 1 << 20}, {"512K", 512 << 10}, {"500M", 500 << 20}, {"2G", 2 << 30}, {"2GiB", 2 << 30}, {"1t", 1 << 40}, {"0", 0}} {
		if got, err := parseSize(c.in); err != nil || got != c.want {
			t.Errorf("%q: %d %v, want %d", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "-1", "12Q", "G", "99999999999999T"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	env := func(v string) func(string) string { return func(string) string { return v } }
	if n, d := CacheMaxFromEnv(env("0")); n != -1 || d != nil {
		t.Errorf("PYNJIT_CACHE_MAX=0: %d %v, want no limit", n, d)
	}
	if n, d := CacheMaxFromEnv(env("lots")); n != 0 || len(d) != 1 || d[0].Code != CodeCache {
		t.Errorf("PYNJIT_CACHE_MAX=lots: %d %v, want the default and a warning", n, d)
	}
}
