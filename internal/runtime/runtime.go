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
// (the runtime's style: return type, name, parameters and "{" on one
// line; static helpers are not matched).
var definition = regexp.MustCompile(`(?m)^(?:const )?[a-z0-9_]+ \*?(pynjit_\w+)\(.*\)\s*\{`)

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

// declared matches a declaration of a runtime function in LLVM IR.
var declared = regexp.MustCompile(`(?m)^declare [^@\n]*@(pynjit_\w+)\(`)

// Needed returns the units a program's LLVM IR (all its parts) calls:
// core and each unit defining a pynjit_ function the IR declares. A
// declared pynjit_ function that no unit defines is an error.
func Needed(ir ...[]byte) ([]Unit, error) {
	x := index()
	need := map[int]bool{0: true}
	for _, text := range ir {
		for _, m := range declared.FindAllSubmatch(text, -1) {
			i, ok := x.owner[string(m[1])]
			if !ok {
				return nil, fmt.Errorf("the runtime has no function %s", m[1])
			}
			need[i] = true
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

// Source returns the text of every unit, for keys of caches of what
// links the runtime.
func Source() []byte { return index().text }
