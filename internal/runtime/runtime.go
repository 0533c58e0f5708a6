// Package runtime holds pynjit's C runtime, in units compiled apart so
// that a library links only those its code calls: core (the thread-local
// exception state behind pynjit_err_*, the stack guard of recursive
// functions, the reference-counted memory of arrays, checks of indexes,
// slices and sizes; in every library), arith
// (Python's float //, % and **, conversions to int, round(), complex
// arithmetic), math (the math module's functions with CPython's errors),
// print (print() with Python's str() and format specs, argv, the main of
// executables) and reduce (array reductions and constructors with NumPy's
// results). Package build compiles and caches each unit.
package runtime

import (
	"bytes"
	"embed"
	"fmt"
	"regexp"
	"sync"

	"github.com/pynjit/pynjit/internal/types"
)

//go:embed csrc
var csrc embed.FS

// A Unit is one translation unit of the runtime.
type Unit struct {
	// Name is the unit's file name without ".c".
	Name string
	// Source is its C source, complete: runtime.h's text stands in
	// place of its #include.
	Source []byte
	// Defines are the pynjit_ functions it defines.
	Defines []string
}

// unitNames are the units, core first: every library links core.
var unitNames = []string{"core", "arith", "math", "print", "reduce"}

// definition matches the first line of a pynjit_ function's definition
// (the runtime's style: PYNJIT_API for the C API, return type, name,
// parameters and "{" on one line; static helpers are not matched).
var definition = regexp.MustCompile(`(?m)^(?:PYNJIT_API )?(?:const )?[a-z0-9_]+ \*?(pynjit_\w+)\(.*\)\s*\{`)

// Units returns every unit, core first. The slice is shared: callers
// must not change it.
func Units() []Unit { return index().units }

// sources is what the embedded C files say: the units, the unit that
// defines each function, and all the text.
type sources struct {
	units []Unit
	owner map[string]int
	text  []byte
}

// index reads the embedded files once.
var index = sync.OnceValue(func() sources {
	x := sources{owner: map[string]int{}}
	header := append([]byte(fmt.Sprintf("#define PYNJIT_MAX_DIMS %d /* types.MaxDims */\n", types.MaxDims)), read("runtime.h")...)
	for i, name := range unitNames {
		src := read(name + ".c")
		u := Unit{Name: name, Source: bytes.Replace(src, []byte("#include \"runtime.h\"\n"), header, 1)}
		for _, m := range definition.FindAllSubmatch(src, -1) {
			u.Defines = append(u.Defines, string(m[1]))
			x.owner[string(m[1])] = i
		}
		x.units = append(x.units, u)
		x.text = append(x.text, u.Source...)
	}
	return x
})

func read(name string) []byte {
	b, err := csrc.ReadFile("csrc/" + name)
	if err != nil {
		panic(err) // embedded at build time: cannot happen
	}
	return b
}

// Needed returns the units a program's LLVM IR (all its parts) calls:
// core and each unit defining a pynjit_ function the IR declares. A
// declared pynjit_ function that no unit defines is an error.
func Needed(ir ...[]byte) ([]Unit, error) {
	x := index()
	need := map[int]bool{0: true}
	for _, text := range ir {
		var err error
		declaredRuntime(text, func(name []byte) bool {
			i, ok := x.owner[string(name)]
			if !ok {
				err = fmt.Errorf("the runtime has no function %s", name)
				return false
			}
			need[i] = true
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	var out []Unit
	for i, u := range x.units { // in Units' order
		if need[i] {
			out = append(out, u)
		}
	}
	return out, nil
}

// declaredRuntime calls yield with the name of each pynjit_ function
// text declares (a line "declare ... @pynjit_NAME("), until it returns
// false. It looks at the lines that begin with "declare " only, found
// with bytes.Index: the IR of a large program is megabytes, and a
// regular expression over all of it was a sixth of the CPU of a build
// of many small programs.
func declaredRuntime(text []byte, yield func(name []byte) bool) {
	const decl = "declare "
	for i := 0; i < len(text); {
		j := bytes.Index(text[i:], []byte(decl))
		if j < 0 {
			return
		}
		j += i
		i = j + len(decl)
		if j > 0 && text[j-1] != '\n' {
			continue
		}
		line := text[i:]
		if k := bytes.IndexByte(line, '\n'); k >= 0 {
			line = line[:k]
		}
		at := bytes.IndexByte(line, '@')
		if at < 0 || !bytes.HasPrefix(line[at+1:], []byte("pynjit_")) {
			continue
		}
		name := line[at+1:]
		n := len("pynjit_")
		for n < len(name) && isWordByte(name[n]) {
			n++
		}
		if n > len("pynjit_") && n < len(name) && name[n] == '(' && !yield(name[:n]) {
			return
		}
	}
}

// isWordByte is regexp's \w: an ASCII letter, digit or underscore.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// Source returns the text of every unit, for keys of caches of what
// links the runtime.
func Source() []byte { return index().text }
