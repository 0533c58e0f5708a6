// Package runtime holds pynjit's C runtime: the thread-local exception
// state behind pynjit_err_occurred/type/message/clear, and helpers for
// Python's numeric semantics (float floor division, pow, round, math
// functions with CPython's errors), print() with Python's str() and
// format specs, and array reductions with NumPy's results. Package build compiles it into every library.
package runtime

import _ "embed"

//go:embed csrc/runtime.c
var core []byte

//go:embed csrc/print.c
var printing []byte

//go:embed csrc/reduce.c
var reduce []byte

// Source returns the runtime's C source: one translation unit.
func Source() []byte {
	src := make([]byte, 0, len(core)+len(printing)+len(reduce)+2)
	src = append(append(src, core...), '\n')
	src = append(append(src, printing...), '\n')
	return append(src, reduce...)
}
