package build

import (
	"github.com/pynjit/pynjit/internal/resolve"
	"github.com/pynjit/pynjit/internal/syntax"
)

// dropBodies lets the collector free the syntax of the functions' bodies
// once they are lowered and typed, before code generation, which reads
// their IR (100,000 statements: 57 MB of a 213 MB live heap). What the
// outputs still read of a function's syntax are its parameters and its
// docstring (pymod.go): a copy of the first statement is kept when it
// is one, and only then (a function of one statement, a comparison of
// 100,000 links or an f-string of 100,000 fields, kept all of it). The
// decorators, return annotation and type parameters go too: the parser
// carves nodes and lists from blocks shared by neighbours (syntax's
// alloc.go), so the call of @njit("int64(int64)") would keep the block
// of the body's first calls, and all they reach. Spans are values, so
// diagnostics need no syntax.
func (fe *frontEnd) dropBodies() {
	for _, ms := range [][]*resolve.Module{fe.roots, fe.mods} {
		for _, m := range ms {
			for _, fn := range m.Funcs {
				def := fn.Def
				if doc := docstring(fn); doc != "" {
					// a copy: the statement is carved from the same block
					// as the body's next expression statements
					def.Body = []syntax.Stmt{&syntax.ExprStmt{Value: &syntax.Constant{Value: doc}}}
				} else {
					def.Body = nil
				}
				def.DecoratorList, def.Returns, def.TypeParams = nil, nil, nil
			}
		}
	}
}
