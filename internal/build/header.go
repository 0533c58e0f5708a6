package build

import (
	"github.com/pynjit/pynjit/internal/abi"
	"github.com/pynjit/pynjit/internal/codegen"
)

// headerFuncs are the exports as the header declares them.
func headerFuncs(exports []codegen.Export) []abi.Func {
	out := make([]abi.Func, len(exports))
	for i, e := range exports {
		s := e.Spec
		out[i] = abi.Func{Name: s.Func.Name, Params: s.Func.Params, Symbol: e.Symbol, Args: s.Args, Return: s.Return}
	}
	return out
}
