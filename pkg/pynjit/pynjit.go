// Package pynjit is the public Go API of the pynjit compiler: what the
// command line does, callable from Go. Every function takes the file's
// name and bytes and returns diagnostics as values; nothing here prints
// or exits.
package pynjit

import (
	"github.com/pynjit/pynjit/internal/astdump"
	"github.com/pynjit/pynjit/internal/diag"
	"github.com/pynjit/pynjit/internal/source"
	"github.com/pynjit/pynjit/internal/syntax"
)

// Version is pynjit's version.
const Version = "0.1.0-dev"

// Parse parses one Python 3.11 file. When it parses, dump is the tree in
// CPython's ast.dump format; otherwise diags holds the syntax error.
func Parse(name string, src []byte) (dump string, diags diag.List) {
	f := source.NewFile(name, syntax.DecodeSource(src))
	m, diags := syntax.Parse(f)
	if m == nil {
		return "", diags
	}
	return astdump.Dump(m), diags
}
