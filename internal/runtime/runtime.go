// Package runtime holds pynjit's C runtime: the thread-local exception
// state behind pynjit_err_occurred/type/message/clear, and helpers for
// Python's numeric semantics (float floor division, pow, round, math
// functions with CPython's errors). Package build compiles it into every
// library.
package runtime

import _ "embed"

//go:embed csrc/runtime.c
var source []byte

// Source returns the runtime's C source.
func Source() []byte { return source }
