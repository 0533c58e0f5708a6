package toolchain

import (
	"bytes"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"errors"
	"fmt"
	goruntime "runtime"
	"strings"
)

// artifact is what a tool must have produced. A tool that exits 0 but
// writes something else (a crash mid-write, a wrapper script gone wrong)
// is a failed run: its output is never installed.
type artifact int

const (
	text       artifact = iota // assembly, LLVM IR, SVG
	object                     // a relocatable object
	sharedLib                  // a shared library
	executable                 // a linked program
	wasmModule                 // a WebAssembly module
)

func (a artifact) String() string {
	return [...]string{"text", "object file", "shared library", "executable", "WebAssembly module"}[a]
}

// check tells whether data is a whole a for triple ("" for this
// machine): the binary format the target uses, its file type and, for
// another target, its machine; every part the headers point at lies
// inside the file, so a truncated file fails.
func check(data []byte, a artifact, triple string) error {
	if len(data) == 0 {
		return errors.New("empty")
	}
	if a == text {
		if bytes.IndexByte(data, 0) >= 0 {
			return errors.New("not text (it holds NUL bytes)")
		}
		return nil
	}
	var err error
	switch binaryFormat(triple, a) {
	case "elf":
		err = checkELF(data, a, triple)
	case "macho":
		err = checkMachO(data, a, triple)
	case "pe":
		_, err = pe.NewFile(bytes.NewReader(data))
	case "wasm":
		if !bytes.HasPrefix(data, []byte("\x00asm\x01\x00\x00\x00")) {
			err = errors.New("no WebAssembly header")
		}
	}
	if err != nil {
		return fmt.Errorf("not a valid %s: %v", a, err)
	}
	return nil
}

// binaryFormat is the object format of triple's objects and programs:
// "elf", "macho", "pe", "wasm", or "" for a format pynjit does not check.
func binaryFormat(triple string, a artifact) string {
	if a == wasmModule {
		return "wasm"
	}
	if triple == "" {
		triple = goruntime.GOOS
	}
	switch {
	case strings.HasPrefix(triple, "wasm"):
		return "wasm"
	case strings.Contains(triple, "apple"), strings.Contains(triple, "darwin"), strings.Contains(triple, "macos"), strings.Contains(triple, "ios"):
		return "macho"
	case strings.Contains(triple, "windows"), strings.Contains(triple, "mingw"), strings.Contains(triple, "cygwin"):
		return "pe"
	case strings.Contains(triple, "linux"), strings.Contains(triple, "bsd"), strings.Contains(triple, "elf"),
		strings.Contains(triple, "none"), strings.Contains(triple, "unknown"), strings.Contains(triple, "android"):
		return "elf"
	}
	return ""
}

// elfMachines are the ELF machines of the architectures a triple starts
// with.
var elfMachines = map[string]elf.Machine{
	"x86_64": elf.EM_X86_64, "aarch64": elf.EM_AARCH64, "arm64": elf.EM_AARCH64, "i386": elf.EM_386, "i686": elf.EM_386,
	"riscv64": elf.EM_RISCV, "riscv32": elf.EM_RISCV, "powerpc64le": elf.EM_PPC64, "powerpc64": elf.EM_PPC64,
	"ppc64le": elf.EM_PPC64, "ppc64": elf.EM_PPC64, "s390x": elf.EM_S390, "loongarch64": elf.EM_LOONGARCH,
	"armv7": elf.EM_ARM, "arm": elf.EM_ARM, "mips64": elf.EM_MIPS, "mips64el": elf.EM_MIPS,
}

func checkELF(data []byte, a artifact, triple string) error {
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		return err
	}
	size := uint64(len(data))
	for _, s := range f.Sections {
		if s.Type != elf.SHT_NOBITS && s.Offset+s.FileSize > size {
			return fmt.Errorf("section %s ends past the end of the file (truncated)", s.Name)
		}
	}
	for _, p := range f.Progs {
		if p.Off+p.Filesz > size {
			return errors.New("a segment ends past the end of the file (truncated)")
		}
	}
	types := map[artifact][]elf.Type{object: {elf.ET_REL}, sharedLib: {elf.ET_DYN}, executable: {elf.ET_EXEC, elf.ET_DYN}}[a]
	ok := false
	for _, t := range types {
		ok = ok || f.Type == t
	}
	if !ok {
		return fmt.Errorf("ELF type %v", f.Type)
	}
	arch, _, _ := strings.Cut(triple, "-")
	if m, known := elfMachines[arch]; known && f.Machine != m {
		return fmt.Errorf("machine %v, not %s's", f.Machine, triple)
	}
	return nil
}

func checkMachO(data []byte, a artifact, triple string) error {
	var files []*macho.File
	if fat, err := macho.NewFatFile(bytes.NewReader(data)); err == nil {
		for _, arch := range fat.Arches {
			files = append(files, arch.File)
		}
	} else {
		f, err := macho.NewFile(bytes.NewReader(data))
		if err != nil {
			return err
		}
		files = append(files, f)
	}
	want := map[artifact]macho.Type{object: macho.TypeObj, sharedLib: macho.TypeDylib, executable: macho.TypeExec}[a]
	for _, f := range files {
		if f.Type != want {
			return fmt.Errorf("Mach-O type %v", f.Type)
		}
		for _, s := range f.Sections {
			if s.Offset != 0 && uint64(s.Offset)+s.Size > uint64(len(data)) {
				return fmt.Errorf("section %s ends past the end of the file (truncated)", s.Name)
			}
		}
	}
	return nil
}
