package build

import (
	"bytes"
	"context"
	"debug/elf"
	"debug/macho"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pynjit/pynjit/internal/toolchain"
)

// TestCrossTargets builds examples/kernels.py for other machines: each
// object must be of its target's format and architecture, and the wasm32
// module (linked by wasm-ld, which setup installs) must export the
// compiled functions.
func TestCrossTargets(t *testing.T) {
	src, err := os.ReadFile("../../examples/kernels.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	build := func(triple, emit string) []byte {
		t.Helper()
		out := filepath.Join(dir, triple+"."+emit)
		_, diags, err := Compile(context.Background(), Request{Name: "kernels.py", Source: src, Output: out, OptLevel: 2,
			Emit: []string{emit}, Triple: triple, Env: toolchain.EnvFromOS()})
		if err != nil || diags.HasErrors() {
			t.Fatalf("%s --emit %s: %v %v", triple, emit, err, diags)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	if f, err := elf.NewFile(bytes.NewReader(build("aarch64-linux-gnu", "obj"))); err != nil || f.Machine != elf.EM_AARCH64 || f.Type != elf.ET_REL {
		t.Errorf("aarch64-linux-gnu: not an AArch64 ELF object: %v", err)
	}
	if f, err := macho.NewFile(bytes.NewReader(build("x86_64-apple-darwin", "obj"))); err != nil || f.Cpu != macho.CpuAmd64 || f.Type != macho.TypeObj {
		t.Errorf("x86_64-apple-darwin: not an x86-64 Mach-O object: %v", err)
	}
	if obj := build("wasm32", "obj"); !bytes.HasPrefix(obj, []byte("\x00asm\x01\x00\x00\x00")) {
		t.Errorf("wasm32 object without the wasm header: % x", obj[:min(8, len(obj))])
	}
	exports, err := wasmExports(build("wasm32", "wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"add", "collatz_steps", "leibniz_pi"} {
		if !slices.Contains(exports, name) {
			t.Errorf("the wasm module does not export %s (exports %v)", name, exports)
		}
	}
	_, diags, err := Compile(context.Background(), Request{Name: "kernels.py", Source: src, Output: filepath.Join(dir, "x.so"),
		Triple: "aarch64-linux-gnu", Env: toolchain.EnvFromOS()})
	if err != nil || !diags.HasErrors() {
		t.Errorf("a shared library for another machine: want a diagnostic, got %v %v", err, diags)
	}
}

// wasmExports lists the names in a WebAssembly module's export section.
func wasmExports(m []byte) ([]string, error) {
	sections, err := wasmSections(m)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, sec := range sections {
		if sec.id != 7 {
			continue
		}
		s := bytes.NewReader(sec.body)
		n, _ := uleb(s)
		for range n {
			l, _ := uleb(s)
			name := make([]byte, l)
			if !readFull(s, name) {
				return nil, errWasm
			}
			names = append(names, string(name))
			s.ReadByte() // kind
			uleb(s)      // index
		}
	}
	return names, nil
}

// wasmSection is one section of a WebAssembly module: its id and bytes.
type wasmSection struct {
	id   byte
	body []byte
}

// wasmSections splits a WebAssembly module into its sections.
func wasmSections(m []byte) ([]wasmSection, error) {
	r := bytes.NewReader(m)
	if magic := make([]byte, 8); !readFull(r, magic) || !bytes.Equal(magic, []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, errWasm
	}
	var sections []wasmSection
	for r.Len() > 0 {
		id, _ := r.ReadByte()
		size, ok := uleb(r)
		if !ok || size > uint64(r.Len()) {
			return nil, errWasm
		}
		body := make([]byte, size)
		readFull(r, body)
		sections = append(sections, wasmSection{id, body})
	}
	return sections, nil
}

var errWasm = os.ErrInvalid

func readFull(r *bytes.Reader, b []byte) bool {
	n, _ := r.Read(b)
	return n == len(b)
}

func uleb(r *bytes.Reader) (uint64, bool) {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		b, err := r.ReadByte()
		if err != nil {
			return 0, false
		}
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v, true
		}
	}
	return 0, false
}

// TestWasmRecursion: a recursive function's wasm32 module imports
// nothing (the engine traps on a call past its stack, so recursion has no
// guard calling pynjit's runtime, which a WebAssembly module does not
// have) and exports the function.
func TestWasmRecursion(t *testing.T) {
	src := []byte("from numba import njit\n\n@njit(\"int64(int64)\")\ndef fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n")
	out := filepath.Join(t.TempDir(), "fib.wasm")
	_, diags, err := Compile(context.Background(), Request{Name: "fib.py", Source: src, Output: out, OptLevel: 2,
		Emit: []string{"wasm"}, Triple: "wasm32", Env: toolchain.EnvFromOS()})
	if err != nil || diags.HasErrors() {
		t.Fatalf("%v %v", err, diags)
	}
	m, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	sections, err := wasmSections(m)
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(sections, func(s wasmSection) bool { return s.id == 2 }) {
		t.Errorf("the module has an import section")
	}
	if exports, _ := wasmExports(m); !slices.Contains(exports, "fib") {
		t.Errorf("the module does not export fib (exports %v)", exports)
	}
}
