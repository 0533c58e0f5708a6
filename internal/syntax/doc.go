// Package syntax reads Python 3.11 source: a hand-written tokenizer and a
// recursive-descent parser that turn a source.File into a *Module whose
// nodes mirror CPython's ast module, each with a start and end position.
// Syntax errors come back as diag.Diagnostic values; the parser never
// panics on any input.
package syntax
